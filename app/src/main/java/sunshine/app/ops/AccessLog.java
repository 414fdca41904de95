package sunshine.app.ops;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request with nothing that identifies a person or what they searched for: the method, the route
 * template ({@code /policy/{id}}, never the path with its values), the status and the time taken. No query string,
 * no address, no body, no headers. Probe requests ({@code /health}, {@code /ready}) that succeed are not logged.
 */
public final class AccessLog implements RequestLogger {
    private static final Logger LOG = LoggerFactory.getLogger("access");

    private final Consumer<String> sink;

    /** Logs to the {@code access} logger. */
    public AccessLog() {
        this(LOG::info);
    }

    /** Writes lines to {@code sink} (tests). */
    public AccessLog(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void handle(Context ctx, Float millis) {
        String route = route(ctx);
        int status = ctx.statusCode();
        if (status == 200 && (route.equals("/health") || route.equals("/ready"))) {
            return;
        }
        sink.accept(line(ctx.method().name(), route, status, millis));
    }

    static String line(String method, String route, int status, float millis) {
        return String.format(Locale.ROOT, "%s %s %d %.1fms", method, route, status, millis);
    }

    /**
     * The matched route template. Without one (a static file, an unknown path, a request refused before routing)
     * the line names the kind, never the path, which could carry what a person typed.
     */
    static String route(Context ctx) {
        try {
            Endpoint e = ctx.endpoints().matchedHttpEndpoint();
            if (e != null) {
                return e.path;
            }
        } catch (RuntimeException none) {
            // no endpoint matched
        }
        return ctx.statusCode() < 400 ? "(static file)" : "(unmatched)";
    }
}
