package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import sunshine.index.content.DocType;
import sunshine.index.content.Faq;
import sunshine.index.content.NewsItem;
import sunshine.index.content.Policy;
import sunshine.index.content.ServicePoint;

/** The schema.org JSON-LD of each page type: parsed from the page and checked for the properties each type needs. */
class JsonLdTest {
    private static final String BASE = "http://127.0.0.1:7070";
    private final TestPortal portal = TestPortal.get();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aPolicyIsAGovernmentService() throws IOException {
        Policy p = (Policy) portal.index.search().all(DocType.POLICY).getFirst();
        JsonNode s = thing("/policy/" + p.id(), "GovernmentService");
        assertEquals(p.title(), s.get("name").asText());
        assertEquals(BASE + "/policy/" + p.id(), s.get("url").asText());
        assertEquals("GovernmentOrganization", s.get("provider").get(0).get("@type").asText());
        assertTrue(p.issuer().contains(s.get("provider").get(0).get("name").asText()));
        assertEquals("AdministrativeArea", s.get("serviceArea").get("@type").asText());
        assertEquals(p.region(), s.get("serviceArea").get("name").asText());
        assertEquals("PeopleAudience", s.get("audience").get("@type").asText());
    }

    @Test
    void aQuestionIsAnFaqPageWithOneAnsweredQuestion() throws IOException {
        Faq f = (Faq) portal.index.search().all(DocType.FAQ).getFirst();
        JsonNode s = thing("/faq/" + f.id(), "FAQPage");
        assertEquals(1, s.get("mainEntity").size());
        JsonNode q = s.get("mainEntity").get(0);
        assertEquals("Question", q.get("@type").asText());
        assertEquals(f.question(), q.get("name").asText());
        assertEquals("Answer", q.get("acceptedAnswer").get("@type").asText());
        assertFalse(q.get("acceptedAnswer").get("text").asText().isBlank());
    }

    @Test
    void signLanguageNewsIsANewsArticleWithItsVideo() throws IOException {
        NewsItem n = (NewsItem) portal.index.search().all(DocType.NEWS).getFirst();
        JsonNode s = thing("/news/" + n.id(), "NewsArticle");
        assertEquals(n.date().toString(), s.get("datePublished").asText());
        JsonNode v = s.get("video");
        assertEquals("VideoObject", v.get("@type").asText());
        for (String prop : List.of("name", "description", "uploadDate", "contentUrl", "caption", "transcript", "duration")) {
            assertFalse(v.path(prop).asText().isBlank(), "VideoObject." + prop);
        }
        assertTrue(v.get("caption").asText().startsWith("http") && v.get("caption").asText().endsWith(".vtt"));
        assertTrue(v.get("contentUrl").asText().startsWith("http"));
    }

    @Test
    void aServicePointIsAGovernmentOfficeWithHoursAndFeatures() throws IOException {
        ServicePoint p = portal.index.search().all(DocType.SERVICE).stream().map(ServicePoint.class::cast)
                .filter(x -> x.lat() != null && !x.accessibility().isEmpty() && !x.phones().isEmpty()).findFirst().orElseThrow();
        JsonNode s = thing("/service/" + p.id(), "GovernmentOffice");
        assertEquals("PostalAddress", s.get("address").get("@type").asText());
        assertEquals(p.address(), s.get("address").get("streetAddress").asText());
        assertEquals(p.lat(), s.get("geo").get("latitude").asDouble());
        assertEquals(p.phones().getFirst(), s.get("telephone").asText());
        JsonNode hours = s.get("openingHoursSpecification");
        assertTrue(hours.size() > 0);
        for (JsonNode h : hours) {
            assertEquals("OpeningHoursSpecification", h.get("@type").asText());
            assertTrue(h.get("opens").asText().matches("\\d{2}:\\d{2}") && h.get("closes").asText().matches("\\d{2}:\\d{2}"));
            assertTrue(h.has("dayOfWeek") || h.has("validFrom"));
        }
        assertEquals(p.accessibility().size(), s.get("amenityFeature").size());
        assertEquals("LocationFeatureSpecification", s.get("amenityFeature").get(0).get("@type").asText());
        assertTrue(s.get("amenityFeature").get(0).get("value").asBoolean());
    }

    @Test
    void everyPageHasABreadcrumbList() throws IOException {
        for (String url : List.of("/", "/search", "/services", "/about", "/accessibility", "/no-such-page")) {
            JsonNode b = find(things(url), "BreadcrumbList");
            assertNotNull(b, url);
            JsonNode items = b.get("itemListElement");
            assertEquals("首页", items.get(0).get("name").asText(), url);
            assertEquals(BASE + "/", items.get(0).get("item").asText(), url);
            for (int i = 0; i < items.size(); i++) {
                assertEquals(i + 1, items.get(i).get("position").asInt());
            }
        }
        String id = portal.index.search().all(DocType.SERVICE).getFirst().id();
        JsonNode detail = find(things("/service/" + id), "BreadcrumbList").get("itemListElement");
        assertEquals(3, detail.size());
        assertEquals(BASE + "/services", detail.get(1).get("item").asText());
    }

    private JsonNode thing(String url, String type) throws IOException {
        JsonNode t = find(things(url), type);
        assertNotNull(t, url + " has no " + type);
        assertEquals("https://schema.org", t.get("@context").asText());
        return t;
    }

    private List<JsonNode> things(String url) throws IOException {
        TestPortal.Page page = portal.page(url);
        List<JsonNode> out = new ArrayList<>();
        for (Element script : page.doc().select("head script[type=application/ld+json]")) {
            out.add(json.readTree(script.data()));
        }
        return out;
    }

    private static JsonNode find(List<JsonNode> things, String type) {
        return things.stream().filter(t -> type.equals(t.path("@type").asText())).findFirst().orElse(null);
    }
}
