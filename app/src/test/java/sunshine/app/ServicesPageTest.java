package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import sunshine.index.content.DocType;
import sunshine.index.content.ServicePoint;

/** The service directory: filter form, filtered list, and a point's own page. */
class ServicesPageTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void filtersBy街镇AndAccessibility() {
        Document doc = portal.page("/services?district=" + ApiSearchTest.enc("南翔镇") + "&access=" + ApiSearchTest.enc("坡道")).doc();
        assertTrue(doc.selectFirst("[role=status]").text().matches("找到 \\d+ 个符合条件的服务点。"));
        assertFalse(doc.select("li.point").isEmpty());
        for (Element point : doc.select("li.point")) {
            String facts = point.select("dl").text();
            assertTrue(facts.contains("南翔镇") && facts.contains("坡道"), facts);
        }
        assertEquals("南翔镇", doc.selectFirst("#district option[selected]").val());
        assertNotNull(doc.selectFirst("input[name=access][value=坡道][checked]"));
        assertNotNull(doc.selectFirst("form.filter-form[method=get]"));
    }

    @Test
    void anUnknown街镇Is400NamingTheParameter() {
        TestPortal.Page page = portal.page("/services?district=" + ApiSearchTest.enc("不存在镇"));
        assertEquals(400, page.status());
        assertTrue(page.doc().selectFirst("main").text().contains("街镇"));
    }

    @Test
    void aPointPageShowsItsFacts() throws IOException {
        ServicePoint p = portal.index.search().all(DocType.SERVICE).stream().map(ServicePoint.class::cast)
                .filter(s -> s.lat() != null && !s.phones().isEmpty()).findFirst().orElseThrow();
        Document doc = portal.page("/service/" + p.id()).doc();
        assertEquals(p.name(), doc.selectFirst("h1").text());
        assertTrue(doc.text().contains(p.address()));
        assertNotNull(doc.selectFirst("a[href^=tel:]"));
        assertTrue(doc.selectFirst("a[href^=https://uri.amap.com/marker]").attr("href").contains(p.lon() + "," + p.lat()));
        assertTrue(doc.text().contains("最后核实"));
    }

    @Test
    void closedPointsSaySoClearly() throws IOException {
        portal.index.search().all(DocType.SERVICE).stream().map(ServicePoint.class::cast)
                .filter(ServicePoint::temporarilyClosed).findFirst()
                .ifPresent(p -> assertTrue(portal.page("/service/" + p.id()).doc().selectFirst(".closed").text().contains("暂停开放")));
    }
}
