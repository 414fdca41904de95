package sunshine.app.metrics;

import io.javalin.config.JavalinConfig;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.jetty12.server.TimedHandler;
import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import sunshine.index.PortalIndex;

/**
 * {@code /metrics} in Prometheus text format, a request logger that times every request by its route template,
 * and Jetty's own meters: requests by method and status (micrometer-jetty12's TimedHandler, which tags no URI),
 * connections and the thread pool.
 */
public final class MetricsRoutes {
    private MetricsRoutes() {
    }

    public static void register(JavalinConfig config, PortalIndex index) {
        PortalMetrics metrics = new PortalMetrics(index);
        config.requestLogger.http((ctx, ms) -> {
            Endpoint e = ctx.endpoints().matchedHttpEndpoint();
            String route = e != null ? e.path : ctx.statusCode() < 400 ? "static" : "unmatched";
            metrics.request(ctx.method().name(), route, ctx.statusCode(), Duration.ofNanos((long) (ms * 1_000_000)));
        });
        config.jetty.modifyServer(server -> instrument(server, metrics));
        config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    }

    /** Jetty binders need the finished server (connectors, handler), so they attach when it starts. */
    private static void instrument(Server server, PortalMetrics metrics) {
        new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(metrics.registry());
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                JettyConnectionMetrics.addToAllConnectors(server, metrics.registry());
                TimedHandler timed = new TimedHandler(metrics.registry(), Tags.empty());
                server.insertHandler(timed);
            }
        });
    }
}
