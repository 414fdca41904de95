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
        return "/" + slug + "/" + id;
    }

    public static Optional<DocType> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
