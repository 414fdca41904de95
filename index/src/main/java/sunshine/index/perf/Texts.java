package sunshine.index.perf;

import java.util.List;
import sunshine.index.content.ContentDocument;
import sunshine.index.build.DocumentConverter;

/**
 * The text of a document that the index runs through HanLP: title, summary and body, as DocumentConverter indexes
 * them (a plain document's summary, only an excerpt of its body, is not segmented again, so it is not counted).
 */
final class Texts {
    private Texts() {
    }

    static List<String> analysed(ContentDocument d) {
        String body = DocumentConverter.bodyText(d);
        String summary = DocumentConverter.summaryToIndex(d, body);
        return summary.isEmpty() ? List.of(d.title(), body) : List.of(d.title(), summary, body);
    }

    static long characters(List<? extends ContentDocument> docs) {
        long n = 0;
        for (ContentDocument d : docs) {
            for (String t : analysed(d)) {
                n += t.length();
            }
        }
        return n;
    }
}
