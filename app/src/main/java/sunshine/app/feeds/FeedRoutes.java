package sunshine.app.feeds;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sunshine.app.web.Site;
import sunshine.index.PortalIndex;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.DocType;
import sunshine.index.hours.OpeningStatus;

/** {@code /feeds/policies.atom}, {@code /feeds/news.atom} and {@code /feeds/topic/{topic}.atom}. */
public final class FeedRoutes {
    private final PortalIndex index;
    private final AtomFeeds feeds;
    private final Clock clock;

    private FeedRoutes(PortalIndex index, URI base, Clock clock) {
        this.index = index;
        this.feeds = new AtomFeeds(base, Site.JIADING.owner());
        this.clock = clock;
    }

    public static void register(RoutesConfig routes, PortalIndex index, URI base, Clock clock) {
        FeedRoutes r = new FeedRoutes(index, base, clock);
        routes.get("/feeds/policies.atom", ctx -> r.send(ctx, r.feeds.feed("/feeds/policies.atom",
                Site.JIADING.name() + "：新增和变更的政策", "/search?type=policy", r.index.search().all(DocType.POLICY), r.today())));
        routes.get("/feeds/news.atom", ctx -> r.send(ctx, r.feeds.feed("/feeds/news.atom",
                Site.JIADING.name() + "：手语新闻", "/search?type=news", r.index.search().all(DocType.NEWS), r.today())));
        routes.get("/feeds/topic/{file}", r::topic);
    }

    private void topic(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String topic = file.endsWith(".atom") ? file.substring(0, file.length() - ".atom".length()) : null;
        if (topic == null || !index.lists().topics().contains(topic)) {
            throw new NotFoundResponse("没有这个主题的订阅。主题见 /feeds/topic/补贴.atom 这样的地址。");
        }
        List<ContentDocument> docs = new ArrayList<>();
        for (DocType t : List.of(DocType.POLICY, DocType.FAQ, DocType.NEWS)) {
            index.search().all(t).stream().filter(d -> d.topics().contains(topic)).forEach(docs::add);
        }
        send(ctx, feeds.feed(FeedLinks.topicPath(topic), Site.JIADING.name() + "：" + topic,
                "/search?topic=" + java.net.URLEncoder.encode(topic, java.nio.charset.StandardCharsets.UTF_8), docs, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OpeningStatus.SHANGHAI));
    }

    private void send(Context ctx, Feed feed) {
        try {
            ctx.contentType("application/atom+xml; charset=utf-8");
            ctx.result(new WireFeedOutput().outputString(feed));
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }
}
