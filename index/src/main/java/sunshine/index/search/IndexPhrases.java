package sunshine.index.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import sunshine.index.analysis.BigramAnalyzer;
import sunshine.index.build.Fields;

/** Whether the documents contain a Han string verbatim: its bigrams as a phrase in some title or body. */
final class IndexPhrases {
    private static final Analyzer BIGRAMS = new BigramAnalyzer();

    private IndexPhrases() {
    }

    static boolean occurs(IndexSearcher searcher, String han) {
        return occursIn(searcher, han, List.of(Fields.TITLE_BIGRAM, Fields.BODY_BIGRAM));
    }

    /** Whether some title contains the text verbatim (its bigrams as a phrase). */
    static boolean inTitle(IndexSearcher searcher, String text) {
        return occursIn(searcher, text, List.of(Fields.TITLE_BIGRAM));
    }

    private static boolean occursIn(IndexSearcher searcher, String han, List<String> fields) {
        List<String> grams = QueryFactory.analyze(BIGRAMS, han);
        if (grams.isEmpty()) {
            return false;
        }
        try {
            for (String field : fields) {
                PhraseQuery.Builder p = new PhraseQuery.Builder();
                for (int i = 0; i < grams.size(); i++) {
                    p.add(new Term(field, grams.get(i)), i);
                }
                if (searcher.count(p.build()) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false; // when unsure, the pinyin stays as typed
        }
    }
}
