package sunshine.index.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed lists content is checked against: topics ({@code topics.yml}) and the 街镇 of the district
 * ({@code streets.yml}); and the questions the service desk is asked most ({@code featured.yml}, document ids),
 * offered when a search finds nothing. All are plain YAML lists a clerk can extend.
 */
public record ContentLists(List<String> topics, List<String> streets, List<String> featured) {

    public ContentLists(List<String> topics, List<String> streets) {
        this(topics, streets, List.of());
    }

    public static ContentLists load(Path contentRoot, List<Problem> problems) {
        List<String> featured = Files.isRegularFile(contentRoot.resolve("featured.yml"))
                ? readList(contentRoot, "featured.yml", problems) : List.of();
        return new ContentLists(readList(contentRoot, "topics.yml", problems), readList(contentRoot, "streets.yml", problems), featured);
    }

    private static List<String> readList(Path root, String name, List<Problem> problems) {
        Path file = root.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(name, 0, "找不到 " + name + "，请按 content/README.md 建立这个列表。"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (!l.startsWith("- ") || l.length() < 3) {
                    problems.add(Problem.error(name, i + 1, "每一行应写成 “- 名称”。"));
                    continue;
                }
                out.add(l.substring(2).strip());
            }
        } catch (IOException e) {
            problems.add(Problem.error(name, 0, "无法读取：" + e.getMessage()));
        }
        return List.copyOf(out);
    }
}
