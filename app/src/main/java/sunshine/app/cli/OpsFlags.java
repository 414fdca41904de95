package sunshine.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import sunshine.app.ops.OpsOptions;

/**
 * The serve command's operational flags. The admin token is read from the environment only
 * ({@code PORTAL_ADMIN_TOKEN}): a flag would show in the process list.
 */
final class OpsFlags {
    @Option(names = "--rate-limit", defaultValue = "${env:PORTAL_RATE_LIMIT:-20}",
            description = "requests per second one client may make to /api/*, 0 = no limit (env PORTAL_RATE_LIMIT, default: ${DEFAULT-VALUE})")
    double ratePerSecond;

    @Option(names = "--rate-burst", defaultValue = "${env:PORTAL_RATE_BURST:-40}",
            description = "requests one client may make at once (env PORTAL_RATE_BURST, default: ${DEFAULT-VALUE})")
    int rateBurst;

    @Option(names = "--max-body", defaultValue = "${env:PORTAL_MAX_BODY:-65536}",
            description = "largest request body in bytes; larger is 413 (env PORTAL_MAX_BODY, default: ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--access-log", negatable = true, defaultValue = "${env:PORTAL_ACCESS_LOG:-true}", fallbackValue = "true",
            description = "log method, route, status and time of each request; nothing personal (env PORTAL_ACCESS_LOG, default: on)")
    boolean accessLog;

    @Option(names = "--search-log", defaultValue = "${env:PORTAL_SEARCH_LOG:-}",
            description = "folder of the daily search counts, 'off' for none (env PORTAL_SEARCH_LOG, default: <index>/searchlog)")
    String searchLog;

    @Option(names = "--drain", defaultValue = "${env:PORTAL_DRAIN_SECONDS:-10}",
            description = "seconds a stopping server lets requests in flight finish (env PORTAL_DRAIN_SECONDS, default: ${DEFAULT-VALUE})")
    int drainSeconds;

    OpsOptions options(Path indexRoot) {
        Path log = searchLog == null || searchLog.isBlank() ? indexRoot.resolve("searchlog")
                : searchLog.equals("off") ? null : Path.of(searchLog);
        return new OpsOptions(Math.max(0, ratePerSecond), rateBurst, maxBody, System.getenv("PORTAL_ADMIN_TOKEN"), accessLog,
                log, drainSeconds * 1000L);
    }
}
