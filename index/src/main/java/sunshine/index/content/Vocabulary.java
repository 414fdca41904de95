package sunshine.index.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words residents use mapped to the official terms the documents use ({@code vocabulary.yml}). Applied at query
 * time, so editing the list needs no reindex. Offensive terms are kept here only to be recognised and answered
 * with the respectful term.
 */
public final class Vocabulary {

    /** One official term and the other ways people say it; {@code offensive} lists those a page must not echo. */
    public record Entry(String official, List<String> also, List<String> offensive) {
    }

    /** A vocabulary phrase found in a query: where it is, what was typed and the official term. */
    public record Match(int start, int end, String typed, Entry entry) {
        public boolean offensive() {
            return entry.offensive().contains(typed);
        }
    }

    public static final Vocabulary EMPTY = new Vocabulary(List.of());

    private final List<Entry> entries;
    /** Every phrase a person may type, longest first, with its entry: made once, not for every query. */
    private final List<Map.Entry<String, Entry>> phrases;

    public Vocabulary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.phrases = phrases(this.entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vocabulary v && v.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "Vocabulary" + entries;
    }

    private static List<Map.Entry<String, Entry>> phrases(List<Entry> entries) {
        Map<String, Entry> byPhrase = new HashMap<>();
        for (Entry e : entries) {
            byPhrase.putIfAbsent(e.official(), e);
            e.also().forEach(a -> byPhrase.putIfAbsent(a, e));
            e.offensive().forEach(a -> byPhrase.putIfAbsent(a, e));
        }
        List<Map.Entry<String, Entry>> out = new ArrayList<>(byPhrase.entrySet());
        out.sort(Comparator.comparingInt((Map.Entry<String, Entry> m) -> m.getKey().length()).reversed());
        return List.copyOf(out);
    }

    /** Finds vocabulary phrases in (folded) text, longest match first, without overlaps, left to right. */
    public List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (Map.Entry<String, Entry> p : phrases) {
            String phrase = p.getKey();
            for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
                if (free(taken, i, i + phrase.length())) {
                    for (int k = i; k < i + phrase.length(); k++) {
                        taken[k] = true;
                    }
                    found.add(new Match(i, i + phrase.length(), phrase, p.getValue()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }
}
