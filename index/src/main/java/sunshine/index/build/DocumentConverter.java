package sunshine.index.build;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Excerpt;
import sunshine.index.content.Jurisdiction;
import sunshine.index.content.PlainDocument;
import sunshine.index.content.Policy;
import sunshine.index.content.ServicePoint;

/** One content record → one Lucene document. */
public final class DocumentConverter {
    /** Stored text with offsets in the postings, so snippets need no re-analysis. */
    private static final FieldType STORED_TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets = Fields.facetsConfig();
    private final Jurisdiction here;

    public DocumentConverter() {
        this(Jurisdiction.EVERYWHERE);
    }

    /** {@code here}: where the portal's residents live, for the prior of documents that apply elsewhere. */
    public DocumentConverter(Jurisdiction here) {
        this.here = here;
    }

    public Document convert(ContentDocument d) throws IOException {
        return convert(d, null);
    }

    /** With the document's embedding in {@link Fields#VECTOR} when {@code vector} is not null (unit length). */
    public Document convert(ContentDocument d, float[] vector) throws IOException {
        Document doc = new Document();
        if (vector != null) {
            doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        doc.add(new StringField(Fields.ID, d.id(), Field.Store.YES));
        doc.add(new StringField(Fields.TYPE, d.type().slug(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TYPE, d.type().slug()));
        for (String topic : d.topics()) {
            doc.add(new StringField(Fields.TOPIC, topic, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TOPIC, topic));
        }
        if (d.street() != null) {
            doc.add(new StringField(Fields.STREET, d.street(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_STREET, d.street()));
        }
        doc.add(new NumericDocValuesField(Fields.DATE, d.date() == null ? 0 : d.date().toEpochDay()));
        doc.add(new FloatDocValuesField(Fields.PRIOR, TypePrior.of(d, here)));
        doc.add(new FloatDocValuesField(Fields.TYPE_PRIOR, TypePrior.of(d.type())));
        int province = Jurisdiction.provinceCode(d.region());
        if (province > 0 && TypePrior.regionWeight(d, here) != 1f) {
            doc.add(new NumericDocValuesField(Fields.REGION_CODE, province));
        }
        doc.add(new SortedDocValuesField(Fields.SORT_NAME, new BytesRef(sortName(d))));
        doc.add(new Field(Fields.TITLE, d.title(), STORED_TEXT_WITH_OFFSETS));
        doc.add(new TextField(Fields.TITLE_BIGRAM, d.title(), Field.Store.NO));
        String body = bodyText(d);
        String summary = summaryToIndex(d, body);
        if (!summary.isEmpty()) {
            doc.add(new Field(Fields.SUMMARY, summary, STORED_TEXT_WITH_OFFSETS));
        }
        doc.add(new Field(Fields.BODY, body, STORED_TEXT_WITH_OFFSETS));
        // The bigram field keeps even an excerpt summary: the repeat weighs a text's opening a little more, which
        // LeCoQA measures (lexical MRR@10 0.357 with it, 0.352 without; scripts/bench eval).
        doc.add(new TextField(Fields.BODY_BIGRAM, d.summary() + "\n" + body, Field.Store.NO));
        doc.add(new StoredField(Fields.JSON, DocumentCodec.toJson(d)));
        return facets.build(doc);
    }

    /** The text searched as the body: a policy's sections that say who qualifies and how to apply, else the body. */
    public static String bodyText(ContentDocument d) {
        return d instanceof Policy p ? p.searchableText() : d.bodyText();
    }

    /**
     * The summary as indexed in the word fields: empty for a plain document (a law article, an attachment) whose
     * summary is only the start of its text, which would be segmented by HanLP a second time (on the laws corpus,
     * 40% of the text segmented was such repeats) and weighed as a summary. A FAQ keeps its summary, the opening of
     * its answer: there the short answer weighs more than the rest (爬楼机 finds its FAQ in the first three only with it).
     */
    public static String summaryToIndex(ContentDocument d, String body) {
        return d instanceof PlainDocument && Excerpt.isFrom(d.summary(), body) ? "" : d.summary();
    }

    private static String sortName(ContentDocument d) {
        return d instanceof ServicePoint s ? s.street() + "\u0000" + s.name() : d.title();
    }
}
