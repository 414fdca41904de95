package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@code /search}: announced count, escaped query, marked snippets, facets, pagination, help when nothing found. */
class SearchPageTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void countIsAnnouncedAndHitsAreListed() {
        Document doc = portal.page("/search?q=" + ApiSearchTest.enc("残疾证")).doc();
        Element status = doc.selectFirst("[role=status]");
        assertNotNull(status);
        assertTrue(status.text().matches(".*找到 \\d+ 条.*"), status.text());
        assertFalse(doc.select("ol.hits > li h3 a[href]").isEmpty());
        assertEquals("残疾证", doc.getElementById("q").val());
        assertTrue(doc.text().contains("我们按“残疾人证”为您搜索"), "understood line");
        assertFalse(doc.select(".hit-snippet mark").isEmpty(), "matched words are marked");
    }

    @Test
    void theQueryIsEscapedNotExecuted() {
        String attack = "<script>alert(1)</script>";
        TestPortal.Page page = portal.page("/search?q=" + ApiSearchTest.enc(attack));
        assertEquals(200, page.status());
        assertFalse(page.response().body().contains(attack), "raw tag in HTML");
        assertTrue(page.doc().select("script:not([type=application/ld+json])").isEmpty()); // JSON-LD is data, not run
        assertTrue(page.doc().selectFirst("h1").text().contains(attack), "shown as text");
        assertEquals(attack, page.doc().getElementById("q").val());
    }

    @Test
    void anOffensiveWordIsNotRepeated() {
        Document doc = portal.page("/search?q=" + ApiSearchTest.enc("瞎子补贴")).doc();
        assertFalse(doc.selectFirst("main").text().contains("瞎子"), doc.selectFirst("main").text());
        assertTrue(doc.selectFirst("h1").text().contains("视力残疾补贴"));
    }

    @Test
    void facetsMarkTheChosenValueAndCanBeCleared() {
        Document doc = portal.page("/search?q=" + ApiSearchTest.enc("补贴") + "&type=policy").doc();
        Element current = doc.selectFirst(".facets a[aria-current=true][href*=type=policy]");
        assertNotNull(current, "the chosen type is marked");
        assertTrue(current.text().startsWith("政策文件"));
        Element clear = doc.selectFirst("a.clear-filters");
        assertNotNull(clear);
        assertFalse(clear.attr("href").contains("type="));
        doc.select("ol.hits .hit-type").forEach(t -> assertTrue(t.text().startsWith("政策文件")));
    }

    @Test
    void paginationIsANamedNavWithTheCurrentPageMarked() {
        Document doc = portal.page("/search?page=2").doc();
        Element nav = doc.selectFirst("nav.pagination[aria-label]");
        assertNotNull(nav, "pagination");
        assertEquals("第 2 页", nav.selectFirst("a[aria-current=page]").text());
        assertEquals("上一页", nav.selectFirst("a[rel=prev]").text());
        assertTrue(nav.selectFirst("a[rel=prev]").attr("href").equals("/search"), "page 1 needs no page parameter");
    }

    @Test
    void nothingFoundOffersAWayOn() {
        Document doc = portal.page("/search?q=" + ApiSearchTest.enc("zzqqxx无此词<b>")).doc();
        assertTrue(doc.selectFirst("[role=status]").text().contains("没有找到与“zzqqxx无此词<b>”有关的结果"));
        assertTrue(doc.select("b").isEmpty(), "query escaped");
        assertFalse(doc.select(".no-results a[href^=/search?topic=]").isEmpty(), "topics to browse");
        assertNotNull(doc.selectFirst(".no-results a[href=/services]"));
        assertNotNull(doc.selectFirst(".no-results a[href^=tel:]"), "hotline");
    }

    @Test
    void badParametersGiveThe400PageWithTheMessage() {
        TestPortal.Page page = portal.page("/search?q=" + ApiSearchTest.enc("补贴") + "&size=abc");
        assertEquals(400, page.status());
        assertTrue(page.doc().selectFirst("main").text().contains("size"), "names the parameter");
        assertNotNull(page.doc().selectFirst("main form[role=search]"));
        assertNotNull(page.doc().selectFirst("main a[href=/]"));
    }

    @Test
    void aPageBeyondTheResultsIs400() {
        assertEquals(400, portal.page("/search?q=" + ApiSearchTest.enc("补贴") + "&page=999").status());
    }
}
