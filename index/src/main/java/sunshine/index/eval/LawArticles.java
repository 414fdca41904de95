package sunshine.index.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a law's Markdown text into articles, as the corpora README defines them: an article starts at a line
 * beginning with 第N条 (Chinese numerals, optionally 之一) and runs to the next such line or heading. Markdown heading
 * lines (# title, ## 第一章 …, ### 第一节 …) are not article text; each article keeps the chapter (and section) it stands
 * under as its {@code heading}, which the corpus puts before its text: an article alone often does not say what it
 * is about (第三十条 用人单位应当按照……), its chapter does (第四章 劳动合同的履行和变更). On the LeCoQA questions that
 * lifted the portal's lexical Recall@10 from 0.428 to 0.444 (every analyzer gained alike). Lines between a heading
 * and the next article (mostly a heading's wrapped second line) belong to no article.
 */
final class LawArticles {
    private static final Pattern LABEL =
            Pattern.compile("^第[零一二三四五六七八九十百千万〇两]+条(?:之[一二三四五六七八九十]+)?");
    /** A heading that names a book or chapter (第二编, 第三章), not a section whose title has 章 in it (第二节 规章). */
    private static final Pattern CHAPTER = Pattern.compile("^第[零一二三四五六七八九十百千万〇两]+[编章]");

    /** One article: its label (第五十四条), its text without the label, and its chapter and section ("" if none). */
    record Article(String label, String text, String heading) {
    }

    private LawArticles() {
    }

    /** The articles in order; empty when the text has no 第N条 line. A repeated label keeps its first article. */
    static List<Article> split(String text) {
        List<Article> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String label = null;
        String chapter = "";
        String heading = "";
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("##")) {
                add(out, seen, label, body, heading);
                label = null;
                String h = line.replaceFirst("^#+", "").strip().replaceAll("\\s+", " ");
                // A 编 or 章 is a chapter at whatever level it is written; other headings under ## (节, 附则) belong to it.
                if (!line.startsWith("###") || CHAPTER.matcher(h).find()) {
                    chapter = h;
                    heading = h;
                } else {
                    heading = chapter.isEmpty() ? h : chapter + " " + h;
                }
                continue;
            }
            Matcher m = LABEL.matcher(line);
            if (m.find()) {
                add(out, seen, label, body, heading);
                label = m.group();
                body.setLength(0);
                body.append(line.substring(m.end()).strip()).append('\n');
            } else if (label != null && !line.startsWith("#")) {
                body.append(line).append('\n');
            }
        }
        add(out, seen, label, body, heading);
        return out;
    }

    private static void add(List<Article> out, Set<String> seen, String label, StringBuilder body, String heading) {
        if (label != null && seen.add(label)) {
            out.add(new Article(label, body.toString().strip(), heading));
        }
    }
}
