package sunshine.index.content;

/** The law and article a policy rests on, with a link to the text. */
public record LegalBasis(String law, String article, String url) {
}
