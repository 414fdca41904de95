package sunshine.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import sunshine.index.analysis.PortalAnalyzer;
import sunshine.index.build.Fields;
import sunshine.index.content.DocType;

/** Builds the suggester of a generation from its stored titles and its topic and 街镇 facet values. */
final class SuggesterBuilder implements GenerationCache.Builder<Suggester> {
    /** Word-start keys multiply the key count; past this many documents only title and pinyin keys are kept. */
    private static final int WORD_KEYS_UP_TO = 20_000;

    private final Analyzer words = new PortalAnalyzer();

    @Override
    public Suggester build(IndexSearcher searcher, IndexHandle handle) throws IOException {
        List<Suggestion> entries = new ArrayList<>();
        for (LabelAndValue lv : handle.allValues(Fields.FACET_TOPIC)) {
            entries.add(new Suggestion(lv.label, "/search?topic=" + enc(lv.label), "topic"));
        }
        for (LabelAndValue lv : handle.allValues(Fields.FACET_STREET)) {
            entries.add(new Suggestion(lv.label, "/services?district=" + enc(lv.label), "street"));
        }
        Set<String> wholes = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader r = leaf.reader();
            StoredFields stored = r.storedFields();
            for (int d = 0; d < r.maxDoc(); d++) {
                Document doc = stored.document(d, java.util.Set.of(Fields.ID, Fields.TYPE, Fields.TITLE));
                DocType type = DocType.fromSlug(doc.get(Fields.TYPE)).orElse(DocType.DOCUMENT);
                String id = doc.get(Fields.ID);
                String title = doc.get(Fields.TITLE);
                int part = id.indexOf('#');
                if (part < 0) {
                    entries.add(new Suggestion(title, type.pagePath(id), type.slug()));
                } else {
                    // A part of a longer text (a law's article: id <law>#第N条, title <law> 第N条) is suggested once, as
                    // a search for its whole: the name is what people type, and an entry for each of the laws
                    // corpus's 147,000 articles took a quarter of the server's heap and listed them in no useful order.
                    String whole = whole(title, id.substring(part + 1));
                    if (wholes.add(whole)) {
                        entries.add(new Suggestion(whole, "/search?q=" + enc(whole), type.slug()));
                    }
                }
            }
        }
        boolean wordKeys = entries.size() <= WORD_KEYS_UP_TO;
        return new Suggester(entries, text -> wordKeys ? wordStarts(text) : new int[0]);
    }

    private int[] wordStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        try (TokenStream ts = words.tokenStream(Fields.TITLE, text)) {
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                starts.add(off.startOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The title of the whole a part belongs to: the part's title without its label ({@code 刑法 第三条} → {@code 刑法}). */
    static String whole(String title, String label) {
        String suffix = " " + label;
        return title.endsWith(suffix) && title.length() > suffix.length() ? title.substring(0, title.length() - suffix.length()) : title;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
