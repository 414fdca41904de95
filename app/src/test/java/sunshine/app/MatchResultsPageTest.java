package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The results page: the count as h1 and title, groups as h2, policies as h3, every condition in words. */
class MatchResultsPageTest {
    private final MatchClient client = new MatchClient();

    /** A 本市, 持证, 视力一级, 低保 resident of 南翔镇; {@code changes} replace answers: "hukou", "外省市". */
    private TestPortal.Page results(String... changes) {
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>(java.util.Map.of("hukou", "本市",
                "has_certificate", "是", "category", "视力", "grade", "一级", "household", "低保", "street", "南翔镇", "for", "self"));
        for (int i = 0; i < changes.length; i += 2) {
            answers.put(changes[i], changes[i + 1]);
        }
        String[] pairs = answers.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
        TestPortal.Page page = client.form("/match", pairs);
        assertEquals(200, page.status(), page.response().body());
        return page;
    }

    @Test
    void theCountIsTheFirstHeadingAndStartsTheTitle() {
        TestPortal.Page page = results();
        PageChecks.assertAccessibleFrame(page);
        Document doc = page.doc();
        Element h1 = doc.selectFirst("main h1");
        assertEquals("results-h", h1.id());
        assertTrue(h1.text().matches("\\d+ 项政策符合，\\d+ 项可能符合"), h1.text());
        assertTrue(doc.title().matches("\\d+ 项符合、\\d+ 项可能符合：.*"), doc.title());
        assertEquals(h1, doc.selectFirst("main h1, main h2, main h3"), "nothing is read before the count");
        assertTrue(page.response().headers().allValues("Set-Cookie").isEmpty());
        assertEquals("no-store", page.response().headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void groupsAndPoliciesAreHeadingsAndConditionsAreWords() {
        Document doc = results().doc();
        List<String> h2 = doc.select("main h2").eachText();
        assertTrue(h2.get(0).startsWith("符合（"), h2.toString());
        assertTrue(h2.get(1).startsWith("可能符合（"), h2.toString());
        assertFalse(h2.stream().anyMatch(h -> h.startsWith("不符合（")), "不符合 only on request");
        Element subsidy = doc.getElementById("p-kunnan-shenghuo-butie").closest("article");
        assertEquals("h3", subsidy.selectFirst("h3").tagName());
        assertTrue(subsidy.selectFirst(".match-conclusion").text().startsWith("结论：符合"));
        for (Element li : subsidy.select(".match-conditions > li")) {
            assertTrue(List.of("符合", "不符合", "还不知道").contains(li.selectFirst(".match-verdict").text()), li.text());
        }
        assertTrue(subsidy.select(".match-checklist li").eachText().contains("残疾人证"));
        Element point = subsidy.selectFirst(".match-points li");
        assertNotNull(point, "the nearest point of 南翔镇");
        assertTrue(point.text().contains("南翔镇") && point.text().contains("地址："), point.text());
        assertTrue(point.select("a[href^=tel:]").size() >= 1);
        assertNotNull(subsidy.selectFirst("a[href=https://flk.npc.gov.cn/]"), "legal basis link");
        assertTrue(doc.text().contains("不用申请："), "免申即享");
    }

    @Test
    void maybePoliciesSayWhatIsStillToConfirm() {
        Document doc = results().doc();
        Element maybe = doc.selectFirst("section.match-group-maybe");
        assertFalse(maybe.select(".match-open li").isEmpty());
        maybe.select(".match-open li").forEach(li -> assertTrue(li.text().startsWith("还需要确认："), li.text()));
        assertTrue(maybe.text().contains("还不知道"));
        assertTrue(doc.text().contains("注意：与《"), "conflicting offered policies are named");
    }

    @Test
    void nextQuestionsArePostedWithTheAnswersSoFar() {
        Document doc = results().doc();
        Element form = doc.selectFirst("section.match-next form");
        assertEquals("post", form.attr("method"));
        assertEquals("/match", form.attr("action"));
        assertEquals("本市", form.selectFirst("input[type=hidden][name=hukou]").attr("value"));
        assertFalse(form.select("fieldset legend").isEmpty());
        Element firstField = form.selectFirst("fieldset input");
        assertNull(form.selectFirst("input[type=hidden][name=" + firstField.attr("name") + "]"), "asked, not carried");
        for (Element f : doc.select("main form")) {
            assertEquals("post", f.attr("method"), "no answers in a URL");
            assertFalse(f.attr("action").contains("?"));
        }
    }

    @Test
    void whyNotIsAButtonThatAddsTheNotMetGroup() {
        TestPortal.Page page = results("hukou", "外省市");
        Element button = page.doc().select("button").stream().filter(b -> b.text().equals("看看为什么不符合")).findFirst().orElseThrow();
        TestPortal.Page why = client.submit(button.closest("form"), button);
        PageChecks.assertAccessibleFrame(why);
        Element notMet = why.doc().selectFirst("section.match-group-not-met");
        assertTrue(notMet.selectFirst("h2").text().startsWith("不符合（"));
        assertTrue(notMet.text().contains("不符合“本市户籍”的要求"), notMet.text());
    }

    @Test
    void editingGoesBackToTheFilledForm() {
        Document doc = results().doc();
        Element edit = doc.selectFirst("button[name=action][value=edit]");
        TestPortal.Page form = client.submit(edit.closest("form"), edit);
        assertNotNull(form.doc().selectFirst("form.match-form"));
        assertTrue(form.doc().selectFirst("input[name=household][value=低保]").hasAttr("checked"));
    }

    @Test
    void familyModeSpeaksOfTheFamilyMember() {
        Document doc = results("for", "family").doc();
        String conditions = doc.select(".match-conditions").text();
        assertTrue(conditions.contains("您家人的户籍为本市"), conditions);
        assertFalse(conditions.contains("您的户籍"));
    }

    @Test
    void printViewKeepsOnlyTheChecklist() {
        Element subsidy = results().doc().getElementById("p-kunnan-shenghuo-butie").closest("article");
        assertTrue(subsidy.selectFirst(".match-conditions").hasClass("match-noprint"));
        assertFalse(subsidy.selectFirst(".match-checklist").hasClass("match-noprint"));
        assertTrue(subsidy.selectFirst(".match-conclusion").hasClass("match-noprint"));
        String css = TestPortal.get().get("/css/portal.css").body();
        assertTrue(css.contains(".match-results .match-noprint"), "the print stylesheet hides them");
    }
}
