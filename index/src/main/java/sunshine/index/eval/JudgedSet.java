package sunshine.index.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the judged query set: a TSV file (id, kind, query, {@code doc:grade …}) with {@code #} comment lines, the
 * format of the bundled {@code judged-queries.tsv}, whose header explains the grades. A malformed line is an
 * error naming the file and line: a silently skipped judgement would quietly change every figure.
 */
public final class JudgedSet {
    public static final String BUNDLED = "judged-queries.tsv";

    private JudgedSet() {
    }

    /** The set shipped with the portal. */
    public static List<JudgedQuery> bundled() {
        try (InputStream in = JudgedSet.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException(BUNDLED + " missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JudgedQuery> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    static List<JudgedQuery> parse(Reader reader, String source) throws IOException {
        List<JudgedQuery> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        for (int n = 1; (line = in.readLine()) != null; n++) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            JudgedQuery q = parseLine(line, source + ":" + n);
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException(source + ":" + n + ": query id " + q.id() + " is used twice");
            }
            out.add(q);
        }
        return List.copyOf(out);
    }

    private static JudgedQuery parseLine(String line, String where) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 4 || cols[0].isBlank() || cols[2].isBlank()) {
            throw new IllegalArgumentException(where + ": expected 4 tab-separated columns: id, kind, query, judgements");
        }
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (String item : cols[3].trim().split("\\s+")) {
            int colon = item.lastIndexOf(':');
            Integer grade = colon > 0 ? grade(item.substring(colon + 1)) : null;
            if (grade == null) {
                throw new IllegalArgumentException(where + ": “" + item + "” is not <document id>:<grade 1-3>");
            }
            if (grades.put(item.substring(0, colon), grade) != null) {
                throw new IllegalArgumentException(where + ": document " + item.substring(0, colon) + " is judged twice");
            }
        }
        if (!grades.containsValue(3)) {
            throw new IllegalArgumentException(where + ": no grade-3 document (every query needs the page it is for)");
        }
        return new JudgedQuery(cols[0].trim(), cols[1].trim(), cols[2].strip(), grades);
    }

    private static Integer grade(String s) {
        return switch (s) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            default -> null;
        };
    }
}
