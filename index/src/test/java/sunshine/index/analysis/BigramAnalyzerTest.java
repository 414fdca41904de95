package sunshine.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.QueryBuilder;

public class BigramAnalyzerTest extends BaseTokenStreamTestCase {

    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new BigramAnalyzer();
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testBigramsHaveConsecutivePositions() throws Exception {
        assertAnalyzesTo(
                analyzer,
                "残疾人证怎么办理",
                new String[] {"残疾", "疾人", "人证", "证怎", "怎么", "么办", "办理"},
                new int[] {0, 1, 2, 3, 4, 5, 6},
                new int[] {2, 3, 4, 5, 6, 7, 8},
                new String[] {"<DOUBLE>", "<DOUBLE>", "<DOUBLE>", "<DOUBLE>", "<DOUBLE>", "<DOUBLE>", "<DOUBLE>"},
                new int[] {1, 1, 1, 1, 1, 1, 1});
    }

    public void testPunctuationBreaksBigrams() throws Exception {
        assertAnalyzesTo(
                analyzer,
                "我是盲人，住在南翔镇。",
                new String[] {"我是", "是盲", "盲人", "住在", "在南", "南翔", "翔镇"},
                new int[] {0, 1, 2, 5, 6, 7, 8},
                new int[] {2, 3, 4, 7, 8, 9, 10},
                new int[] {1, 1, 1, 1, 1, 1, 1});
    }

    public void testIsolatedHanIsUnigram() throws Exception {
        assertAnalyzesTo(
                analyzer,
                "版本WCAG2.2和3.0",
                new String[] {"版本", "wcag2.2", "和", "3.0"},
                new int[] {0, 2, 9, 10},
                new int[] {2, 9, 10, 13},
                new String[] {"<DOUBLE>", "<ALPHANUM>", "<SINGLE>", "<NUM>"},
                new int[] {1, 1, 1, 1});
    }

    public void testFoldingWithOriginalOffsets() throws Exception {
        assertAnalyzesTo(
                analyzer,
                "殘疾人證２０２４ＡＢＣ",
                new String[] {"残疾", "疾人", "人证", "2024abc"},
                new int[] {0, 1, 2, 4},
                new int[] {2, 3, 4, 11});
        assertAnalyzesTo(analyzer, "拨打59107070热线", new String[] {"拨打", "59107070", "热线"});
    }

    public void testPunctuationOnlyAndEmpty() throws Exception {
        assertAnalyzesTo(analyzer, "，。！？", new String[0]);
        assertAnalyzesTo(analyzer, "", new String[0]);
    }

    /** A query's bigrams form an exact phrase over the document's bigrams. */
    public void testPhraseMatching() throws Exception {
        try (Directory dir = newDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (String text :
                        new String[] {
                            "困难残疾人生活补贴和重度残疾人护理补贴", "残疾人的生活与补贴", "殘疾人證辦理指南"
                        }) {
                    Document doc = new Document();
                    doc.add(new TextField("body", text, Field.Store.YES));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = newSearcher(reader);
                QueryBuilder builder = new QueryBuilder(analyzer);
                Query phrase = builder.createPhraseQuery("body", "生活补贴");
                assertTrue(phrase instanceof PhraseQuery);
                assertEquals(1, searcher.count(phrase));
                assertEquals(1, searcher.count(builder.createPhraseQuery("body", "护理补贴")));
                assertEquals(1, searcher.count(builder.createPhraseQuery("body", "残疾人证")));
                assertEquals(0, searcher.count(builder.createPhraseQuery("body", "生活护理")));
                assertEquals(1, searcher.count(builder.createPhraseQuery("body", "补贴和重度")));
            }
        }
    }

    public void testRandomStrings() throws Exception {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomHugeStrings() throws Exception {
        checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192);
    }
}
