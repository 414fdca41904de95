package sunshine.index.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.ContentFixture;
import sunshine.index.content.ContentLoader;
import sunshine.index.search.LiveIndex;
import sunshine.index.search.SearchRequest;
import sunshine.index.search.SearchService;
import sunshine.index.content.Vocabulary;

class IndexBuilderTest {
    @TempDir
    Path dir;

    private List<ContentDocument> docs(String... titles) throws IOException {
        ContentFixture f = new ContentFixture(Files.createTempDirectory(dir, "content"));
        for (int i = 0; i < titles.length; i++) {
            f.write("policies/p" + i + ".md", ContentFixture.policy("p" + i, titles[i]));
        }
        return new ContentLoader(f.root()).load().documents();
    }

    private static long hits(SearchService s, String q) throws IOException {
        return s.search(SearchRequest.of(q, null, null, null, null, null, null)).total();
    }

    @Test
    void aRebuildIsSwappedInWithoutRestartingTheReader() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("index"));
        new IndexBuilder(store, 2).build(docs("护理补贴"), "one", (d, t) -> { });
        try (LiveIndex live = new LiveIndex(store)) {
            SearchService search = new SearchService(live, Vocabulary.EMPTY);
            assertEquals(1, hits(search, "护理补贴"));
            assertEquals(0, hits(search, "燃油补贴"));
            new IndexBuilder(store, 2).build(docs("燃油补贴", "护理补贴"), "two", (d, t) -> { });
            assertEquals(0, hits(search, "燃油补贴"), "the old generation serves until refresh");
            assertTrue(live.refresh());
            assertEquals(1, hits(search, "燃油补贴"));
            assertEquals("two", live.commitData().get(IndexBuilder.FINGERPRINT));
        }
    }

    @Test
    void aBuildThatFailsHalfwayLeavesThePreviousIndexPublished() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("index"));
        new IndexBuilder(store, 1).build(docs("护理补贴"), "good", (d, t) -> { });
        Path before = store.current().orElseThrow();
        List<ContentDocument> many = new ArrayList<>(docs("燃油补贴", "交通补贴", "康复补贴"));
        assertThrows(IOException.class, () -> new IndexBuilder(store, 2).build(many, "bad", (done, total) -> {
            if (done == 2) {
                throw new IllegalStateException("simulated crash");
            }
        }));
        assertEquals(before, store.current().orElseThrow());
        assertEquals("good", store.currentCommitData().get(IndexBuilder.FINGERPRINT));
        assertTrue(store.verifyCurrent().isEmpty());
    }

    @Test
    void leftoverHalfBuiltGenerationsAreRemovedByTheNextBuild() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("index"));
        Files.createDirectories(store.root().resolve("gen-0000-crashed"));
        Files.writeString(store.root().resolve("gen-0000-crashed/_0.cfs"), "partial");
        new IndexBuilder(store, 1).build(docs("护理补贴"), "a", (d, t) -> { });
        new IndexBuilder(store, 1).build(docs("护理补贴"), "b", (d, t) -> { });
        new IndexBuilder(store, 1).build(docs("护理补贴"), "c", (d, t) -> { });
        try (Stream<Path> s = Files.list(store.root())) {
            List<String> gens = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).toList();
            assertEquals(2, gens.size(), gens.toString());
            assertFalse(gens.contains("gen-0000-crashed"));
        }
    }

    @Test
    void aCorruptedIndexIsDetected() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("index"));
        new IndexBuilder(store, 1).build(docs("护理补贴", "燃油补贴"), "a", (d, t) -> { });
        Path gen = store.current().orElseThrow();
        try (Stream<Path> s = Files.list(gen)) {
            for (Path p : s.filter(p -> !p.getFileName().toString().startsWith("segments") && !p.getFileName().toString().endsWith(".lock")).toList()) {
                byte[] b = Files.readAllBytes(p);
                if (b.length > 64) {
                    b[b.length / 2] ^= 0x5A;
                    Files.write(p, b);
                }
            }
        }
        assertTrue(store.verifyCurrent().isPresent());
    }

    @Test
    void anyOneDamagedOrMissingFileIsDetected() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("index"));
        new IndexBuilder(store, 1).build(docs("护理补贴", "燃油补贴"), "a", (d, t) -> { });
        Path gen = store.current().orElseThrow();
        List<Path> files;
        try (Stream<Path> s = Files.list(gen)) {
            files = s.filter(p -> !p.getFileName().toString().endsWith(".lock")).sorted().toList();
        }
        assertTrue(files.size() >= 3, files.toString()); // commit point, segment info, compound file or its parts
        for (Path p : files) {
            byte[] good = Files.readAllBytes(p);
            byte[] flipped = good.clone();
            flipped[good.length / 2] ^= 0x01; // one bit
            for (byte[] bad : List.of(flipped, java.util.Arrays.copyOf(good, good.length - 1))) {
                Files.write(p, bad);
                assertTrue(store.verifyCurrent().isPresent(), "damage in " + p.getFileName());
            }
            Files.delete(p);
            assertTrue(store.verifyCurrent().isPresent(), "missing " + p.getFileName());
            Files.write(p, good);
            assertTrue(store.verifyCurrent().isEmpty(), "restored " + p.getFileName());
        }
    }

    @Test
    void fingerprintChangesWithAnyContentByte() throws Exception {
        ContentFixture f = new ContentFixture(dir.resolve("c"));
        f.write("policies/a.md", ContentFixture.policy("a", "补贴"));
        String one = ContentFingerprint.of(f.root());
        assertEquals(one, ContentFingerprint.of(f.root()));
        f.write("policies/a.md", ContentFixture.policy("a", "补贴 "));
        assertNotEquals(one, ContentFingerprint.of(f.root()));
    }
}
