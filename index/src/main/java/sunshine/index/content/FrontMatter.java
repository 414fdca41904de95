package sunshine.index.content;

import java.util.List;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top) and its body,
 * remembering where each starts so problems can name a line.
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    static FrontMatter split(String text, String file, List<Problem> problems) {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = normalized.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(Problem.error(file, 1, "文件开头缺少 “---” 开始的信息区（front matter），请参照 content/README.md 的示例。"));
            return null;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                String yaml = String.join("\n", List.of(lines).subList(1, i));
                String body = String.join("\n", List.of(lines).subList(i + 1, lines.length));
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }
        problems.add(Problem.error(file, 1, "信息区没有结束：找不到第二个 “---” 行。"));
        return null;
    }
}
