package sunshine.index.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document the portal serves; the slug is used in URLs, the API and the index. */
public enum DocType {
    POLICY("policy", "政策文件"),
    FAQ("faq", "问答"),
    NEWS("news", "手语新闻"),
    SERVICE("service", "服务点"),
    DOCUMENT("document", "其他文件");

    private final String slug;
    private final String label;

    DocType(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() { return slug; }

    public String label() { return label; }

    /** The page that shows a document of this type. */
    public String pagePath(String id) {
        return "/" + slug + "/" + pathSegment(id);
    }

    /**
     * The id as one URL path segment. Content ids need no escaping; the laws corpus's article ids ({@code law-…#第三条})
     * do, or a browser would take {@code #第三条} for a fragment and ask for a page that does not exist.
     */
    private static String pathSegment(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static Optional<DocType> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
