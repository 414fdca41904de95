package sunshine.app.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * {@code /api/openapi.json} — the hand-written OpenAPI 3.1 description of every {@code /api} route (a test fails
 * when the router and the document disagree) — and the Swagger UI page that reads it at {@code /api/docs}.
 */
public final class OpenApiRoutes {
    static final String RESOURCE = "openapi/openapi.json";

    private OpenApiRoutes() {
    }

    public static void register(RoutesConfig routes, URI base) {
        String document = document(base);
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(document));
        ApiDocs docs = new ApiDocs();
        routes.get("/api/docs", docs);
        routes.get("/api/docs/{file}", docs);
    }

    /** The document with this portal's public address as its server, so "Try it out" calls the right host. */
    static String document(URI base) {
        try (InputStream in = OpenApiRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode doc = (ObjectNode) json.readTree(in);
            doc.putArray("servers").addObject().put("url", base.toString()).put("description", "本门户");
            return json.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
