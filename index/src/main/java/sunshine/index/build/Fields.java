package sunshine.index.build;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import sunshine.index.analysis.BigramAnalyzer;
import sunshine.index.analysis.PortalAnalyzer;

/**
 * Every field name of the index, its analyzer and the facet dimensions, in one place. Text is indexed twice: as
 * HanLP words (precise, phrase-capable) and as character bigrams (recall for words HanLP splits differently).
 */
public final class Fields {
    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String TOPIC = "topic";
    public static final String STREET = "street";
    /** Days since 1970-01-01, for sorting by date. */
    public static final String DATE = "date";
    /** Sort key for lists of service points (街镇 then name). */
    public static final String SORT_NAME = "sort_name";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String TITLE_BIGRAM = "title_bi";
    public static final String BODY_BIGRAM = "body_bi";
    /** A per-document weight multiplied into the relevance score: type × region (see TypePrior). */
    public static final String PRIOR = "prior";
    /**
     * The type part of {@link #PRIOR} alone: a document ranks by it when the query names its region; PRIOR divided by
     * it is the region part, which semantic re-ranking weighs meaning by (see {@link SegmentPriors}).
     */
    public static final String TYPE_PRIOR = "type_prior";
    /** On documents that apply elsewhere: their province ({@code Jurisdiction.provinceCode}), when it is one. */
    public static final String REGION_CODE = "region_code";
    /** Commit data: the area the priors were computed for ({@code Jurisdiction#toCommitData}). */
    public static final String AREA = "area";
    /** The document's embedding (see sunshine.index.semantic), absent when the index was built without a model. */
    public static final String VECTOR = "vector";
    /** Commit data: the model id of {@link #VECTOR}, absent when there are no vectors. */
    public static final String VECTOR_MODEL = "vector_model";
    /** The whole document as JSON, so pages and the API read exactly what was indexed. */
    public static final String JSON = "json";

    /** Facet dimensions, named as the API names them. */
    public static final String FACET_TYPE = "type";
    public static final String FACET_TOPIC = "topic";
    public static final String FACET_STREET = "street";

    /**
     * Bumped whenever analysis or field layout changes, so an index built by older code is rebuilt rather than
     * searched with mismatched analysis.
     */
    public static final String SCHEMA_VERSION = "8";

    private Fields() {
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_TOPIC, true);
        return config;
    }

    /**
     * The codec: Lucene's default, with the vector field's HNSW graph over int8 scalar-quantised vectors (a quarter
     * of the float size to search; the floats stay on disk for re-ranking and merges).
     */
    public static Codec codec() {
        return new Lucene104Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return VECTOR.equals(field) ? QUANTIZED_HNSW : super.getKnnVectorsFormatForField(field);
            }
        };
    }

    private static final KnnVectorsFormat QUANTIZED_HNSW = new Lucene104HnswScalarQuantizedVectorsFormat();

    /** The analyzer for writing and for highlighting: words for text fields, bigrams for the *_bi fields. */
    public static Analyzer indexAnalyzer() {
        Analyzer words = new PortalAnalyzer();
        Analyzer bigrams = new BigramAnalyzer();
        return new PerFieldAnalyzerWrapper(words, Map.of(TITLE_BIGRAM, bigrams, BODY_BIGRAM, bigrams));
    }
}
