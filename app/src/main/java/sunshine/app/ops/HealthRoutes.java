package sunshine.app.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sunshine.index.PortalIndex;
import sunshine.index.search.SearchRequest;

/**
 * {@code GET /health}: the process answers (liveness). {@code GET /ready}: an index is open and a search runs on
 * it (readiness); 503 otherwise, so a load balancer sends no one to a portal that cannot search.
 */
public final class HealthRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);
    private static final SearchRequest PROBE = SearchRequest.of(null, null, null, null, null, "1", null);

    private HealthRoutes() {
    }

    public static void register(RoutesConfig routes, PortalIndex index) {
        routes.get("/health", ctx -> send(ctx, 200, Map.of("status", "ok")));
        routes.get("/ready", ctx -> ready(ctx, index));
    }

    private static void ready(Context ctx, PortalIndex index) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            long documents = index.search().search(PROBE).total();
            if (documents > 0) {
                body.put("status", "ready");
                body.put("documents", documents);
                send(ctx, 200, body);
                return;
            }
            body.put("reason", "the index is empty");
        } catch (Exception e) {
            LOG.warn("Not ready: {}", e.toString());
            body.put("reason", "no index is open");
        }
        body.put("status", "not_ready");
        send(ctx, 503, body);
    }

    private static void send(Context ctx, int status, Object body) {
        ctx.status(status).json(body);
        ctx.contentType("application/json; charset=utf-8");
    }
}
