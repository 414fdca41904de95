package sunshine.index.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;

/**
 * Turns a PDF, DOCX, HTML or TXT file into plain text with Apache Tika, within limits, so a hostile or huge file
 * cannot stall or exhaust the process: a size cap before parsing, a cap on extracted characters, a wall-clock
 * timeout, and no parsing of embedded documents (the zip-bomb and nested-container route).
 */
public final class TextExtractor implements AutoCloseable {

    /** Limits; the defaults suit a district portal's documents. */
    public record Limits(long maxBytes, int maxChars, long timeoutMillis) {
        public static final Limits DEFAULT = new Limits(20L * 1024 * 1024, 2_000_000, 20_000);
    }

    /** What Tika read: the text and the title from the file's metadata (or null). */
    public record Extracted(String text, String title, String mediaType) {
    }

    /**
     * Made on the first file to extract: setting Tika up (its parsers, the MIME type table) took about half of
     * loading the shipped content, which has no file that needs it, and so of every start and reload.
     */
    private AutoDetectParser parser;
    private final Limits limits;
    // Daemon threads: a parser stuck past its timeout must not keep the JVM alive.
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tika-extract");
        t.setDaemon(true);
        return t;
    });

    public TextExtractor(Limits limits) {
        this.limits = limits;
    }

    /** Extracts a file; on failure records a problem (naming {@code file}, {@code line}) and returns null. */
    public Extracted extract(Path path, String file, int line, List<Problem> problems) {
        try {
            long size = Files.size(path);
            if (size > limits.maxBytes()) {
                problems.add(Problem.error(file, line, "文件太大（" + size / (1024 * 1024) + " MB），超过 "
                        + limits.maxBytes() / (1024 * 1024) + " MB 的上限，没有读取。"));
                return null;
            }
            Future<Extracted> job = pool.submit(() -> parse(path));
            return job.get(limits.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            problems.add(Problem.error(file, line, "读取文件超过 " + limits.timeoutMillis() / 1000 + " 秒仍未完成，已跳过（文件可能已损坏）。"));
        } catch (ExecutionException e) {
            problems.add(Problem.error(file, line, "无法读取这个文件（可能已损坏、加密或不是所说的格式）：" + rootMessage(e)));
        } catch (IOException e) {
            problems.add(Problem.error(file, line, "无法打开文件：" + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(Problem.error(file, line, "读取被中断。"));
        }
        return null;
    }

    /** The text of a policy's attachment, resolved inside {@code content/<folder>/}. */
    String attachmentText(Path root, String folder, String attachment, String file, int line, List<Problem> problems) {
        Path base = root.resolve(folder).normalize();
        Path p = base.resolve(attachment).normalize();
        if (!p.startsWith(base) || !Files.isRegularFile(p)) {
            problems.add(Problem.error(file, line, "找不到附件 " + folder + "/" + attachment + "。"));
            return null;
        }
        Extracted e = extract(p, file, line, problems);
        return e == null ? null : e.text();
    }

    private Extracted parse(Path path) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        try (InputStream in = TikaInputStream.get(path, metadata)) {
            parser().parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            // Past the character cap: keep what was read.
        }
        return new Extracted(handler.toString().strip(), metadata.get(TikaCoreProperties.TITLE), metadata.get(Metadata.CONTENT_TYPE));
    }

    private synchronized AutoDetectParser parser() {
        if (parser == null) {
            parser = new AutoDetectParser();
        }
        return parser;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : " " + c.getMessage());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Embedded files (attachments inside a DOCX, files in a PDF portfolio) are not parsed. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}
