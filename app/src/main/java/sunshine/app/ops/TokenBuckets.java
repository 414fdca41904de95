package sunshine.app.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per client key, in memory. The map is bounded: past {@code maxClients} the client seen least
 * recently is forgotten (a forgotten client starts again with a full bucket, which only errs on the generous side),
 * so a flood of spoofed addresses cannot grow memory.
 */
public final class TokenBuckets {
    private final double perNano;
    private final double burst;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets;

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.refilledAt = at;
        }
    }

    public TokenBuckets(double perSecond, int burst, int maxClients, LongSupplier nanoClock) {
        this.perNano = perSecond / 1e9;
        this.burst = Math.max(1, burst);
        this.clock = nanoClock;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /**
     * Takes a token for {@code client}; returns 0 when granted, otherwise the whole seconds until one is free (the
     * Retry-After value, at least 1).
     */
    public synchronized long take(String client) {
        long now = clock.getAsLong();
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        b.tokens = Math.min(burst, b.tokens + (now - b.refilledAt) * perNano);
        b.refilledAt = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano / 1e9));
    }

    public synchronized int clients() {
        return buckets.size();
    }
}
