package sunshine.index.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/**
 * An analyzer whose text, for indexing, searching and normalizing alike, first passes {@link
 * ChineseFoldingCharFilter} (full-width → half-width, traditional → simplified), so the word and the bigram
 * fields fold the same way and offsets still point into the original text.
 */
abstract class FoldingAnalyzer extends Analyzer {

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ChineseFoldingCharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new ChineseFoldingCharFilter(reader);
    }
}
