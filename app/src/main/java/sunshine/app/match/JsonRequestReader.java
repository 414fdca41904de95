package sunshine.app.match;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sunshine.index.match.ProfileParser.FieldError;
import sunshine.index.match.Question;
import sunshine.index.match.Questions;

/**
 * Reads the body of {@code POST /api/match} into a {@link MatchInput}:
 * {@code {"profile": {field: value}, "text": "…", "needs": [...], "for": "self"|"family", "explain": true}}.
 * A profile value may be text, a whole number, true/false or null (unknown). Errors name the field and never
 * quote a value; text that is not JSON at all is one {@link RequestProblem}.
 */
final class JsonRequestReader {
    private static final Set<String> KEYS = Set.of("profile", "text", "needs", "for", "explain");
    private static final String FIELD_NAME = "[a-z][a-z0-9_]{0,39}";
    private static final int MAX_VALUE = 100;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Questions questions;
    private final List<FieldError> errors = new ArrayList<>();

    JsonRequestReader(Questions questions) {
        this.questions = questions;
    }

    MatchInput read(byte[] body, boolean explainParam) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the body: it is dropped, not logged or returned.
            throw RequestProblem.badRequest(null, "请求内容不是有效的 JSON。");
        }
        if (root == null || !root.isObject()) {
            throw RequestProblem.badRequest(null, "请求内容应是一个 JSON 对象，例如 {\"profile\": {\"hukou\": \"本市\"}}。");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                error(name.matches(FIELD_NAME) ? name : null, "不认识的项目" + (name.matches(FIELD_NAME) ? " “" + name + "”" : "")
                        + "。可用的项目：profile、text、needs、for、explain。");
            }
        }
        Map<String, String> answers = profile(root.get("profile"));
        List<String> needs = needs(root.get("needs"), "needs");
        String needsInProfile = answers.remove("needs");
        if (needsInProfile != null) {
            needs.add(needsInProfile);
        }
        String text = text(root.get("text"));
        Addressee who = addressee(root.get("for"));
        boolean explain = explainParam || flag(root.get("explain"));
        return new MatchInput(answers, needs, text, "", who == null ? Addressee.SELF : who, explain, errors);
    }

    private Map<String, String> profile(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            error("profile", "“profile”应是一个对象：{\"字段\": \"回答\"}。");
            return out;
        }
        node.fields().forEachRemaining(e -> {
            String field = e.getKey();
            if (!field.matches(FIELD_NAME)) {
                error(null, "“profile”里有不认识的字段名。可用的字段见 GET /api/match/questions。");
                return;
            }
            String value = field.equals("needs") && e.getValue().isArray()
                    ? String.join("、", needs(e.getValue(), "needs")) : value(field, e.getValue());
            if (value != null) {
                out.put(field, value);
            }
        });
        return out;
    }

    /** One answer as the parser reads it: text as is, numbers as digits, true/false as 是/否; null is unknown. */
    private String value(String field, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isTextual() && v.textValue().length() <= MAX_VALUE) {
            return v.textValue();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return Long.toString(v.longValue());
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "是" : "否";
        }
        error(field, "“" + label(field) + "”的回答应是文字（最多 " + MAX_VALUE + " 字）、整数、true/false 或 null（不清楚）。");
        return null;
    }

    private List<String> needs(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isTextual() && node.textValue().length() <= MAX_VALUE) {
            out.add(node.textValue());
        } else if (node.isArray() && node.size() <= 30) {
            node.forEach(n -> {
                if (n.isTextual() && n.textValue().length() <= MAX_VALUE) {
                    out.add(n.textValue());
                } else {
                    error(field, "“needs”应是一组文字，例如 [\"就业\", \"补贴\"]。");
                }
            });
        } else {
            error(field, "“needs”应是一组文字，例如 [\"就业\", \"补贴\"]。");
        }
        return out;
    }

    private String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            error("text", "“text”应是一段文字。");
            return "";
        }
        if (node.textValue().length() > MatchInput.MAX_TEXT) {
            error("text", "“text”最多 " + MatchInput.MAX_TEXT + " 字。");
            return "";
        }
        return node.textValue();
    }

    private Addressee addressee(JsonNode node) {
        Addressee who = node == null || node.isNull() ? Addressee.SELF : node.isTextual() ? Addressee.of(node.textValue()) : null;
        if (who == null) {
            error("for", "“for”只能是 self（为自己查）或 family（为家人查）。");
        }
        return who;
    }

    private boolean flag(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            error("explain", "“explain”应是 true 或 false。");
            return false;
        }
        return node.booleanValue();
    }

    private String label(String field) {
        Question q = questions.get(field);
        return q == null ? field : q.label();
    }

    /** The label only for a profile question; for/text/explain have none. */
    private void error(String field, String message) {
        Question q = field == null ? null : questions.get(field);
        errors.add(new FieldError(field, q == null ? null : q.label(), message));
    }
}
