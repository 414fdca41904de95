package sunshine.app.ops;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;

/**
 * Answers 429 with Retry-After when a client (by IP address as the connection shows it) asks faster than its
 * bucket refills. Behind a reverse proxy every client shares the proxy's address: set the limit there instead.
 */
public final class RateLimit implements Handler {
    private static final int MAX_CLIENTS = 10_000;

    private final TokenBuckets buckets;

    public RateLimit(double perSecond, int burst) {
        this.buckets = new TokenBuckets(perSecond, burst, MAX_CLIENTS, System::nanoTime);
    }

    @Override
    public void handle(Context ctx) {
        long retryAfter = buckets.take(ctx.ip());
        if (retryAfter > 0) {
            ctx.header("Retry-After", Long.toString(retryAfter));
            throw new HttpResponseException(429, "请求太频繁，请 " + retryAfter + " 秒后再试。");
        }
    }
}
