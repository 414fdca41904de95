package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Suggestions (API and page links), the no-results help, and 街镇 service points surfaced by a query. */
class SuggestAndNoDeadEndTest {
    private final TestPortal portal = TestPortal.get();

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<String> suggestionTexts(String q) {
        TestPortal.Json r = portal.json("/api/suggest?q=" + enc(q));
        assertEquals(200, r.status());
        List<String> out = new ArrayList<>();
        r.body().get("suggestions").forEach(s -> out.add(s.get("text").asText()));
        return out;
    }

    @ParameterizedTest
    @CsvSource({"南翔, 南翔镇", "kunnan, 困难残疾人生活补贴", "cjrz, 残疾人证", "补贴, 补贴", "shouyu, 手语"})
    void suggestsByPrefixWordPinyinAndInitials(String typed, String expectedStart) {
        List<String> texts = suggestionTexts(typed);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith(expectedStart)), typed + " → " + texts);
    }

    @Test
    void suggestionsLeadToRealPages() {
        JsonNode first = portal.json("/api/suggest?q=" + enc("残疾人证")).body().get("suggestions").get(1);
        assertEquals(200, portal.page(first.get("url").asText()).status(), first.toString());
    }

    @Test
    void overlongInputIsABadRequest() {
        TestPortal.Json r = portal.json("/api/suggest?q=" + enc("补".repeat(201)));
        assertEquals(400, r.status());
        assertEquals("q", r.body().get("parameter").asText());
    }

    @Test
    void noResultsOffersWhatMayHaveBeenMeantTopicsCommonQuestionsAndTheHotline() {
        TestPortal.Json api = portal.json("/api/search?q=" + enc("火星飞船"));
        assertEquals(0, api.body().get("total").asLong());
        JsonNode help = api.body().get("help");
        assertFalse(help.get("featured").isEmpty(), help.toString());
        assertFalse(help.get("topics").isEmpty(), help.toString());
        TestPortal.Page page = portal.page("/search?q=" + enc("火星飞船"));
        String text = page.doc().select("main").text();
        assertTrue(text.contains("大家常问") && text.contains("59107070"), text);
        for (Element a : page.doc().select("main .no-results a[href^=/]")) {
            assertTrue(List.of(200).contains(portal.page(a.attr("href")).status()), a.attr("href"));
        }
    }

    @Test
    void namingAStreetSurfacesItsServicePoints() {
        TestPortal.Page page = portal.page("/search?q=" + enc("南翔 康复"));
        List<String> points = page.doc().select(".street-services li").eachText();
        assertFalse(points.isEmpty());
        assertTrue(points.stream().allMatch(t -> t.endsWith("（南翔镇）")), points.toString());
    }

    @Test
    void resultsPageListsSuggestionsAsPlainLinks() {
        TestPortal.Page page = portal.page("/search?q=" + enc("手语"));
        assertFalse(page.doc().select(".suggestions a[href]").isEmpty());
        assertTrue(page.doc().select("script:not([type=application/ld+json])").isEmpty()); // JSON-LD is data, not run
    }
}
