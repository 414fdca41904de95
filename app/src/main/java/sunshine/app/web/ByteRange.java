package sunshine.app.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file, from a {@code Range: bytes=…} header: {@code start-end}, {@code start-} or the last
 * {@code -n} bytes. Several ranges, or a header we do not understand, mean "send the whole file" (RFC 9110
 * allows ignoring Range); a range that starts past the end is unsatisfiable (416).
 */
public record ByteRange(long start, long end) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    public long length() {
        return end - start + 1;
    }

    /** The outcome of reading a Range header against a file of {@code size} bytes. */
    public sealed interface Parsed permits Whole, Part, Unsatisfiable {
    }

    public record Whole() implements Parsed {
    }

    public record Part(ByteRange range) implements Parsed {
    }

    public record Unsatisfiable() implements Parsed {
    }

    public static Parsed parse(String header, long size) {
        Matcher m = header == null ? null : SINGLE.matcher(header.strip());
        if (m == null || !m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        Optional<Long> first = number(m.group(1));
        Optional<Long> last = number(m.group(2));
        if ((!m.group(1).isEmpty() && first.isEmpty()) || (!m.group(2).isEmpty() && last.isEmpty())) {
            return new Whole(); // numbers too long to be real offsets
        }
        if (first.isEmpty()) { // suffix: the last n bytes
            long n = last.get();
            return n == 0 || size == 0 ? new Unsatisfiable() : new Part(new ByteRange(Math.max(0, size - n), size - 1));
        }
        long start = first.get();
        if (start >= size) {
            return new Unsatisfiable();
        }
        long end = last.map(e -> Math.min(e, size - 1)).orElse(size - 1);
        return end < start ? new Whole() : new Part(new ByteRange(start, end));
    }

    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }
}
