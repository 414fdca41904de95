package sunshine.index.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what one sentence said into a {@link Situation}: applies negation, adds what a fact implies (a 街镇 is in
 * 嘉定区), and turns two different values for one field into a note instead of guessing.
 */
final class SituationBuilder {
    private record Heard(ProfileField field, String value, int start, int end) {
    }

    private final String text;
    private final ProfileFields fields;
    private final List<Heard> heard = new ArrayList<>();
    private final Map<String, Understood> needs = new LinkedHashMap<>();
    private final Map<String, SituationNote> notes = new LinkedHashMap<>();

    SituationBuilder(String text, ProfileFields fields) {
        this.text = text;
        this.fields = fields;
    }

    void cue(SentenceScan.Found f) {
        String words = text.substring(f.from(), f.end());
        CueBook.Cue cue = f.cue();
        switch (f.marker()) {
            case NONE -> {
                cue.set().forEach((field, value) -> fact(field, value, f.from(), f.end()));
                cue.needs().forEach(n -> need(n, words, f.from(), f.end()));
            }
            case UNSURE -> {
                cue.needs().forEach(n -> need(n, words, f.from(), f.end()));
                if (!cue.set().isEmpty()) {
                    note(words, "您说“" + words + "”，还不确定的，可以在下面选“不清楚”。");
                }
            }
            case NEGATED -> negated(cue, words, f);
        }
        if (cue.note() != null && f.marker() != SentenceScan.Marker.NEGATED) {
            note(words, cue.note());
        }
    }

    /** A negated cue: its own {@code negated} facts, else yes/no flipped, else the other of two options, else a note. */
    private void negated(CueBook.Cue cue, String words, SentenceScan.Found f) {
        if (cue.negated() != null) {
            cue.negated().forEach((field, value) -> fact(field, value, f.from(), f.end()));
            return;
        }
        cue.set().forEach((name, value) -> {
            ProfileField field = fields.field(name);
            String other = switch (field.type()) {
                case BOOLEAN -> "是".equals(value) ? "否" : "是";
                case CHOICE -> field.options().size() == 2 ? field.options().get(field.options().indexOf(value) ^ 1) : null;
                case NUMBER -> null;
            };
            if (other != null) {
                fact(name, other, f.from(), f.end());
            } else {
                note(words, "您说“" + words + "”，" + field.label() + "还需要您在下面选择。");
            }
        });
    }

    void age(AgeFinder.Age a, ProfileField field) {
        String words = text.substring(a.start(), a.end());
        if (a.approximate()) {
            note(words, "“" + words + "”不是确切的年龄，请在下面填写" + field.label() + "。");
        } else if (ProfileParser.check(field, String.valueOf(a.years())) != null) {
            note(words, "“" + words + "”超出了“" + field.label() + "”的范围（" + field.rangeText() + "），没有填入。");
        } else {
            fact(field.name(), String.valueOf(a.years()), a.start(), a.end());
        }
    }

    Situation build() {
        for (Heard h : List.copyOf(heard)) {
            h.field().implies().forEach((target, value) -> fact(target, value, h.start(), h.end()));
        }
        Map<String, List<Heard>> byField = new LinkedHashMap<>();
        heard.forEach(h -> byField.computeIfAbsent(h.field().name(), k -> new ArrayList<>()).add(h));
        List<Understood> facts = new ArrayList<>();
        byField.forEach((name, said) -> {
            List<String> values = said.stream().map(Heard::value).distinct().toList();
            Heard first = said.get(0);
            if (values.size() == 1) {
                facts.add(new Understood(name, first.value(), shown(first.field(), first.value()),
                        text.substring(first.start(), first.end()), first.start(), first.end()));
            } else {
                String words = String.join("、", said.stream().map(h -> text.substring(h.start(), h.end())).distinct().toList());
                note(words, "您提到的" + first.field().label() + "不止一种（" + String.join("、", values) + "），请在下面选择。");
            }
        });
        facts.sort(Comparator.comparingInt(Understood::start));
        return new Situation(facts, List.copyOf(needs.values()), List.copyOf(notes.values()));
    }

    private void fact(String field, String value, int start, int end) {
        heard.add(new Heard(fields.field(field), value, start, end));
    }

    private void need(String need, String words, int start, int end) {
        NeedsField n = fields.needs();
        needs.putIfAbsent(need, new Understood(n.name(), need, n.label() + "：" + need, words, start, end));
    }

    private void note(String words, String message) {
        notes.putIfAbsent(message, new SituationNote(words, message));
    }

    /** 残疾类别：视力 / 没有残疾人证 / 年龄：65岁. */
    static String shown(ProfileField f, String value) {
        return switch (f.type()) {
            case BOOLEAN -> "是".equals(value) ? Phrases.yes(f) : Phrases.no(f);
            case NUMBER -> f.label() + "：" + value + (f.wording().unit() == null ? "" : f.wording().unit());
            case CHOICE -> f.label() + "：" + value;
        };
    }
}
