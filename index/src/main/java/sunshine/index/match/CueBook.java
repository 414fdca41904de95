package sunshine.index.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import sunshine.index.analysis.ChineseFolding;

/**
 * The phrases people use for their situation ({@value #RESOURCE}), checked against the profile fields: a cue whose
 * field or value the fields do not have is left out and listed in {@link #problems()}, so a clerk renaming an
 * option in {@code profile-fields.yml} cannot break reading.
 */
final class CueBook {
    static final String RESOURCE = "/sunshine/index/match/situation-cues.yml";

    /** What a phrase means: facts to set, needs, facts when negated (null: the default rule), a note. */
    record Cue(Map<String, String> set, List<String> needs, Map<String, String> negated, String note) {
    }

    record Phrase(String text, Cue cue) {
    }

    final List<Phrase> phrases;
    final Set<String> negators;
    final Set<String> unsure;
    final Set<String> fillers;
    final List<String> childWords;
    /** The number fields ages go to: the person's own, and a child's. Null when profile-fields.yml lacks them. */
    final ProfileField ownAge;
    final ProfileField childAge;
    private final List<String> problems = new ArrayList<>();
    private final ProfileFields fields;

    CueBook(ProfileFields fields) {
        this.fields = fields;
        Map<String, Object> raw = Raw.DATA;
        negators = Set.copyOf(words(raw.get("negators")));
        unsure = Set.copyOf(words(raw.get("unsure")));
        fillers = Set.copyOf(words(raw.get("fillers")));
        childWords = words(raw.get("child_words"));
        Map<?, ?> ages = raw.get("age_fields") instanceof Map<?, ?> m ? m : Map.of();
        ownAge = numberField(ages.get("self"));
        childAge = numberField(ages.get("child"));
        Map<String, Cue> byPhrase = new LinkedHashMap<>();
        for (Object item : (List<?>) raw.getOrDefault("cues", List.of())) {
            Map<?, ?> m = (Map<?, ?>) item;
            Cue cue = new Cue(facts(m.get("set"), m), words(m.get("needs")), m.containsKey("negated") ? facts(m.get("negated"), m) : null,
                    m.get("note") == null ? null : String.valueOf(m.get("note")));
            words(m.get("needs")).stream().filter(n -> !fields.needs().topics().containsKey(n))
                    .forEach(n -> problems.add("needs 没有 “" + n + "”：" + m.get("say")));
            words(m.get("say")).forEach(s -> byPhrase.putIfAbsent(ChineseFolding.fold(s), cue));
        }
        for (Object item : (List<?>) raw.getOrDefault("options_as_cues", List.of())) {
            optionCues((Map<?, ?>) item, byPhrase);
        }
        List<Phrase> list = new ArrayList<>();
        byPhrase.forEach((text, cue) -> list.add(new Phrase(text, cue)));
        list.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        phrases = List.copyOf(list);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Each option of the field is a phrase of its own, also with suffixes added or stripped (南翔镇 → 南翔). */
    private void optionCues(Map<?, ?> spec, Map<String, Cue> byPhrase) {
        ProfileField f = fields.field(String.valueOf(spec.get("field")));
        if (f == null || f.type() != FieldType.CHOICE) {
            problems.add("options_as_cues 的字段不存在或不是选项字段：" + spec.get("field"));
            return;
        }
        for (String option : f.options()) {
            Cue cue = new Cue(Map.of(f.name(), option), List.of(), null, null);
            List<String> said = new ArrayList<>();
            words(spec.get("suffixes")).forEach(s -> said.add(option + s));
            if (!spec.containsKey("suffixes")) {
                said.add(option);
            }
            words(spec.get("strip")).stream().filter(s -> option.endsWith(s) && option.length() - s.length() >= 2)
                    .findFirst().ifPresent(s -> said.add(option.substring(0, option.length() - s.length())));
            said.forEach(s -> byPhrase.putIfAbsent(ChineseFolding.fold(s), cue));
        }
    }

    /** {field: value} checked against the fields; a wrong pair is dropped and reported. */
    private Map<String, String> facts(Object v, Map<?, ?> cue) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> {
                ProfileField f = fields.field(String.valueOf(k));
                String value = x instanceof Boolean b ? (b ? "是" : "否") : String.valueOf(x);
                String why = f == null ? "没有字段 " + k : ProfileParser.check(f, value);
                if (why == null) {
                    out.put(f.name(), value);
                } else {
                    problems.add(why + "：" + cue.get("say"));
                }
            });
        }
        return out;
    }

    private ProfileField numberField(Object name) {
        ProfileField f = fields.field(String.valueOf(name));
        if (f == null || f.type() != FieldType.NUMBER) {
            problems.add("age_fields 的字段不存在或不是数字字段：" + name);
            return null;
        }
        return f;
    }

    private static List<String> words(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().map(x -> x == null ? "" : String.valueOf(x)).toList();
        }
        return v == null ? List.of() : List.of(String.valueOf(v));
    }

    /** The resource, parsed once per JVM; a broken resource is a build error, caught by the tests. */
    private static final class Raw {
        static final Map<String, Object> DATA = load();

        private static Map<String, Object> load() {
            try (InputStream in = CueBook.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException(RESOURCE + " not found on the classpath");
                }
                return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load situation cues " + RESOURCE, e);
            }
        }
    }
}
