package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** The payloads of the hostile-input tests, and what every answer to them must (not) contain. */
final class HostileInput {
    /** Everything a person or a script might put into a parameter. */
    static final List<String> PAYLOADS = List.of(
            "title:(", "*:*", "a~", "\\", "\"unbalanced", "'", "补贴\" AND \"", "((残疾", "a OR b NOT c", "/regex.*/",
            "字".repeat(10_000), "a".repeat(10_000),
            "\u0000", "a\u0007b", "\u001b[31mred", "x\r\nX-Injected: 1",
            "😀残疾人证", "\u202Eevil\u202C", "\u200F补贴\u200E", "𠀀𪚥",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)", "\" autofocus onfocus=\"alert(1)",
            "99999999999999999999", "2147483648", "-1", "0", "1e9", "NaN", "",
            "../../etc/passwd", "%00", "null");

    /** The payloads also sent in each parameter alone and in the path: one of each kind. */
    static final List<String> CORE = List.of("title:(", "\\", "\"unbalanced", "字".repeat(10_000), "\u0000", "x\r\nX-Injected: 1",
            "\u202Eevil\u202C", "\"><img src=x onerror=alert(1)>", "99999999999999999999", "-1", "", "../../etc/passwd");

    /** Markup payloads: an HTML answer must never contain them as written (they must arrive escaped). */
    static final List<String> MARKUP = PAYLOADS.stream().filter(p -> p.contains("<") || p.contains("\" ")).toList();

    /** Every query parameter any route reads, sent all at once with one payload. */
    static final List<String> ALL_PARAMS = List.of("q", "type", "topic", "district", "page", "size", "sort", "explain",
            "open_now", "language", "access", "back", "set", "limit", "per_page", "kind", "id");

    private static final Pattern TRACE = Pattern.compile("\tat |\\w+(Exception|Error)[:\\n]|\\(\\w+\\.java:\\d+\\)");

    private HostileInput() {
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Never a 5xx, never a stack trace, markup escaped in pages, and a 4xx explains itself in Chinese. */
    static void assertSane(String what, int status, String contentType, String body, String payload) {
        assertTrue(status >= 200 && status < 500, what + " answered " + status + ": " + cut(body));
        assertFalse(TRACE.matcher(body).find(), what + " shows a stack trace: " + cut(body));
        if (contentType.startsWith("text/html") && payload != null && MARKUP.contains(payload)) {
            assertFalse(body.contains(payload), what + " echoes markup unescaped");
        }
        if (status >= 400 && status != 405) {
            assertTrue(body.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    what + " answered " + status + " without a clear message: " + cut(body));
        }
    }

    static String cut(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
