package sunshine.index.eval;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** One search configuration over one document collection, reduced to what evaluation needs: ranked ids. */
public interface Ranker extends Closeable {

    /** Document ids, best first, at most {@code depth}; empty when nothing matched. */
    List<String> rank(String query, int depth) throws IOException;
}
