package sunshine.index.analysis;

import static sunshine.index.analysis.HanLpTokenizer.TYPE_ALPHANUM;
import static sunshine.index.analysis.HanLpTokenizer.TYPE_NUM;
import static sunshine.index.analysis.HanLpTokenizer.TYPE_WORD;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;

/** PortalAnalyzer on real portal sentences, the way Lucene tests its own analyzers. */
public class PortalAnalyzerTest extends BaseTokenStreamTestCase {

    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new PortalAnalyzer();
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testDictionaryKeepsCertificateWhole() throws Exception {
        // 残疾人证 is one token only thanks to the portal dictionary (HanLP alone: 残疾/人证, see
        // HanLpTokenizerTest). 怎么办/理 is HanLP's own Viterbi choice, kept as is.
        assertAnalyzesTo(
                analyzer,
                "残疾人证怎么办理",
                new String[] {"残疾人证", "怎么办", "理"},
                new int[] {0, 4, 7},
                new int[] {4, 7, 8},
                new String[] {TYPE_WORD, TYPE_WORD, TYPE_WORD},
                new int[] {1, 1, 1});
        assertAnalyzesTo(analyzer, "残疾证怎么办", new String[] {"残疾证", "怎么办"});
        assertAnalyzesTo(analyzer, "盲人补贴", new String[] {"盲人", "补贴"});
    }

