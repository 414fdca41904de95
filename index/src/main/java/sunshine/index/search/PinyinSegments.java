package sunshine.index.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import sunshine.index.analysis.PinyinReading;

/**
 * Reads a run of Latin letters that is no single known term as several: words separated by spaces each on their
 * own ({@code mianfei gongjiao} → 免费 公交), a long run split into known terms ({@code canjizhengbuban} →
 * 残疾证 补办), and a word no term list holds rebuilt from the index's character bigrams ({@code palouji} →
 * 爬楼 + 楼机 → 爬楼机, kept only if the documents contain it). A part that cannot be read stays as typed.
 */
final class PinyinSegments {
    private static final int MAX_LETTERS = 40;
    private static final int BEAM = 20;
    private static final int MAX_ALTERNATIVES = 3;

    private PinyinSegments() {
    }

    /** Readings for the Latin run {@code text[start, end)}; empty when no part of it reads as a known term. */
    static List<Reading> read(String text, int start, int end, TermLexicon lexicon, Predicate<String> occurs) {
        List<Reading> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int j = text.indexOf(' ', i);
            j = j < 0 || j > end ? end : j;
            if (j > i) {
                out.addAll(part(text, i, j, lexicon, occurs));
            }
            i = j + 1;
        }
        return out;
    }

    /** One space-free word: a known term, else a word the documents contain, else a split into known terms. */
    private static List<Reading> part(String text, int start, int end, TermLexicon lexicon, Predicate<String> occurs) {
        String letters = text.substring(start, end).toLowerCase();
        if (letters.length() < 2 || letters.length() > MAX_LETTERS) {
            return List.of();
        }
        Reading whole = reading(text, start, end, lexicon.withPinyin(letters));
        if (whole != null) {
            return List.of(whole);
        }
        Reading rebuilt = reading(text, start, end, rebuilt(letters, lexicon, occurs));
        return rebuilt != null ? List.of(rebuilt) : split(text, start, letters, lexicon);
    }

    /** The fewest known terms that spell {@code letters} exactly, or nothing. */
    private static List<Reading> split(String text, int start, String letters, TermLexicon lexicon) {
        int n = letters.length();
        int[] count = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        for (int e = 2; e <= n; e++) {
            for (int s = 0; s <= e - 2; s++) {
                if (count[s] != Integer.MAX_VALUE && count[s] + 1 < count[e] && !lexicon.withPinyin(letters.substring(s, e)).isEmpty()) {
                    count[e] = count[s] + 1;
                    from[e] = s;
                }
            }
        }
        if (count[n] == Integer.MAX_VALUE || count[n] < 2) {
            return List.of();
        }
        List<Reading> out = new ArrayList<>();
        for (int e = n; e > 0; e = from[e]) {
            out.add(0, reading(text, start + from[e], start + e, lexicon.withPinyin(letters.substring(from[e], e))));
        }
        return out;
    }

    /** Han strings spelled by {@code letters}, chained from the index's bigrams, that the documents contain. */
    private static List<String> rebuilt(String letters, TermLexicon lexicon, Predicate<String> occurs) {
        List<String> syllables = PinyinReading.split(letters);
        if (syllables == null || syllables.size() < 3) {
            return List.of(); // two syllables are one bigram: a known term or nothing
        }
        List<String> beam = new ArrayList<>(lexicon.bigramsWithPinyin(syllables.get(0) + syllables.get(1)));
        for (int k = 2; k < syllables.size() && !beam.isEmpty(); k++) {
            List<String> next = new ArrayList<>();
            for (String bigram : lexicon.bigramsWithPinyin(syllables.get(k - 1) + syllables.get(k))) {
                for (String s : beam) {
                    if (next.size() < BEAM && s.charAt(s.length() - 1) == bigram.charAt(0)) {
                        next.add(s + bigram.charAt(1));
                    }
                }
            }
            beam = next;
        }
        return beam.stream().filter(occurs).limit(MAX_ALTERNATIVES).toList();
    }

    private static Reading reading(String text, int start, int end, List<String> candidates) {
        List<String> alts = candidates.stream().limit(MAX_ALTERNATIVES).toList();
        return alts.isEmpty() ? null : new Reading(start, end, text.substring(start, end), alts, alts.get(0), Reading.Kind.PINYIN);
    }
}
