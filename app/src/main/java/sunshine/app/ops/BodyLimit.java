package sunshine.app.ops;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;

/**
 * Refuses a request whose declared body is larger than the limit with 413 before any handler reads it (Javalin's
 * own maxRequestSize applies only when a handler reads the body; most routes never do).
 */
public final class BodyLimit implements Handler {
    private final long maxBytes;

    public BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            UnreadBody.swallow(ctx.req());
            throw new HttpResponseException(413, "提交的内容太大了（上限 " + maxBytes / 1024 + " KB）。");
        }
    }
}
