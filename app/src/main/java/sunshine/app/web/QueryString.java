package sunshine.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds a link with query parameters, skipping empty ones and encoding the rest as UTF-8. */
public final class QueryString {
    private final String path;
    private final List<String> pairs = new ArrayList<>();

    private QueryString(String path) {
        this.path = path;
    }

    public static QueryString to(String path) {
        return new QueryString(path);
    }

    public QueryString with(String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            pairs.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    public String build() {
        return pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
    }
}
