package sunshine.index.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.Lock;

/**
 * The index folder: one subfolder per build ("generation") and a {@code CURRENT} file naming the live one. A build
 * writes a new generation beside the live one and only then replaces {@code CURRENT} by an atomic rename, so a
 * crash mid-build leaves the previous generation serving.
 */
public final class IndexStore {
    private static final String CURRENT = "CURRENT";
    private static final String PREFIX = "gen-";

    private final Path root;

    public IndexStore(Path root) {
        this.root = root;
    }

    public Path root() { return root; }

    /** The live generation's folder, if one was ever published. */
    public Optional<Path> current() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        if (!name.startsWith(PREFIX) || name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        Path dir = root.resolve(name);
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** The commit data of the live generation (fingerprint, schema, counts), or empty if none or unreadable. */
    public Map<String, String> currentCommitData() {
        try {
            Optional<Path> cur = current();
            if (cur.isEmpty()) {
                return Map.of();
            }
            try (Directory dir = FSDirectory.open(cur.get())) {
                return SegmentInfos.readLatestCommit(dir).getUserData();
            }
        } catch (IOException e) {
            return Map.of();
        }
    }

    /**
     * Checks the live generation thoroughly (every file's checksum), returning a one-line reason when it is
     * unusable, or empty when it is healthy.
     */
    public Optional<String> verifyCurrent() {
        try {
            Optional<Path> cur = current();
            if (cur.isEmpty()) {
                return Optional.of("no index has been built yet");
            }
            try (Directory dir = FSDirectory.open(cur.get())) {
                if (!DirectoryReader.indexExists(dir)) {
                    return Optional.of("index folder " + cur.get() + " holds no commit");
                }
                // Every file of the commit read to its end and checked against its stored checksum (what CheckIndex
                // does at its checksum level, without opening readers and testing the segments: on the laws index the
                // first CheckIndex of a start took a third of a second, the checksums alone a tenth), files in parallel.
                SegmentInfos commit = SegmentInfos.readLatestCommit(dir);
                List<String> bad = commit.files(true).parallelStream().map(f -> checksumProblem(dir, f))
                        .flatMap(Optional::stream).sorted().toList();
                return bad.isEmpty() ? Optional.empty()
                        : Optional.of("index " + cur.get().getFileName() + " is corrupt: " + String.join("; ", bad));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("index is unreadable: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /** Why one index file fails its checksum (missing, cut short, changed), or empty when it is intact. */
    private static Optional<String> checksumProblem(Directory dir, String file) {
        try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
            CodecUtil.checksumEntireFile(in);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(file + " " + e.getClass().getSimpleName());
        }
    }

    /** A fresh folder for a new generation. */
    Path newGeneration() throws IOException {
        Files.createDirectories(root);
        Path dir = root.resolve(PREFIX + System.currentTimeMillis() + "-" + ProcessHandle.current().pid());
        Files.createDirectory(dir);
        return dir;
    }

    /** Makes {@code generation} the live one: write a temp pointer, fsync it, rename it over CURRENT. */
    void publish(Path generation) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.UTF_8.encode(generation.getFileName().toString()));
            ch.force(true);
        }
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Only one build at a time, across processes (the server and the {@code index} command). */
    Lock buildLock() throws IOException {
        Files.createDirectories(root);
        Directory dir = FSDirectory.open(root);
        return dir.obtainLock("build.lock");
    }

    /**
     * Removes generations other than the live one and the one before it (kept so a reader still open on it
     * finishes), including half-written ones a crash left behind.
     */
    void removeOldGenerations() throws IOException {
        Optional<Path> cur = current();
        List<Path> gens;
        try (Stream<Path> s = Files.list(root)) {
            gens = s.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        int keptOlder = 0;
        for (Path g : gens) {
            if (cur.isPresent() && g.equals(cur.get())) {
                continue;
            }
            if (cur.isPresent() && g.getFileName().toString().compareTo(cur.get().getFileName().toString()) < 0 && keptOlder++ == 0) {
                continue;
            }
            deleteTree(g);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
