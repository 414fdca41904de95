package sunshine.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for requests no client library would send: raw bytes in the request line, broken
 * percent-encoding, unknown methods, a body larger than its route accepts.
 */
final class RawHttp {
    /** Status, headers and body as text (bodies are read as UTF-8; a broken one shows as replacement characters). */
    record Response(int status, String head, String body) {
        String all() {
            return head + "\r\n\r\n" + body;
        }
    }

    private RawHttp() {
    }

    static Response send(int port, byte[] request) {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (java.net.SocketException refused) {
                // the server answered (413) and closed before the whole body was sent: read what it said
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            for (int n; (n = in.read(chunk)) != -1; ) {
                buf.write(chunk, 0, n);
            }
            return parse(buf.toString(StandardCharsets.UTF_8));
        } catch (java.net.SocketException e) {
            return new Response(-1, "connection reset: " + e.getMessage(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request line (raw bytes allowed in {@code target}) with Host and Connection: close, and no body. */
    static byte[] get(String method, byte[] target) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(target);
        b.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }

    static byte[] post(String target, int bodyBytes) {
        String head = "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + bodyBytes + "\r\nConnection: close\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + bodyBytes];
        System.arraycopy(h, 0, all, 0, h.length);
        java.util.Arrays.fill(all, h.length, all.length, (byte) 'a');
        return all;
    }

    private static Response parse(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 4);
        String[] first = head.split(" ", 3);
        int status = first.length > 1 && first[1].matches("\\d{3}") ? Integer.parseInt(first[1]) : -1;
        return new Response(status, head, body);
    }
}
