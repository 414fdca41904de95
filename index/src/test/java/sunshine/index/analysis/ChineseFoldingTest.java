package sunshine.index.analysis;

import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

public class ChineseFoldingTest extends BaseTokenStreamTestCase {

    public void testFoldString() {
        assertEquals("残疾人证", ChineseFolding.fold("殘疾人證"));
        assertEquals("abc123", ChineseFolding.fold("ＡＢＣ１２３"));
        assertEquals("wcag 2.2!", ChineseFolding.fold("ＷＣＡＧ\u3000２．２！"));
        assertEquals("听力残疾、语言障碍", ChineseFolding.fold("聽力殘疾、語言障礙"));
        assertEquals("", ChineseFolding.fold(""));
    }

    public void testUnchangedReturnsSameInstance() {
        String simplified = "残疾人证怎么办理 abc";
        assertSame(simplified, ChineseFolding.fold(simplified));
    }

    public void testLengthPreservingForAllChars() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char f = ChineseFolding.fold((char) c);
            assertEquals("surrogates must map to themselves", Character.isSurrogate((char) c), Character.isSurrogate(f));
            if (Character.isSurrogate((char) c)) {
                assertEquals(c, f);
            }
        }
        String supplementary = "\uD840\uDC00";
        assertSame(supplementary, ChineseFolding.fold(supplementary));
    }

    public void testNonAsciiCaseIsLeftToLowerCaseFilter() {
        assertEquals("éÉ", ChineseFolding.fold("éÉ"));
    }

    public void testCharFilterKeepsOffsets() throws Exception {
        CharFilter cs = new ChineseFoldingCharFilter(new StringReader("請攜帶殘疾人證 ＡＢＣ"));
        Tokenizer t = whitespaceMockTokenizer(cs);
        assertTokenStreamContents(
                t, new String[] {"请携带残疾人证", "abc"}, new int[] {0, 8}, new int[] {7, 11}, 11);
    }

    public void testCharFilterSingleCharRead() throws Exception {
        try (Reader r = new ChineseFoldingCharFilter(new StringReader("Ｚ證"))) {
            assertEquals('z', r.read());
            assertEquals('证', r.read());
            assertEquals(-1, r.read());
        }
    }

    public void testRandomStrings() throws Exception {
        Analyzer a =
                new Analyzer() {
                    @Override
                    protected TokenStreamComponents createComponents(String fieldName) {
                        return new TokenStreamComponents(new MockTokenizer(MockTokenizer.WHITESPACE, false));
                    }

                    @Override
                    protected Reader initReader(String fieldName, Reader reader) {
                        return new ChineseFoldingCharFilter(reader);
                    }
                };
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        a.close();
    }
}
