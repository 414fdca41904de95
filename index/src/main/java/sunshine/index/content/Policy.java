package sunshine.index.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy document. {@code eligibility} and {@code tests} are kept as the plain YAML values (maps and lists) the
 * file holds; the matcher compiles them.
 */
public record Policy(
        String id,
        String title,
        String summary,
        String issuer,
        LocalDate published,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String region,
        List<String> topics,
        String source,
        String attachment,
        String attachmentText,
        boolean sample,
        String standard,
        List<LegalBasis> legalBasis,
        boolean noApplication,
        String noApplicationNote,
        List<String> excludes,
        HowToApply apply,
        Object eligibility,
        Object tests,
        String bodyMarkdown,
        String bodyText,
        String sourceFile) implements ContentDocument {

    @Override
    public DocType type() { return DocType.POLICY; }

    @Override
    public LocalDate date() { return published; }

    @Override
    public String street() { return null; }

    /** The text that is searched: the body and, when there is one, the attached original's text. */
    public String searchableText() {
        return attachmentText == null || attachmentText.isBlank() ? bodyText : bodyText + "\n" + attachmentText;
    }

    /** In force on the given day. */
    public boolean inForce(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
