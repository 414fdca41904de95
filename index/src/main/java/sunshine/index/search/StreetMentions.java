package sunshine.index.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.LabelAndValue;

/**
 * The 街镇 names of a generation (from its facet values) and the short forms people type: 南翔 for 南翔镇, 真新 for
 * 真新街道, 菊园 for 菊园新区. A short form must keep two characters, so 嘉定 alone (the district) names no 街镇.
 */
final class StreetMentions {
    private final Map<String, String> byName = new TreeMap<>();

    StreetMentions(List<String> streets) {
        for (String s : streets) {
            byName.put(s, s);
            String stem = s.replaceFirst("(街道|镇|新区)$", "");
            if (stem.length() >= 2 && !stem.equals(s) && !stem.equals("嘉定")) {
                byName.putIfAbsent(stem, s);
            }
        }
    }

    static StreetMentions of(IndexHandle handle) throws java.io.IOException {
        List<LabelAndValue> values = handle.allValues(sunshine.index.build.Fields.FACET_STREET);
        return new StreetMentions(values.stream().map(lv -> lv.label).toList());
    }

    /** The 街镇 named in the (folded) text, longest names first, without repeats. */
    List<String> in(String text) {
        List<String> out = new ArrayList<>();
        byName.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()))
                .filter(e -> text.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .filter(s -> !out.contains(s))
                .forEach(out::add);
        return out;
    }
}
