package sunshine.app.documents;

import java.util.Arrays;
import java.util.List;
import sunshine.index.content.PlainDocument;

/** Any other file's page: its text split into paragraphs at blank lines (Tika gives plain text, no markup). */
public record PlainDocumentView(PlainDocument document, List<String> paragraphs) {

    static PlainDocumentView of(PlainDocument d) {
        String text = d.text() == null ? "" : d.text();
        List<String> paragraphs = Arrays.stream(text.split("\\R\\s*\\R"))
                .map(PlainDocumentView::unwrap)
                .filter(p -> !p.isEmpty())
                .toList();
        return new PlainDocumentView(d, paragraphs);
    }

    /** Joins the hard line breaks of extracted text: none between Chinese characters, a space elsewhere. */
    private static String unwrap(String paragraph) {
        return paragraph.strip()
                .replaceAll("(?<=[\\p{IsHan}，。；：、）])\\s*\\R\\s*(?=[\\p{IsHan}（])", "")
                .replaceAll("\\s*\\R\\s*", " ");
    }
}