    public void testSentenceWithPunctuation() throws Exception {
        assertAnalyzesTo(
                analyzer,
                "我是盲人，住在南翔镇，家里是低保，想找工作。",
                new String[] {"我", "是", "盲人", "住在", "南翔镇", "家里", "是", "低保", "想", "找", "工作"},
                new int[] {0, 1, 2, 5, 7, 11, 13, 14, 17, 18, 19},
                new int[] {1, 2, 4, 7, 10, 13, 14, 16, 18, 19, 21},
                null,
                new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    }

    public void testSubsidyNames() throws Exception {
        assertAnalyzesTo(
                analyzer,
                "困难残疾人生活补贴和重度残疾人护理补贴",
                new String[] {"困难残疾人生活补贴", "和", "重度残疾人护理补贴"},
                new int[] {0, 9, 10},
                new int[] {9, 10, 19},
                new String[] {TYPE_WORD, TYPE_WORD, TYPE_WORD},
                new int[] {1, 1, 1});
        assertAnalyzesTo(
                analyzer,
                "请到江桥镇社区事务受理服务中心办理两项补贴",
                new String[] {"请", "到", "江桥镇", "社区事务受理服务中心", "办理", "两项补贴"},
                new int[] {0, 1, 2, 5, 15, 17},
                new int[] {1, 2, 5, 15, 17, 21});
    }

    public void testFullWidthDigitsAndLatin() throws Exception {
        assertAnalyzesTo(
                analyzer,
                "２０２４年ＷＣＡＧ",
                new String[] {"2024", "年", "wcag"},
                new int[] {0, 4, 5},
                new int[] {4, 5, 9},
                new String[] {TYPE_NUM, TYPE_WORD, TYPE_ALPHANUM},
                new int[] {1, 1, 1});
        assertAnalyzesTo(
                analyzer, "Ｈｅｌｌｏ　ＷＯＲＬＤ", new String[] {"hello", "world"}, new int[] {0, 6}, new int[] {5, 11});
    }

    public void testTraditionalOffsetsPointIntoOriginal() throws Exception {
        assertAnalyzesTo(
                analyzer,
                "殘疾人證",
                new String[] {"残疾人证"},
                new int[] {0},
                new int[] {4},
                new String[] {TYPE_WORD},
                new int[] {1});
        assertAnalyzesTo(
                analyzer,
                "請攜帶殘疾人證到ＡＢＣ窗口",
                new String[] {"请", "携带", "残疾人证", "到", "abc", "窗口"},
                new int[] {0, 1, 3, 7, 8, 11},
                new int[] {1, 3, 7, 8, 11, 13},
                new String[] {TYPE_WORD, TYPE_WORD, TYPE_WORD, TYPE_WORD, TYPE_ALPHANUM, TYPE_WORD},
                new int[] {1, 1, 1, 1, 1, 1});
    }

    public void testMixedChineseAndLatin() throws Exception {
        assertAnalyzesTo(
                analyzer,
                "拨打59107070热线",
                new String[] {"拨打", "59107070", "热线"},
                new int[] {0, 2, 10},
                new int[] {2, 10, 12},
                new String[] {TYPE_WORD, TYPE_NUM, TYPE_WORD},
                new int[] {1, 1, 1});
        assertAnalyzesTo(
                analyzer,
                "版本WCAG2.2和3.0 abc",
                new String[] {"版本", "wcag2.2", "和", "3.0", "abc"},
                new int[] {0, 2, 9, 10, 14},
                new int[] {2, 9, 10, 13, 17},
                new String[] {TYPE_WORD, TYPE_ALPHANUM, TYPE_WORD, TYPE_NUM, TYPE_ALPHANUM},
                new int[] {1, 1, 1, 1, 1});
    }

    public void testStreetNames() throws Exception {
        assertAnalyzesTo(
                analyzer, "嘉定区新成路街道残联", new String[] {"嘉定区", "新成路街道", "残联"});
        assertAnalyzesTo(
                analyzer,
                "我在安亭，她在外冈",
                new String[] {"我", "在", "安亭", "她", "在", "外冈"},
                new int[] {0, 1, 2, 5, 6, 7},
                new int[] {1, 2, 4, 6, 7, 9});
    }

    public void testPunctuationOnlyAndEmpty() throws Exception {
        assertAnalyzesTo(analyzer, "，。！？、……——《》“”（）", new String[0]);
        assertAnalyzesTo(analyzer, "!!! ... ---", new String[0]);
        assertAnalyzesTo(analyzer, "", new String[0]);
        assertAnalyzesTo(analyzer, " \u3000\n\t", new String[0]);
    }

    public void testSupplementaryIdeographs() throws Exception {
        assertAnalyzesTo(
                analyzer,
                "\uD840\uDC00\uD840\uDC01中文\uD840\uDC02",
                new String[] {"\uD840\uDC00", "\uD840\uDC01", "中文", "\uD840\uDC02"},
                new int[] {0, 2, 4, 6},
                new int[] {2, 4, 6, 8});
    }

    public void testReusableTokenStream() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertAnalyzesTo(
                    analyzer, "殘疾人證", new String[] {"残疾人证"}, new int[] {0}, new int[] {4});
            assertAnalyzesTo(
                    analyzer, "拨打59107070热线", new String[] {"拨打", "59107070", "热线"});
        }
    }

    /** ~5,000 chars of mixed text: offsets must match the folded source slices. */
    public void testLargeDocument() throws Exception {
        List<String> sentences =
                List.of(
                        "我是盲人，住在南翔镇，家里是低保，想找工作。",
                        "殘疾人證怎麼辦理？請撥打59107070熱線。",
                        "困难残疾人生活补贴和重度残疾人护理补贴统称两项补贴。\n",
                        "网站按照ＷＣＡＧ２.２标准进行无障碍改造，支持读屏软件。 ");
        StringBuilder sb = new StringBuilder();
        int certificates = 0;
        for (int i = 0; sb.length() < 5000; i++) {
            String s = sentences.get(i % sentences.size());
            sb.append(s);
            if (s.contains("殘疾人證")) {
                certificates++;
            }
        }
        String text = sb.toString();
        int found = 0;
        int tokens = 0;
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens++;
                String slice = text.substring(off.startOffset(), off.endOffset());
                assertEquals(ChineseFolding.fold(slice).toLowerCase(java.util.Locale.ROOT), term.toString());
                if (term.toString().equals("残疾人证")) {
                    found++;
                }
            }
            ts.end();
            assertEquals(text.length(), off.endOffset());
        }
        assertEquals(certificates, found);
        assertTrue(tokens > 1500);
    }

    /** One 5,000-char run of Han text with no punctuation: cut at the 1024-char buffer. */
    public void testLargeSentence() throws Exception {
        String text = "阳光助残政策找人免申即享".repeat(420);
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int lastEnd = 0;
            while (ts.incrementToken()) {
                assertTrue(off.startOffset() >= lastEnd);
                lastEnd = off.endOffset();
            }
            ts.end();
            assertEquals(text.length(), off.endOffset());
        }
    }

    public void testRandomStrings() throws Exception {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomHugeStrings() throws Exception {
        checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 8192);
    }

    /** checkRandomData rarely produces Han text; this mixes the scripts the portal really sees. */
    public void testRandomPortalText() throws Exception {
        String[] pieces = {
            "残疾人证", "殘疾人證", "两项补贴", "南翔镇", "阳光之家", "，", "。", " ", "\n", "ＷＣＡＧ", "2.2",
            "59107070", "abc", "Ｘ", "…", "\uD840\uDC00", "々", "〇", "\u0301", "é", "한국어", "カタカナ"
        };
        Random r = random();
        int iterations = atLeast(50);
        for (int i = 0; i < iterations; i++) {
            StringBuilder sb = new StringBuilder();
            int n = TestUtil.nextInt(r, 0, 300);
            for (int j = 0; j < n; j++) {
                if (r.nextBoolean()) {
                    sb.append(pieces[r.nextInt(pieces.length)]);
                } else {
                    sb.append((char) TestUtil.nextInt(r, 0x4E00, 0x9FFF));
                }
            }
            checkAnalysisConsistency(r, analyzer, r.nextBoolean(), sb.toString());
        }
    }

    public void testNormalizeFoldsQueryTerms() throws IOException {
        assertEquals("残疾人证abc", analyzer.normalize("f", "殘疾人證ＡＢＣ").utf8ToString());
    }
}
