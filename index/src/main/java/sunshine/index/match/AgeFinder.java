package sunshine.index.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds ages in a sentence: 今年65岁, 六十五岁, 孩子3岁. An age is a child's when a child word (孩子, 儿子 …) stands
 * before it in the same clause, else the person's own. “三十多岁” is not an exact age, so it only
 * gives a note.
 */
final class AgeFinder {
    private static final Pattern AGE = Pattern.compile("(\\d{1,3}|[零〇一二两三四五六七八九十百]{1,4})(多)?周?岁");
    private static final String DIGITS = "零一二三四五六七八九";

    /** An age found at [start, end) (from a child word when there is one); {@code approximate} for 三十多岁. */
    record Age(boolean child, long years, int start, int end, boolean approximate) {
    }

    private AgeFinder() {
    }

    static List<Age> find(SentenceScan scan, List<String> childWords) {
        String text = scan.folded();
        List<Age> out = new ArrayList<>();
        Matcher m = AGE.matcher(text);
        while (m.find()) {
            long years = number(m.group(1));
            int start = m.start();
            boolean child = false;
            for (String w : childWords) {
                int at = text.lastIndexOf(w, m.start());
                if (at >= 0 && scan.sameClause(at, m.start())) {
                    child = true;
                    start = Math.min(start, at);
                }
            }
            out.add(new Age(child, years, start, m.end(), m.group(2) != null));
        }
        return out;
    }

    /** Arabic digits, or Chinese numerals up to 百: 十五, 六十五, 一百零二, 两. */
    static long number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Long.parseLong(s);
        }
        long total = 0;
        long current = 0;
        for (char c : s.toCharArray()) {
            int d = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十' || c == '百') {
                total += (current == 0 ? 1 : current) * (c == '十' ? 10 : 100);
                current = 0;
            }
        }
        return total + current;
    }
}
