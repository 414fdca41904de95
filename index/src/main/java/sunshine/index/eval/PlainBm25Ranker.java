package sunshine.index.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import sunshine.index.content.ContentDocument;
import sunshine.index.content.Faq;
import sunshine.index.content.NewsItem;
import sunshine.index.content.PlainDocument;
import sunshine.index.content.Policy;
import sunshine.index.content.ServicePoint;

/**
 * A baseline: every document's title and body under one analyzer, searched with Lucene's default BM25 by OR-ing
 * each distinct analyzed query term — no boosts, no phrases, no vocabulary. What separates configurations of this
 * class is the analyzer alone.
 *
 * <p>Title and body are indexed as one field. As two fields, BM25 on the short title rewards any common character
 * of a law's name (法, 人, 条) so strongly that every baseline loses a quarter of its LeCoQA recall; one field is
 * the usual bag-of-words baseline and reproduces the published scale for these corpora.
 */
final class PlainBm25Ranker implements Ranker {
    private static final String ID = "id";
    private static final String TEXT = "text";
    /** BooleanQuery's default limit is 1,024 clauses; a longer question keeps its first terms. */
    private static final int MAX_TERMS = 1000;

    private final Analyzer analyzer;
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Every doc's id, read once: fetching stored fields per hit costs more than the search itself. */
    private final String[] ids;

    private PlainBm25Ranker(Analyzer analyzer, FSDirectory directory, DirectoryReader reader) throws IOException {
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.ids = new String[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = stored.document(i).get(ID);
        }
    }

    /** Indexes {@code docs} into {@code dir} from one thread, so doc ids (and ties) follow input order every run. */
    static PlainBm25Ranker build(List<? extends ContentDocument> docs, Analyzer analyzer, Path dir) throws IOException {
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (ContentDocument d : docs) {
                Document doc = new Document();
                doc.add(new StringField(ID, d.id(), Field.Store.YES));
                doc.add(new TextField(TEXT, d.title() + "\n" + body(d), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        return new PlainBm25Ranker(analyzer, directory, DirectoryReader.open(directory));
    }

    /**
     * The text a plain index searches after the title: the body, with the summary in front where an editor wrote
     * one. FAQ and plain-file summaries are cut from the body, so adding them would count their words twice.
     */
    static String body(ContentDocument d) {
        return switch (d) {
            case Policy p -> p.summary() + "\n" + p.searchableText();
            case NewsItem n -> n.summary() + "\n" + n.bodyText();
            case ServicePoint s -> s.summary() + "\n" + s.bodyText();
            case Faq f -> f.bodyText();
            case PlainDocument p -> p.bodyText();
        };
    }

    @Override
    public List<String> rank(String query, int depth) throws IOException {
        Set<String> terms = terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String t : terms) {
            q.add(new TermQuery(new Term(TEXT, t)), Occur.SHOULD);
        }
        TopDocs top = searcher.search(q.build(), depth);
        List<String> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(ids[sd.doc]);
        }
        return out;
    }

    private Set<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_TERMS) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try (directory; analyzer) {
            reader.close();
        }
    }
}
