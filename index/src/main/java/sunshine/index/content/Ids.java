package sunshine.index.content;

import java.util.List;
import java.util.regex.Pattern;

/** Checks document ids: stable, URL-safe, lowercase Latin letters, digits and hyphens. */
final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    static boolean valid(String id, String file, int line, List<Problem> problems) {
        if (id == null) {
            return false;
        }
        if (id.length() > 80 || !ID.matcher(id).matches()) {
            problems.add(Problem.error(file, line, "编号 id “" + id + "” 只能用小写英文字母、数字和连字符 “-”，例如 kunnan-shenghuo-butie。"));
            return false;
        }
        return true;
    }
}
