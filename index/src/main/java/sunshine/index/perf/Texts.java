package sunshine.index.perf;

import java.util.List;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Policy;

/** The text of a document that the index runs through HanLP: title, summary and body (as DocumentConverter does). */
final class Texts {
    private Texts() {
    }

    static List<String> analysed(ContentDocument d) {
        String body = d instanceof Policy p ? p.searchableText() : d.bodyText();
        return List.of(d.title(), d.summary(), body);
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
