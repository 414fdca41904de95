package sunshine.app.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.PortalIndex;
import sunshine.index.semantic.SemanticModel;
import sunshine.index.search.SearchRequest;

/**
 * {@code kill -9} of {@code portal index --force} in the middle of a build (content grown with 1,500 generated
 * questions, so the build lasts seconds): the live index is untouched, and opening again serves it.
 */
class KillDuringReindexTest {
    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesTheLastGoodIndexServing() throws Exception {
        Path content = ContentCopy.of(dir.resolve("content"));
        Path indexDir = dir.resolve("index");
        int documents;
        Path good;
        try (PortalIndex first = new PortalIndex(content, indexDir, 1, SemanticModel.off())) {
            documents = first.open(PortalIndex.Progress.none()).documents();
            good = first.store().current().orElseThrow();
        }
        ContentCopy.addGeneratedFaqs(content, 1_500);
        try (ChildPortal child = ChildPortal.start(dir, "index", "--force", "--threads", "1",
                "--content", content.toString(), "--index", indexDir.toString())) {
            child.awaitLine(l -> l.contains("索引中 / indexing"), Duration.ofSeconds(90));
            assertTrue(generations(indexDir) > 1, "a new generation was being written");
            child.killHard();
        }
        ContentCopy.removeGeneratedFaqs(content);
        try (PortalIndex again = new PortalIndex(content, indexDir, 1, SemanticModel.off())) {
            assertEquals(good, again.store().current().orElseThrow(), "CURRENT still names the last good generation");
            assertTrue(again.store().verifyCurrent().isEmpty(), "and it is intact");
            PortalIndex.Status s = again.open(PortalIndex.Progress.none());
            assertFalse(s.rebuilt(), "served as it is, not rebuilt");
            assertEquals(documents, s.documents());
            assertTrue(again.search().search(SearchRequest.of("补贴", null, null, null, null, null, null)).total() > 0);
        }
    }

    private static long generations(Path indexDir) throws Exception {
        try (Stream<Path> s = Files.list(indexDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("gen-")).count();
        }
    }
}
