package sunshine.index.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path dir;

    private ContentLoader.Result load(ContentFixture f) {
        return new ContentLoader(f.root()).load();
    }

    private static Set<String> ids(ContentLoader.Result r) {
        return r.documents().stream().map(ContentDocument::id).collect(Collectors.toSet());
    }

    private static Problem only(ContentLoader.Result r, String file) {
        List<Problem> p = r.problems().stream().filter(x -> x.file().equals(file)).toList();
        assertEquals(1, p.size(), () -> "problems for " + file + ": " + r.problems());
        return p.get(0);
    }

    @Test
    void readsAGoodPolicyWithAllItsParts() throws Exception {
        var r = load(new ContentFixture(dir).write("policies/a.md", ContentFixture.policy("kunnan-butie", "困难残疾人生活补贴")));
        assertEquals(List.of(), r.problems());
        Policy p = (Policy) r.documents().get(0);
        assertEquals("困难残疾人生活补贴", p.title());
        assertEquals(List.of("一网通办", "窗口"), p.apply().channels());
        assertTrue(p.bodyText().contains("持有残疾人证"), p.bodyText());
        assertTrue(!p.bodyText().contains("##"), "markup is stripped from the indexed text");
    }

    @Test
    void missingTitleIsReportedWithItsFileAndTheOthersStillLoad() throws Exception {
        var f = new ContentFixture(dir)
                .write("policies/good.md", ContentFixture.policy("good-one", "护理补贴"))
                .write("policies/bad.md", ContentFixture.policy("bad-one", "护理补贴").replace("title: 护理补贴\n", ""));
        var r = load(f);
        assertEquals(Set.of("good-one"), ids(r));
        Problem p = only(r, "policies/bad.md");
        assertEquals(Problem.Severity.ERROR, p.severity());
        assertTrue(p.message().contains("title"), p.message());
    }

    @Test
    void badDateNamesTheLine() throws Exception {
        var r = load(new ContentFixture(dir).write("policies/bad.md",
                ContentFixture.policy("x", "补贴").replace("published: 2024-01-01", "published: 2024-02-30")));
        Problem p = only(r, "policies/bad.md");
        assertEquals(6, p.line(), p.toString());
        assertTrue(p.message().contains("2024-02-30"), p.message());
    }

    @Test
    void unknownTopicIsAWarningAndTheDocumentStays() throws Exception {
        var r = load(new ContentFixture(dir).write("policies/a.md",
                ContentFixture.policy("x", "补贴").replace("topics: [补贴]", "topics: [补贴, 火星旅行]")));
        Problem p = only(r, "policies/a.md");
        assertEquals(Problem.Severity.WARNING, p.severity());
        assertTrue(p.message().contains("火星旅行"));
        assertEquals(Set.of("x"), ids(r));
    }

    @Test
    void aPolicyOfAnotherRegionIsAWarningAtItsLineAndStays() throws Exception {
        var r = load(new ContentFixture(dir).write("area.yml", "- 上海市\n- 嘉定区\n")
                .write("policies/a.md", ContentFixture.policy("x", "补贴").replace("region: 上海市", "region: 山东省"))
                .write("policies/b.md", ContentFixture.policy("y", "补贴").replace("region: 上海市", "region: 嘉定区")));
        Problem p = only(r, "policies/a.md");
        assertEquals(Problem.Severity.WARNING, p.severity());
        assertTrue(p.message().contains("山东省") && p.message().contains("area.yml"), p.message());
        assertEquals(ContentFixture.policy("x", "补贴").lines().toList().indexOf("region: 上海市") + 1, p.line());
        assertEquals(Set.of("x", "y"), ids(r));
        assertFalse(r.lists().area().covers("山东省"));
    }

    @Test
    void brokenYamlIsReportedAtTheRightLine() throws Exception {
        var r = load(new ContentFixture(dir).write("policies/a.md",
                ContentFixture.policy("x", "补贴").replace("region: 上海市", "region: [上海市")));
        Problem p = only(r, "policies/a.md");
        assertTrue(p.line() >= 8 && p.line() <= 10, p.toString());
    }

    @Test
    void fileInGbkIsReportedNotGarbled() throws Exception {
        var r = load(new ContentFixture(dir).write("faqs/q.md",
                ContentFixture.policy("x", "补贴").getBytes(Charset.forName("GBK"))));
        assertTrue(only(r, "faqs/q.md").message().contains("UTF-8"));
        assertEquals(Set.of(), ids(r));
    }

    @Test
    void unreadablePdfAttachmentIsReportedAndThePolicySkipped() throws Exception {
        var r = load(new ContentFixture(dir)
                .write("policies/files/broken.pdf", "%PDF-1.7\nthis is not really a pdf".getBytes())
                .write("policies/a.md", ContentFixture.policy("x", "补贴").replace("region: 上海市", "region: 上海市\nattachment: files/broken.pdf"))
                .write("policies/b.md", ContentFixture.policy("y", "补贴")));
        assertEquals(Set.of("y"), ids(r));
        assertTrue(only(r, "policies/a.md").message().contains("读取"), r.problems().toString());
    }

    @Test
    void duplicateIdKeepsTheFirst() throws Exception {
        var r = load(new ContentFixture(dir)
                .write("policies/a.md", ContentFixture.policy("same", "补贴"))
                .write("policies/b.md", ContentFixture.policy("same", "补贴")));
        assertEquals(1, r.documents().size());
        assertTrue(only(r, "policies/b.md").message().contains("policies/a.md"));
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsLineAndTheRowsBeforeItAreKept() throws Exception {
        // Found by ContentFuzzTest: the CSV parser threw from its iterator, and nothing else was loaded.
        String csv = ContentFixture.SERVICES_HEADER
                + ContentFixture.serviceRow("svc-nanxiang", "南翔镇阳光之家", "南翔镇")
                + "svc-anting,\"安亭镇阳光之家,阳光之家\n";
        var f = new ContentFixture(dir).write("services/services.csv", csv)
                .write("policies/a.md", ContentFixture.policy("kunnan-butie", "困难残疾人生活补贴"));
        var r = load(f);
        assertEquals(Set.of("svc-nanxiang", "kunnan-butie"), ids(r));
        Problem p = only(r, "services/services.csv");
        assertEquals(3, p.line());
        assertTrue(p.message().contains("引号没有成对"), p.message());
    }

    @Test
    void badServiceRowsAreSkippedByLineAndGoodRowsKept() throws Exception {
        String csv = ContentFixture.SERVICES_HEADER
                + ContentFixture.serviceRow("svc-a", "南翔镇阳光之家", "南翔镇")
                + ContentFixture.serviceRow("svc-b", "火星阳光之家", "火星镇")
                + ContentFixture.serviceRow("svc-c", "安亭镇阳光之家", "安亭镇").replace("08:30-16:30", "早上八点")
                + ContentFixture.serviceRow("svc-d", "安亭镇阳光之家二", "安亭镇");
        var r = load(new ContentFixture(dir).write("services/services.csv", csv));
        assertEquals(Set.of("svc-a", "svc-d"), ids(r));
        List<Integer> lines = r.problems().stream().map(Problem::line).toList();
        assertEquals(List.of(3, 4), lines, r.problems().toString());
    }

    @Test
    void newsNeedsItsCaptionsFile() throws Exception {
        String news = """
                ---
                id: news-a
                title: 手语新闻：测试
                date: 2024-01-01
                video: media/a.webm
                captions: media/missing.vtt
                signer: 手语老师讲解。
                ---
                文字稿。
                """;
        var r = load(new ContentFixture(dir).write("news/media/a.webm", new byte[] {1, 2}).write("news/a.md", news));
        Problem p = only(r, "news/a.md");
        assertEquals(6, p.line());
        assertTrue(p.message().contains("missing.vtt"));
    }

    @Test
    void plainDocumentsAreReadThroughTika() throws Exception {
        var r = load(new ContentFixture(dir).write("documents/通知.html",
                "<html><head><title>助残通知</title></head><body><p>阳光之家开放时间调整。</p></body></html>"));
        assertEquals(List.of(), r.problems());
        PlainDocument d = (PlainDocument) r.documents().get(0);
        assertEquals("助残通知", d.title());
        assertTrue(d.text().contains("阳光之家开放时间调整"));
    }
}
