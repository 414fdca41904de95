package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.DocType;

/** sitemap.xml lists every document with its date, robots.txt points at it, OpenSearch lets a browser add search. */
class DiscoveryTest {
    private static final String BASE = "http://127.0.0.1:7070";
    private final TestPortal portal = TestPortal.get();

    @Test
    void theSitemapListsEveryDocumentAndTheMainPages() throws Exception {
        org.w3c.dom.Document xml = xml("/sitemap.xml");
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", xml.getDocumentElement().getNamespaceURI());
        Map<String, String> lastmod = new HashMap<>();
        NodeList urls = xml.getElementsByTagNameNS("*", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element u = (Element) urls.item(i);
            NodeList mod = u.getElementsByTagNameNS("*", "lastmod");
            lastmod.put(u.getElementsByTagNameNS("*", "loc").item(0).getTextContent(),
                    mod.getLength() == 0 ? null : mod.item(0).getTextContent());
        }
        for (DocType t : DocType.values()) {
            for (ContentDocument d : portal.index.search().all(t)) {
                String loc = BASE + t.pagePath(d.id());
                assertTrue(lastmod.containsKey(loc), loc);
                assertEquals(d.date().toString(), lastmod.get(loc), loc);
            }
        }
        for (String page : new String[] {"/", "/search", "/services", "/about", "/accessibility"}) {
            assertTrue(lastmod.get(BASE + page).matches("\\d{4}-\\d{2}-\\d{2}"), page);
        }
    }

    @Test
    void robotsAllowsAllAndNamesTheSitemap() {
        String robots = portal.get("/robots.txt").body();
        assertTrue(robots.contains("User-agent: *\nAllow: /\n"), robots);
        assertTrue(robots.contains("Sitemap: " + BASE + "/sitemap.xml"), robots);
    }

    @Test
    void openSearchDescribesTheSearchAndPagesLinkIt() throws Exception {
        assertTrue(portal.get("/opensearch.xml").headers().firstValue("Content-Type").orElse("")
                .startsWith("application/opensearchdescription+xml"));
        org.w3c.dom.Document xml = xml("/opensearch.xml");
        Element root = xml.getDocumentElement();
        assertEquals("http://a9.com/-/spec/opensearch/1.1/", root.getNamespaceURI());
        assertEquals("OpenSearchDescription", root.getLocalName());
        assertTrue(root.getElementsByTagNameNS("*", "ShortName").item(0).getTextContent().length() <= 16);
        NodeList templates = root.getElementsByTagNameNS("*", "Url");
        Element html = null;
        for (int i = 0; i < templates.getLength(); i++) {
            Element u = (Element) templates.item(i);
            if (u.getAttribute("type").equals("text/html")) {
                html = u;
            }
        }
        assertNotNull(html);
        assertEquals(BASE + "/search?q={searchTerms}", html.getAttribute("template"));
        assertNotNull(portal.page("/services").doc()
                .selectFirst("head link[rel=search][type=application/opensearchdescription+xml][href=/opensearch.xml]"));
    }

    private org.w3c.dom.Document xml(String url) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(portal.get(url).body())));
        } catch (IOException e) {
            throw new AssertionError(url + " is not well-formed XML", e);
        }
    }
}
