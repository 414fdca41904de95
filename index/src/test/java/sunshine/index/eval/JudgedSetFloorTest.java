package sunshine.index.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.content.ContentLoader;

/**
 * The quality floor on the real content: the portal as served must rank the judged set at least as well (nDCG@10)
 * as the best plain Lucene analyzer. The laws part is a benchmark ({@code scripts/bench eval}), not a test.
 */
class JudgedSetFloorTest {
    private static final Path CONTENT = Path.of("../content");

    @TempDir
    static Path temp;

    private static ContentLoader.Result content;
    private static JudgedSetEvaluation.Result result;

    @BeforeAll
    static void evaluate() throws Exception {
        content = new ContentLoader(CONTENT).load();
        Evaluator evaluator = new Evaluator(temp, Runtime.getRuntime().availableProcessors(), line -> { });
        result = JudgedSetEvaluation.run(content, JudgedSet.bundled(), JudgedSet.BUNDLED, evaluator);
    }

    @Test
    void everyJudgedDocumentExistsInContent() {
        assertEquals(List.of(), result.missingIds(), "judged ids that are not in content/ (renamed or removed?)");
    }

    @Test
    void portalIsAtLeastAsGoodAsTheBestBaseline() {
        double portal = ndcg(Configuration.PORTAL);
        String best = Configuration.BASELINES.stream().max((a, b) -> Double.compare(ndcg(a), ndcg(b))).orElseThrow();
        assertTrue(portal >= ndcg(best), String.format(
                "portal nDCG@10 %.3f is below %s %.3f on the judged set; see `scripts/bench eval` for the worst queries",
                portal, best, ndcg(best)));
    }

    private static double ndcg(String key) {
        return result.runs().stream().filter(r -> r.config().key().equals(key)).findFirst().orElseThrow()
                .mean(QueryScore::ndcg10);
    }
}
