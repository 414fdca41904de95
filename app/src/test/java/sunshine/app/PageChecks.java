package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The checks every page must pass: frame, landmarks, headings, labels, and nothing the CSP would block. */
final class PageChecks {
    private PageChecks() {
    }

    static void assertAccessibleFrame(TestPortal.Page page) {
        Document doc = page.doc();
        assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
        assertTrue(doc.select("meta[name=viewport]").attr("content").contains("width=device-width"));
        assertFalse(doc.select("meta[name=viewport]").attr("content").contains("user-scalable=no"));
        assertTrue(doc.title().endsWith(" - 阳光助残知识门户"), doc.title());
        assertEquals(1, doc.select("h1").size(), "exactly one h1");
        assertSkipLinkFirst(doc);
        assertLandmarks(doc);
        assertHeadingsDoNotSkip(doc);
        assertFieldsLabelled(doc);
        assertNothingInline(doc);
        assertTrue(page.response().headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'none'"));
    }

    private static void assertSkipLinkFirst(Document doc) {
        Element first = doc.select("a[href], button, input, select, textarea").first();
        assertNotNull(first);
        assertEquals("#main", first.attr("href"), "the skip link is the first focusable element");
        assertEquals("跳到主要内容", first.text());
        Element main = doc.getElementById("main");
        assertNotNull(main);
        assertEquals("main", main.tagName());
        assertEquals("-1", main.attr("tabindex"));
    }

    private static void assertLandmarks(Document doc) {
        assertEquals(1, doc.select("body > header").size(), "banner");
        assertEquals(1, doc.select("body > footer").size(), "contentinfo");
        assertEquals(1, doc.select("main").size(), "main");
        assertEquals(1, doc.select("nav[aria-label=主导航]").size(), "main navigation");
        assertTrue(doc.select("form[role=search]").size() >= 1, "a search form");
        for (Element nav : doc.select("nav")) {
            assertFalse(nav.attr("aria-label").isBlank(), "every nav is named");
        }
        Elements footerLinks = doc.select("footer a");
        assertTrue(footerLinks.stream().anyMatch(a -> a.attr("href").startsWith("tel:")), "hotline in footer");
        assertTrue(footerLinks.stream().anyMatch(a -> a.attr("href").equals("/about")));
        assertTrue(footerLinks.stream().anyMatch(a -> a.attr("href").equals("/accessibility")));
    }

    private static void assertHeadingsDoNotSkip(Document doc) {
        int previous = 0;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(h.tagName().substring(1));
            assertTrue(level <= previous + 1, "heading " + h.tagName() + " “" + h.text() + "” skips a level");
            assertFalse(h.text().isBlank(), "empty heading");
            previous = level;
        }
    }

    private static void assertFieldsLabelled(Document doc) {
        for (Element field : doc.select("input:not([type=hidden]), select, textarea")) {
            String id = field.id();
            boolean labelled = !id.isEmpty() && !doc.select("label[for=" + id + "]").isEmpty()
                    || !field.attr("aria-label").isBlank();
            assertTrue(labelled, "no label for " + field.outerHtml());
        }
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique: " + ids);
    }

    /**
     * The CSP allows no inline style or script, so none may be in the page. JSON-LD data blocks
     * ({@code type="application/ld+json"}) are the one exception: browsers never run them, so the CSP does not apply.
     */
    private static void assertNothingInline(Document doc) {
        assertTrue(doc.select("script:not([type=application/ld+json]), style, [style]").isEmpty(), "inline script or style");
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a));
            e.attributes().forEach(a -> assertFalse(a.getValue().toLowerCase().startsWith("javascript:"), "js url " + a));
        }
    }
}
