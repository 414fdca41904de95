package sunshine.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(2, 3, 100, now::get);

    @Test
    void aBurstIsGrantedThenTheClientWaits() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.take("a"));
        }
        assertEquals(1, buckets.take("a"), "next token in half a second: Retry-After rounds up to 1");
        assertEquals(0, buckets.take("b"), "another client has its own bucket");
    }

    @Test
    void tokensComeBackAtTheRate() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        now.addAndGet(500_000_000L);
        assertEquals(0, buckets.take("a"));
        assertTrue(buckets.take("a") > 0);
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentClient() {
        for (int i = 0; i < 1_000; i++) {
            buckets.take("client-" + i);
        }
        assertEquals(100, buckets.clients());
    }
}
