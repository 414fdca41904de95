package sunshine.index.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The "word" analyzer: {@link ChineseFoldingCharFilter} → {@link HanLpTokenizer} → {@link
 * LowerCaseFilter}. No stop words at index time: they are cheap to index, and a stop list baked
 * into the index cannot be revised without reindexing; any query-side filtering belongs to the
 * query parser.
 *
 * <p>Folding happens in {@link #initReader} (not as a token filter) so HanLP segments the
 * simplified, half-width text while offsets still point into the original text. LowerCaseFilter
 * stays for non-ASCII letters (the folding only lowercases ASCII).
 */
public final class PortalAnalyzer extends FoldingAnalyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new HanLpTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
