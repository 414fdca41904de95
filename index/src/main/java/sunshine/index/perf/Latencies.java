package sunshine.index.perf;

import java.util.Arrays;

/**
 * What a load run measured: how many operations in how long, their latency percentiles, and how many failed or
 * came back empty. Percentiles are exact (every latency is kept), not histogram estimates.
 */
public record Latencies(long count, long wallNanos, long p50Nanos, long p99Nanos, long maxNanos, long errors, long empty) {

    /** From every operation's latency in nanoseconds (the array is sorted in place). */
    public static Latencies of(long[] nanos, long wallNanos, long errors, long empty) {
        Arrays.sort(nanos);
        return new Latencies(nanos.length, wallNanos, percentile(nanos, 0.50), percentile(nanos, 0.99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1], errors, empty);
    }

    public double perSecond() {
        return wallNanos == 0 ? 0 : count * 1e9 / wallNanos;
    }

    public double p50Millis() { return p50Nanos / 1e6; }

    public double p99Millis() { return p99Nanos / 1e6; }

    public double maxMillis() { return maxNanos / 1e6; }

    /** Nearest-rank percentile: the smallest value at or above which {@code q} of the values lie. */
    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
