package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.build.IndexBuilder;
import sunshine.index.build.IndexStore;
import sunshine.index.content.PlainDocument;

/** Titles become suggestions; the parts of a longer text (a law's articles) become one suggestion for the whole. */
class SuggesterBuilderTest {
    @TempDir
    Path dir;

    private static PlainDocument doc(String id, String title) {
        return new PlainDocument(id, title, title + "的正文。", null, "text/plain", "laws.jsonl");
    }

    @Test
    void theArticlesOfALawAreSuggestedOnceAsASearchForTheLaw() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("index"));
        new IndexBuilder(store, 1).build(List.of(
                doc("law-a#第一条", "残疾人保障法 第一条"),
                doc("law-a#第二条", "残疾人保障法 第二条"),
                doc("law-a#第三条", "残疾人保障法 第三条"),
                doc("law-b", "残疾人就业条例")), "test", (d, n) -> { });
        try (LiveIndex live = new LiveIndex(store)) {
            List<Suggestion> got = live.withSearcher((searcher, handle) ->
                    new SuggesterBuilder().build(searcher, handle).suggest("残疾人", 10));
            assertEquals(2, got.size(), got.toString());
            Suggestion law = got.stream().filter(s -> s.text().equals("残疾人保障法")).findFirst().orElseThrow();
            assertEquals("/search?q=%E6%AE%8B%E7%96%BE%E4%BA%BA%E4%BF%9D%E9%9A%9C%E6%B3%95", law.url());
            assertTrue(got.stream().anyMatch(s -> s.text().equals("残疾人就业条例") && s.url().equals("/document/law-b")), got.toString());
        }
    }

    @Test
    void aPartsTitleLosesOnlyItsOwnLabel() {
        assertEquals("刑法", SuggesterBuilder.whole("刑法 第三条", "第三条"));
        assertEquals("刑法第三条", SuggesterBuilder.whole("刑法第三条", "第三条"), "no separating space: kept whole");
        assertEquals(" 第三条", SuggesterBuilder.whole(" 第三条", "第三条"), "never an empty name");
    }
}
