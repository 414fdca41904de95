package sunshine.app.ops;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import org.eclipse.jetty.server.handler.GracefulHandler;
import sunshine.app.searchlog.SearchLog;
import sunshine.app.searchlog.SearchLogRoutes;
import sunshine.index.PortalIndex;

/**
 * Wires the operational parts into the app: body-size and rate limits, /health and /ready, the access log, the
 * search log, the admin routes, and a graceful stop that lets requests in flight finish.
 */
public final class Operations {
    /** How often the search log's counts are written to disk. */
    private static final long SEARCH_LOG_FLUSH_SECONDS = 60;

    private Operations() {
    }

    public static void register(JavalinConfig config, PortalIndex index, OpsOptions ops, Clock clock) {
        config.http.maxRequestSize = ops.maxBodyBytes();
        config.routes.before(new BodyLimit(ops.maxBodyBytes()));
        if (ops.rateLimited()) {
            RateLimit limit = new RateLimit(ops.ratePerSecond(), ops.rateBurst());
            config.routes.before("/api/*", limit);
            config.routes.before("/admin/*", limit); // also slows guessing the admin token
        }
        if (ops.accessLog()) {
            config.requestLogger.http(new AccessLog());
        }
        HealthRoutes.register(config.routes, index);
        SearchLog searchLog = ops.searchLogDir() == null ? null : new SearchLog(ops.searchLogDir(), clock, SEARCH_LOG_FLUSH_SECONDS);
        if (searchLog != null) {
            SearchLogRoutes.register(config.routes, searchLog);
            config.events.serverStopped(searchLog::close);
        }
        AdminRoutes.register(config.routes, index, ops.adminToken(), searchLog);
        // Javalin attaches its servlet inside a wrapper already set on the server, so this handler sees every
        // request; on stop, Jetty stops accepting and waits up to drainMillis for the ones in flight.
        config.jetty.modifyServer(server -> {
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(ops.drainMillis());
        });
    }
}
