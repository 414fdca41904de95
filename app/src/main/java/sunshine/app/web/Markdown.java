package sunshine.app.web;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown bodies (policy text, answers, transcripts) to HTML. Raw HTML in the source is escaped and unsafe URLs
 * (javascript: …) dropped, so the result can be handed to a template as vetted HTML. Headings are renumbered to
 * sit under the page's own: the levels a body uses (say ## and ####) become consecutive from {@code topLevel}
 * (h3, h4), so a page keeps one h1 and never skips a level, whatever the clerk typed.
 */
public final class Markdown {
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public SafeString toHtml(String markdown, int topLevel) {
        if (markdown == null || markdown.isBlank()) {
            return new SafeString("");
        }
        Node doc = parser.parse(markdown);
        List<Heading> headings = headings(doc);
        List<Integer> used = new ArrayList<>(new TreeSet<>(headings.stream().map(Heading::getLevel).toList()));
        for (Heading h : headings) {
            h.setLevel(Math.min(6, topLevel + used.indexOf(h.getLevel())));
        }
        return new SafeString(renderer.render(doc));
    }

    private static List<Heading> headings(Node doc) {
        List<Heading> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                out.add(heading);
                visitChildren(heading);
            }
        });
        return out;
    }
}
