package sunshine.index.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import sunshine.index.analysis.AnalyzedTerms;
import sunshine.index.analysis.PortalAnalyzer;
import sunshine.index.content.ContentDocument;
import sunshine.index.eval.JudgedQuery;
import sunshine.index.eval.JudgedSet;
import sunshine.index.eval.LeCoQa;
import sunshine.index.search.SearchRequest;

/**
 * The queries a bench sends, in two kinds reported apart. Keywords: the judged set's short queries, document
 * titles (a law's name without the article number) and phrases of one to three words cut from document bodies.
 * Questions: the judged set's long queries and the LeCoQA consultation questions (cut to the 200 characters a
 * search accepts). Drawn with a fixed seed, so every run sends the same queries in the same order.
 */
public record QueryMix(List<String> keywords, List<String> questions) {
    private static final int TITLES = 300;
    private static final int PHRASES = 600;

    public static QueryMix of(List<? extends ContentDocument> docs, Path lecoqa, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> keywords = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        for (JudgedQuery q : JudgedSet.bundled()) {
            (q.kind().equals("long") ? questions : keywords).add(q.text());
        }
        keywords.addAll(titles(docs, random));
        keywords.addAll(phrases(docs, random));
        if (lecoqa != null && Files.exists(lecoqa)) {
            LeCoQa.read(lecoqa).forEach(q -> questions.add(cut(q.text())));
        }
        Collections.shuffle(keywords, random);
        Collections.shuffle(questions, random);
        return new QueryMix(List.copyOf(keywords), List.copyOf(questions));
    }

    private static List<String> titles(List<? extends ContentDocument> docs, Random random) {
        Set<String> names = new LinkedHashSet<>();
        for (ContentDocument d : docs) {
            names.add(d.title().replaceFirst(" 第[^ ]+条$", ""));
        }
        List<String> all = new ArrayList<>(names);
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(TITLES, all.size()));
    }

    private static List<String> phrases(List<? extends ContentDocument> docs, Random random) {
        List<String> out = new ArrayList<>();
        Analyzer words = new PortalAnalyzer();
        for (int tries = 0; out.size() < PHRASES && tries < PHRASES * 5; tries++) {
            String body = docs.get(random.nextInt(docs.size())).bodyText();
            if (body.length() < 40) {
                continue;
            }
            int at = random.nextInt(body.length() - 30);
            List<String> tokens = tokens(words, body.substring(at, at + 30));
            if (tokens.size() < 5) {
                continue;
            }
            int n = 1 + random.nextInt(3);
            int from = 1 + random.nextInt(tokens.size() - n - 1); // skip the first, likely cut, word
            String phrase = String.join("", tokens.subList(from, from + n));
            if (phrase.codePoints().filter(Character::isIdeographic).count() >= 2) {
                out.add(phrase);
            }
        }
        return out;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        return AnalyzedTerms.of(analyzer, "body", text);
    }

    /** At most the characters a search accepts (a longer question would be a 400, not a search). */
    private static String cut(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        int max = SearchRequest.MAX_TEXT;
        return t.codePointCount(0, t.length()) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max));
    }
}
