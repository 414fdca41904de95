package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** /desk: the words first, one fieldset per group, results at once, and a plain-text block to copy. */
class DeskPageTest {
    private final TestPortal portal = TestPortal.get();
    private final MatchClient client = new MatchClient();

    @Test
    void theDeskFormIsDenseAndStartsWithTheWords() {
        TestPortal.Page page = portal.page("/desk");
        assertEquals(200, page.status());
        PageChecks.assertAccessibleFrame(page);
        Element form = page.doc().selectFirst("form.desk-form");
        assertEquals("post", form.attr("method"));
        assertEquals("text", form.selectFirst("textarea, input:not([type=hidden]), select").id(), "the words come first");
        assertTrue(form.select("fieldset.desk-group").size() >= 5);
        form.select("fieldset").forEach(fs -> assertNotNull(fs.selectFirst("> legend")));
        assertTrue(form.select("[accesskey], [tabindex]").isEmpty(), "plain tab order, no access keys");
        assertEquals("不清楚", form.selectFirst("select#hukou option[selected]").attr("value"));
    }

    @Test
    void resultsComeWithTextToCopy() {
        TestPortal.Page page = client.form("/desk", "text", "我是盲人，住在南翔镇，家里是低保，想找工作",
                "hukou", "本市", "has_certificate", "是", "age", "30", "employment", "未就业");
        assertEquals(200, page.status());
        PageChecks.assertAccessibleFrame(page);
        Document doc = page.doc();
        assertEquals("results-h", doc.selectFirst("h1").id());
        assertTrue(doc.text().contains("残疾类别：视力（“盲人”）"), "what was read is shown");
        Element copy = doc.getElementById("copy");
        assertEquals("textarea", copy.tagName());
        assertTrue(copy.hasAttr("readonly"));
        assertNotNull(doc.selectFirst("label[for=copy]"));
        String text = copy.wholeText();
        assertFalse(text.contains("<"), "plain text, no markup");
        assertTrue(text.strip().endsWith("以上结果仅供参考，以办理窗口审核为准。"), text);
        String first = text.split("\n\n")[1];
        List<String> lines = List.of(first.split("\n"));
        assertEquals(6, lines.size(), first);
        assertTrue(lines.get(0).matches("1\\. .+"), first);
        assertTrue(lines.get(1).startsWith("结论："));
        assertTrue(lines.get(2).startsWith("原因："));
        assertTrue(lines.get(3).startsWith("带什么材料："));
        assertTrue(lines.get(4).startsWith("去哪里办："));
        assertTrue(lines.get(5).startsWith("电话："));
        assertTrue(text.contains("困难残疾人生活补贴\n结论：符合"), text);
    }

    @Test
    void theFormComesBackFilledSoTheWorkerCanCorrect() {
        TestPortal.Page page = client.form("/desk", "text", "我坐轮椅，外地户口");
        Element form = page.doc().selectFirst("form.desk-form");
        assertEquals("外省市", form.selectFirst("select#hukou option[selected]").attr("value"));
        assertEquals("我坐轮椅，外地户口", form.selectFirst("input[name=text_read]").attr("value"));
        assertTrue(form.selectFirst("input[name=needs][value=轮椅]").hasAttr("checked"));
    }

    @Test
    void deskErrorsAreSummarised() {
        TestPortal.Page page = client.form("/desk", "age", "abc");
        assertEquals(400, page.status());
        PageChecks.assertAccessibleFrame(page);
        Element link = page.doc().selectFirst(".match-error-summary a");
        assertEquals("#age", link.attr("href"));
        assertEquals("true", page.doc().getElementById("age").attr("aria-invalid"));
        assertEquals("abc", page.doc().getElementById("age").attr("value"));
    }
}
