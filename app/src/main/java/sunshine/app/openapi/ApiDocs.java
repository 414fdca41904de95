package sunshine.app.openapi;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * The interactive API page at {@code /api/docs}: Swagger UI from the org.webjars:swagger-ui jar on the classpath
 * (no CDN) and a small start script of our own. Only this page runs script, so only its responses carry a CSP that
 * allows scripts — from this site only, never inline; every other page keeps {@code script-src 'none'}.
 */
final class ApiDocs implements Handler {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    /** The files the page asks for, and where each is on the classpath. */
    private static final Map<String, String> FILES = Map.of(
            "swagger-ui.css", WEBJAR + "swagger-ui.css",
            "swagger-ui-bundle.js", WEBJAR + "swagger-ui-bundle.js",
            "init.js", "apidocs/init.js",
            "docs.css", "apidocs/docs.css");

    @Override
    public void handle(Context ctx) throws IOException {
        String file = ctx.pathParamMap().getOrDefault("file", "index.html");
        String path = file.equals("index.html") ? "apidocs/index.html" : FILES.get(file);
        if (path == null) {
            throw new NotFoundResponse("没有这个文件。");
        }
        byte[] body = read(path);
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Cache-Control", file.equals("index.html") ? "no-cache" : "public, max-age=86400");
        ctx.contentType(type(file));
        ctx.result(body);
    }

    private static byte[] read(String path) throws IOException {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new NotFoundResponse("没有这个文件。");
            }
            return in.readAllBytes();
        }
    }

    private static String type(String file) {
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8";
    }

    /** The webjar's version, from its own Maven metadata, so upgrading the dependency needs no code change. */
    private static String webjarVersion() {
        Properties p = new Properties();
        try (InputStream in = ApiDocs.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is not on the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the swagger-ui webjar's version", e);
        }
        return p.getProperty("version");
    }
}
