package sunshine.index.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import sunshine.index.match.RuleBook;
import sunshine.index.match.RuleCompiler;

/**
 * Loads every document under the content folder. Each file is read on its own: a broken one is reported (file,
 * line, plain sentence) and skipped, and all the others are still loaded.
 */
public final class ContentLoader {
    private static final long MAX_TEXT_BYTES = 5L * 1024 * 1024;

    private final Path root;
    private final TextExtractor.Limits limits;

    public ContentLoader(Path root) {
        this(root, TextExtractor.Limits.DEFAULT);
    }

    public ContentLoader(Path root, TextExtractor.Limits limits) {
        this.root = root;
        this.limits = limits;
    }

    /** The loaded documents, every problem found, and the policies' compiled eligibility rules. */
    public record Result(List<ContentDocument> documents, List<Problem> problems, ContentLists lists, Vocabulary vocabulary,
                         RuleBook rules, OpeningCalendar calendar) {
        public long errorCount() {
            return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        }
    }

    public Result load() {
        return load(f -> { });
    }

    /** Loads all content, telling {@code progress} each file as it is read. */
    public Result load(Consumer<String> progress) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(Problem.error(root.toString(), 0, "内容文件夹不存在。"));
            return new Result(List.of(), problems, new ContentLists(List.of(), List.of()), Vocabulary.EMPTY, RuleBook.EMPTY,
                    OpeningCalendar.EMPTY);
        }
        ContentLists lists = ContentLists.load(root, problems);
        Vocabulary vocabulary = VocabularyReader.read(root, problems);
        List<ContentDocument> docs = new ArrayList<>();
        Map<Object, Integer> ruleLines = new IdentityHashMap<>();
        try (TextExtractor extractor = new TextExtractor(limits)) {
            PolicyReader policies = new PolicyReader(lists, extractor, ruleLines);
            FaqReader faqs = new FaqReader(lists);
            NewsReader news = new NewsReader(lists);
            ServiceDirectoryReader services = new ServiceDirectoryReader(lists);
            PlainDocumentReader plain = new PlainDocumentReader(extractor);
            for (Path p : files("policies", "md")) {
                add(docs, readText(p, problems, t -> policies.read(root, rel(p), t, problems)), progress, p);
            }
            for (Path p : files("faqs", "md")) {
                add(docs, readText(p, problems, t -> faqs.read(rel(p), t, problems)), progress, p);
            }
            for (Path p : files("news", "md")) {
                add(docs, readText(p, problems, t -> news.read(root, rel(p), t, problems)), progress, p);
            }
            for (Path p : serviceDirectories()) {
                List<ServicePoint> rows = readText(p, problems, t -> services.read(rel(p), t, problems));
                if (rows != null) {
                    docs.addAll(rows);
                }
                progress.accept(rel(p));
            }
            for (Path p : documents()) {
                try {
                    add(docs, plain.read(p, rel(p), problems), progress, p);
                } catch (IOException e) {
                    problems.add(Problem.error(rel(p), 0, "无法读取：" + e.getMessage()));
                }
            }
        }
        List<ContentDocument> kept = dropDuplicateIds(docs, problems);
        checkFeatured(lists, kept, problems);
        // Rules are checked here, not only when matching, so `check` names a wrong rule with its file:line.
        RuleBook rules = RuleCompiler.compile(profileFields(ruleLines, problems), lists, kept, ruleLines, problems);
        OpeningCalendar calendar = calendar(kept, problems);
        return new Result(kept, List.copyOf(problems), lists, vocabulary, rules, calendar);
    }

    /** A featured question that no longer exists would be a dead link on the no-results page. */
    private static void checkFeatured(ContentLists lists, List<ContentDocument> docs, List<Problem> problems) {
        Set<String> ids = docs.stream().map(ContentDocument::id).collect(Collectors.toSet());
        for (String id : lists.featured()) {
            if (!ids.contains(id)) {
                problems.add(Problem.warning("featured.yml", 0, "“" + id + "” 不是任何文档的 id（已改名或删除？），不会被推荐。"));
            }
        }
    }

    /** Holidays and per-point exceptions: they decide opening status, not search, so they are not indexed. */
    private OpeningCalendar calendar(List<ContentDocument> docs, List<Problem> problems) {
        HolidayCalendar holidays = HolidayCalendarReader.read(root, problems);
        Path file = root.resolve("services").resolve(ScheduleExceptionReader.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new OpeningCalendar(holidays, Map.of());
        }
        Set<String> ids = docs.stream().filter(ServicePoint.class::isInstance).map(ContentDocument::id).collect(Collectors.toSet());
        Map<String, List<ScheduleException>> exceptions = readText(file, problems,
                t -> ScheduleExceptionReader.read(rel(file), t, ids, problems));
        return new OpeningCalendar(holidays, exceptions == null ? Map.of() : exceptions);
    }

    /** Every spreadsheet in services/ except the exceptions table. */
    private List<Path> serviceDirectories() {
        return files("services", "csv").stream()
                .filter(p -> !p.getFileName().toString().equalsIgnoreCase(ScheduleExceptionReader.FILE_NAME)).toList();
    }

    /** {@code profile-fields.yml} as plain values (lines into {@code lines}), or null when there is none. */
    private Object profileFields(Map<Object, Integer> lines, List<Problem> problems) {
        String name = "profile-fields.yml";
        Path p = root.resolve(name);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        // The file is a YAML list; wrap it in a key so YamlMap's line-aware reading applies (as for vocabulary.yml).
        String text = readText(p, problems, t -> t);
        YamlMap y = text == null ? null : YamlMap.parse("fields:\n" + text.replaceFirst("^\uFEFF", "").replaceAll("(?m)^", "  "), name, 0, problems);
        return y == null ? List.of() : y.plain("fields", lines);
    }

    private void add(List<ContentDocument> docs, ContentDocument d, Consumer<String> progress, Path p) {
        if (d != null) {
            docs.add(d);
        }
        progress.accept(rel(p));
    }

    /** Two documents with one id would share a page address; the second is reported and dropped. */
    private static List<ContentDocument> dropDuplicateIds(List<ContentDocument> docs, List<Problem> problems) {
        Map<String, ContentDocument> seen = new HashMap<>();
        List<ContentDocument> out = new ArrayList<>();
        for (ContentDocument d : docs) {
            ContentDocument first = seen.putIfAbsent(d.id(), d);
            if (first == null) {
                out.add(d);
            } else {
                problems.add(Problem.error(d.sourceFile(), 0, "编号 id “" + d.id() + "” 已被 " + first.sourceFile() + " 使用，本文件没有收录。每个 id 必须唯一。"));
            }
        }
        return List.copyOf(out);
    }

    private interface TextReader<T> {
        T read(String text);
    }

    /** Reads a text file as strict UTF-8, so a file saved in GBK is reported rather than shown as mojibake. */
    private <T> T readText(Path p, List<Problem> problems, TextReader<T> reader) {
        try {
            if (Files.size(p) > MAX_TEXT_BYTES) {
                problems.add(Problem.error(rel(p), 0, "文件太大（超过 5 MB），没有读取。"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(p);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return reader.read(text);
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(rel(p), 0, "文件不是 UTF-8 编码（可能是 GBK），请用“另存为 UTF-8”后再放入。"));
        } catch (IOException e) {
            problems.add(Problem.error(rel(p), 0, "无法读取：" + e.getMessage()));
        }
        return null;
    }

    private List<Path> files(String folder, String ext) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private List<Path> documents() {
        Path dir = root.resolve("documents");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, 4)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                int dot = n.lastIndexOf('.');
                return dot > 0 && PlainDocumentReader.EXTENSIONS.contains(n.substring(dot + 1)) && !n.equals("readme.md");
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
