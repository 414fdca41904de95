package sunshine.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import sunshine.index.PortalIndex;

/**
 * The portal's meters in one Prometheus registry: requests by route template (never the raw URL or query, so no
 * resident's words reach a label and the number of series stays bounded), a search latency histogram, the index's
 * size and last build, and the JVM's own metrics. One registry per app, no global state.
 */
public final class PortalMetrics {
    /** Routes whose latency also goes into the search histogram. */
    private static final java.util.Set<String> SEARCH_ROUTES = java.util.Set.of("/search", "/api/search");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer search;

    public PortalMetrics(PortalIndex index) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("portal.index.documents", index, i -> i.status() == null ? 0 : i.search().documentCount())
                .description("Documents in the live index").register(registry);
        Gauge.builder("portal.index.last.reindex", index, PortalMetrics::lastReindexSeconds).baseUnit("seconds")
                .description("When the live index was last opened or rebuilt (Unix time)").register(registry);
        search = Timer.builder("portal.search").description("Search requests (page and API), whole request time")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(5)).register(registry);
    }

    /** Records one finished request under its route template ({@code /policy/{id}}), or "unmatched". */
    public void request(String method, String route, int status, Duration took) {
        Timer.builder("http.server.requests").description("HTTP requests by route template")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .register(registry).record(took);
        if (SEARCH_ROUTES.contains(route) && status < 500) {
            search.record(took);
        }
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public String scrape() {
        return registry.scrape();
    }

    private static double lastReindexSeconds(PortalIndex index) {
        PortalIndex.Status s = index.status();
        Instant at = s == null ? null : s.at();
        return at == null ? Double.NaN : at.toEpochMilli() / 1000.0;
    }
}
