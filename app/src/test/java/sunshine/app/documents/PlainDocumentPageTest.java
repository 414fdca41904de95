package sunshine.app.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import sunshine.app.web.Crumb;
import sunshine.app.web.Layout;
import sunshine.app.web.PebbleRenderer;
import sunshine.index.content.PlainDocument;

/** content/documents is empty today, so the plain-document page is rendered here from a record. */
class PlainDocumentPageTest {
    private final PlainDocument doc = new PlainDocument("doc-x", "通知<b>", "第一段第一行\n第一段第二行\n\n<script>x</script>\n\n  ",
            LocalDate.of(2024, 5, 1), "text/plain", "documents/x.txt");

    @Test
    void textBecomesParagraphsWithHardBreaksJoined() {
        assertEquals(List.of("第一段第一行第一段第二行", "<script>x</script>"), PlainDocumentView.of(doc).paragraphs());
    }

    @Test
    void rendersEscapedWithOneHeading() {
        Layout layout = Layout.detail(doc.title(), Layout.Nav.NONE, new Crumb("其他文件", "/search?type=document"));
        String html = new PebbleRenderer(true).render("pages/document", Map.of("layout", layout, "page", PlainDocumentView.of(doc)));
        Document page = Jsoup.parse(html);
        assertEquals("通知<b>", page.selectFirst("h1").text());
        assertTrue(page.select("script:not([type=application/ld+json]), main b").isEmpty()); // JSON-LD is data, not run
        assertEquals(2, page.select(".prose p").size());
        assertFalse(html.contains("<script>x"));
    }
}
