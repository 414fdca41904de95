package sunshine.index.perf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import sunshine.index.match.PolicyMatcher;
import sunshine.index.match.ProfileParser;
import sunshine.index.match.Profile;
import sunshine.index.match.Question;

/**
 * How long matching one resident profile against every policy takes (the whole of {@link PolicyMatcher#match}:
 * evaluation, reasons, open questions, ordering). Profiles are drawn at random from the questions' own options,
 * with about a third of the answers 不清楚, so unknowns and 可能符合 are exercised as residents produce them.
 */
public final class MatchSpeed {
    private MatchSpeed() {
    }

    /** Matches {@code count} random profiles (after {@code warmup} unmeasured ones) on one thread. */
    public static Latencies run(PolicyMatcher matcher, int warmup, int count, long seed) {
        Random random = new Random(seed);
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < warmup + count; i++) {
            ProfileParser.Parsed parsed = matcher.parser().parse(answers(matcher.questions().all(), random));
            profiles.add(parsed.profile());
        }
        LocalDate today = LocalDate.of(2026, 11, 23);
        long[] nanos = new long[count];
        long errors = 0;
        long start = 0;
        for (int i = 0; i < profiles.size(); i++) {
            if (i == warmup) {
                start = System.nanoTime();
            }
            long t = System.nanoTime();
            try {
                matcher.match(profiles.get(i), today, Set.of());
            } catch (RuntimeException e) {
                errors++;
            }
            if (i >= warmup) {
                nanos[i - warmup] = System.nanoTime() - t;
            }
        }
        return Latencies.of(nanos, System.nanoTime() - start, errors, 0);
    }

    private static Map<String, String> answers(List<Question> questions, Random random) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Question q : questions) {
            if (q.multiple() || random.nextInt(3) == 0) {
                continue; // unknown
            }
            switch (q.type()) {
                case "choice" -> out.put(q.field(), q.options().get(random.nextInt(q.options().size())));
                case "boolean" -> out.put(q.field(), random.nextBoolean() ? "是" : "否");
                case "number" -> {
                    long min = q.min() == null ? 0 : q.min();
                    long max = q.max() == null ? 100 : q.max();
                    out.put(q.field(), Long.toString(min + random.nextLong(max - min + 1)));
                }
                default -> { }
            }
        }
        return out;
    }
}
