package sunshine.index.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * {@link ChineseFolding} as a {@link org.apache.lucene.analysis.CharFilter}. The folding is one char
 * in, one char out, so no offset corrections are ever recorded and {@link #correct(int)} (inherited)
 * is the identity: token offsets still point into the original, unfolded text.
 */
public final class ChineseFoldingCharFilter extends BaseCharFilter {

    public ChineseFoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = input.read(cbuf, off, len);
        if (n > 0) {
            ChineseFolding.foldInPlace(cbuf, off, n);
        }
        return n;
    }

    @Override
    public int read() throws IOException {
        int c = input.read();
        return c < 0 ? c : ChineseFolding.fold((char) c);
    }
}
