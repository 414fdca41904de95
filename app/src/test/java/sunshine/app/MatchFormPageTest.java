package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The /match form: fieldsets with legends, 不清楚 chosen by default, POST only, errors as GOV.UK shows them. */
class MatchFormPageTest {
    private final TestPortal portal = TestPortal.get();
    private final MatchClient client = new MatchClient();

    @Test
    void theFormIsAccessibleAndPostsItsAnswers() {
        TestPortal.Page page = portal.page("/match");
        assertEquals(200, page.status());
        PageChecks.assertAccessibleFrame(page);
        Document doc = page.doc();
        Element form = doc.selectFirst("form.match-form");
        assertEquals("post", form.attr("method"));
        assertEquals("/match", form.attr("action"));
        assertTrue(doc.text().contains("我们不会保存您填写的任何信息，关闭页面即清除。"));
        assertEquals("no-store", page.response().headers().firstValue("Cache-Control").orElse(""));
        for (Element fs : form.select("fieldset")) {
            assertNotNull(fs.selectFirst("> legend"), "every fieldset has a legend");
        }
        assertEquals("text", form.selectFirst("textarea").id());
        assertNotNull(doc.selectFirst("label[for=text]"));
        assertEquals(2, form.select("input[name=for]").size());
        assertTrue(form.selectFirst("input[name=for][value=self]").hasAttr("checked"));
    }

    @Test
    void everyChoiceOffersUnknownChosenByDefault() {
        Element form = portal.page("/match").doc().selectFirst("form.match-form");
        for (String field : new String[] {"hukou", "district", "street", "has_certificate", "category", "grade", "household",
                "employment", "school_stage", "lives_alone", "needs_care", "owns_motor_wheelchair"}) {
            Element unknown = form.selectFirst("input[type=radio][name=" + field + "][value=不清楚]");
            assertNotNull(unknown, field);
            assertTrue(unknown.hasAttr("checked"), field);
            assertEquals(1, form.select("input[name=" + field + "][checked]").size(), field);
            assertNotNull(form.getElementById(field), "the first choice has the field's id, for error links");
        }
        assertEquals("numeric", form.getElementById("age").attr("inputmode"));
        assertEquals("numeric", form.getElementById("child_age").attr("inputmode"));
        assertNotNull(form.getElementById("age-born"), "a birth date instead of an age");
        assertNotNull(form.getElementById("child_age-none"), "没有需要康复的孩子");
        assertTrue(form.select("input[type=checkbox][name=needs]").size() >= 10);
    }

    @Test
    void errorsAreSummarisedLinkedAndKept() {
        TestPortal.Page page = client.form("/match", "hukou", "火星", "age", "两百", "street", "南翔镇",
                "district", "本市其他区", "child_age", "3", "child_age.none", "1", "for", "self");
        assertEquals(400, page.status());
        PageChecks.assertAccessibleFrame(page);
        Document doc = page.doc();
        assertTrue(doc.title().startsWith("错误："), doc.title());
        Element summary = doc.selectFirst(".match-error-summary");
        assertEquals("alert", summary.attr("role"));
        assertEquals("-1", summary.attr("tabindex"));
        assertEquals("请检查以下内容", summary.selectFirst("h2").text());
        assertEquals(4, summary.select("a").size(), summary.text());
        for (Element link : summary.select("a")) {
            Element target = doc.getElementById(link.attr("href").substring(1));
            assertNotNull(target, link.attr("href"));
            assertEquals("true", target.attr("aria-invalid"), link.attr("href"));
            Element fieldset = target.closest("fieldset");
            String field = link.attr("href").substring(1).replaceAll("-.*", "");
            assertTrue(fieldset.attr("aria-describedby").contains(field + "-error"), fieldset.outerHtml());
            assertNotNull(doc.getElementById(field + "-error"));
        }
        assertFalse(summary.text().contains("火星"), "a message never repeats the value");
        assertEquals("两百", doc.getElementById("age").attr("value"), "what was typed is kept");
        assertTrue(doc.selectFirst("input[name=street][value=南翔镇]").hasAttr("checked"));
    }

    @Test
    void ownWordsComeBackAsTheFormFilledInToConfirm() {
        String words = "我是盲人，住在南翔镇，家里是低保，想找工作";
        TestPortal.Page page = client.form("/match", "text", words, "for", "self");
        assertEquals(200, page.status());
        PageChecks.assertAccessibleFrame(page);
        Document doc = page.doc();
        assertEquals("我们理解为：", doc.selectFirst(".match-understood h2").text());
        String understood = doc.selectFirst(".match-understood ul").text();
        assertTrue(understood.contains("残疾类别：视力（来自“盲人”）"), understood);
        assertTrue(understood.contains("南翔镇") && understood.contains("低保") && understood.contains("找工作"), understood);
        Element form = doc.selectFirst("form.match-form");
        assertTrue(form.selectFirst("input[name=category][value=视力]").hasAttr("checked"));
        assertTrue(form.selectFirst("input[name=needs][value=就业]").hasAttr("checked"));
        assertEquals(words, form.selectFirst("input[name=text_read]").attr("value"));
        Element confirm = doc.selectFirst("form.match-confirm");
        TestPortal.Page results = client.submit(confirm, confirm.selectFirst("button"));
        assertEquals("results-h", results.doc().selectFirst("h1").id());
    }

    @Test
    void aCorrectedFactIsNotReadBackFromTheWords() {
        String words = "我是盲人，住在南翔镇";
        TestPortal.Page page = client.form("/match", "text", words, "text_read", words, "category", "不清楚");
        assertEquals("results-h", page.doc().selectFirst("h1").id());
        assertFalse(page.doc().selectFirst(".match-answered").text().contains("视力"), "the person removed it");
    }

    @Test
    void tooLongWordsAreAnErrorOnTheTextarea() {
        TestPortal.Page page = client.form("/match", "text", "字".repeat(1001));
        assertEquals(400, page.status());
        assertEquals("#text", page.doc().selectFirst(".match-error-summary a").attr("href"));
        assertEquals("true", page.doc().getElementById("text").attr("aria-invalid"));
    }
}
