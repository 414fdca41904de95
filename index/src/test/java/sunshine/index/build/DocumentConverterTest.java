package sunshine.index.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import sunshine.index.content.DocType;
import sunshine.index.content.Excerpt;
import sunshine.index.content.Jurisdiction;
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

    @Test
    void aDocumentThatAppliesElsewhereWeighsLess() throws Exception {
        Jurisdiction shanghai = new Jurisdiction(List.of("上海市", "嘉定区"));
        float national = prior(new DocumentConverter(shanghai).convert(law(null)));
        assertEquals(TypePrior.of(DocType.DOCUMENT), national);
        assertEquals(national, prior(new DocumentConverter(shanghai).convert(law("上海市"))));
        assertEquals(national * TypePrior.ELSEWHERE, prior(new DocumentConverter(shanghai).convert(law("山东省"))));
        assertEquals(national, prior(new DocumentConverter().convert(law("山东省"))), "no area: every region alike");
        Document here = new DocumentConverter(shanghai).convert(law("上海市"));
        Document elsewhere = new DocumentConverter(shanghai).convert(law("山东省"));
        assertEquals(1f, prior(here) / typePrior(here), "the region weight, derived: 1 where it applies");
        assertEquals(TypePrior.ELSEWHERE, prior(elsewhere) / typePrior(elsewhere));
        assertNull(here.getField(Fields.REGION_CODE), "only a document that applies elsewhere has a province code");
        assertEquals(Jurisdiction.provinceCode("山东省"), elsewhere.getField(Fields.REGION_CODE).numericValue().intValue());
        assertTrue(TypePrior.ELSEWHERE < 1);
    }

    private static PlainDocument law(String region) {
        return new PlainDocument("law-1#第十条", "残疾人保障法 第十条", ARTICLE, null, "text/markdown", "laws.jsonl.gz", region);
    }

    private static float prior(Document doc) {
        return Float.intBitsToFloat(doc.getField(Fields.PRIOR).numericValue().intValue());
    }

    private static float typePrior(Document doc) {
        return Float.intBitsToFloat(doc.getField(Fields.TYPE_PRIOR).numericValue().intValue());
    }
}
