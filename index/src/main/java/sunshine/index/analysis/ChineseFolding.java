package sunshine.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Length-preserving character folding applied identically to indexed text and to queries: full-width
 * ASCII to half-width (U+FF01–FF5E, ideographic space U+3000), traditional to simplified Chinese for
 * characters whose HanLP {@code t2s} mapping is a single character, and ASCII upper to lower case.
 *
 * <p>Every input {@code char} maps to exactly one output {@code char}, so a {@link
 * ChineseFoldingCharFilter} needs no offset corrections. Surrogates map to themselves, so
 * supplementary characters pass through untouched. HanLP's phrase-level t2s entries are ignored
 * (they need context), so a few context-dependent characters fold the plain way (乾坤 → 干坤); that
 * is harmless for matching because queries are folded identically.
 */
public final class ChineseFolding {

    /** HanLP's traditional→simplified table, read straight from the jar (no HanLP init needed). */
    static final String T2S_RESOURCE = "data/dictionary/tc/t2s.txt";

    private ChineseFolding() {}

    /** Folds one UTF-16 unit. */
    public static char fold(char c) {
        return Table.TABLE[c];
    }

    /** Folds {@code text} char by char; returns the same instance when nothing changes. */
    public static String fold(String text) {
        char[] table = Table.TABLE;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (table[c] != c) {
                char[] out = text.toCharArray();
                for (int j = i; j < out.length; j++) {
                    out[j] = table[out[j]];
                }
                return new String(out);
            }
        }
        return text;
    }

    /** Folds {@code buffer[offset, offset + length)} in place. */
    public static void foldInPlace(char[] buffer, int offset, int length) {
        char[] table = Table.TABLE;
        for (int i = offset, end = offset + length; i < end; i++) {
            buffer[i] = table[buffer[i]];
        }
    }

    /** Lazy holder: the 64K-entry table (128 KB) is built once, on first use. */
    private static final class Table {
        static final char[] TABLE = build();
    }

    private static char[] build() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        loadTraditionalToSimplified(table);
        // Width and case last, so they win over anything t2s might say about ASCII-like characters.
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            table[c] = (char) (c - 0xFF01 + 0x21);
        }
        table[0x3000] = ' ';
        for (int c = 0; c < table.length; c++) {
            char f = table[c];
            if (f >= 'A' && f <= 'Z') {
                table[c] = (char) (f + ('a' - 'A'));
            }
        }
        return table;
    }

    private static void loadTraditionalToSimplified(char[] table) {
        ClassLoader loader = com.hankcs.hanlp.HanLP.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(T2S_RESOURCE)) {
            if (in == null) {
                throw new IOException("HanLP resource " + T2S_RESOURCE + " not found on the classpath");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                // "繁=简"; keep only BMP single-char → single-char entries (length-preserving).
                if (line.length() == 3 && line.charAt(1) == '=') {
                    char from = line.charAt(0);
                    char to = line.charAt(2);
                    if (!Character.isSurrogate(from) && !Character.isSurrogate(to)) {
                        table[from] = to;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build traditional→simplified table", e);
        }
    }
}
