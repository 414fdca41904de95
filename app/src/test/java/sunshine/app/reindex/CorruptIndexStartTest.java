package sunshine.app.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.PortalIndex;
import sunshine.index.semantic.SemanticModel;

/**
 * A damaged index file found at start ({@code portal serve} in a child JVM): one clear log line says so, the index is
 * rebuilt from content, and the portal serves searches.
 */
class CorruptIndexStartTest {
    @TempDir
    Path dir;

    @Test
    void aCorruptIndexIsReportedInOneLineRebuiltAndServed() throws Exception {
        Path content = ContentCopy.of(dir.resolve("content"));
        Path indexDir = dir.resolve("index");
        try (PortalIndex first = new PortalIndex(content, indexDir, 1, SemanticModel.off())) {
            first.open(PortalIndex.Progress.none());
            damageLargestFile(first.store().current().orElseThrow());
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (ChildPortal child = ChildPortal.start(dir, "serve", "--port", Integer.toString(port), "--content", content.toString(),
                "--index", indexDir.toString(), "--search-log", "off")) {
            child.awaitLine(l -> l.contains("portal running"), Duration.ofSeconds(120));
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/search?q=%E8%A1%A5%E8%B4%B4")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertFalse(r.body().contains("\"total\":0,"), r.body());
            List<String> lines = child.lines();
            List<String> reports = lines.stream().filter(l -> l.contains("cannot be used")).toList();
            assertEquals(1, reports.size(), String.join("\n", lines));
            assertTrue(reports.get(0).contains("rebuilding it from"), reports.get(0));
            assertFalse(lines.stream().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by")), "no stack trace:\n" + String.join("\n", lines));
        }
    }

    /** Overwrites bytes in the middle of the generation's largest file, as a disk error would. */
    private static void damageLargestFile(Path generation) throws Exception {
        Path largest;
        try (Stream<Path> s = Files.list(generation)) {
            largest = s.filter(Files::isRegularFile).max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
            f.seek(f.length() / 2);
            f.write(new byte[] {0x13, 0x37, 0x13, 0x37, 0x42, 0x42, 0x42, 0x42});
        }
    }
}
