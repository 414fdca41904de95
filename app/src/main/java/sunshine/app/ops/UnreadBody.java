package sunshine.app.ops;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and discards what is left of a refused request's body, up to a cap, before the refusal is sent. Without
 * it the server answers while the client is still sending, closes the connection, and the client sees a reset
 * instead of the 413 (as Tomcat's maxSwallowSize does, and for the same reason).
 */
public final class UnreadBody {
    /** Past this the connection is simply closed: swallowing more would let a client tie up a thread. */
    public static final long SWALLOW_CAP = 2L * 1024 * 1024;

    private UnreadBody() {
    }

    public static void swallow(HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        if (declared > SWALLOW_CAP) {
            return;
        }
        try {
            InputStream in = request.getInputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n = in.read(buf); n > 0 && total < SWALLOW_CAP; n = in.read(buf)) {
                total += n;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or the stream was already read: nothing left to swallow
        }
    }
}
