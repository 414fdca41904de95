package sunshine.index.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JudgedSetTest {

    private static List<JudgedQuery> parse(String text) throws Exception {
        return JudgedSet.parse(new StringReader(text), "t.tsv");
    }

    @Test
    void readsColumnsAndGradesSkippingComments() throws Exception {
        List<JudgedQuery> qs = parse("# header\n\nq1\ttypo\t残疾人正 怎么办\tcanjirenzheng-banli:3 faq-x:1\n");
        assertEquals(1, qs.size());
        JudgedQuery q = qs.get(0);
        assertEquals("残疾人正 怎么办", q.text());
        assertEquals(Map.of("canjirenzheng-banli", 3, "faq-x", 1), q.grades());
        assertEquals(Set.of("canjirenzheng-banli"), q.needed());
    }

    @Test
    void malformedLinesNameFileAndLine() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> parse("# c\nq1\tx\t问\ta:4\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse("q1\tx\t问\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("q1\tx\t问\ta:2\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("q1\tx\t问\ta:3 a:1\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("q1\tx\t问\ta:3\nq1\tx\t问\tb:3\n"));
    }

    @Test
    void bundledSetIsLargeAndCoversEveryKind() {
        List<JudgedQuery> qs = JudgedSet.bundled();
        assertTrue(qs.size() >= 80, "at least 80 judged queries");
        Set<String> kinds = Set.of("official", "colloquial", "typo", "pinyin", "traditional", "long", "place");
        assertEquals(kinds, Set.copyOf(qs.stream().map(JudgedQuery::kind).toList()));
    }
}
