package sunshine.index.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import sunshine.index.analysis.ChineseFolding;
import sunshine.index.analysis.PinyinReading;

/**
 * Type-ahead over titles, topics and 街镇: by prefix of the title, of any word in it (补贴 finds 困难残疾人生活补贴),
 * of its pinyin ({@code kunnan}) and of its initials ({@code knsh}). Keys sit in one sorted array, so a lookup is a
 * binary search plus a short scan — microseconds, built once per index generation.
 */
final class Suggester {
    /** How a key was made; earlier kinds rank first. */
    private enum KeyKind { TITLE, WORD, PINYIN, INITIALS }

    private record Key(String key, int entry, KeyKind kind) {
    }

    private static final int MAX_SCAN = 4000;

    private final List<Suggestion> entries;
    private final String[] keys;
    private final int[] entryOf;
    private final KeyKind[] kindOf;

    /** {@code words} gives the word starts of a title (offsets), so infix keys begin on a word. */
    Suggester(List<Suggestion> entries, java.util.function.Function<String, int[]> wordStarts) {
        this.entries = List.copyOf(entries);
        List<Key> all = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String text = normalize(entries.get(i).text());
            all.add(new Key(text, i, KeyKind.TITLE));
            for (int start : wordStarts.apply(text)) {
                if (start > 0 && start < text.length()) {
                    all.add(new Key(text.substring(start), i, KeyKind.WORD));
                }
            }
            String han = text.replaceAll("[^\\p{IsHan}]", "");
            if (!han.isEmpty()) {
                all.add(new Key(PinyinReading.full(han), i, KeyKind.PINYIN));
                all.add(new Key(PinyinReading.initials(han), i, KeyKind.INITIALS));
            }
        }
        all.sort(Comparator.comparing(Key::key));
        keys = all.stream().map(Key::key).toArray(String[]::new);
        entryOf = all.stream().mapToInt(Key::entry).toArray();
        kindOf = all.stream().map(Key::kind).toArray(KeyKind[]::new);
    }

    List<Suggestion> suggest(String typed, int limit) {
        String prefix = normalize(typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        int from = Arrays.binarySearch(keys, prefix);
        from = from >= 0 ? from : -from - 1;
        List<int[]> found = new ArrayList<>(); // {entry, kind}
        for (int i = from; i < keys.length && i < from + MAX_SCAN && keys[i].startsWith(prefix); i++) {
            found.add(new int[] {entryOf[i], kindOf[i].ordinal()});
        }
        found.sort(Comparator.<int[]>comparingInt(f -> f[1])
                .thenComparingInt(f -> kindRank(entries.get(f[0]).kind()))
                .thenComparingInt(f -> entries.get(f[0]).text().length()));
        Set<Suggestion> out = new LinkedHashSet<>();
        for (int[] f : found) {
            out.add(entries.get(f[0]));
            if (out.size() == limit) {
                break;
            }
        }
        return List.copyOf(out);
    }

    int size() {
        return keys.length;
    }

    /** Topics and 街镇 first (they open many pages), then policies, FAQs, services, news. */
    private static int kindRank(String kind) {
        return switch (kind) {
            case "topic" -> 0;
            case "street" -> 1;
            case "policy" -> 2;
            case "faq" -> 3;
            case "service" -> 4;
            default -> 5;
        };
    }

    static String normalize(String s) {
        return ChineseFolding.fold(s).toLowerCase(Locale.ROOT).replace(" ", "").strip();
    }
}
