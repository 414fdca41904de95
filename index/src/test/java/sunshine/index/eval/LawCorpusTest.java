package sunshine.index.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sunshine.index.content.PlainDocument;

class LawCorpusTest {
    private static final String LAW = "# 某某条例\\n\\n## 第一章  总则\\n\\n第一条 为了保障残疾人权益，制定本条例。\\n\\n"
            + "本条例适用于本市。\\n\\n## 第二章  保障\\n\\n第二条之一 政府给予补贴。\\n第二条之一 重复的条号不算。\\n";

    @Test
    void splitsArticlesAtLabelLinesWithTheirChapter() {
        List<LawArticles.Article> a = LawArticles.split(LAW.replace("\\n", "\n"));
        assertEquals(2, a.size());
        assertEquals(new LawArticles.Article("第一条", "为了保障残疾人权益，制定本条例。\n\n本条例适用于本市。", "第一章 总则"), a.get(0));
        assertEquals(new LawArticles.Article("第二条之一", "政府给予补贴。", "第二章 保障"), a.get(1));
        List<LawArticles.Article> sections = LawArticles.split(
                "# 法\n## 第一章 总则\n### 第一节 一般规定\n第一条 甲。\n### 第二节 特别规定\n续行的标题\n第二条 乙。\n");
        assertEquals("第一章 总则 第一节 一般规定", sections.get(0).heading());
        assertEquals("甲。", sections.get(0).text(), "a heading ends the article before it");
        assertEquals("第一章 总则 第二节 特别规定", sections.get(1).heading());
        assertEquals("", LawArticles.split("第一条 没有章。").get(0).heading());
        List<LawArticles.Article> titled = LawArticles.split("## 第三章 立法\n### 第二节 规章\n第九条 丙。\n### 第三节 其他\n第十条 丁。\n");
        assertEquals("第三章 立法 第二节 规章", titled.get(0).heading(), "a section whose title has 章 in it is still a section");
        assertEquals("第三章 立法 第三节 其他", titled.get(1).heading());
        assertEquals(List.of(), LawArticles.split("# 决定\n\n一、修改第三条。\n"));
    }

    @Test
    void readsArticlesWholeTextsAndCivilCodeNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("laws.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(("{\"id\":\"law-a\",\"title\":\"某某条例\",\"date\":\"2020-01-01\",\"category\":\"上海地方法规\",\"text\":\"" + LAW + "\"}\n"
                    + "{\"id\":\"law-b\",\"title\":\"总则\",\"date\":null,\"category\":\"民法典\",\"text\":\"# 总则\\n第五十四条 个体工商户。\"}\n"
                    + "{\"id\":\"law-c\",\"title\":\"某决定\",\"date\":\"x\",\"category\":\"其他\",\"text\":\"# 某决定\\n一、修改。\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        LawCorpus.Loaded c = LawCorpus.read(file);
        assertEquals(3, c.laws());
        assertEquals(3, c.articles());
        assertEquals(1, c.wholeLaws());
        Map<String, PlainDocument> byId = c.documents().stream()
                .collect(java.util.stream.Collectors.toMap(PlainDocument::id, d -> d));
        assertEquals("某某条例 第二条之一", byId.get("law-a#第二条之一").title());
        assertEquals("第二章 保障\n政府给予补贴。", byId.get("law-a#第二条之一").text(), "the chapter is the article's context");
        assertEquals("中华人民共和国民法典 第五十四条", byId.get("law-b#第五十四条").title());
        assertEquals("个体工商户。", byId.get("law-b#第五十四条").text());
        assertEquals("某决定\n一、修改。", byId.get("law-c").text());
        assertEquals("上海市", byId.get("law-a#第二条之一").region(), "a local regulation applies in its province");
        assertNull(byId.get("law-b#第五十四条").region(), "the Civil Code applies everywhere");
        assertNull(byId.get("law-c").region());
    }

    @Test
    void aLocalRegulationsCategoryNamesItsProvince() {
        assertEquals("山东省", LawCorpus.region("山东地方法规"));
        assertEquals("重庆市", LawCorpus.region("重庆地方法规"));
        assertNull(LawCorpus.region("行政法规"));
        assertNull(LawCorpus.region("地方法规"));
        assertNull(LawCorpus.region(null));
    }

    @Test
    void readsLeCoQaGoldArticlesAsGradeOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.jsonl");
        Files.writeString(file, "{\"query_id\": 7, \"question\": \"谁可以成为个体工商户？\", \"keywords\": null, "
                + "\"gold\": [{\"name\": \"n\", \"article_id\": \"law-b#第五十四条\", \"text\": \"t\"}]}\n"
                + "{\"query_id\": 8, \"question\": \"没有依据的问题\", \"gold\": []}\n");
        List<JudgedQuery> qs = LeCoQa.read(file);
        assertEquals(1, qs.size());
        assertEquals(new JudgedQuery("lecoqa-7", "lecoqa", "谁可以成为个体工商户？", Map.of("law-b#第五十四条", 1)), qs.get(0));
    }
}
