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

    /**
     * Where the document applies (上海市, 嘉定区, 山东省 …), or null: national, or the portal's own (FAQs, news, service
     * points). Search ranks a document that does not apply where the portal's residents live after those that do.
     */
    default String region() {
        return null;
    }

    boolean sample();

    /** The file it came from, relative to the content folder. */
    String sourceFile();
}
