package sunshine.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table; columns whose name starts with '>' are right-aligned (numbers). */
final class Table {
    private final List<String> header = new ArrayList<>();
    private final List<Boolean> numeric = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... columns) {
        for (String c : columns) {
            numeric.add(c.startsWith(">"));
            header.add(c.startsWith(">") ? c.substring(1) : c);
        }
    }

    Table row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(String.valueOf(c).replace("|", "\\|"));
        }
        rows.add(r);
        return this;
    }

    String render() {
        StringBuilder b = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|");
        numeric.forEach(n -> b.append(n ? " ---: |" : " --- |"));
        b.append('\n');
        rows.forEach(r -> b.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return b.toString();
    }

    /** A number with thousands separators and {@code decimals} places. */
    static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** "met" or "missed" beside a limit, so a reader sees at once which targets hold. */
    static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }
}
