package sunshine.app.feeds;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import sunshine.app.documents.FaqView;
import sunshine.app.documents.NewsView;
import sunshine.app.documents.PolicyView;

/**
 * The {@code <link rel="alternate" type="application/atom+xml">} tags of a page: the policy and news feeds on every
 * page, plus the feed of each topic of the policy, question or news item shown. Attribute values are escaped.
 */
public final class FeedLinks {
    private FeedLinks() {
    }

    public static SafeString render(Object page) {
        StringBuilder out = new StringBuilder();
        link(out, "/feeds/policies.atom", "新增和变更的政策");
        link(out, "/feeds/news.atom", "手语新闻");
        for (String topic : topics(page)) {
            link(out, topicPath(topic), "主题：" + topic);
        }
        return new SafeString(out.toString());
    }

    /** The feed of one topic, e.g. {@code /feeds/topic/%E8%A1%A5%E8%B4%B4.atom} for 补贴. */
    public static String topicPath(String topic) {
        return "/feeds/topic/" + URLEncoder.encode(topic, StandardCharsets.UTF_8).replace("+", "%20") + ".atom";
    }

    private static List<String> topics(Object page) {
        return switch (page) {
            case PolicyView v -> v.policy().topics();
            case FaqView v -> v.faq().topics();
            case NewsView v -> v.news().topics();
            case null, default -> new ArrayList<>();
        };
    }

    private static void link(StringBuilder out, String href, String title) {
        out.append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"").append(escape(href))
                .append("\" title=\"").append(escape(title)).append("\">\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
