package sunshine.app.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reading modes a visitor has on; any combination is allowed (大字 + 高对比 is common). Kept in one cookie,
 * {@code mode=large+contrast}, that holds nothing but these names: no id, no personal data. Reading the cookie is
 * lenient (an unknown or damaged value means "standard"), since it comes from the browser.
 */
public record ReadingModes(Set<ReadingMode> modes) {
    public static final String COOKIE = "mode";
    public static final ReadingModes STANDARD = new ReadingModes(Set.of());

    public ReadingModes {
        modes = modes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modes));
    }

    /** The modes in a cookie value such as {@code large+contrast}; {@code +} may arrive as a space. */
    public static ReadingModes fromCookie(String value) {
        if (value == null || value.length() > 64) {
            return STANDARD;
        }
        EnumSet<ReadingMode> set = EnumSet.noneOf(ReadingMode.class);
        for (String part : value.split("[+ ]")) {
            ReadingMode.of(part).ifPresent(set::add);
        }
        return new ReadingModes(set);
    }

    /** The cookie value, modes in a fixed order; empty for the standard mode (the cookie is then removed). */
    public String cookieValue() {
        return ordered().stream().map(ReadingMode::key).collect(Collectors.joining("+"));
    }

    public boolean has(ReadingMode mode) {
        return modes.contains(mode);
    }

    public boolean isStandard() {
        return modes.isEmpty();
    }

    public ReadingModes with(ReadingMode mode) {
        EnumSet<ReadingMode> set = EnumSet.of(mode);
        set.addAll(modes);
        return new ReadingModes(set);
    }

    public ReadingModes without(ReadingMode mode) {
        EnumSet<ReadingMode> set = EnumSet.allOf(ReadingMode.class);
        set.retainAll(modes);
        set.remove(mode);
        return new ReadingModes(set);
    }

    /** Classes for {@code <html>}, e.g. {@code mode-large mode-contrast}; empty for the standard mode. */
    public String htmlClass() {
        return ordered().stream().map(ReadingMode::cssClass).collect(Collectors.joining(" "));
    }

    /** What the page announces: 标准, or e.g. 大字、高对比. */
    public String label() {
        return isStandard() ? "标准" : ordered().stream().map(ReadingMode::label).collect(Collectors.joining("、"));
    }

    private EnumSet<ReadingMode> ordered() {
        return modes.isEmpty() ? EnumSet.noneOf(ReadingMode.class) : EnumSet.copyOf(modes);
    }
}
