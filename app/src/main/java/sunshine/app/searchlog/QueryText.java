package sunshine.app.searchlog;

import java.util.Locale;
import java.util.regex.Pattern;
import sunshine.index.analysis.ChineseFolding;

/**
 * A query as the search log keeps it: folded (full-width, traditional → simplified), lower case, spaces collapsed,
 * at most {@value #MAX} characters. Runs of six or more digits (a phone or ID number a resident typed by mistake)
 * become {@code #}, so the log never holds a number that could identify someone.
 */
final class QueryText {
    static final int MAX = 60;
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private QueryText() {
    }

    static String normalize(String typed) {
        String t = ChineseFolding.fold(typed == null ? "" : typed).toLowerCase(Locale.ROOT);
        t = SPACES.matcher(t).replaceAll(" ").strip();
        t = LONG_NUMBER.matcher(t).replaceAll("#");
        t = t.replace('\t', ' ');
        return t.codePointCount(0, t.length()) <= MAX ? t : t.substring(0, t.offsetByCodePoints(0, MAX));
    }
}
