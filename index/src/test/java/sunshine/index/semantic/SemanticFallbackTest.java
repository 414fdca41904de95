package sunshine.index.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.PortalIndex;
import sunshine.index.build.Fields;
import sunshine.index.content.ContentFixture;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchResult;

/** With the model off or broken the portal still builds, starts and answers questions, lexically. */
class SemanticFallbackTest {
    @TempDir
    Path dir;

    private List<String> openAndAsk(SemanticModel model) throws Exception {
        ContentFixture f = new ContentFixture(dir.resolve("content"));
        f.write("policies/a.md", ContentFixture.policy("huli-butie", "重度残疾人护理补贴"));
        f.write("policies/b.md", ContentFixture.policy("ranyou-butie", "机动轮椅车燃油补贴"));
        try (PortalIndex index = new PortalIndex(f.root(), dir.resolve("index"), 1, model)) {
            index.open(PortalIndex.Progress.none());
            assertNull(index.store().currentCommitData().get(Fields.VECTOR_MODEL));
            SearchResult r = index.search().search(SearchRequest.of("我家老人瘫痪在床，可以申请护理补贴吗？", null, null, null, null, null, null));
            return r.hits().stream().map(SearchResult.Hit::id).toList();
        }
    }

    @Test
    void aModelThatFailsToLoadLeavesLexicalSearch() throws Exception {
        SemanticModel broken = SemanticModel.of("broken", () -> {
            throw new IllegalStateException("no model here");
        });
        assertEquals("huli-butie", openAndAsk(broken).get(0));
        assertFalse(broken.enabled());
    }

    @Test
    void aModelTurnedOffLeavesLexicalSearch() throws Exception {
        assertEquals("huli-butie", openAndAsk(SemanticModel.off()).get(0));
    }

    @Test
    void offIsReadFromTheEnvironmentOrAProperty() {
        System.setProperty("portal.semantic", "off");
        try {
            assertFalse(SemanticModel.fromEnvironment().enabled());
        } finally {
            System.clearProperty("portal.semantic");
        }
    }
}
