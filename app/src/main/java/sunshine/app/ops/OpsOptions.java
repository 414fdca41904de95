package sunshine.app.ops;

import java.nio.file.Path;

/**
 * How the running portal protects and reports itself.
 *
 * @param ratePerSecond  requests a client (IP address) may make to {@code /api/*} and {@code /admin/*} per second,
 *                       on average; 0 turns the limit off (benches)
 * @param rateBurst      how many it may make at once before the average applies
 * @param maxBodyBytes   largest request body accepted; the portal takes no uploads, so forms and JSON stay small
 * @param adminToken     the bearer token of {@code /admin/*}, or null: then those routes do not exist (404)
 * @param accessLog      one log line per request: method, route template, status, duration (nothing personal)
 * @param searchLogDir   where the daily search counts are written, or null for no search log
 * @param drainMillis    how long a stopping server lets requests in flight finish
 */
public record OpsOptions(double ratePerSecond, int rateBurst, long maxBodyBytes, String adminToken, boolean accessLog,
                         Path searchLogDir, long drainMillis) {
    public static final double DEFAULT_RATE = 20;
    public static final int DEFAULT_BURST = 40;
    public static final long DEFAULT_MAX_BODY = 64 * 1024;
    public static final long DEFAULT_DRAIN_MILLIS = 10_000;

    public OpsOptions {
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken.strip();
    }

    /** For an embedded app (tests, tools): body limit and drain on; no rate limit, admin, access or search log. */
    public static OpsOptions embedded() {
        return new OpsOptions(0, DEFAULT_BURST, DEFAULT_MAX_BODY, null, false, null, 2_000);
    }

    public OpsOptions withRateLimit(double perSecond, int burst) {
        return new OpsOptions(perSecond, burst, maxBodyBytes, adminToken, accessLog, searchLogDir, drainMillis);
    }

    public OpsOptions withAdminToken(String token) {
        return new OpsOptions(ratePerSecond, rateBurst, maxBodyBytes, token, accessLog, searchLogDir, drainMillis);
    }

    public OpsOptions withAccessLog(boolean on) {
        return new OpsOptions(ratePerSecond, rateBurst, maxBodyBytes, adminToken, on, searchLogDir, drainMillis);
    }

    public OpsOptions withSearchLog(Path dir) {
        return new OpsOptions(ratePerSecond, rateBurst, maxBodyBytes, adminToken, accessLog, dir, drainMillis);
    }

    public boolean rateLimited() {
        return ratePerSecond > 0;
    }
}
