package sunshine.index.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void percentilesAreNearestRankAndThroughputIsPerWallSecond() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L; // 100 ms … 1 ms, unsorted
        }
        Latencies l = Latencies.of(nanos, 2_000_000_000L, 1, 3);
        assertEquals(50.0, l.p50Millis());
        assertEquals(99.0, l.p99Millis());
        assertEquals(100.0, l.maxMillis());
        assertEquals(50.0, l.perSecond());
        assertEquals(1, l.errors());
        assertEquals(3, l.empty());
    }
}
