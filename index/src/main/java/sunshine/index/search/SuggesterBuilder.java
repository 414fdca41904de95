package sunshine.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader r = leaf.reader();
            StoredFields stored = r.storedFields();
            for (int d = 0; d < r.maxDoc(); d++) {
                Document doc = stored.document(d, java.util.Set.of(Fields.ID, Fields.TYPE, Fields.TITLE));
                DocType type = DocType.fromSlug(doc.get(Fields.TYPE)).orElse(DocType.DOCUMENT);
                entries.add(new Suggestion(doc.get(Fields.TITLE), type.pagePath(doc.get(Fields.ID)), type.slug()));
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
