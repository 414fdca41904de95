package sunshine.index.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import sunshine.index.analysis.PinyinReading;

/**
 * Finds stretches of a query that are pinyin ({@code canjizheng}, {@code can ji zheng}, initials {@code cjrz}),
 * mixed ({@code 残疾zheng}) or a homophone slip (残疾人正) of a known term, longest first. A Chinese stretch that is
 * already a word of the index is left alone, so none of this can push an exact match down. A Latin run that is no
 * single term may still be several ({@link PinyinSegments}: {@code canjizheng buban}, {@code palouji}).
 */
final class PinyinMatcher {
    private static final int MAX_ITEMS = 8;
    private static final int MAX_ALTERNATIVES = 3;

    /** A Han character or a whole Latin run, with its pinyin. */
    private record Item(int start, int end, String pinyin, boolean latin) {
    }

    private PinyinMatcher() {
    }

    /**
     * Readings for the free stretches of {@code text} ({@code taken} marks chars already read otherwise).
     * {@code occurs}: whether the documents contain a Han string (see {@link PinyinSegments}). {@code homophones}: whether
     * Chinese stretches may be read as homophone slips (not in whole sentences: see QueryFactory).
     */
    static List<Reading> find(String text, boolean[] taken, TermLexicon lexicon, Predicate<String> knownWord, Predicate<String> occurs,
                              boolean homophones) {
        List<List<Item>> runs = runs(text);
        List<Reading> out = new ArrayList<>();
        for (List<Item> run : runs) {
            for (int w = Math.min(MAX_ITEMS, run.size()); w >= 1; w--) {
                for (int i = 0; i + w <= run.size(); i++) {
                    List<Item> window = run.subList(i, i + w);
                    int start = window.get(0).start();
                    int end = window.get(w - 1).end();
                    if (isTaken(taken, start, end)) {
                        continue;
                    }
                    Reading r = read(text.substring(start, end), start, end, window, lexicon, knownWord, homophones);
                    List<Reading> found = r != null ? List.of(r) : w == 1 && window.get(0).latin()
                            && !knownWord.test(window.get(0).pinyin()) ? PinyinSegments.read(text, start, end, lexicon, occurs) : List.of();
                    if (!found.isEmpty()) {
                        for (int k = start; k < end; k++) {
                            taken[k] = true;
                        }
                        out.addAll(found);
                    }
                }
            }
        }
        return out;
    }

    private static Reading read(String typed, int start, int end, List<Item> window, TermLexicon lexicon, Predicate<String> knownWord,
                                boolean homophones) {
        boolean hasLatin = window.stream().anyMatch(Item::latin);
        String pinyin = String.join("", window.stream().map(Item::pinyin).toList());
        List<String> candidates;
        Reading.Kind kind = hasLatin ? Reading.Kind.PINYIN : Reading.Kind.HOMOPHONE;
        if (!hasLatin) {
            if (!homophones || window.size() < 2) {
                return null;
            }
            candidates = lexicon.withPinyin(pinyin);
            // The index lookup last: most stretches sound like no term at all.
            if (candidates.isEmpty() || lexicon.contains(typed) || knownWord.test(typed)) {
                return null;
            }
        } else {
            String letters = typed.replace(" ", "");
            if (window.size() == 1 && (letters.length() < 2 || knownWord.test(letters))) {
                return null;
            }
            candidates = lexicon.withPinyin(pinyin);
            if (candidates.isEmpty() && window.size() == 1) {
                candidates = lexicon.withInitials(letters);
            }
        }
        List<String> alts = candidates.stream().filter(c -> !c.equals(typed)).limit(MAX_ALTERNATIVES).toList();
        return alts.isEmpty() ? null : new Reading(start, end, typed, alts, alts.get(0), kind);
    }

    /** Splits the text into runs of items; anything but Han, letters and spaces between letters ends a run. */
    private static List<List<Item>> runs(String text) {
        String[] syllables = PinyinReading.syllables(text);
        List<List<Item>> runs = new ArrayList<>();
        List<Item> run = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (syllables[i] != null) {
                run.add(new Item(i, i + 1, syllables[i], false));
                i++;
            } else if (c >= 'a' && c <= 'z') {
                int j = i;
                while (j < text.length() && (Character.isLetter(text.charAt(j)) && text.charAt(j) < 128
                        || text.charAt(j) == ' ' && j + 1 < text.length() && text.charAt(j + 1) >= 'a' && text.charAt(j + 1) <= 'z')) {
                    j++;
                }
                String letters = text.substring(i, j).replace(" ", "").toLowerCase();
                run.add(new Item(i, j, letters, true));
                i = j;
            } else {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                i++;
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean isTaken(boolean[] taken, int start, int end) {
        for (int k = start; k < end; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}
