package sunshine.index.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.PortalIndex;
import sunshine.index.content.ContentFixture;

class PortalIndexMatcherTest {
    @TempDir
    Path dir;

    private static String policy(String hukou) {
        return ContentFixture.policy("a", "补贴").replace("---\n## 适用对象", """
                eligibility: {field: hukou, equals: %s}
                tests:
                  - {name: 对的户籍, profile: {hukou: %s}, expect: 符合}
                ---
                ## 适用对象""".formatted(hukou, hukou));
    }

    @Test
    void theIndexServesAMatcherRebuiltOnReload() throws Exception {
        var content = new ContentFixture(dir.resolve("content")).write("profile-fields.yml", MatchFixture.FIELDS_YAML)
                .write("topics.yml", "- 补贴\n- 生活保障\n- 就业\n- 康复\n").write("policies/a.md", policy("本市"));
        try (PortalIndex index = new PortalIndex(content.root(), dir.resolve("index"), 1)) {
            index.open(PortalIndex.Progress.none());
            PolicyMatcher m = index.matcher();
            Profile p = m.parser().parseOrThrow(Map.of("hukou", "本市"));
            assertEquals(List.of("a"), m.match(p, LocalDate.now(), Set.of()).met().stream().map(PolicyAnswer::id).toList());

            content.write("policies/a.md", policy("外省市"));
            index.reload(PortalIndex.Progress.none());
            assertEquals(Answer.NOT_MET, index.matcher().match(p, LocalDate.now(), Set.of()).find("a").answer());
        }
    }
}
