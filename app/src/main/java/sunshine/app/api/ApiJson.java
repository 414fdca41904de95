package sunshine.app.api;

import io.javalin.http.Context;

/** Writes an API body with the charset spelled out, so every client reads the Chinese text as UTF-8. */
final class ApiJson {
    private ApiJson() {
    }

    static void send(Context ctx, Object body) {
        ctx.json(body);
        ctx.contentType("application/json; charset=utf-8");
    }
}
