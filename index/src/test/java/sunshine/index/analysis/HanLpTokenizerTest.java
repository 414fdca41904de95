package sunshine.index.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The tokenizer on its own: no char filter, no lower-casing. */
public class HanLpTokenizerTest extends BaseTokenStreamTestCase {

    private static Tokenizer tokenizer(String text, PortalDictionary dictionary) {
        Tokenizer t = new HanLpTokenizer(newAttributeFactory(), dictionary);
        t.setReader(new StringReader(text));
        return t;
    }

    public void testPortalDictionaryIsPerSegment() throws Exception {
        PortalDictionary empty = PortalDictionary.parse(new StringReader("# nothing\n"), "empty");
        assertTokenStreamContents(
                tokenizer("残疾人证", empty), new String[] {"残疾", "人证"}, new int[] {0, 2}, new int[] {2, 4});
        assertTokenStreamContents(
                tokenizer("残疾人证", PortalDictionary.get()),
                new String[] {"残疾人证"},
                new int[] {0},
                new int[] {4});
        // HanLP's global CustomDictionary is untouched: a stock segment still splits the word.
        List<Term> stock = HanLP.newSegment().seg("残疾人证");
        assertEquals("[残疾, 人证]", stock.stream().map(term -> term.word).toList().toString());
    }

    public void testTypesAndPositions() throws Exception {
        assertTokenStreamContents(
                tokenizer("拨打59107070热线 WCAG2.2 ok", PortalDictionary.get()),
                new String[] {"拨打", "59107070", "热线", "WCAG2.2", "ok"},
                new int[] {0, 2, 10, 13, 21},
                new int[] {2, 10, 12, 20, 23},
                new String[] {
                    HanLpTokenizer.TYPE_WORD,
                    HanLpTokenizer.TYPE_NUM,
                    HanLpTokenizer.TYPE_WORD,
                    HanLpTokenizer.TYPE_ALPHANUM,
                    HanLpTokenizer.TYPE_ALPHANUM
                },
                new int[] {1, 1, 1, 1, 1},
                23);
    }

    public void testWithoutFoldingFullWidthStaysAsIs() throws Exception {
        // Full-width letters/digits are still letters/digits: one token each run, folded later by the
        // analyzer's char filter.
        assertTokenStreamContents(
                tokenizer("２０２４年ＷＣＡＧ", PortalDictionary.get()),
                new String[] {"２０２４", "年", "ＷＣＡＧ"},
                new int[] {0, 4, 5},
                new int[] {4, 5, 9});
    }

    public void testVeryLongLatinRunIsCut() throws Exception {
        String run = "a".repeat(HanLpTokenizer.MAX_TOKEN_LENGTH + 10);
        assertTokenStreamContents(
                tokenizer(run, PortalDictionary.get()),
                new String[] {"a".repeat(HanLpTokenizer.MAX_TOKEN_LENGTH), "a".repeat(10)},
                new int[] {0, HanLpTokenizer.MAX_TOKEN_LENGTH},
                new int[] {HanLpTokenizer.MAX_TOKEN_LENGTH, run.length()});
    }

    public void testReuseAfterResetAndClose() throws Exception {
        Tokenizer t = tokenizer("阳光之家", PortalDictionary.get());
        assertTokenStreamContents(t, new String[] {"阳光之家"}); // consumes, ends and closes
        t.setReader(new StringReader("手语导医，助盲帽"));
        assertTokenStreamContents(t, new String[] {"手语导医", "助盲帽"}, new int[] {0, 5}, new int[] {4, 8});
        t.setReader(new StringReader(""));
        assertTokenStreamContents(t, new String[0]);
    }

    public void testIsHan() {
        assertTrue(HanLpTokenizer.isHan('残'));
        assertTrue(HanLpTokenizer.isHan('〇'));
        assertTrue(HanLpTokenizer.isHan('々'));
        assertFalse(HanLpTokenizer.isHan('。'));
        assertFalse(HanLpTokenizer.isHan('a'));
        assertFalse(HanLpTokenizer.isHan('カ'));
        assertFalse(HanLpTokenizer.isHan('\uD840'));
    }
}
