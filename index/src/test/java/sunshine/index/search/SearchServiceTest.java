package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sunshine.index.PortalIndex;
import sunshine.index.content.ContentFixture;

/** Search behaviour on a small fixture corpus: ranking rules, filters, facets, snippets and hostile text. */
class SearchServiceTest {
    @TempDir
    static Path dir;
    static PortalIndex index;

    @BeforeAll
    static void build() throws Exception {
        ContentFixture f = new ContentFixture(dir.resolve("content"));
        f.write("policies/a.md", ContentFixture.policy("huli-butie", "重度残疾人护理补贴").replace("2024-01-01", "2023-05-01"));
        f.write("policies/b.md", ContentFixture.policy("ranyou-butie", "机动轮椅车燃油补贴"));
        f.write("policies/c.md", ContentFixture.policy("scattered", "其他事项")
                .replace("## 适用对象", "## 说明\n护理工作由家人承担，另有补贴规定。"));
        f.write("policies/d.md", ContentFixture.policy("zheng", "残疾人证办理").replace("topics: [补贴]", "topics: [残疾人证]"));
        f.write("services/s.csv", ContentFixture.SERVICES_HEADER
                + ContentFixture.serviceRow("svc-nanxiang", "南翔镇阳光之家", "南翔镇")
                + ContentFixture.serviceRow("svc-anting", "安亭镇阳光之家", "安亭镇"));
        f.write("vocabulary.yml", "- official: 残疾人证\n  also: [残疾证]\n- official: 视力残疾\n  offensive: [瞎子]\n");
        index = new PortalIndex(f.root(), dir.resolve("index"), 2);
        index.open(PortalIndex.Progress.none());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResult search(String q) throws Exception {
        return search(q, null, null);
    }

    private static SearchResult search(String q, String type, String street) throws Exception {
        return index.search().search(SearchRequest.of(q, type, null, street, null, null, null));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void titleAndPhraseRankAboveScatteredWords() throws Exception {
        List<String> ids = ids(search("护理补贴"));
        assertEquals("huli-butie", ids.get(0), ids.toString());
    }

    @Test
    void colloquialTermFindsTheOfficialOneAndSaysSo() throws Exception {
        SearchResult r = search("残疾证怎么办");
        assertEquals("zheng", r.hits().get(0).id());
        assertEquals(List.of("残疾人证"), r.understood());
    }

    @Test
    void traditionalAndFullWidthInputAreFolded() throws Exception {
        assertEquals("zheng", search("殘疾人證").hits().get(0).id());
        assertEquals("ranyou-butie", search("燃油补贴　").hits().get(0).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"canjirenzheng", "can ji ren zheng", "cjrz", "残疾人正", "残疾renzheng", "canjizheng"})
    void pinyinInitialsAndHomophoneSlipsFindTheTerm(String q) throws Exception {
        SearchResult r = search(q);
        assertEquals("zheng", r.hits().get(0).id(), () -> q + " → " + ids(r) + " read as " + r.understood());
    }

    @Test
    void aCorrectlyTypedWordIsNotReadAsAHomophone() throws Exception {
        SearchResult r = search("护理补贴");
        assertEquals(List.of(), r.understood());
    }

    @Test
    void anOffensiveWordIsEchoedAsTheRespectfulTerm() throws Exception {
        SearchResult r = search("瞎子 补贴");
        assertEquals("视力残疾 补贴", r.shownQuery());
        assertEquals(List.of("视力残疾"), r.understood());
    }

    @Test
    void snippetMarksTheMatchedWordsAsFragments() throws Exception {
        SearchResult r = search("燃油补贴");
        List<SearchResult.Fragment> snippet = r.hits().get(0).snippet();
        assertTrue(snippet.stream().anyMatch(f -> f.match() && f.text().equals("燃油补贴")), snippet.toString());
        assertTrue(snippet.stream().anyMatch(f -> !f.match()));
    }

    @Test
    void facetsAreCountedSidewaysSoOtherTypesStayVisible() throws Exception {
        SearchResult r = search("", "service", null);
        assertEquals(2, r.total());
        var types = r.facets().get("type");
        assertTrue(types.stream().anyMatch(c -> c.value().equals("policy") && c.count() == 4), types.toString());
    }

    @Test
    void streetFilterKeepsThatStreetsPoints() throws Exception {
        assertEquals(List.of("svc-nanxiang"), ids(search("阳光之家", null, "南翔镇")));
    }

    @Test
    void emptyQueryListsNewestFirst() throws Exception {
        List<SearchResult.Hit> hits = search("", "policy", null).hits();
        for (int i = 1; i < hits.size(); i++) {
            assertFalse(hits.get(i).date().isAfter(hits.get(i - 1).date()), hits.toString());
        }
        assertEquals("huli-butie", hits.get(hits.size() - 1).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:(", "\"", "*", "\\", "AND", "a OR b", "*:*", "a~", "[1 TO 2]", "护理 AND", "((((", "😀", "\u202e补贴"})
    void querySyntaxIsSearchedAsText(String q) throws Exception {
        SearchResult r = search(q);
        assertTrue(r.total() >= 0);
    }

    @Test
    void pageBeyondTheResultsIsAClearError() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> index.search().search(SearchRequest.of("补贴", null, null, null, "50", null, null)));
        assertEquals("page", e.parameter());
    }

    @Test
    void badParametersNameThemselves() {
        assertEquals("q", assertThrows(InvalidRequestException.class, () -> SearchRequest.of("补".repeat(201), null, null, null, null, null, null)).parameter());
        assertEquals("size", assertThrows(InvalidRequestException.class, () -> SearchRequest.of("", null, null, null, null, "51", null)).parameter());
        assertEquals("size", assertThrows(InvalidRequestException.class, () -> SearchRequest.of("", null, null, null, null, "-1", null)).parameter());
        assertEquals("type", assertThrows(InvalidRequestException.class, () -> SearchRequest.of("", "foo", null, null, null, null, null)).parameter());
    }

    @Test
    void documentsComeBackWhole() throws Exception {
        var d = index.search().document("ranyou-butie").orElseThrow();
        assertEquals("机动轮椅车燃油补贴", d.title());
        assertTrue(index.search().document("nope").isEmpty());
    }
}
