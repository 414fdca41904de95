package sunshine.app.match;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sunshine.app.ops.UnreadBody;

/**
 * Reads a 政策找人 request body with a small limit (a profile and a 1,000-character description fit easily), so a
 * huge body is refused before it is read. Forms are decoded here too, by the same limit.
 */
final class RequestBody {
    /** JSON: a profile of a dozen answers and 1,000 characters of text in UTF-8 is under 6 KB. */
    static final int API_LIMIT = 16 * 1024;
    /** Forms carry the text twice (as typed and as already read) and percent-encode it: up to about 20 KB. */
    static final int FORM_LIMIT = 32 * 1024;

    private RequestBody() {
    }

    static byte[] read(Context ctx, int limit) throws IOException {
        String declared = ctx.header("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > limit) {
            UnreadBody.swallow(ctx.req());
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                UnreadBody.swallow(ctx.req());
                throw tooLarge(limit);
            }
            return body;
        }
    }

    /** An {@code application/x-www-form-urlencoded} body: name → values in order. */
    static Map<String, List<String>> form(Context ctx) throws IOException {
        String body = new String(read(ctx, FORM_LIMIT), StandardCharsets.UTF_8);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw RequestProblem.badRequest(null, "提交的表单无法读取，请回到表单重新填写。");
            }
        }
        return out;
    }

    private static RequestProblem tooLarge(int limit) {
        return new RequestProblem(413, "payload_too_large", null, "提交的内容太多了（最多 " + limit / 1024 + " KB）。请缩短描述后再试。");
    }
}
