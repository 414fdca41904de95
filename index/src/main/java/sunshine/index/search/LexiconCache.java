package sunshine.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import sunshine.index.analysis.PortalDictionary;
import sunshine.index.build.Fields;
import sunshine.index.content.Vocabulary;

/**
 * The term lexicon for the served index generation and vocabulary, built on first use after either changes (not
 * per query): the words of every title, the portal dictionary and the vocabulary phrases.
 */
final class LexiconCache {
    private static final int LARGE = 10_000;
    private final BuiltOnce<TermLexicon> current = new BuiltOnce<>();

    /**
     * {@code reader} is the one the caller already holds from {@code handle}: acquiring another could fail when a
     * reindex swapped and closed the handle meanwhile, turning a search in flight into an error.
     */
    TermLexicon get(IndexHandle handle, IndexReader reader, Vocabulary vocabulary) throws IOException {
        return current.get(handle, vocabulary, () -> build(reader, vocabulary));
    }

    private static TermLexicon build(IndexReader reader, Vocabulary vocabulary) throws IOException {
        Set<String> words = new HashSet<>(PortalDictionary.get().terms());
        vocabulary.entries().forEach(v -> {
            words.add(v.official());
            words.addAll(v.also());
        });
        try {
            Terms terms = MultiTerms.getTerms(reader, Fields.TITLE);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    words.add(t.utf8ToString());
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new TermLexicon(words, () -> bigrams(reader));
    }

    /**
     * The bigram terms of titles and bodies, most frequent first; in a large index only those in two documents or
     * more (a typo's bigram is no word anyone searches for).
     */
    private static List<String> bigrams(IndexReader reader) {
        int minDocs = reader.maxDoc() > LARGE ? 2 : 1;
        Map<String, Integer> df = new HashMap<>();
        try {
            for (String field : List.of(Fields.TITLE_BIGRAM, Fields.BODY_BIGRAM)) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms != null) {
                    TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        if (te.docFreq() >= minDocs) {
                            df.merge(t.utf8ToString(), te.docFreq(), Math::max);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return df.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }
}
