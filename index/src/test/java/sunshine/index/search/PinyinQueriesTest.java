package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.PortalIndex;
import sunshine.index.semantic.SemanticModel;

/** Pinyin typed with spaces or as one long run, on the real content: several known terms, or a word rebuilt from bigrams. */
class PinyinQueriesTest {
    @TempDir
    static Path dir;
    static PortalIndex index;

    @BeforeAll
    static void open() throws Exception {
        index = new PortalIndex(Path.of("../content"), dir, 2, SemanticModel.off());
        index.open(PortalIndex.Progress.none());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResult search(String q) throws Exception {
        return index.search().search(SearchRequest.of(q, null, null, null, null, null, null));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void wordsSeparatedBySpacesAreReadOneByOne() throws Exception {
        SearchResult r = search("mianfei gongjiao");
        assertTrue(Set.of("mianfei-chengche", "faq-mianfei-chengche").contains(ids(r).get(0)), ids(r).toString());
        assertTrue(r.understood().containsAll(List.of("免费", "公交")), r.understood().toString());
    }

    @Test
    void aColloquialPhraseAndAWordInPinyin() throws Exception {
        SearchResult r = search("canjizheng buban");
        assertTrue(Set.of("faq-canjirenzheng-bu-ban", "canjirenzheng-huanling").contains(ids(r).get(0)), ids(r).toString());
        assertTrue(r.understood().contains("残疾人证"), r.understood().toString());
    }

    @Test
    void aLongRunWithoutSpacesToo() throws Exception {
        assertEquals(ids(search("mianfei gongjiao")).get(0), ids(search("mianfeigongjiao")).get(0));
        assertEquals(ids(search("canjizheng buban")).get(0), ids(search("canjizhengbuban")).get(0));
    }

    @Test
    void aWordNoTermListHoldsIsRebuiltFromTheDocumentsBigrams() throws Exception {
        SearchResult r = search("palouji");
        assertTrue(r.understood().contains("爬楼机"), r.understood().toString());
        // The same first three pages as the Chinese typed (爬楼机 is in the title of the service, in the body of the FAQ).
        assertEquals(Set.copyOf(ids(search("爬楼机")).subList(0, 3)), Set.copyOf(ids(r).subList(0, 3)));
        assertTrue(ids(r).subList(0, 3).contains("faq-palouji"), ids(r).toString());
    }

    @Test
    void pinyinThatSpellsNothingInTheDocumentsIsLeftAsTyped() throws Exception {
        assertTrue(search("zzxxqq").understood().isEmpty());
    }
}
