package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import sunshine.index.content.DocType;
import sunshine.index.content.Policy;

/** Atom 1.0 feeds: well-formed XML, read back by ROME, with the elements Atom requires; and linked from pages. */
class FeedsTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void thePolicyFeedIsValidAtom() throws Exception {
        Feed f = atom("/feeds/policies.atom");
        assertEquals(Math.min(50, portal.index.search().all(DocType.POLICY).size()), f.getEntries().size());
        assertTrue(f.getTitle().contains("政策"));
        assertEquals("http://127.0.0.1:7070/feeds/policies.atom", f.getId());
        assertTrue(f.getOtherLinks().stream().anyMatch(l -> "self".equals(l.getRel())));
        Entry first = f.getEntries().getFirst();
        for (Entry e : f.getEntries()) {
            assertFalse(e.getUpdated().after(first.getUpdated()), "newest first");
        }
    }

    @Test
    void theNewsFeedCarriesTheVideos() throws Exception {
        Feed f = atom("/feeds/news.atom");
        assertFalse(f.getEntries().isEmpty());
        for (Entry e : f.getEntries()) {
            assertTrue(e.getOtherLinks().stream().anyMatch(l -> "enclosure".equals(l.getRel())), e.getId());
        }
    }

    @Test
    void aTopicFeedHoldsOnlyThatTopic() throws Exception {
        Feed f = atom("/feeds/topic/%E8%A1%A5%E8%B4%B4.atom"); // 补贴
        assertFalse(f.getEntries().isEmpty());
        for (Entry e : f.getEntries()) {
            assertTrue(e.getCategories().stream().anyMatch(c -> "补贴".equals(c.getTerm())), e.getId());
        }
        assertEquals(404, portal.get("/feeds/topic/%E4%B8%8D%E5%AD%98%E5%9C%A8.atom").statusCode()); // 不存在
        assertEquals(404, portal.get("/feeds/topic/%E8%A1%A5%E8%B4%B4.rss").statusCode());
    }

    @Test
    void pagesLinkTheirFeeds() throws IOException {
        Document home = portal.page("/").doc();
        assertNotNull(home.selectFirst("head link[rel=alternate][type=application/atom+xml][href=/feeds/policies.atom]"));
        assertNotNull(home.selectFirst("head link[rel=alternate][type=application/atom+xml][href=/feeds/news.atom]"));
        Policy p = (Policy) portal.index.search().all(DocType.POLICY).getFirst();
        Document page = portal.page("/policy/" + p.id()).doc();
        String topicFeed = page.select("head link[type=application/atom+xml]").last().attr("href");
        assertTrue(topicFeed.startsWith("/feeds/topic/"), topicFeed);
        assertEquals(200, portal.get(topicFeed).statusCode());
    }

    /** Fetches a feed, checks it is well-formed XML, parses it with ROME and checks Atom's required elements. */
    private Feed atom(String url) throws Exception {
        HttpResponse<String> r = portal.get(url);
        assertEquals(200, r.statusCode(), url);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        org.w3c.dom.Document xml = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
        assertEquals("http://www.w3.org/2005/Atom", xml.getDocumentElement().getNamespaceURI());
        Feed f = (Feed) new WireFeedInput().build(new InputSource(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))));
        assertEquals("atom_1.0", f.getFeedType());
        assertNotNull(f.getId());
        assertNotNull(f.getTitle());
        assertNotNull(f.getUpdated());
        for (Entry e : f.getEntries()) {
            assertNotNull(e.getId());
            assertNotNull(e.getTitle());
            assertNotNull(e.getUpdated());
            Link page = e.getAlternateLinks().getFirst();
            assertTrue(page.getHref().startsWith("http://127.0.0.1:7070/"), page.getHref());
        }
        return f;
    }
}
