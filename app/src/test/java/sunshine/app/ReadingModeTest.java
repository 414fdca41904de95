package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reading-mode switch over HTTP: the cookie holds only the mode, the redirect stays on this site. */
class ReadingModeTest {
    private static final String ATTRS = "; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax";
    private final TestPortal portal = TestPortal.get();

    private HttpResponse<String> mode(String query, String cookie) {
        return cookie == null ? portal.get("/mode?" + query) : portal.get("/mode?" + query, "Cookie", "mode=" + cookie);
    }

    private static String setCookie(HttpResponse<String> r) {
        List<String> all = r.headers().allValues("Set-Cookie");
        assertEquals(1, all.size(), "exactly one cookie: " + all);
        return all.getFirst();
    }

    @Test
    void setRemembersTheModeAndGoesBack() {
        HttpResponse<String> r = mode("set=large&back=%2Fpolicy%2Fcanjirenzheng-banli", null);
        assertEquals(303, r.statusCode());
        assertEquals("/policy/canjirenzheng-banli", r.headers().firstValue("Location").orElseThrow());
        assertEquals("mode=large" + ATTRS, setCookie(r));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void modesCombineAndComeOffOneByOne() {
        assertEquals("mode=large+contrast" + ATTRS, setCookie(mode("set=contrast&back=/", "large")));
        assertEquals("mode=large+contrast+simple" + ATTRS, setCookie(mode("set=simple&back=/", "contrast+large")));
        assertEquals("mode=contrast" + ATTRS, setCookie(mode("unset=large&back=/", "large+contrast")));
    }

    @Test
    void standardRemovesTheCookie() {
        assertEquals("mode=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax", setCookie(mode("set=standard&back=/", "large+contrast")));
        assertEquals("mode=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax", setCookie(mode("unset=simple&back=/", "simple")));
    }

    @Test
    void theCookieNeverCarriesAnythingButModeNames() {
        String cookie = setCookie(mode("set=large&back=/", "large+<script>+evil@example.com"));
        assertEquals("mode=large" + ATTRS, cookie);
        assertTrue(cookie.split(";")[0].matches("mode=((large|contrast|simple)(\\+(large|contrast|simple))*)?"), cookie);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example%2Fx", "%2F%5Cevil.example",
            "javascript%3Aalert(1)", "http%3A%2Fevil.example", "%2F%0D%0ASet-Cookie%3A%20x%3D1", "%2Fa%20b",
            "evil.example", ""})
    void backMustBeAPathOnThisSite(String back) {
        HttpResponse<String> r = mode("set=large&back=" + back, null);
        assertEquals(303, r.statusCode());
        assertEquals("/", r.headers().firstValue("Location").orElseThrow(), "back=" + back);
    }

    @Test
    void aMissingBackGoesHome() {
        assertEquals("/", mode("set=large", null).headers().firstValue("Location").orElseThrow());
    }

    @Test
    void backKeepsQueryAndEncodesChinese() {
        HttpResponse<String> r = mode("set=simple&back=%2Fsearch%3Fq%3D%E6%AE%8B%E7%96%BE%E8%AF%81%26type%3Dpolicy", null);
        assertEquals("/search?q=%E6%AE%8B%E7%96%BE%E8%AF%81&type=policy", r.headers().firstValue("Location").orElseThrow());
        r = mode("set=simple&back=%2Fsearch%3Fq%3D残疾证", null);
        assertEquals("/search?q=%E6%AE%8B%E7%96%BE%E8%AF%81", r.headers().firstValue("Location").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"set=huge&back=/", "unset=bold&back=/", "back=/"})
    void anUnknownOrMissingModeIsABadRequest(String query) {
        TestPortal.Page page = portal.page("/mode?" + query);
        assertEquals(400, page.status());
        assertTrue(page.response().headers().allValues("Set-Cookie").isEmpty());
        PageChecks.assertAccessibleFrame(page);
    }

    @Test
    void pagesShowTheModesFromTheCookie() {
        Document doc = TestPortal.Page.parse(portal.get("/about", "Cookie", "mode=contrast+large"), portal);
        assertEquals("mode-large mode-contrast", doc.selectFirst("html").className());
        assertEquals("当前阅读模式：大字、高对比", doc.selectFirst(".mode-now").text());
        assertEquals("/mode?unset=large&back=%2Fabout", doc.select(".mode-links a").first().attr("href"));
        assertEquals("恢复标准模式", doc.select(".mode-links a").last().text());
    }

    @Test
    void aDamagedCookieMeansStandard() {
        Document doc = TestPortal.Page.parse(portal.get("/", "Cookie", "mode=\"><script>x</script>"), portal);
        assertEquals("", doc.selectFirst("html").className());
        assertEquals("当前阅读模式：标准", doc.selectFirst(".mode-now").text());
        assertEquals(3, doc.select(".mode-links a").size(), "three 打开… links, no 恢复标准模式");
    }

    @Test
    void modeLinksComeBackToTheSamePageWithItsQuery() {
        Document doc = portal.page("/search?q=%E6%AE%8B%E7%96%BE%E8%AF%81&type=policy").doc();
        assertEquals("/mode?set=large&back=%2Fsearch%3Fq%3D%25E6%25AE%258B%25E7%2596%25BE%25E8%25AF%2581%26type%3Dpolicy",
                doc.select(".mode-links a").first().attr("href"));
    }

    @Test
    void simplePolicyFoldsTheFullTextAfterHowToApply() {
        Document doc = TestPortal.Page.parse(portal.get("/policy/canjirenzheng-banli", "Cookie", "mode=simple"), portal);
        assertTrue(doc.selectFirst("details.more #fulltext-h") != null, "the full text is inside <details>");
        assertTrue(doc.selectFirst("details.more").previousElementSibling().hasClass("hotline"), "the hotline comes before it");
        assertTrue(portal.page("/policy/canjirenzheng-banli").doc().select("details").isEmpty(), "standard mode folds nothing");
    }
}
