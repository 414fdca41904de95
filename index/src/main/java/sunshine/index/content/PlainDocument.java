package sunshine.index.content;

import java.time.LocalDate;
import java.util.List;

/**
 * Any other file dropped into {@code content/documents/}, read through Tika; also a law article of the laws corpus.
 * {@code region}: where it applies (a province's regulation), null for national texts and the portal's own files.
 */
public record PlainDocument(
        String id,
        String title,
        String text,
        LocalDate date,
        String mediaType,
        String sourceFile,
        String region) implements ContentDocument {

    public PlainDocument(String id, String title, String text, LocalDate date, String mediaType, String sourceFile) {
        this(id, title, text, date, mediaType, sourceFile, null);
    }

    @Override
    public DocType type() { return DocType.DOCUMENT; }

    @Override
    public String summary() { return Excerpt.of(text, 90); }

    @Override
    public String bodyText() { return text; }

    @Override
    public List<String> topics() { return List.of(); }

    @Override
    public String street() { return null; }

    @Override
    public boolean sample() { return false; }
}
