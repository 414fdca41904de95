package sunshine.index.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown table: a header, rows of cells, numeric columns right-aligned. Cells are escaped for pipes. */
final class MarkdownTable {
    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** Columns whose name starts with '>' are right-aligned (the '>' is not shown). */
    MarkdownTable(String... columns) {
        header = new ArrayList<>();
        numeric = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            numeric[i] = columns[i].startsWith(">");
            header.add(numeric[i] ? columns[i].substring(1) : columns[i]);
        }
    }

    MarkdownTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c instanceof Double d ? f3(d) : String.valueOf(c).replace("|", "\\|").replace("\n", " "));
        }
        rows.add(r);
        return this;
    }

    static String f3(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    String render() {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (boolean n : numeric) {
            b.append(n ? " ---: |" : " --- |");
        }
        b.append('\n');
        for (List<String> r : rows) {
            b.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return b.toString();
    }
}
