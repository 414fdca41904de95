package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What no client library sends, over a socket: broken percent-encoding, bytes that are not UTF-8, control bytes in
 * the request line, unknown methods, and bodies far over the size limit, on every route.
 */
class RawRequestTest {
    private final int port = TestPortal.get().app.port();

    private static final List<String> BROKEN_QUERIES = List.of("?q=%E0%A4%A", "?q=%ZZ", "?q=%", "?q=%C3%28", "?q=%FF%FE",
            "?q=%ED%A0%80", "?page=%2", "?q=%u4E2D", "?%=%&&==");
    private static final List<byte[]> RAW_QUERIES = List.of(bytes(0x3F, 0x71, 0x3D, 0xFF, 0xFE), bytes(0x3F, 0x71, 0x3D, 0xC3, 0x28),
            bytes(0x3F, 0x71, 0x3D, 0xE6, 0xAE), bytes(0x3F, 0x71, 0x3D, 0x01, 0x7F));

    @Test
    void brokenEncodingIsA400OrSearchedNeverA500() {
        for (HostileRoutes.Route r : HostileRoutes.ALL) {
            for (String q : BROKEN_QUERIES) {
                check(r.method() + " " + r.sample() + q, RawHttp.get(r.method(), (r.sample() + q).getBytes(StandardCharsets.ISO_8859_1)));
            }
            for (byte[] raw : RAW_QUERIES) {
                byte[] target = concat(r.sample().getBytes(StandardCharsets.ISO_8859_1), raw);
                check(r.method() + " " + r.sample() + " raw bytes", RawHttp.get(r.method(), target));
            }
            if (r.hasPathParam()) {
                for (String v : List.of("%ZZ", "%C0%AF", "%FF", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2F..%2F", "%00")) {
                    check(r.template() + " " + v, RawHttp.get(r.method(), r.withPathValue(v).getBytes(StandardCharsets.ISO_8859_1)));
                }
            }
        }
    }

    @Test
    void brokenEncodingOfASearchIsA400ThatSaysSo() {
        for (String path : List.of("/api/search", "/search")) {
            for (String q : BROKEN_QUERIES) {
                RawHttp.Response res = RawHttp.send(port, RawHttp.get("GET", (path + q).getBytes(StandardCharsets.ISO_8859_1)));
                assertEquals(400, res.status(), path + q);
                assertTrue(res.body().contains("查询参数编码有误"), path + q + ": " + res.body());
            }
        }
    }

    @Test
    void unknownMethodsAreRefused() {
        for (HostileRoutes.Route r : HostileRoutes.ALL) {
            for (String m : List.of("BREW", "PROPFIND", "TRACE", "DELETE", "PUT", "PATCH", "OPTIONS", "QUERY")) {
                RawHttp.Response res = RawHttp.send(port, RawHttp.get(m, r.sample().getBytes(StandardCharsets.ISO_8859_1)));
                assertTrue(res.status() >= 400 && res.status() < 500 || m.equals("OPTIONS") && res.status() < 300,
                        m + " " + r.sample() + " answered " + res.status());
                HostileInput.assertSane(m + " " + r.sample(), res.status(), "", res.body(), null);
            }
        }
    }

    @Test
    void oversizedBodiesAre413OrRefusedByMethod() {
        for (HostileRoutes.Route r : HostileRoutes.ALL) {
            RawHttp.Response res = RawHttp.send(port, RawHttp.post(r.sample(), 1_000_000));
            assertTrue(res.status() == 413 || res.status() == 405 || res.status() == 404,
                    "POST 1 MB to " + r.sample() + " answered " + res.status() + " " + res.head());
            HostileInput.assertSane("POST 1 MB " + r.sample(), res.status(), "", res.body(), null);
        }
    }

    private void check(String what, byte[] request) {
        RawHttp.Response res = RawHttp.send(port, request);
        HostileInput.assertSane(what, res.status(), contentType(res.head()), res.body(), null);
    }

    private static String contentType(String head) {
        return head.lines().filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13)).map(l -> l.substring(13).strip())
                .findFirst().orElse("");
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
