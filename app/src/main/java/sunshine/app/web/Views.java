package sunshine.app.web;

import io.javalin.http.Context;
import java.util.Map;

/** Renders a page: the template gets the frame as {@code layout} and the view's own record as {@code page}. */
public final class Views {
    private Views() {
    }

    public static void render(Context ctx, String template, Layout layout, Object page) {
        ctx.render(template, Map.of("layout", layout, "page", page));
        ctx.contentType("text/html; charset=utf-8");
    }
}
