package sunshine.index.search;

import java.util.List;
import java.util.regex.Pattern;
import sunshine.index.analysis.PinyinReading;

/**
 * Whether a query is a sentence-like question (我妈妈瘫痪在床，家里低保，有什么补贴可以申请？) rather than a lookup
 * (残疾证 补办). A question is searched in question mode: any of its words and bigrams may match, weighted by
 * BM25, because a resident's sentence rarely shares most of its words with the page that answers it; a lookup
 * keeps the precise mode, where most of what was typed must match.
 */
final class QuestionMode {
    /** This many Han characters make a sentence even without a question word. */
    static final int SENTENCE = 12;
    /** With a question word, this many Han characters do. */
    static final int QUESTION = 7;
    private static final List<String> MARKERS = List.of("?", "？", "吗", "呢", "如何", "怎么", "怎样", "什么", "是否",
            "能否", "可否", "哪", "谁", "为什么", "为何", "多少");
    /** 给不给, 管不管, 有没有: a yes-or-no question. */
    private static final Pattern A_NOT_A = Pattern.compile("(\\p{IsHan})[不没]\\1");

    private QuestionMode() {
    }

    static boolean isQuestion(String folded) {
        int han = hanCount(folded);
        return han >= SENTENCE || han >= QUESTION && hasMarker(folded);
    }

    /** A whole sentence (not a short question such as 残疾人正怎么办, where a homophone slip is likely). */
    static boolean isSentence(String folded) {
        return hanCount(folded) >= SENTENCE;
    }

    static int hanCount(String text) {
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            if (PinyinReading.isHan(text.charAt(i))) {
                han++;
            }
        }
        return han;
    }

    static boolean hasMarker(String text) {
        return MARKERS.stream().anyMatch(text::contains) || A_NOT_A.matcher(text).find();
    }
}
