package sunshine.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** POSTs to 政策找人 on the shared test portal: JSON to the API, forms to /match and /desk. */
final class MatchClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestPortal portal = TestPortal.get();

    /** A JSON body posted to {@code /api/match} (or another path), answered as JSON. */
    TestPortal.Json api(String path, String body) {
        HttpResponse<String> r = portal.send(HttpRequest.newBuilder(portal.base.resolve(path))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        try {
            return new TestPortal.Json(r, JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    TestPortal.Json api(Object body) {
        try {
            return api("/api/match", JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A form posted as a browser does, with names given in pairs: "hukou", "本市", "needs", "就业", … */
    TestPortal.Page form(String path, String... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(enc(pairs[i]) + "=" + enc(pairs[i + 1]));
        }
        return formBody(path, String.join("&", parts));
    }

    TestPortal.Page formBody(String path, String body) {
        HttpResponse<String> r = portal.send(HttpRequest.newBuilder(portal.base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        return new TestPortal.Page(r, Jsoup.parse(r.body(), portal.base.resolve(path).toString()));
    }

    /** Submits a form of a page as the browser would: its inputs (hidden, checked, filled) plus the button pressed. */
    TestPortal.Page submit(Element form, Element button) {
        List<String> parts = new ArrayList<>();
        for (Element in : form.select("input, textarea, select")) {
            String type = in.attr("type");
            boolean checkable = type.equals("radio") || type.equals("checkbox");
            if (in.attr("name").isEmpty() || checkable && !in.hasAttr("checked")) {
                continue;
            }
            String value = in.tagName().equals("textarea") ? in.wholeText()
                    : in.tagName().equals("select") ? selected(in) : in.attr("value");
            parts.add(enc(in.attr("name")) + "=" + enc(value));
        }
        if (button != null && !button.attr("name").isEmpty()) {
            parts.add(enc(button.attr("name")) + "=" + enc(button.attr("value")));
        }
        return formBody(form.attr("action"), String.join("&", parts));
    }

    /** The questions of {@code GET /api/match/questions}. */
    List<JsonNode> portalQuestions() {
        List<JsonNode> out = new ArrayList<>();
        portal.json("/api/match/questions").body().get("questions").forEach(out::add);
        return out;
    }

    static JsonNode policy(JsonNode group, String id) {
        for (JsonNode p : group) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        return null;
    }

    static List<String> ids(JsonNode group) {
        List<String> out = new ArrayList<>();
        group.forEach(p -> out.add(p.get("id").asText()));
        return out;
    }

    static Map<String, Object> profile(Object... pairs) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static String selected(Element select) {
        Element option = select.selectFirst("option[selected]");
        return option != null ? option.attr("value") : select.select("option").stream().findFirst().map(o -> o.attr("value")).orElse("");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String joined(List<String> list) {
        return list.stream().collect(Collectors.joining(","));
    }
}
