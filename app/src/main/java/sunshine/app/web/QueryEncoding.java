package sunshine.app.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses a query string that is not percent-encoded UTF-8 ({@code q=%ZZ}, {@code q=%C3%28}, a cut-off {@code %E4%B8})
 * with a 400 that says so. Jetty reads such a parameter leniently, as nothing or as replacement characters, and the
 * search then quietly listed every document or searched for "�", which tells the person nothing about the link.
 */
public final class QueryEncoding implements Handler {
    @Override
    public void handle(Context ctx) {
        problem(ctx.queryString()).ifPresent(p -> {
            throw new BadRequestResponse("网址里的查询参数编码有误（" + p + "），请回到搜索框重新输入。"
                    + " / The query string is not valid percent-encoded UTF-8 (" + p + ").");
        });
    }

    /** What is wrong with a raw query string, or empty when it decodes cleanly. */
    static Optional<String> problem(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        if (raw.indexOf('\uFFFD') >= 0) {
            return Optional.of("含有不是 UTF-8 的字节");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (hex(raw, i + 1) < 0 || hex(raw, i + 2) < 0) {
                    return Optional.of(excerpt(raw, i) + " 不是完整的 %XX");
                }
                bytes.write(hex(raw, i + 1) * 16 + hex(raw, i + 2));
                i += 3;
            } else {
                int end = i;
                while (end < raw.length() && raw.charAt(end) != '%') {
                    end++;
                }
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("解码后不是 UTF-8 文字");
        }
    }

    private static int hex(String s, int at) {
        return at < s.length() ? Character.digit(s.charAt(at), 16) : -1;
    }

    private static String excerpt(String raw, int at) {
        return raw.substring(at, Math.min(raw.length(), at + 3));
    }
}
