package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.analysis.AnalyzedTerms;
import sunshine.index.analysis.PortalAnalyzer;
import sunshine.index.build.IndexBuilder;
import sunshine.index.build.IndexStore;
import sunshine.index.content.PlainDocument;

/** Words of titles and bodies are known, across segments; anything else is not, however often it is asked. */
class IndexWordsTest {
    @TempDir
    Path dir;

    @Test
    void knowsTitleAndBodyWordsOfEverySegment() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("index"));
        new IndexBuilder(store, 2).build(List.of(
                new PlainDocument("a", "护理补贴", "申请材料包括残疾人证。", null, "text/plain", "a.txt"),
                new PlainDocument("b", "就业援助", "盲人按摩机构可以申请扶持。", null, "text/plain", "b.txt")), "t", (d, n) -> { });
        try (LiveIndex live = new LiveIndex(store)) {
            live.withSearcher((searcher, handle) -> {
                IndexWords words = new IndexWords(searcher.getIndexReader());
                for (int round = 0; round < 2; round++) { // asked again: the enumerators are reused, answers unchanged
                    for (String text : new String[] {"护理补贴", "申请材料包括残疾人证。", "盲人按摩机构可以申请扶持。"}) {
                        for (String word : AnalyzedTerms.of(new PortalAnalyzer(), "f", text)) {
                            assertTrue(words.test(word), word + " of " + text);
                        }
                    }
                    assertFalse(words.test("残疾人正"), "a slip no document has");
                    assertFalse(words.test("补"), "part of a word is not a word");
                }
                return null;
            });
        }
    }
}
