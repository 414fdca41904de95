package sunshine.index.search;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import sunshine.index.build.Fields;

/**
 * Whether a word is one of the index's title or body words, for the query being built: pinyin reading asks this of
 * many stretches of a query, and {@code IndexReader.docFreq} opened a new terms enumerator (and its file slice) for
 * every question; these open one per segment and field, on first use, and seek within it.
 */
final class IndexWords implements Predicate<String> {
    private static final List<String> FIELDS = List.of(Fields.BODY, Fields.TITLE);

    private final List<LeafReaderContext> leaves;
    private final TermsEnum[][] enums;
    private final boolean[][] opened;

    IndexWords(IndexReader reader) {
        this.leaves = reader.leaves();
        this.enums = new TermsEnum[leaves.size()][FIELDS.size()];
        this.opened = new boolean[leaves.size()][FIELDS.size()];
    }

    @Override
    public boolean test(String word) {
        BytesRef term = new BytesRef(word);
        try {
            for (int f = 0; f < FIELDS.size(); f++) {
                for (int l = 0; l < leaves.size(); l++) {
                    TermsEnum te = terms(l, f);
                    if (te != null && te.seekExact(term)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return true; // when unsure, leave the word as typed
        }
    }

    private TermsEnum terms(int leaf, int field) throws IOException {
        if (!opened[leaf][field]) {
            opened[leaf][field] = true;
            Terms terms = leaves.get(leaf).reader().terms(FIELDS.get(field));
            enums[leaf][field] = terms == null ? null : terms.iterator();
        }
        return enums[leaf][field];
    }
}
