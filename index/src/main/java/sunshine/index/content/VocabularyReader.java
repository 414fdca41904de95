package sunshine.index.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code vocabulary.yml}: a list of {official, also, offensive} entries. */
final class VocabularyReader {
    private static final String FILE = "vocabulary.yml";

    private VocabularyReader() {
    }

    static Vocabulary read(Path root, List<Problem> problems) {
        Path p = root.resolve(FILE);
        if (!Files.isRegularFile(p)) {
            return Vocabulary.EMPTY;
        }
        String text;
        try {
            text = Files.readString(p);
        } catch (java.io.IOException e) {
            problems.add(Problem.error(FILE, 0, "无法读取（请确认是 UTF-8 编码）：" + e.getMessage()));
            return Vocabulary.EMPTY;
        }
        // The file is a YAML list; wrap it in a key so YamlMap's line-aware reading applies.
        YamlMap y = YamlMap.parse("entries:\n" + text.replaceAll("(?m)^", "  "), FILE, 0, problems);
        if (y == null) {
            return Vocabulary.EMPTY;
        }
        List<Vocabulary.Entry> out = new ArrayList<>();
        for (YamlMap m : y.maps("entries")) {
            m.warnUnknownKeys(Set.of("official", "also", "offensive"));
            String official = m.string("official", true);
            if (official != null) {
                out.add(new Vocabulary.Entry(official, m.strings("also"), m.strings("offensive")));
            }
        }
        return new Vocabulary(out);
    }
}
