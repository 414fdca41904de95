package sunshine.app.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Text from content can never end the data block early: "</script>", "<!--" and "&" come out escaped. */
class JsonLdScriptTest {

    @Test
    void contentCannotCloseTheScriptElement() throws Exception {
        String evil = "补贴</script><script>alert(1)</script><!-- & \"引号\"";
        ObjectNode thing = JsonNodeFactory.instance.objectNode().put("@type", "Thing").put("name", evil);
        String html = JsonLdScript.render(List.of(thing)).toString();
        assertEquals(1, html.split("</script>", -1).length - 1, "only the element's own end tag: " + html);
        assertFalse(html.contains("<!--"));
        Document doc = Jsoup.parse("<html><head>" + html + "</head></html>");
        assertEquals(1, doc.select("script").size());
        String data = doc.selectFirst("script[type=application/ld+json]").data();
        assertEquals(evil, new ObjectMapper().readTree(data).get("name").asText());
    }
}
