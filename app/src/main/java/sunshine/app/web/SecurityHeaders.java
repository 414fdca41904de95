package sunshine.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers on every response. The CSP allows no script at all and no inline style: the portal works without
 * JavaScript, so an injected script or style has nowhere to run. Pages are not cached by shared caches (they change
 * with content) and differ by the reading-mode cookie; static files set their own Cache-Control, which overrides this.
 */
public final class SecurityHeaders implements Handler {
    static final String CSP = "default-src 'self'; img-src 'self' data:; media-src 'self' https:; style-src 'self'; "
            + "script-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void handle(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Vary", "Cookie"); // pages differ by the reading-mode cookie
    }
}
