package sunshine.index.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import sunshine.index.PortalIndex;
import sunshine.index.semantic.SemanticModel;
import sunshine.index.content.ContentFixture;
import sunshine.index.search.InvalidRequestException;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;

/**
 * Coverage-guided fuzzing of query handling: any raw parameters through {@link SearchRequest#of} and, when valid,
 * the whole search (query building, facets, snippets) on a small index. The only allowed failure is an
 * {@link InvalidRequestException} (a 400); anything else thrown is a finding. Runs its seeds in every {@code mvn
 * test}; fuzzes for a few seconds when {@code JAZZER_FUZZ=1} (scripts/test does).
 */
class SearchFuzzTest {
    private static PortalIndex index;

    @FuzzTest(maxDuration = "5s")
    void anyParametersEitherSearchOrAre400(FuzzedDataProvider data) throws IOException {
        String q = data.consumeString(400);
        String type = data.consumeBoolean() ? data.consumeString(20) : null;
        String topic = data.consumeBoolean() ? data.consumeString(60) : null;
        String street = data.consumeBoolean() ? data.consumeString(60) : null;
        String page = data.consumeBoolean() ? data.consumeString(12) : null;
        String size = data.consumeBoolean() ? data.consumeString(12) : null;
        String sort = data.consumeBoolean() ? data.consumeString(12) : data.consumeRemainingAsString();
        SearchRequest request;
        try {
            request = SearchRequest.of(q, type, topic, street, page, size, sort);
        } catch (InvalidRequestException e) {
            assertNotNull(e.parameter());
            return;
        }
        try {
            SearchResult r = index().search().search(request);
            assertTrue(r.total() >= 0 && r.hits().size() <= request.size());
        } catch (InvalidRequestException e) {
            assertTrue(e.parameter().equals("page"), e.parameter()); // a page past the last one
        }
    }

    private static synchronized PortalIndex index() {
        if (index == null) {
            try {
                Path root = Files.createTempDirectory("sunshine-fuzz");
                ContentFixture f = new ContentFixture(root.resolve("content"));
                f.write("policies/a.md", ContentFixture.policy("a", "重度残疾人护理补贴"));
                f.write("policies/b.md", ContentFixture.policy("b", "残疾人证办理"));
                f.write("services/services.csv", ContentFixture.SERVICES_HEADER + ContentFixture.serviceRow("s1", "南翔镇阳光之家", "南翔镇"));
                f.write("vocabulary.yml", "- official: 残疾人证\n  also: [残疾证]\n");
                index = new PortalIndex(f.root(), root.resolve("index"), 1, SemanticModel.off());
                index.open(PortalIndex.Progress.none());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }
}
