package sunshine.index.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import sunshine.index.content.Excerpt;
import sunshine.index.content.PlainDocument;

/** What goes into the index for a document; here, that a summary cut from the body is not indexed twice. */
class DocumentConverterTest {
    private static final String ARTICLE = "第十条　县级以上人民政府应当将残疾人事业纳入国民经济和社会发展规划，"
            + "加强领导，综合协调，并将残疾人事业经费列入财政预算，建立稳定的经费保障机制。\n国务院制定中国残疾人事业发展纲要。";

    @Test
    void anExcerptIsRecognisedAsTheBodysOwnWords() {
        assertTrue(Excerpt.isFrom(Excerpt.of(ARTICLE, 90), ARTICLE), "cut at 90 characters, whitespace flattened");
        assertTrue(Excerpt.isFrom(Excerpt.of("短文。", 90), "短文。"));
        assertTrue(Excerpt.isFrom("", ARTICLE));
        assertFalse(Excerpt.isFrom("每月发放护理补贴，按残疾等级分档。", ARTICLE), "a written summary adds words");
    }

    @Test
    void aLawArticlesSummaryIsNotSegmentedAgain() throws Exception {
        PlainDocument article = new PlainDocument("law-1-10", "残疾人保障法 第十条", ARTICLE, LocalDate.of(2018, 10, 26),
                "text/plain", "laws.jsonl.gz");
        Document doc = new DocumentConverter().convert(article);
        assertNull(doc.getField(Fields.SUMMARY), "the summary is the article's first 90 characters");
        assertEquals(ARTICLE, doc.get(Fields.BODY));
        assertTrue(doc.getField(Fields.BODY_BIGRAM).stringValue().endsWith(ARTICLE));
    }
}
