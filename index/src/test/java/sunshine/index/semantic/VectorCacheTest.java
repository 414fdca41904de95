package sunshine.index.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.PortalIndex;
import sunshine.index.build.Fields;
import sunshine.index.content.ContentFixture;

class VectorCacheTest {
    @TempDir
    Path dir;

    @Test
    void aReindexOfUnchangedTextEmbedsNothing() throws Exception {
        ContentFixture f = new ContentFixture(dir.resolve("content"));
        f.write("policies/a.md", ContentFixture.policy("huli-butie", "重度残疾人护理补贴"));
        f.write("policies/b.md", ContentFixture.policy("ranyou-butie", "机动轮椅车燃油补贴"));
        CountingEmbedder model = new CountingEmbedder();
        try (PortalIndex index = new PortalIndex(f.root(), dir.resolve("index"), 2, SemanticModel.of(model.modelId(), () -> model))) {
            index.open(PortalIndex.Progress.none());
            assertEquals(2, model.documents.get());
            index.open(PortalIndex.Progress.none(), true);
            assertEquals(2, model.documents.get(), "the forced rebuild found every vector in the cache");
            f.write("policies/c.md", ContentFixture.policy("zheng", "残疾人证办理"));
            index.reload(PortalIndex.Progress.none());
            assertEquals(3, model.documents.get(), "only the new document was embedded");
            assertEquals(model.modelId(), index.store().currentCommitData().get(Fields.VECTOR_MODEL));
        }
        assertTrue(Files.isDirectory(dir.resolve("index").resolve(PortalIndex.VECTORS)));
    }

    @Test
    void vectorsSurviveReopeningAndACutLastRecordIsDropped() throws IOException {
        Path cacheDir = dir.resolve("vectors");
        float[] v = {0.6f, 0.8f, 0, 0, 0, 0, 0, 0};
        try (VectorCache cache = new VectorCache(cacheDir, "m", 8)) {
            cache.put("残疾人证", v);
        }
        Files.write(cacheDir.resolve("m.f32"), new byte[7], StandardOpenOption.APPEND); // a crash mid-write
        try (VectorCache cache = new VectorCache(cacheDir, "m", 8)) {
            assertEquals(1, cache.size());
            assertArrayEquals(v, cache.get("残疾人证").orElseThrow());
            assertTrue(cache.get("护理补贴").isEmpty());
            cache.put("护理补贴", v);
            assertEquals(2, cache.size());
        }
    }

    @Test
    void anotherModelNeverReadsTheseVectors() throws IOException {
        try (VectorCache a = new VectorCache(dir, "model-a", 8); VectorCache b = new VectorCache(dir, "model-b", 8)) {
            a.put("残疾人证", new float[8]);
            assertTrue(b.get("残疾人证").isEmpty());
        }
    }
}
