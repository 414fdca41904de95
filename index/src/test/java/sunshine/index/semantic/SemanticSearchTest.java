package sunshine.index.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.build.Fields;
import sunshine.index.build.IndexBuilder;
import sunshine.index.build.IndexStore;
import sunshine.index.content.PlainDocument;
import sunshine.index.content.Vocabulary;
import sunshine.index.search.LiveIndex;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;
import sunshine.index.search.SearchService;
import sunshine.index.search.SemanticSearch;

/** The real model (BGE-small-zh) over a handful of documents: vectors indexed, questions re-ranked by meaning. */
class SemanticSearchTest {
    private static final List<PlainDocument> DOCS = List.of(
            doc("tingli", "听力障碍诊疗", "助听器验配与听觉康复门诊，为听障儿童和老人提供检测。"),
            doc("ranyou", "机动轮椅车燃油补贴", "持证的下肢残疾人驾驶机动轮椅车，每年发放燃油补贴。"),
            doc("jiuye", "残疾人就业服务", "职业介绍、岗位推荐和职业培训，帮助残疾人找到工作。"),
            doc("zhengjian", "残疾人证办理", "携带身份证和照片，到街镇社区事务受理服务中心提出申请。"));

    @TempDir
    static Path dir;
    static SemanticModel model;
    static LiveIndex live;

    @BeforeAll
    static void build() throws Exception {
        model = SemanticModel.of(BgeSmallZh.MODEL_ID, BgeSmallZh::load);
        Embedder bge = model.await().orElseThrow();
        IndexStore store = new IndexStore(dir.resolve("index"));
        try (VectorCache cache = new VectorCache(dir.resolve("vectors"), bge.modelId(), bge.dimensions())) {
            new IndexBuilder(store, 1, new DocumentVectors(bge, cache)).build(DOCS, "test", (d, n) -> { });
        }
        live = new LiveIndex(store);
    }

    @AfterAll
    static void close() throws Exception {
        live.close();
    }

    private static PlainDocument doc(String id, String title, String text) {
        return new PlainDocument(id, title, text, null, "text/plain", id + ".txt");
    }

    private static List<String> ids(SearchService search, String q) throws Exception {
        return search.search(SearchRequest.of(q, null, null, null, null, null, null)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static SearchService service(SemanticRerank.Settings settings) {
        SearchService s = new SearchService(live, new Vocabulary(List.of()));
        s.setSemantic(settings == null ? SemanticSearch.off() : new SemanticSearch(model, settings, 10_000));
        return s;
    }

    @Test
    void questionsAndTheirAnswersAreCloserThanUnrelatedText() {
        Embedder bge = model.ready().orElseThrow();
        float[] q = bge.embedQuery("耳朵不好使，应该找谁看病？");
        float near = org.apache.lucene.util.VectorUtil.dotProduct(q, bge.embedDocument("听力障碍诊疗 助听器验配与听觉康复门诊"));
        float far = org.apache.lucene.util.VectorUtil.dotProduct(q, bge.embedDocument("机动轮椅车燃油补贴 每年发放燃油补贴"));
        assertTrue(near > far, near + " vs " + far);
    }

    @Test
    void hnswFindsTheAnswerThatSharesNoWordWithTheQuestion() throws Exception {
        String question = "耳朵不好使，应该找谁看病？";
        assertFalse(ids(service(null), question).contains("tingli"), "lexically there is nothing in common");
        assertEquals("tingli", ids(service(SemanticRerank.Settings.RERANK_AND_KNN), question).get(0));
    }

    @Test
    void lookupsStayLexical() throws Exception {
        assertEquals(ids(service(null), "燃油补贴"), ids(service(SemanticRerank.Settings.RERANK_AND_KNN), "燃油补贴"));
    }

    @Test
    void theIndexNamesItsVectorsModel() {
        assertEquals(BgeSmallZh.MODEL_ID, live.commitData().get(Fields.VECTOR_MODEL));
    }
}
