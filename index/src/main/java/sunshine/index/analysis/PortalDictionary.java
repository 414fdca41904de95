package sunshine.index.analysis;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The portal's field vocabulary (残疾人证, 两项补贴, 街镇 names …), loaded once from the classpath
 * resource {@value #RESOURCE}.
 *
 * <p>File format, one entry per line: {@code term [nature frequency]...}; {@code #} starts a
 * comment; blank lines are ignored. Terms must be Han characters only (the tokenizer hands HanLP
 * only Han runs, so anything else could never match) and are stored {@linkplain ChineseFolding
 * folded}, like the text they will meet. Natures must be existing HanLP natures: unknown ones are
 * rejected rather than {@code Nature.create}d, which would grow HanLP's global enum.
 *
 * <p>Why a per-segment dictionary: HanLP 1.8 lets each {@code Segment} carry its own {@link
 * DynamicCustomDictionary}, so we never touch the global {@code CustomDictionary.DEFAULT}. Ours
 * shares HanLP's bundled custom-dictionary double-array trie <em>read-only</em> (so segmentation
 * keeps HanLP's stock vocabulary) and keeps the portal terms in a private {@link BinTrie}. We fill
 * that trie with {@code put} rather than {@code DynamicCustomDictionary.insert}, because {@code
 * insert} first tries {@code dat.set(...)}, which would overwrite entries of the shared trie.
 */
public final class PortalDictionary {

    /** Classpath location of the dictionary. */
    public static final String RESOURCE = "/sunshine/index/analysis/dictionary.txt";

    private static final Nature DEFAULT_NATURE = Nature.nz;
    private static final int DEFAULT_FREQUENCY = 1000;

    private final Map<String, CoreDictionary.Attribute> entries;
    private final DynamicCustomDictionary hanlp;

    private PortalDictionary(Map<String, CoreDictionary.Attribute> entries) {
        this.entries = Collections.unmodifiableMap(entries);
        BinTrie<CoreDictionary.Attribute> trie = new BinTrie<>();
        entries.forEach(trie::put);
        this.hanlp = new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, trie, null);
    }

    /** The shared instance, loaded from {@link #RESOURCE} on first use. */
    public static PortalDictionary get() {
        Object loaded = Holder.LOADED;
        if (loaded instanceof UncheckedIOException failure) {
            // A fresh exception per call: the cached one's stack trace would point at class init.
            throw new UncheckedIOException(failure.getMessage(), failure.getCause());
        }
        return (PortalDictionary) loaded;
    }

    /** The dictionary to pass to {@code Segment.enableCustomDictionary(DynamicCustomDictionary)}. */
    public DynamicCustomDictionary hanlpDictionary() {
        return hanlp;
    }

    /** All (folded) terms, in file order. */
    public Set<String> terms() {
        return entries.keySet();
    }

    /** Whether {@code term} (folded first) is a portal term. */
    public boolean contains(String term) {
        return entries.containsKey(ChineseFolding.fold(term));
    }

    /**
     * Parses a dictionary; {@code source} names it in error messages.
     *
     * @throws UncheckedIOException on read errors and on malformed lines (with source:line)
     */
    public static PortalDictionary parse(Reader reader, String source) {
        Map<String, CoreDictionary.Attribute> entries = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        try {
            String line;
            int lineNo = 0;
            while ((line = lines.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                String[] fields = content.split("\\s+");
                String where = source + ":" + lineNo + ": ";
                String term = ChineseFolding.fold(fields[0]);
                for (int i = 0; i < term.length(); i++) {
                    if (!HanLpTokenizer.isHan(term.charAt(i))) {
                        throw malformed(where + "term '" + fields[0] + "' must consist of Han characters only");
                    }
                }
                entries.put(term, attribute(fields, where));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read portal dictionary " + source, e);
        }
        return new PortalDictionary(entries);
    }

    private static CoreDictionary.Attribute attribute(String[] fields, String where) {
        if (fields.length == 1) {
            return new CoreDictionary.Attribute(DEFAULT_NATURE, DEFAULT_FREQUENCY);
        }
        if (fields.length % 2 == 0) {
            throw malformed(where + "expected 'term [nature frequency]...', got " + fields.length + " fields");
        }
        int n = fields.length / 2;
        Nature[] natures = new Nature[n];
        int[] frequencies = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            natures[i] = Nature.fromString(fields[1 + 2 * i]);
            if (natures[i] == null) {
                throw malformed(where + "unknown HanLP nature '" + fields[1 + 2 * i] + "'");
            }
            try {
                frequencies[i] = Integer.parseInt(fields[2 + 2 * i]);
            } catch (NumberFormatException e) {
                frequencies[i] = -1;
            }
            if (frequencies[i] <= 0) {
                throw malformed(where + "frequency must be a positive integer: '" + fields[2 + 2 * i] + "'");
            }
            total += frequencies[i];
        }
        return new CoreDictionary.Attribute(natures, frequencies, total);
    }

    private static UncheckedIOException malformed(String message) {
        return new UncheckedIOException(message, new IOException(message));
    }

    private static Object loadResource() {
        try (InputStream in = PortalDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("portal dictionary resource " + RESOURCE + " not found on the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            return new UncheckedIOException("Cannot load portal dictionary " + RESOURCE, e);
        } catch (UncheckedIOException e) {
            return e;
        }
    }

    /** Lazy holder; keeps the failure (not an ExceptionInInitializerError) so every call reports it. */
    private static final class Holder {
        static final Object LOADED = loadResource();
    }
}
