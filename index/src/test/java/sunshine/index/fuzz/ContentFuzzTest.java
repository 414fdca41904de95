package sunshine.index.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import sunshine.index.content.ContentFixture;
import sunshine.index.content.ContentLoader;
import sunshine.index.content.Problem;

/**
 * Coverage-guided fuzzing of content parsing: a policy, a question (YAML front matter + Markdown) and the service
 * directory CSV made of fuzzed bytes, loaded by {@link ContentLoader} from a temp folder. Whatever the bytes, loading
 * returns (never throws) and every problem names a file and says something.
 */
class ContentFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void anyFileIsLoadedOrReported(FuzzedDataProvider data) throws IOException {
        Path root = Files.createTempDirectory("sunshine-content-fuzz");
        try {
            ContentFixture f = new ContentFixture(root);
            f.write("policies/p.md", "---\n" + data.consumeString(600) + "\n---\n" + data.consumeString(300));
            f.write("faqs/q.md", data.consumeString(600));
            f.write("services/services.csv", ContentFixture.SERVICES_HEADER + data.consumeString(400));
            f.write("vocabulary.yml", data.consumeRemainingAsBytes());
            ContentLoader.Result r = new ContentLoader(root).load();
            for (Problem p : r.problems()) {
                assertNotNull(p.file());
                assertFalse(p.message() == null || p.message().isBlank(), p.toString());
            }
        } finally {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
