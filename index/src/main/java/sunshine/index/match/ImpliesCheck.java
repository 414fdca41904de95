package sunshine.index.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sunshine.index.content.Problem;

/** A field's {@code implies} may name any field, so it is checked once all are read; a wrong one is dropped. */
final class ImpliesCheck {
    private ImpliesCheck() {
    }

    static List<ProfileField> checked(List<ProfileField> fields, NeedsField needs, Map<String, Integer> lines, List<Problem> problems) {
        ProfileFields known = new ProfileFields(fields, needs);
        List<ProfileField> out = new ArrayList<>();
        for (ProfileField f : fields) {
            Map<String, String> ok = new LinkedHashMap<>();
            f.implies().forEach((target, value) -> {
                ProfileField t = known.field(target);
                String why = t == null ? "没有字段 “" + target + "”" : ProfileParser.check(t, value);
                if (why == null) {
                    ok.put(target, value);
                } else {
                    problems.add(Problem.error(ProfileFieldsReader.FILE, lines.get(f.name()),
                            "字段 “" + f.name() + "” 的 implies 有误：" + why));
                }
            });
            out.add(ok.size() == f.implies().size() ? f : new ProfileField(f.name(), f.label(), f.type(), f.options(),
                    f.min(), f.max(), f.acceptsBirthDate(), ok, f.help(), f.wording()));
        }
        return out;
    }
}
