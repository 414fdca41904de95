package sunshine.app.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    private final Markdown markdown = new Markdown();

    @Test
    void rawHtmlAndScriptLinksAreNeutralised() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\n[点我](javascript:alert(1))", 3).toString();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void headingsStartAtTheGivenLevel() {
        String html = markdown.toHtml("# 一\n\n## 二\n\n正文", 3).toString();
        assertTrue(html.contains("<h3>一</h3>") && html.contains("<h4>二</h4>"), html);
        assertTrue(markdown.toHtml("## 适用对象", 3).toString().contains("<h3>适用对象</h3>"));
        String skipping = markdown.toHtml("## 甲\n\n#### 乙", 3).toString();
        assertTrue(skipping.contains("<h3>甲</h3>") && skipping.contains("<h4>乙</h4>"), skipping);
    }
}
