package sunshine.index.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed lists content is checked against: topics ({@code topics.yml}) and the 街镇 of the district
 * ({@code streets.yml}); the questions the service desk is asked most ({@code featured.yml}, document ids),
 * offered when a search finds nothing; and where the portal's residents live ({@code area.yml}, see
 * {@link Jurisdiction}). All are plain YAML lists a clerk can extend.
 */
public record ContentLists(List<String> topics, List<String> streets, List<String> featured, Jurisdiction area) {

    public ContentLists(List<String> topics, List<String> streets) {
        this(topics, streets, List.of(), Jurisdiction.EVERYWHERE);
    }

    public static ContentLists load(Path contentRoot, List<Problem> problems) {
        return new ContentLists(readList(contentRoot, "topics.yml", problems), readList(contentRoot, "streets.yml", problems),
                optionalList(contentRoot, "featured.yml", problems), area(contentRoot, problems));
    }

    /** The portal's area ({@code area.yml}); without the file every document counts as applying here. */
    public static Jurisdiction area(Path contentRoot, List<Problem> problems) {
        return new Jurisdiction(optionalList(contentRoot, "area.yml", problems));
    }

    private static List<String> optionalList(Path root, String name, List<Problem> problems) {
        return Files.isRegularFile(root.resolve(name)) ? readList(root, name, problems) : List.of();
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
