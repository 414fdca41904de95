package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The acceptance queries: what a resident types, and what must come first. Asserted on type and key words
 * in the title, so rewording a title or adding content does not break them needlessly.
 */
class ExpectedFirstTest {
    private final TestPortal portal = TestPortal.get();

    @Test
    void disabilityCertificateHowTo() {
        JsonNode top = top("残疾证怎么办", 1).getFirst();
        assertTypeIn(top, "policy", "faq");
        assertTitle(top, t -> (t.contains("残疾人证") || t.contains("残疾证")) && t.contains("办"));
    }

    @Test
    void blindSubsidyIsReadAsVisualDisability() {
        JsonNode body = portal.json("/api/search?q=" + ApiSearchTest.enc("盲人补贴")).body();
        assertTrue(body.get("understood").toString().contains("视力残疾"), body.get("understood").toString());
    }

    /** Fails on the current index and content: see the report (no top-3 hit is about 视力残疾 and 补贴). */
    @Test
    void blindSubsidyInTopThree() {
        List<JsonNode> top = top("盲人补贴", 3);
        assertTrue(top.stream().anyMatch(h -> about(h, "盲", "视力") && mentions(h, "补贴")), titles(top));
    }

    @Test
    void signLanguage() {
        JsonNode top = top("手语", 1).getFirst();
        assertTitle(top, t -> t.contains("手语"));
    }

    @Test
    void legalAid() {
        JsonNode top = top("法律援助", 1).getFirst();
        assertTypeIn(top, "policy", "faq");
        assertTitle(top, t -> t.contains("法律援助"));
    }

    @Test
    void wheelchair() {
        JsonNode top = top("轮椅", 1).getFirst();
        assertTitle(top, t -> t.contains("轮椅"));
    }

    @Test
    void nanxiangTown() {
        JsonNode top = top("南翔镇", 1).getFirst();
        assertEquals("service", top.get("type").asText(), top.toString());
        assertEquals("南翔镇", top.get("street").asText());
    }

    private List<JsonNode> top(String q, int n) {
        JsonNode hits = portal.json("/api/search?size=5&q=" + ApiSearchTest.enc(q)).body().get("hits");
        List<JsonNode> out = new ArrayList<>();
        hits.forEach(out::add);
        assertTrue(out.size() >= n, q + ": only " + out.size() + " hits");
        return out.subList(0, n);
    }

    private static void assertTypeIn(JsonNode hit, String... types) {
        assertTrue(Set.of(types).contains(hit.get("type").asText()), hit.toString());
    }

    private static void assertTitle(JsonNode hit, Predicate<String> ok) {
        assertTrue(ok.test(hit.get("title").asText()), "top hit: " + hit.get("title").asText());
    }

    private static boolean about(JsonNode hit, String... words) {
        String text = hit.get("title").asText() + hit.get("summary").asText();
        return List.of(words).stream().anyMatch(text::contains);
    }

    private static boolean mentions(JsonNode hit, String word) {
        return (hit.get("title").asText() + hit.get("summary").asText() + hit.get("snippet").toString()).contains(word);
    }

    private static String titles(List<JsonNode> hits) {
        return hits.stream().map(h -> h.get("title").asText()).toList().toString();
    }
}
