package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The OpenAPI document against the running app: it parses as valid OpenAPI 3.1; every route Javalin serves under
 * /api is documented and every documented one is served (a new /api route fails here until it is described); and
 * each documented GET, called with its parameters' examples, answers with the documented status, media type and
 * a body valid against its component schema.
 */
class OpenApiContractTest {
    private final TestPortal portal = TestPortal.get();
    private final String document = portal.get("/api/openapi.json").body();
    private final OpenAPI api = parse(document);
    private final JsonSchemas schemas = JsonSchemas.openApi(document);

    @Test
    void theDocumentIsValidOpenApi31() {
        assertTrue(api.getOpenapi().startsWith("3.1"), api.getOpenapi());
        assertTrue(api.getServers().getFirst().getUrl().startsWith("http"), "servers[0] is the portal's base URL");
    }

    @Test
    void servedApiRoutesAndDocumentedRoutesAreTheSame() {
        Set<String> served = new TreeSet<>();
        portal.app.unsafe.internalRouter.allHttpHandlers().stream().map(h -> h.endpoint)
                .filter(e -> e.method.isHttpMethod() && e.path.startsWith("/api"))
                .forEach(e -> served.add(e.method.name() + " " + e.path));
        Set<String> documented = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(m -> documented.add(m.name() + " " + path)));
        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> notServed = new TreeSet<>(documented);
        notServed.removeAll(served);
        assertTrue(undocumented.isEmpty(), "served under /api but missing from openapi.json: " + undocumented);
        assertTrue(notServed.isEmpty(), "in openapi.json but not served: " + notServed);
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedGetAnswersAsDocumented() {
        List<DynamicTest> tests = new ArrayList<>();
        api.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            if (get != null) {
                tests.add(DynamicTest.dynamicTest("GET " + path, () -> check(path, get)));
            }
        });
        return tests.stream();
    }

    @Test
    void theComponentSchemasReallyCheck() {
        assertEquals(1, JsonSchemas.errors(schemas.component("Error"), "{\"error\": \"bad_request\"}").size());
        assertTrue(JsonSchemas.errors(schemas.component("SearchResponse"), "{\"total\": -1}").size() > 1);
    }

    @Test
    void errorsMatchTheErrorSchema() {
        Schema error = schemas.component("Error");
        for (String url : List.of("/api/search?size=99", "/api/documents/no-such-id", "/api/services?open_now=maybe",
                "/api/hsds/services?per_page=0", "/api/hsds/organizations/no-such-id")) {
            HttpResponse<String> r = portal.get(url);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, url + " → " + r.statusCode());
            assertEquals(List.of(), JsonSchemas.errors(error, r.body()), url);
        }
    }

    private void check(String path, Operation op) {
        String url = withExamples(path, op.getParameters() == null ? List.of() : op.getParameters());
        HttpResponse<byte[]> r = portal.getBytes(url);
        assertEquals(200, r.statusCode(), url);
        var documented = op.getResponses().get("200").getContent();
        String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        assertTrue(documented.containsKey(type), url + ": media type " + type + " is not documented " + documented.keySet());
        MediaType media = documented.get(type);
        if (type.equals("application/json")) {
            String ref = media.getSchema().get$ref();
            Schema schema = schemas.component(ref.substring(ref.lastIndexOf('/') + 1));
            assertEquals(List.of(), JsonSchemas.errors(schema, new String(r.body(), StandardCharsets.UTF_8)), url);
        }
    }

    /** The path with each path parameter's example, plus every query parameter that has an example. */
    static String withExamples(String path, List<Parameter> params) {
        String url = path;
        List<String> query = new ArrayList<>();
        for (Parameter p : params) {
            Object example = p.getExample();
            if (example == null && p.getSchema() != null && p.getSchema().getEnum() != null && "path".equals(p.getIn())) {
                example = p.getSchema().getEnum().getFirst();
            }
            if (example == null) {
                continue;
            }
            String v = URLEncoder.encode(example.toString(), StandardCharsets.UTF_8);
            if ("path".equals(p.getIn())) {
                url = url.replace("{" + p.getName() + "}", v);
            } else {
                query.add(p.getName() + "=" + v);
            }
        }
        return query.isEmpty() ? url : url + "?" + String.join("&", query);
    }

    private static OpenAPI parse(String json) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), "swagger-parser messages");
        return result.getOpenAPI();
    }
}
