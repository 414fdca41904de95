package sunshine.index.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one sign-language news item ({@code news/<id>.md}) and checks its video and captions exist. */
final class NewsReader {
    private static final Set<String> KEYS = Set.of("id", "title", "date", "summary", "topics", "video", "captions", "duration", "signer", "sample");
    private static final Pattern DURATION = Pattern.compile("PT(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?");

    private final ContentLists lists;

    NewsReader(ContentLists lists) {
        this.lists = lists;
    }

    NewsItem read(Path root, String file, String text, List<Problem> problems) {
        int before = PolicyReader.errors(problems);
        FrontMatter fm = FrontMatter.split(text, file, problems);
        if (fm == null) {
            return null;
        }
        YamlMap y = YamlMap.parse(fm.yaml(), file, fm.yamlFirstLine(), problems);
        if (y == null) {
            return null;
        }
        y.warnUnknownKeys(KEYS);
        String id = y.string("id", true);
        Ids.valid(id, file, y.lineOf("id"), problems);
        String title = y.string("title", true);
        var date = y.date("date", true);
        String video = media(root, y, "video", file, problems);
        String captions = media(root, y, "captions", file, problems);
        if (captions != null && !captions.startsWith("http") && !captions.endsWith(".vtt")) {
            problems.add(Problem.error(file, y.lineOf("captions"), "字幕 captions 应是 WebVTT 文件（.vtt）。"));
        }
        String duration = y.string("duration", false);
        if (duration != null && (!DURATION.matcher(duration).matches() || duration.equals("PT"))) {
            problems.add(Problem.warning(file, y.lineOf("duration"), "时长 duration “" + duration + "” 应写成 PT1M12S 这样的格式。"));
            duration = null;
        }
        String signer = y.string("signer", true);
        String body = Checks.body(fm, file, problems);
        if (PolicyReader.errors(problems) > before) {
            return null;
        }
        String summary = y.string("summary", false);
        String transcript = MarkdownText.plain(body);
        return new NewsItem(id, title, date, summary == null ? Excerpt.of(transcript, 90) : summary,
                Checks.topics(y, "topics", lists, file, problems, false), video, captions, duration, signer,
                y.bool("sample", false), body, transcript, file);
    }

    /** A media reference is an https URL or a file under {@code news/media/}, which must exist. */
    private static String media(Path root, YamlMap y, String key, String file, List<Problem> problems) {
        String v = y.string(key, true);
        if (v == null || v.startsWith("https://")) {
            return v;
        }
        if (!v.startsWith("media/") || v.contains("..") || v.contains("\\")) {
            problems.add(Problem.error(file, y.lineOf(key), key + " 应是 https:// 开头的网址，或 news/media/ 下的文件（写成 media/文件名）。"));
            return null;
        }
        if (!Files.isRegularFile(root.resolve("news").resolve(v))) {
            problems.add(Problem.error(file, y.lineOf(key), "找不到文件 news/" + v + "。"));
            return null;
        }
        return v;
    }
}
