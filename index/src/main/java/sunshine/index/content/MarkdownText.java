package sunshine.index.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Markdown to the plain text that is indexed and shown in snippets. */
final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownText() {
    }

    static String plain(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).strip();
    }
}
