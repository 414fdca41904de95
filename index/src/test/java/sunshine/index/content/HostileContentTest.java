package sunshine.index.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that attack the loader — a zip bomb dressed as DOCX, a PDF whose stream never ends, a 200 MB file, a
 * question saved in GBK — are each reported as a problem naming the file, the good files beside them still load,
 * and loading does not stall. The 60 s bound is a safety net for "does not hang", not a performance figure.
 */
class HostileContentTest {
    @TempDir
    Path dir;

    @Test
    void hostileFilesAreReportedAndTheRestStillLoads() throws Exception {
        ContentFixture f = new ContentFixture(dir);
        f.write("policies/good.md", ContentFixture.policy("good", "重度残疾人护理补贴"));
        f.write("documents/good.txt", "残疾人就业服务指南：到街镇残联登记求职。");
        zipBomb(dir.resolve("documents/bomb.docx"));
        f.write("documents/endless.pdf", endlessPdf());
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("documents/huge.pdf").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024); // sparse: takes no disk, and must be refused before it is read
        }
        f.write("faqs/gbk.md", ("---\nid: gbk\nquestion: 补贴怎么申请？\ncategory: 补贴\nupdated: 2024-01-01\n---\n回答。")
                .getBytes(Charset.forName("GBK")));

        long start = System.nanoTime();
        ContentLoader.Result r = new ContentLoader(dir, new TextExtractor.Limits(20L * 1024 * 1024, 2_000_000, 5_000)).load();
        double seconds = (System.nanoTime() - start) / 1e9;

        assertTrue(seconds < 60, "loading took " + seconds + " s");
        List<String> ids = r.documents().stream().map(ContentDocument::id).toList();
        assertTrue(ids.contains("good") && r.documents().size() == 2, "the good files still load: " + ids);
        for (String file : List.of("documents/bomb.docx", "documents/endless.pdf", "documents/huge.pdf", "faqs/gbk.md")) {
            assertTrue(r.problems().stream().anyMatch(p -> p.file().equals(file) && p.severity() == Problem.Severity.ERROR),
                    file + " is reported: " + r.problems());
        }
        assertTrue(r.problems().stream().anyMatch(p -> p.file().equals("documents/huge.pdf") && p.message().contains("太大")));
    }

    /** A valid-looking DOCX whose document.xml inflates from about 100 KB to 100 MB. */
    private static void zipBomb(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 100; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A PDF whose stream claims a length far past the end of the file, followed by an object chain with no end. */
    private static byte[] endlessPdf() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (OutputStream out = b) {
            out.write("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write("3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length 2147483647 >> stream\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 5; i < 20_000; i++) {
                out.write((i + " 0 obj << /Next " + (i + 1) + " 0 R >> endobj\n").getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return b.toByteArray();
    }
}
