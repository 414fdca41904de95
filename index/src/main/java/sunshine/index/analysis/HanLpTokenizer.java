package sunshine.index.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;
import org.apache.lucene.util.AttributeFactory;

/**
 * Chinese word tokenizer backed by HanLP's Viterbi segmenter and the {@link PortalDictionary},
 * modelled on Lucene's {@code HMMChineseTokenizer}.
 *
 * <p>Each sentence is scanned into runs. Runs of Han characters go to HanLP (one call per run);
 * runs of other letters/digits are emitted whole by us ({@code WCAG2.2}, {@code 59107070}, {@code
 * abc}), because HanLP's atom segmentation would split {@code WCAG}/{@code 2.2} and would also emit
 * punctuation and whitespace. Everything else (whitespace, punctuation, symbols) is dropped, like
 * StandardTokenizer does, with no position gap. Supplementary-plane ideographs become one-character
 * tokens without going through HanLP, which works on UTF-16 units and could split a surrogate pair.
 *
 * <p>Term text is copied from our buffer, never from HanLP's {@code Term.word}, so a token always
 * equals the (folded) input slice its offsets describe.
 */
public final class HanLpTokenizer extends SegmentingTokenizerBase {

    /** Type of Chinese words (HanLP output and single ideographs). */
    public static final String TYPE_WORD = "<WORD>";

    /** Type of digit runs such as {@code 59107070} or {@code 2.2}. */
    public static final String TYPE_NUM = "<NUM>";

    /** Type of letter/digit runs containing a letter, such as {@code WCAG2.2}. */
    public static final String TYPE_ALPHANUM = "<ALPHANUM>";

    /** Longer letter/digit runs are cut into pieces of this many chars (as StandardTokenizer does). */
    public static final int MAX_TOKEN_LENGTH = 255;

    private static final BreakIterator SENTENCE_PROTO =
            BreakIterator.getSentenceInstance(Locale.ROOT);

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt =
            addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final Segment segment;

    // Tokens of the current sentence: [starts[i], ends[i]) index into buffer.
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private String[] types = new String[64];
    private int count;
    private int next;

    public HanLpTokenizer() {
        this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, PortalDictionary.get());
    }

    public HanLpTokenizer(AttributeFactory factory, PortalDictionary dictionary) {
        super(factory, (BreakIterator) SENTENCE_PROTO.clone());
        // Segment.seg is thread-safe, but configuration is per instance: one segment per tokenizer.
        // Normalization off: ChineseFoldingCharFilter already folds. Person-name recognition off: on
        // our law corpus it glued function words into fake names (向市, 向社会, 方式和, 程序中 …).
        this.segment =
                HanLP.newSegment()
                        .enableOffset(true)
                        .enableNormalization(false)
                        .enableNameRecognize(false)
                        .enableTranslatedNameRecognize(false)
                        .enableCustomDictionary(dictionary.hanlpDictionary());
    }

    @Override
    protected void setNextSentence(int sentenceStart, int sentenceEnd) {
        count = next = 0;
        int i = sentenceStart;
        while (i < sentenceEnd) {
            if (isHan(buffer[i])) {
                int j = i + 1;
                while (j < sentenceEnd && isHan(buffer[j])) {
                    j++;
                }
                addHanRun(i, j);
                i = j;
                continue;
            }
            int cp = Character.codePointAt(buffer, i, sentenceEnd);
            int n = Character.charCount(cp);
            if (Character.isIdeographic(cp)) { // supplementary ideograph (BMP ones are isHan)
                add(i, i + n, TYPE_WORD);
                i += n;
            } else if (Character.isLetterOrDigit(cp)) {
                i = addAlphanumRun(i, sentenceEnd);
            } else {
                i += n;
            }
        }
    }

    @Override
    protected boolean incrementWord() {
        if (next >= count) {
            return false;
        }
        clearAttributes();
        int start = starts[next];
        int end = ends[next];
        termAtt.copyBuffer(buffer, start, end - start);
        offsetAtt.setOffset(correctOffset(offset + start), correctOffset(offset + end));
        posIncAtt.setPositionIncrement(1);
        typeAtt.setType(types[next]);
        next++;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        count = next = 0;
    }

    /**
     * The base class only cuts its 1024-char buffer at line breaks; also allow whitespace and
     * clause punctuation so a long paragraph is not cut through a word. None of our tokens spans
     * these characters.
     */
    @Override
    protected boolean isSafeEnd(char ch) {
        return super.isSafeEnd(ch)
                || Character.isWhitespace(ch)
                || ch == '\u3000'
                || "。！？；，、!?;,".indexOf(ch) >= 0;
    }

    private void addHanRun(int start, int end) {
        if (end - start == 1) {
            add(start, end, TYPE_WORD);
            return;
        }
        List<Term> terms = segment.seg(Arrays.copyOfRange(buffer, start, end));
        int expected = start;
        for (Term term : terms) {
            int s = start + term.offset;
            int e = s + term.length();
            assert s == expected && e <= end : "HanLP offset out of step: " + term + "@" + term.offset;
            add(s, e, TYPE_WORD);
            expected = e;
        }
        assert expected == end : "HanLP terms do not cover the run";
    }

    /** Letters/digits (plus combining marks, and '.' between two of them) up to a non-Han end. */
    private int addAlphanumRun(int start, int limit) {
        boolean letter = false;
        int i = start;
        while (i < limit) {
            int cp = Character.codePointAt(buffer, i, limit);
            int n = Character.charCount(cp);
            if (isHanOrIdeograph(cp)) {
                break;
            } else if (Character.isLetterOrDigit(cp)) {
                letter |= !Character.isDigit(cp);
            } else if (isCombiningMark(cp)) {
                // belongs to the preceding letter
            } else if ((cp == '.' || cp == '．') && i + 1 < limit && isAlphanum(buffer, i + 1, limit)) {
                // decimal point or version dot: 2.2, WCAG2.2
            } else {
                break;
            }
            i += n;
        }
        String type = letter ? TYPE_ALPHANUM : TYPE_NUM;
        int s = start;
        while (i - s > MAX_TOKEN_LENGTH) {
            int cut = s + MAX_TOKEN_LENGTH;
            if (Character.isLowSurrogate(buffer[cut]) && Character.isHighSurrogate(buffer[cut - 1])) {
                cut--;
            }
            add(s, cut, type);
            s = cut;
        }
        add(s, i, type);
        return i;
    }

    private void add(int start, int end, String type) {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            types = Arrays.copyOf(types, size);
        }
        starts[count] = start;
        ends[count] = end;
        types[count] = type;
        count++;
    }

    private static boolean isAlphanum(char[] buf, int i, int limit) {
        int cp = Character.codePointAt(buf, i, limit);
        return Character.isLetterOrDigit(cp) && !isHanOrIdeograph(cp);
    }

    private static boolean isHanOrIdeograph(int cp) {
        return cp > 0xFFFF ? Character.isIdeographic(cp) : isHan((char) cp);
    }

    private static boolean isCombiningMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /** A BMP Han character that HanLP should see: ideographs (incl. 〇) and Han-script letters (々). */
    static boolean isHan(char c) {
        if (c < 0x2E80 || Character.isSurrogate(c)) {
            return false;
        }
        return Character.isIdeographic(c)
                || (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
