package sunshine.app.pages;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.List;
import sunshine.app.web.LocalPath;
import sunshine.app.web.ReadingMode;
import sunshine.app.web.ReadingModes;

/**
 * {@code GET /mode?set=large&back=/policy/x}: switches a reading mode on ({@code set}), off ({@code unset}) or all
 * off ({@code set=standard}), remembers the result in the {@code mode} cookie and answers 303 to {@code back}. A plain
 * link does it, so it works without JavaScript. {@code back} must be a path on this site (see {@link LocalPath});
 * anything else goes to the home page, so the switch cannot be used to send people to another site.
 */
public final class ModeSwitch implements Handler {
    static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    public void handle(Context ctx) {
        List<String> set = ctx.queryParams("set");
        List<String> unset = ctx.queryParams("unset");
        if (set.isEmpty() && unset.isEmpty()) {
            throw new BadRequestResponse("请说明要打开（set）还是关闭（unset）哪种阅读模式，例如 /mode?set=large。");
        }
        ReadingModes modes = ReadingModes.fromCookie(ctx.cookie(ReadingModes.COOKIE));
        for (String key : set) {
            modes = key.equals("standard") ? ReadingModes.STANDARD : modes.with(mode(key));
        }
        for (String key : unset) {
            modes = modes.without(mode(key));
        }
        ctx.res().addHeader("Set-Cookie", cookie(modes, "https".equals(ctx.scheme())));
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(LocalPath.of(ctx.queryParam("back")).orElse("/"), HttpStatus.SEE_OTHER);
    }

    private static ReadingMode mode(String key) {
        return ReadingMode.of(key).orElseThrow(() -> new BadRequestResponse(
                "没有“" + key + "”这种阅读模式。可以用的有：large（大字）、contrast（高对比）、simple（简明）、standard（标准）。"));
    }

    /** Only the mode names; HttpOnly (no script needs it), Lax, the whole site, a year. Standard removes it. */
    static String cookie(ReadingModes modes, boolean secure) {
        String value = modes.cookieValue();
        String age = value.isEmpty() ? "0" : Integer.toString(ONE_YEAR);
        return ReadingModes.COOKIE + "=" + value + "; Max-Age=" + age + "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
