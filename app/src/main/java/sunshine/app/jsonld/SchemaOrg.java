package sunshine.app.jsonld;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import sunshine.app.web.Crumb;
import sunshine.index.content.Faq;
import sunshine.index.content.NewsItem;
import sunshine.index.content.Policy;

/**
 * schema.org descriptions of the portal's documents, as Jackson trees (never concatenated strings): a policy is a
 * GovernmentService, a question an FAQPage, a sign-language news item a NewsArticle with its VideoObject, and every
 * page has a BreadcrumbList. Service points are in {@link ServicePointLd}.
 */
final class SchemaOrg {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final URI base;

    SchemaOrg(URI base) {
        this.base = base;
    }

    ObjectNode policy(Policy p, String owner) {
        ObjectNode s = thing("GovernmentService", p.title(), p.type().pagePath(p.id()));
        s.put("description", p.summary());
        s.put("serviceType", String.join("、", p.topics()));
        ArrayNode provider = s.putArray("provider");
        for (String issuer : Arrays.stream(p.issuer().split("[\\s　、，,]+")).filter(x -> !x.isBlank()).toList()) {
            provider.addObject().put("@type", "GovernmentOrganization").put("name", issuer);
        }
        ObjectNode area = NODES.objectNode().put("@type", "AdministrativeArea").put("name", p.region());
        s.set("serviceArea", area);
        s.set("areaServed", area.deepCopy());
        s.putObject("audience").put("@type", "PeopleAudience").put("audienceType", "残疾人及其家属")
                .put("name", p.region() + "持证残疾人");
        ObjectNode channel = s.putObject("availableChannel").put("@type", "ServiceChannel").put("name", p.apply().where());
        if (p.apply().online() != null && !p.apply().online().isBlank()) {
            channel.put("serviceUrl", p.apply().online());
        }
        s.putObject("broker").put("@type", "GovernmentOrganization").put("name", owner);
        return s;
    }

    ObjectNode faq(Faq f) {
        ObjectNode s = thing("FAQPage", f.question(), f.type().pagePath(f.id()));
        ObjectNode q = s.putArray("mainEntity").addObject().put("@type", "Question").put("name", f.question());
        q.putObject("acceptedAnswer").put("@type", "Answer").put("text", f.answerText());
        s.put("dateModified", f.updated().toString());
        return s;
    }

    ObjectNode news(NewsItem n, String owner) {
        ObjectNode s = thing("NewsArticle", n.title(), n.type().pagePath(n.id()));
        s.put("headline", n.title()).put("description", n.summary()).put("datePublished", n.date().toString())
                .put("inLanguage", "zh-CN");
        s.putObject("publisher").put("@type", "GovernmentOrganization").put("name", owner);
        ObjectNode v = s.putObject("video").put("@type", "VideoObject").put("name", n.title())
                .put("description", n.summary() == null || n.summary().isBlank() ? n.signer() : n.summary())
                .put("uploadDate", n.date().toString()).put("contentUrl", media(n.video()))
                .put("caption", media(n.captions())).put("transcript", n.transcriptText());
        if (n.duration() != null && !n.duration().isBlank()) {
            v.put("duration", n.duration());
        }
        return s;
    }

    /** 首页 › section › page; a top-level page is 首页 › page, the home page 首页 alone. */
    ObjectNode breadcrumbs(List<Crumb> crumbs, String title, boolean home) {
        List<Crumb> trail = !crumbs.isEmpty() ? crumbs
                : home ? List.of(new Crumb("首页", "/")) : List.of(new Crumb("首页", "/"), new Crumb(title, null));
        ObjectNode s = NODES.objectNode().put("@context", "https://schema.org").put("@type", "BreadcrumbList");
        ArrayNode items = s.putArray("itemListElement");
        for (int i = 0; i < trail.size(); i++) {
            ObjectNode item = items.addObject().put("@type", "ListItem").put("position", i + 1).put("name", trail.get(i).label());
            if (trail.get(i).href() != null) {
                item.put("item", absolute(trail.get(i).href()));
            }
        }
        return s;
    }

    ObjectNode thing(String type, String name, String path) {
        return NODES.objectNode().put("@context", "https://schema.org").put("@type", type).put("name", name)
                .put("url", absolute(path));
    }

    String absolute(String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? path : base + path;
    }

    /** {@code media/x.webm} is served at {@code /media/x.webm}; an https URL stays as it is. */
    private String media(String ref) {
        return ref == null ? null : absolute(ref.startsWith("media/") ? "/" + ref : ref);
    }
}
