package sunshine.index.semantic;

import sunshine.index.content.ContentDocument;
import sunshine.index.content.Faq;
import sunshine.index.content.NewsItem;
import sunshine.index.content.PlainDocument;
import sunshine.index.content.Policy;
import sunshine.index.content.ServicePoint;

/**
 * The text of a document that is embedded: title, then summary and body, cut at {@link #MAX_CHARS}. The model reads
 * at most 512 tokens (about as many Chinese characters) and its cost grows with length; the start of a document
 * (title, summary, first paragraphs) says what it is about. Changing this changes every cache key.
 */
public final class EmbeddedText {
    public static final int MAX_CHARS = 400;

    private EmbeddedText() {
    }

    public static String of(ContentDocument d) {
        String body = switch (d) {
            case Policy p -> p.summary() + "\n" + p.searchableText();
            case NewsItem n -> n.summary() + "\n" + n.bodyText();
            case ServicePoint s -> s.summary() + "\n" + s.bodyText();
            case Faq f -> f.bodyText();
            case PlainDocument p -> p.bodyText();
        };
        return cut(d.title() + "\n" + body);
    }

    static String cut(String text) {
        String t = text.strip();
        return t.length() <= MAX_CHARS ? t : t.substring(0, MAX_CHARS);
    }
}
