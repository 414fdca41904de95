package sunshine.app.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sunshine.app.WebApp;
import sunshine.app.WebOptions;
import sunshine.index.PortalIndex;

/**
 * Indexes content when it changed, then serves the portal. A generation published later by {@code index} is
 * picked up within seconds, without a restart.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Index content when needed and serve the portal.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    Locations where;

    @Option(names = "--port", defaultValue = "${env:PORTAL_PORT:-7070}", description = "port (env PORTAL_PORT, default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "${env:PORTAL_HOST:-127.0.0.1}", description = "address to listen on (env PORTAL_HOST, default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--base-url", defaultValue = "${env:PORTAL_BASE_URL:-http://127.0.0.1:7070}",
            description = "public address for absolute links in feeds, sitemap, JSON-LD, HSDS (env PORTAL_BASE_URL, default: ${DEFAULT-VALUE})")
    java.net.URI baseUrl;

    @Mixin
    OpsFlags ops;

    @Override
    public Integer call() throws Exception {
        PortalIndex index = new PortalIndex(where.content, where.index, where.indexThreads());
        PortalIndex.Status s = index.open(new ProgressBar(System.err));
        ProblemReport.print(where.content, s.problems(), System.err);
        System.err.printf("%s: %d 篇文档（%.1f 秒）%n", s.rebuilt() ? "索引已重建 / index rebuilt" : "沿用现有索引 / index up to date",
                s.documents(), s.millis() / 1000.0);
        Javalin app = WebApp.create(index, WebOptions.forContent(where.content).withBaseUrl(baseUrl), ops.options(where.index));
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-watcher");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(() -> {
            try {
                if (index.refreshFromDisk()) {
                    LOG.info("Switched to a newly built index ({} documents)", index.search().documentCount());
                }
            } catch (Exception e) {
                LOG.warn("Could not open the newly built index: {}", e.toString());
            }
        }, 2, 2, TimeUnit.SECONDS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watcher.shutdownNow();
            LOG.info("Stopping: requests in flight may finish for up to {} s", ops.drainSeconds);
            app.stop(); // Jetty's graceful stop (see Operations): no new connections, in-flight requests drain
            try {
                index.close();
            } catch (Exception e) {
                LOG.warn("closing the index: {}", e.toString());
            }
            stopped.countDown();
        }, "shutdown"));
        app.start(host, port);
        index.serving();
        System.err.printf("阳光助残知识门户已启动 / portal running: http://%s:%d%n", host, app.port());
        stopped.await();
        return 0;
    }
}
