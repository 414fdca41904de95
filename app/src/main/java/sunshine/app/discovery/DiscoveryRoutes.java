package sunshine.app.discovery;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import sunshine.app.web.Site;
import sunshine.index.PortalIndex;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.DocType;

/**
 * How search engines and browsers find the portal: {@code /sitemap.xml} (the main pages and every document, with
 * the document's own date as lastmod), {@code /robots.txt} (everything allowed, the sitemap named) and
 * {@code /opensearch.xml} (so a browser can add the portal's search).
 */
public final class DiscoveryRoutes {
    /** The pages a visitor reaches from the navigation; their lastmod is the newest document's date. */
    static final List<String> MAIN_PAGES = List.of("/", "/search", "/services", "/search?type=policy",
            "/search?type=faq", "/search?type=news", "/about", "/accessibility");
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/";

    private final PortalIndex index;
    private final URI base;

    private DiscoveryRoutes(PortalIndex index, URI base) {
        this.index = index;
        this.base = base;
    }

    public static void register(RoutesConfig routes, PortalIndex index, URI base) {
        DiscoveryRoutes r = new DiscoveryRoutes(index, base);
        routes.get("/sitemap.xml", r::sitemap);
        routes.get("/robots.txt", ctx -> ctx.contentType("text/plain; charset=utf-8")
                .result("User-agent: *\nAllow: /\n\nSitemap: " + base + "/sitemap.xml\n"));
        routes.get("/opensearch.xml", ctx -> ctx.contentType("application/opensearchdescription+xml; charset=utf-8")
                .result(XmlWriter.document(r::openSearch)));
    }

    private void sitemap(Context ctx) throws IOException {
        List<ContentDocument> docs = new ArrayList<>();
        for (DocType t : DocType.values()) {
            docs.addAll(index.search().all(t));
        }
        LocalDate newest = docs.stream().map(ContentDocument::date).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(null);
        ctx.contentType("application/xml; charset=utf-8").result(XmlWriter.document(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (String page : MAIN_PAGES) {
                url(xml, page, newest);
            }
            for (ContentDocument d : docs) {
                url(xml, d.type().pagePath(d.id()), d.date());
            }
            xml.writeEndElement();
        }));
    }

    private void url(XMLStreamWriter xml, String path, LocalDate lastmod) throws XMLStreamException {
        xml.writeStartElement("url");
        XmlWriter.element(xml, "loc", base + path);
        if (lastmod != null) {
            XmlWriter.element(xml, "lastmod", lastmod.toString());
        }
        xml.writeEndElement();
    }

    private void openSearch(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("OpenSearchDescription");
        xml.writeDefaultNamespace(OPENSEARCH_NS);
        XmlWriter.element(xml, "ShortName", "阳光助残");
        XmlWriter.element(xml, "Description", "搜索" + Site.JIADING.name() + "的政策、问答、手语新闻和服务点");
        XmlWriter.element(xml, "InputEncoding", "UTF-8");
        XmlWriter.element(xml, "Language", "zh-CN");
        template(xml, "text/html", "/search?q={searchTerms}", null);
        template(xml, "application/json", "/api/search?q={searchTerms}", null);
        template(xml, "application/opensearchdescription+xml", "/opensearch.xml", "self");
        XmlWriter.element(xml, "Developer", Site.JIADING.owner());
        xml.writeEndElement();
    }

    private void template(XMLStreamWriter xml, String type, String path, String rel) throws XMLStreamException {
        xml.writeEmptyElement("Url");
        xml.writeAttribute("type", type);
        if (rel != null) {
            xml.writeAttribute("rel", rel);
        }
        xml.writeAttribute("template", base + path);
    }
}
