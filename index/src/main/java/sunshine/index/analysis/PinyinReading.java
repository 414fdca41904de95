package sunshine.index.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Toneless pinyin of Chinese text (HanLP chooses the reading of polyphones by word, so 重度 reads zhong du), and the
 * splitting of typed Latin letters into pinyin syllables ({@code canjizheng} → can ji zheng). Used to match what
 * people type on a phone keyboard: full pinyin, initials, and homophone slips (残疾人正 for 残疾人证).
 */
public final class PinyinReading {
    private static final Set<String> SYLLABLES = syllables();
    private static final int LONGEST = 6;

    private PinyinReading() {
    }

    /** One toneless syllable per char of {@code text} ({@code ü} as {@code v}); null where a char is not Han. */
    public static String[] syllables(String text) {
        List<Pinyin> list = HanLP.convertToPinyinList(text);
        String[] out = new String[text.length()];
        for (int i = 0; i < out.length && i < list.size(); i++) {
            String s = list.get(i).getPinyinWithoutTone();
            out[i] = "none".equals(s) || !isHan(text.charAt(i)) ? null : s;
        }
        return out;
    }

    /** The full pinyin of an all-Han text, or null if any char is not Han. */
    public static String full(String han) {
        StringBuilder b = new StringBuilder();
        for (String s : syllables(han)) {
            if (s == null) {
                return null;
            }
            b.append(s);
        }
        return b.toString();
    }

    /** The initials of an all-Han text (残疾人证 → cjrz), or null if any char is not Han. */
    public static String initials(String han) {
        StringBuilder b = new StringBuilder();
        for (String s : syllables(han)) {
            if (s == null) {
                return null;
            }
            b.append(s.charAt(0));
        }
        return b.toString();
    }

    /** Splits lowercase letters into pinyin syllables, fewest syllables first; null when they are not pinyin. */
    public static List<String> split(String latin) {
        int n = latin.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int len = 1; len <= LONGEST && len <= end; len++) {
                int start = end - len;
                if (best[start] != Integer.MAX_VALUE && SYLLABLES.contains(latin.substring(start, end)) && best[start] + 1 < best[end]) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (n == 0 || best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            out.add(0, latin.substring(from[end], end));
        }
        return out;
    }

    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static Set<String> syllables() {
        Set<String> out = new TreeSet<>();
        for (Pinyin p : Pinyin.values()) {
            String s = p.getPinyinWithoutTone();
            if (!"none".equals(s)) {
                out.add(s);
            }
        }
        return Set.copyOf(out);
    }
}
