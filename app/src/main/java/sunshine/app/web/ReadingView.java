package sunshine.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * What the page frame shows about reading modes, available to every template as {@code reading}: the class for
 * {@code <html>}, the line "当前阅读模式：…" and one plain link per mode that switches it on or off and comes back
 * to this page ({@code /mode?set=large&back=/this/page}).
 */
public record ReadingView(ReadingModes modes, String back) {

    /** One mode's switch: its name, whether it is on, and the link that flips it. */
    public record Toggle(String label, boolean on, String href) {
        /** The link text, clear out of context: 打开大字模式 / 关闭大字模式. */
        public String text() {
            return (on ? "关闭" : "打开") + label + "模式";
        }
    }

    public static ReadingView of(Context ctx) {
        String query = ctx.queryString();
        String here = query == null || query.isEmpty() ? ctx.path() : ctx.path() + "?" + query;
        return new ReadingView(ReadingModes.fromCookie(ctx.cookie(ReadingModes.COOKIE)), LocalPath.of(here).orElse("/"));
    }

    /** For pages rendered without a request (tests, the error-page fallback). */
    public static ReadingView standard() {
        return new ReadingView(ReadingModes.STANDARD, "/");
    }

    public boolean large() {
        return modes.has(ReadingMode.LARGE);
    }

    public boolean contrast() {
        return modes.has(ReadingMode.CONTRAST);
    }

    public boolean simple() {
        return modes.has(ReadingMode.SIMPLE);
    }

    public String htmlClass() {
        return modes.htmlClass();
    }

    public String label() {
        return modes.label();
    }

    public List<Toggle> toggles() {
        List<Toggle> out = new ArrayList<>();
        for (ReadingMode m : ReadingMode.values()) {
            boolean on = modes.has(m);
            out.add(new Toggle(m.label(), on, QueryString.to("/mode").with(on ? "unset" : "set", m.key()).with("back", back).build()));
        }
        return out;
    }

    /** The link back to the standard mode, or null when it is already on. */
    public String standardHref() {
        return modes.isStandard() ? null : QueryString.to("/mode").with("set", "standard").with("back", back).build();
    }
}
