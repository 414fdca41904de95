package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.build.IndexBuilder;
import sunshine.index.build.IndexStore;
import sunshine.index.content.Jurisdiction;
import sunshine.index.content.PlainDocument;
import sunshine.index.content.Vocabulary;

/**
 * Search over regulations of two provinces for a portal in 上海市: the one that applies here comes first among equal
 * matches, and a regulation of elsewhere asked for by its name is still found first.
 */
class RegionRankingTest {
    private static final String TEXT = "用人单位安排残疾人就业的比例不得低于本单位在职职工总数的百分之一点五。";

    @TempDir
    static Path dir;

    private static List<String> search(Jurisdiction area, String q) throws Exception {
        Path root = dir.resolve(area.areas().isEmpty() ? "everywhere" : "shanghai");
        IndexStore store = new IndexStore(root);
        if (store.current().isEmpty()) {
            new IndexBuilder(store, 1, null, area).build(List.of(
                    law("sd", "山东省实施《中华人民共和国残疾人保障法》办法 第十八条", "山东省"),
                    law("hn", "河南省实施《中华人民共和国残疾人保障法》办法 第十八条", "河南省"),
                    law("sh", "上海市实施《中华人民共和国残疾人保障法》办法 第十八条", "上海市")), "t", (d, n) -> { });
        }
        try (LiveIndex live = new LiveIndex(store)) {
            return new SearchService(live, new Vocabulary(List.of()))
                    .search(SearchRequest.of(q, null, null, null, null, null, null)).hits().stream().map(SearchResult.Hit::id).toList();
        }
    }

    private static PlainDocument law(String id, String title, String region) {
        return new PlainDocument(id, title, TEXT, null, "text/markdown", "laws.jsonl.gz", region);
    }

    @Test
    void amongEqualMatchesTheRuleThatAppliesHereLeads() throws Exception {
        assertEquals(List.of("sh", "sd", "hn"), search(new Jurisdiction(List.of("上海市", "嘉定区")), "残疾人就业比例"));
        assertEquals(List.of("sd", "hn", "sh"), search(Jurisdiction.EVERYWHERE, "残疾人就业比例"), "no area: document order decides");
    }

    @Test
    void aRegulationOfElsewhereAskedForByNameIsFoundFirst() throws Exception {
        assertEquals("sd", search(new Jurisdiction(List.of("上海市", "嘉定区")), "山东省实施《中华人民共和国残疾人保障法》办法").get(0));
        assertEquals("sd", search(new Jurisdiction(List.of("上海市", "嘉定区")), "山东省 残疾人就业").get(0));
    }

    @Test
    void namingOnePlaceLiftsThatPlaceOnly() throws Exception {
        assertEquals(List.of("sd", "sh", "hn"), search(new Jurisdiction(List.of("上海市", "嘉定区")), "山东的残疾人就业比例"),
                "河南's rule still follows the one that applies here");
    }
}
