package sunshine.app.reindex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import sunshine.index.semantic.SemanticModel;

/** The portal's command line in a child JVM (so it can be killed like a real process), its output in a file. */
final class ChildPortal implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ChildPortal(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildPortal start(Path workDir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "sunshine.app.cli.PortalCommand"));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(workDir, "child-", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        // Lexical search only: embedding every document would make these tests slow without changing what they test.
        pb.environment().put(SemanticModel.ENV, "off");
        Process p = pb.start();
        return new ChildPortal(p, log);
    }

    /** Waits until a line of output matches, or fails after {@code timeout} (or when the process ends first). */
    String awaitLine(Predicate<String> wanted, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (String line : lines()) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("the child ended (" + process.exitValue() + ") first:\n" + String.join("\n", lines()));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such line within " + timeout + ":\n" + String.join("\n", lines()));
    }

    List<String> lines() throws IOException {
        return List.of(Files.readString(log, StandardCharsets.UTF_8).split("\n"));
    }

    /** SIGKILL: no shutdown hook, no cleanup, like a power cut or {@code kill -9}. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            killHard();
        }
    }
}
