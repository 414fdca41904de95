package sunshine.index.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import sunshine.index.analysis.PinyinReading;

/**
 * The terms the portal knows (title words, dictionary terms, vocabulary phrases) by their pinyin and initials, so
 * that {@code canjizheng}, {@code cjrz} or the homophone slip 残疾人正 can be read as 残疾人证.
 */
final class TermLexicon {
    private static final int MAX_TERM = 10;

    private final Set<String> terms;
    private final Map<String, List<String>> byPinyin = new HashMap<>();
    private final Map<String, List<String>> byInitials = new HashMap<>();

    /** Two-character strings by pinyin, from the index's bigrams; built on first use (only pinyin input needs it). */
    private final Supplier<Map<String, List<String>>> bigrams;

    TermLexicon(Collection<String> words) {
        this(words, List::of);
    }

    /** {@code bigrams}: the index's two-character terms, most frequent first. */
    TermLexicon(Collection<String> words, Supplier<Collection<String>> bigrams) {
        this.bigrams = memoize(() -> byPinyin(bigrams.get()));
        this.terms = Set.copyOf(words);
        for (String t : terms) {
            if (t.length() < 2 || t.length() > MAX_TERM) {
                continue;
            }
            String full = PinyinReading.full(t);
            if (full != null) {
                byPinyin.computeIfAbsent(full, k -> new ArrayList<>()).add(t);
                if (t.length() >= 3) {
                    // Two-letter initials are too ambiguous to read as a word.
                    byInitials.computeIfAbsent(PinyinReading.initials(t), k -> new ArrayList<>()).add(t);
                }
            }
        }
        byPinyin.values().forEach(l -> l.sort(TermLexicon::preferLonger));
        byInitials.values().forEach(l -> l.sort(TermLexicon::preferLonger));
    }

    boolean contains(String term) {
        return terms.contains(term);
    }

    /** Known terms whose toneless pinyin is exactly {@code pinyin}. */
    List<String> withPinyin(String pinyin) {
        return byPinyin.getOrDefault(pinyin, List.of());
    }

    /** Known terms of three or more characters whose initials are exactly {@code initials}. */
    List<String> withInitials(String initials) {
        return byInitials.getOrDefault(initials, List.of());
    }

    /** Two-character strings of the documents whose toneless pinyin is {@code pinyin}, most frequent first. */
    List<String> bigramsWithPinyin(String pinyin) {
        return bigrams.get().getOrDefault(pinyin, List.of());
    }

    private static Map<String, List<String>> byPinyin(Collection<String> grams) {
        Map<String, List<String>> out = new HashMap<>();
        for (String g : grams) {
            String full = g.length() == 2 ? PinyinReading.full(g) : null;
            if (full != null) {
                out.computeIfAbsent(full, k -> new ArrayList<>()).add(g);
            }
        }
        return out;
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    int size() {
        return terms.size();
    }

    private static int preferLonger(String a, String b) {
        return a.length() != b.length() ? Integer.compare(b.length(), a.length()) : a.compareTo(b);
    }
}
