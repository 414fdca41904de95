package sunshine.index.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Question words people put around what they look for (怎么办, 请问, 哪里 …). They are dropped from a query when
 * other words remain, so that 残疾证怎么办 searches for 残疾证 rather than for every page that says 怎么办.
 */
final class QueryStopWords {
    private static final Set<String> WORDS = load();

    private QueryStopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = QueryStopWords.class.getResourceAsStream("query-stopwords.txt")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("query-stopwords.txt missing from the classpath"));
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
