package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import sunshine.index.content.DocType;
import sunshine.index.content.Faq;
import sunshine.index.content.Policy;

/** Policy and FAQ pages: the practical part first, every record field shown, breadcrumbs and sample notices. */
class DocumentPagesTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void policyShowsHowToApplyBeforeTheFullText() throws IOException {
        Policy p = policies().stream().filter(x -> !x.apply().materials().isEmpty()).findFirst().orElseThrow();
        Document doc = portal.page("/policy/" + p.id()).doc();
        assertEquals(p.title(), doc.selectFirst("h1").text());
        List<String> h2 = doc.select("main h2").eachText();
        assertTrue(h2.indexOf("简明说明") < h2.indexOf("怎么办理"), h2.toString());
        assertTrue(h2.indexOf("怎么办理") < h2.indexOf("政策全文"), h2.toString());
        assertEquals(p.apply().materials(), doc.select(".how-to-apply ul.materials li").eachText());
        assertTrue(doc.selectFirst(".policy-status").text().matches("状态：(有效|已失效|尚未生效).*"));
        assertNotNull(doc.selectFirst("nav[aria-label=面包屑]"));
    }

    @Test
    void samplePoliciesSaySoAndNoApplicationIsExplained() throws IOException {
        Policy sample = policies().stream().filter(Policy::sample).findFirst().orElseThrow();
        assertTrue(portal.page("/policy/" + sample.id()).doc().text().contains("示例数据：本页部分内容为示例，不是官方信息"));
        Policy auto = policies().stream().filter(Policy::noApplication).findFirst().orElseThrow();
        Document doc = portal.page("/policy/" + auto.id()).doc();
        assertTrue(doc.select("main h2").eachText().contains("免申即享：不用申请"));
        assertTrue(doc.text().contains("不需要提出申请"));
    }

    @Test
    void faqShowsAnswerHelpAndExistingRelatedPolicies() throws IOException {
        Faq faq = portal.index.search().all(DocType.FAQ).stream().map(Faq.class::cast)
                .filter(f -> !f.relatedPolicies().isEmpty() && f.help() != null).findFirst().orElseThrow();
        Document doc = portal.page("/faq/" + faq.id()).doc();
        assertEquals(faq.question(), doc.selectFirst("h1").text());
        assertFalse(doc.select(".prose").text().isBlank());
        doc.select("section:has(h2:contains(相关政策)) a").forEach(a ->
                assertEquals(200, portal.get(a.attr("href")).statusCode(), a.attr("href")));
        assertNotNull(doc.selectFirst("a[href^=/search?topic=]"), "category link");
    }

    @Test
    void anIdOfAnotherTypeIs404() throws IOException {
        String faqId = portal.index.search().all(DocType.FAQ).getFirst().id();
        assertEquals(404, portal.page("/policy/" + faqId).status());
    }

    private List<Policy> policies() throws IOException {
        return portal.index.search().all(DocType.POLICY).stream().map(Policy.class::cast).toList();
    }
}
