package sunshine.index.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The sub-word recall field beside the word field: {@link ChineseFoldingCharFilter} → {@link
 * StandardTokenizer} → {@link CJKWidthFilter} → {@link LowerCaseFilter} → {@link CJKBigramFilter}
 * (outputUnigrams=false). It finds 补贴 inside 困难残疾人生活补贴, which the word field keeps as one
 * token.
 *
 * <p>With outputUnigrams=false every bigram has position increment 1, so the bigrams of a query
 * form an exact phrase over the document's bigrams; a lone Han character (surrounded by non-CJK)
 * is kept as a unigram. Scripts bigrammed are CJKAnalyzer's (Han, Hiragana, Katakana, Hangul).
 * CJKWidthFilter stays although the char filter already folds full-width ASCII: it also
 * normalizes half-width katakana, which our folding does not touch.
 */
public final class BigramAnalyzer extends FoldingAnalyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
