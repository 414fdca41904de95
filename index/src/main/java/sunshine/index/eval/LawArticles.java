package sunshine.index.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a law's Markdown text into articles, as the corpora README defines them: an article starts at a line
 * beginning with 第N条 (Chinese numerals, optionally 之一) and runs to the next such line. Markdown heading lines
 * (# title, ## 第一章 …) between articles are structure, not article text, and are left out.
 */
final class LawArticles {
    private static final Pattern LABEL =
            Pattern.compile("^第[零一二三四五六七八九十百千万〇两]+条(?:之[一二三四五六七八九十]+)?");

    /** One article: its label (第五十四条) and its text without the label. */
    record Article(String label, String text) {
    }

    private LawArticles() {
    }

    /** The articles in order; empty when the text has no 第N条 line. A repeated label keeps its first article. */
    static List<Article> split(String text) {
        List<Article> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String label = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) {
            Matcher m = LABEL.matcher(line);
            if (m.find()) {
                add(out, seen, label, body);
                label = m.group();
                body.setLength(0);
                body.append(line.substring(m.end()).strip()).append('\n');
            } else if (label != null && !line.startsWith("#")) {
                body.append(line).append('\n');
            }
        }
        add(out, seen, label, body);
        return out;
    }

    private static void add(List<Article> out, Set<String> seen, String label, StringBuilder body) {
        if (label != null && seen.add(label)) {
            out.add(new Article(label, body.toString().strip()));
        }
    }
}
