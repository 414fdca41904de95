package sunshine.index.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import sunshine.index.build.Fields;

/**
 * Best-matching passages of the body with the matched words marked, as fragments rather than HTML, so that every
 * client (the pages, the API) escapes the text itself and nothing a document says can inject markup.
 */
final class Snippets {
    private static final int TARGET_CHARS = 90;

    private final Analyzer analyzer = Fields.indexAnalyzer();

    /** One snippet (list of fragments) per doc id, in order; an empty list where the body did not match. */
    List<List<SearchResult.Fragment>> of(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        FragmentHighlighter highlighter = new FragmentHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.SIMPLIFIED_CHINESE), TARGET_CHARS, 0.5f))
                .withFormatter(new FragmentFormatter())
                .withScorer(new LeanPassageScorer())
                .withMaxLength(200_000));
        Map<String, Object[]> out = highlighter.fragments(new String[] {Fields.BODY}, bodyTerms(query), docIds, new int[] {1});
        Object[] bodies = out.get(Fields.BODY);
        List<List<SearchResult.Fragment>> result = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            @SuppressWarnings("unchecked")
            List<SearchResult.Fragment> f = bodies == null || bodies[i] == null ? List.of() : (List<SearchResult.Fragment>) bodies[i];
            result.add(f);
        }
        return result;
    }

    /**
     * The body words of the query (its term queries' and its phrases' words), each once, as one flat disjunction. The
     * highlighter opens every clause's postings in every document shown: the search query has dozens of clauses on
     * other fields (title, bigram fields) that never mark body text, and phrases whose words the term clauses already
     * mark; opening those was a third of all a search allocated on the laws corpus. Words next to each other are
     * joined into one mark by the formatter, as a phrase match was.
     */
    static Query bodyTerms(Query query) {
        Set<Term> terms = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return Fields.BODY.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... ts) {
                terms.addAll(List.of(ts));
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        if (terms.isEmpty() || terms.size() > IndexSearcher.getMaxClauseCount()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.forEach(t -> b.add(new TermQuery(t), BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /** Exposes the highlighter's object results, which the formatter below fills with fragments. */
    private static final class FragmentHighlighter extends UnifiedHighlighter {
        FragmentHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> fragments(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    /** Formats passages as fragments; passages that are not at the start of the text get an ellipsis. */
    static final class FragmentFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<SearchResult.Fragment> out = new ArrayList<>();
            for (Passage p : passages) {
                if (p.getNumMatches() == 0) {
                    continue;
                }
                int pos = p.getStartOffset();
                if (pos > 0) {
                    out.add(new SearchResult.Fragment("…", false));
                }
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(p.getMatchStarts()[i], pos);
                    int end = p.getMatchEnds()[i];
                    if (start >= end) {
                        continue;
                    }
                    if (start > pos) {
                        out.add(new SearchResult.Fragment(clean(content.substring(pos, start)), false));
                    }
                    SearchResult.Fragment last = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (last != null && last.match() && start == pos && i > 0) {
                        // a word right after a marked word: one mark for both (燃油 + 补贴 → 燃油补贴)
                        out.set(out.size() - 1, new SearchResult.Fragment(last.text() + clean(content.substring(start, end)), true));
                    } else {
                        out.add(new SearchResult.Fragment(clean(content.substring(start, end)), true));
                    }
                    pos = end;
                }
                if (pos < p.getEndOffset()) {
                    out.add(new SearchResult.Fragment(clean(content.substring(pos, p.getEndOffset())), false));
                }
                if (p.getEndOffset() < content.length()) {
                    out.add(new SearchResult.Fragment("…", false));
                }
            }
            return out.isEmpty() ? null : List.copyOf(out);
        }

        private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

        private static String clean(String s) {
            return SPACES.matcher(s).replaceAll(" ");
        }
    }
}
