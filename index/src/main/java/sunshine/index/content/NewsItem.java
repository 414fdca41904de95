package sunshine.index.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A sign-language news item. {@code video} and {@code captions} are either {@code media/...} paths under the news
 * folder or https URLs; the transcript is the body.
 */
public record NewsItem(
        String id,
        String title,
        LocalDate date,
        String summary,
        List<String> topics,
        String video,
        String captions,
        String duration,
        String signer,
        boolean sample,
        String transcriptMarkdown,
        String transcriptText,
        String sourceFile) implements ContentDocument {

    @Override
    public DocType type() { return DocType.NEWS; }

    @Override
    public String bodyText() { return transcriptText; }

    @Override
    public String street() { return null; }
}
