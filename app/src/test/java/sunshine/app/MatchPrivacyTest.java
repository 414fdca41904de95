package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sunshine.app.ops.OpsOptions;

/**
 * What a person enters into 政策找人 leaves no trace: not in the log (captured here with the access log on, as in
 * production), not in a cookie, not in a cache (no-store). Markers that cannot occur otherwise are posted in the
 * words, in bad answers, in broken JSON and in an oversized body; none may appear in what the app logged.
 */
class MatchPrivacyTest {
    private static final String MARK = "ZQXPRIV";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMatchLeavesNoTraceInTheLogACookieOrACache() throws Exception {
        TestPortal portal = TestPortal.get();
        Javalin app = WebApp.create(portal.index, WebOptions.forContent(Path.of("../content").toAbsolutePath()),
                OpsOptions.embedded().withAccessLog(true));
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<HttpResponse<String>> responses = new ArrayList<>();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            app.start("localhost", 0);
            URI base = URI.create("http://localhost:" + app.port());
            String words = "我是盲人" + MARK + "1，住在南翔镇，家里是低保，想找工作";
            responses.add(json(base, "{\"text\": \"" + words + "\", \"profile\": {\"hukou\": \"本市\"}}"));
            responses.add(json(base, "{\"profile\": {\"hukou\": \"" + MARK + "2\", \"age\": \"" + MARK + "3\"}}"));
            responses.add(json(base, "{\"text\": \"" + MARK + "4\", broken"));
            responses.add(json(base, "{\"text\": \"" + MARK + "5" + "字".repeat(9000) + "\"}"));
            responses.add(form(base, "/match", "text=" + enc(words) + "&age=" + enc(MARK + "6")));
            responses.add(form(base, "/match", "text=" + enc(words) + "&text_read=" + enc(words) + "&hukou=本市"));
            responses.add(form(base, "/desk", "text=" + enc(words) + "&street=南翔镇"));
            responses.add(form(base, "/desk", "age=" + enc(MARK + "7")));
        } finally {
            app.stop();
            System.setErr(err);
            System.setOut(out);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("POST /api/match 200"), "the access log was captured: " + log);
        assertTrue(log.contains("POST /match 400") && log.contains("POST /desk 200"), log);
        assertFalse(log.contains(MARK), "a marker reached the log:\n" + log);
        assertFalse(log.contains("盲人") || log.contains("南翔镇"), "words reached the log:\n" + log);
        for (HttpResponse<String> r : responses) {
            assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), r.uri() + " sets a cookie");
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), r.uri() + " " + r.statusCode());
        }
        assertFalse(responses.get(1).body().contains(MARK), "a bad value is not echoed");
        assertFalse(responses.get(2).body().contains(MARK), "broken JSON is not quoted");
        assertEquals(413, responses.get(3).statusCode());
    }

    private HttpResponse<String> json(URI base, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/api/match")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(URI base, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
