package sunshine.app.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sunshine.index.match.Question;
import sunshine.index.match.Questions;

/**
 * Puts the questions of {@code profile-fields.yml} into short groups for the form, so a long form reads as a few
 * small steps. Only the grouping lives here: a field added to the YAML and named nowhere below still appears, under
 * 其他情况, so the form never needs a code change to ask a new question.
 */
final class QuestionGroups {
    /** A heading and its questions, in file order. */
    record Group(String id, String heading, List<Question> questions) {
    }

    private static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("基本情况", List.of("age", "hukou", "district", "street"));
        GROUPS.put("残疾情况", List.of("has_certificate", "category", "grade"));
        GROUPS.put("家庭和生活", List.of("household", "lives_alone", "needs_care", "owns_motor_wheelchair"));
        GROUPS.put("工作、上学和孩子", List.of("employment", "school_stage", "child_age"));
    }

    private QuestionGroups() {
    }

    /** The groups that have questions, then 其他情况 for fields not named above; the needs question is left out. */
    static List<Group> of(Questions questions) {
        List<Group> out = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        int n = 0;
        for (Map.Entry<String, List<String>> e : GROUPS.entrySet()) {
            n++;
            List<Question> qs = questions.all().stream().filter(q -> e.getValue().contains(q.field())).toList();
            qs.forEach(q -> placed.add(q.field()));
            if (!qs.isEmpty()) {
                out.add(new Group("group-" + n, e.getKey(), qs));
            }
        }
        List<Question> rest = questions.all().stream().filter(q -> !q.multiple() && !placed.contains(q.field())).toList();
        if (!rest.isEmpty()) {
            out.add(new Group("group-other", "其他情况", rest));
        }
        return out;
    }

    /** The stated-needs question, or null when profile-fields.yml has none. */
    static Question needs(Questions questions) {
        return questions.all().stream().filter(Question::multiple).findFirst().orElse(null);
    }
}
