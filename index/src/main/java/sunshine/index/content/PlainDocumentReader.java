package sunshine.index.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Reads any PDF, DOCX, HTML or TXT file under {@code documents/} as a plain document. */
final class PlainDocumentReader {
    static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "html", "htm", "txt");

    private final TextExtractor extractor;

    PlainDocumentReader(TextExtractor extractor) {
        this.extractor = extractor;
    }

    PlainDocument read(Path path, String file, List<Problem> problems) throws java.io.IOException {
        TextExtractor.Extracted e = extractor.extract(path, file, 0, problems);
        if (e == null) {
            return null;
        }
        if (e.text().isBlank()) {
            problems.add(Problem.error(file, 0, "文件里读不出文字（可能是扫描的图片），没有收录。"));
            return null;
        }
        String name = path.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String title = e.title() == null || e.title().isBlank() ? stem : e.title().strip();
        LocalDate date = LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneId.of("Asia/Shanghai"));
        return new PlainDocument(idFor(file), title, e.text(), date, e.mediaType(), file);
    }

    /** File names may be Chinese; the id is a stable hash of the path so the page address never changes. */
    static String idFor(String file) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
            return "doc-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
