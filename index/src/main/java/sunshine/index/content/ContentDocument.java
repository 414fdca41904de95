package sunshine.index.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One document of any kind, as the loader read it from {@code content/}. The index converts it to Lucene fields
 * and stores it as JSON, so a page shows exactly what was searched.
 */
public sealed interface ContentDocument permits Policy, Faq, NewsItem, ServicePoint, PlainDocument {
    String id();

    DocType type();

    String title();

    /** A short plain-language summary shown in result lists. */
    String summary();

    /** The full searchable text (body, transcript, attachment text …), without markup. */
    String bodyText();

    /** The date a result list sorts by: published, updated, news date or last verified. */
    LocalDate date();

    List<String> topics();

    /** The 街镇 the document belongs to, or null. */
    String street();

    boolean sample();

    /** The file it came from, relative to the content folder. */
    String sourceFile();
}
