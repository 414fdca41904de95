package sunshine.index.content;

import java.time.LocalDate;
import java.util.List;

/** A legal-aid or service question with its answer. */
public record Faq(
        String id,
        String question,
        String category,
        LocalDate updated,
        List<String> relatedPolicies,
        HelpContact help,
        boolean sample,
        String answerMarkdown,
        String answerText,
        String sourceFile) implements ContentDocument {

    @Override
    public DocType type() { return DocType.FAQ; }

    @Override
    public String title() { return question; }

    @Override
    public String summary() { return Excerpt.of(answerText, 90); }

    @Override
    public String bodyText() { return answerText; }

    @Override
    public LocalDate date() { return updated; }

    @Override
    public List<String> topics() { return List.of(category); }

    @Override
    public String street() { return null; }
}
