package sunshine.index.search;

import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.LabelAndValue;
import sunshine.index.analysis.ChineseFolding;

/**
 * Topics that share characters with what was typed, best overlap first; when none does, the largest topics. A
 * cheap, predictable "nearest" that needs no model.
 */
final class NearestTopics {
    private static final int LIMIT = 5;

    private NearestTopics() {
    }

    static List<String> of(String text, List<LabelAndValue> topics) {
        String folded = ChineseFolding.fold(text);
        List<String> near = topics.stream()
                .filter(t -> overlap(folded, t.label) > 0)
                .sorted(Comparator.comparingInt((LabelAndValue t) -> overlap(folded, t.label)).reversed()
                        .thenComparing(t -> -t.value.longValue()))
                .map(t -> t.label).limit(LIMIT).toList();
        if (!near.isEmpty()) {
            return near;
        }
        return topics.stream().sorted(Comparator.comparingLong((LabelAndValue t) -> t.value.longValue()).reversed())
                .map(t -> t.label).limit(LIMIT).toList();
    }

    private static int overlap(String text, String topic) {
        return (int) topic.codePoints().filter(c -> text.indexOf(c) >= 0).count();
    }
}
