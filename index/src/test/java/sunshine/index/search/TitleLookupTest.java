package sunshine.index.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.junit.jupiter.api.Test;
import sunshine.index.build.Fields;
import sunshine.index.content.Vocabulary;

/** A long text that some title holds verbatim is looked up, with that title's holders as its candidates. */
class TitleLookupTest {
    private static final String TITLE = "最高人民法院关于审理工伤保险行政案件若干问题的规定";
    private final QueryFactory factory = new QueryFactory();

    private QueryFactory.Built build(String text, boolean inSomeTitle) {
        return factory.build(text, new Vocabulary(List.of()), new TermLexicon(List.of()), w -> true, s -> false, s -> inSomeTitle);
    }

    @Test
    void aTitleTypedWholeIsALookupAmongItsHolders() {
        QueryFactory.Built built = build(TITLE, true);
        assertFalse(built.question(), "long, but a title");
        BooleanQuery words = (BooleanQuery) built.words();
        assertTrue(words.clauses().stream().anyMatch(c -> c.occur() == BooleanClause.Occur.FILTER
                && c.query() instanceof PhraseQuery p && p.getField().equals(Fields.TITLE_BIGRAM)), words.toString());
        assertNotNull(built.wordsAnywhere(), "for a title held by too few documents");
    }

    @Test
    void theSameLengthOfTextInNoTitleIsAQuestion() {
        QueryFactory.Built built = build(TITLE, false);
        assertTrue(built.question());
        assertNull(built.wordsAnywhere());
        assertNotNull(built.words());
    }

    @Test
    void aLawNameTooShortForAQuestionIsLookedUpAmongItsHolders() {
        QueryFactory.Built built = build("焦作市公园管理条例", true);
        assertFalse(built.question());
        assertTrue(((BooleanQuery) built.words()).clauses().stream().anyMatch(c -> c.occur() == BooleanClause.Occur.FILTER),
                built.words().toString());
        assertNotNull(built.wordsAnywhere());
        assertNull(build("焦作市公园管理条例", false).wordsAnywhere(), "in no title: the words anywhere are the candidates");
    }

    @Test
    void aShortLookupNeverAsksAboutTitles() {
        QueryFactory.Built built = factory.build("护理补贴", new Vocabulary(List.of()), new TermLexicon(List.of()), w -> true,
                s -> false, s -> { throw new AssertionError("a short lookup needs no title check"); });
        assertFalse(built.question());
        assertNull(built.wordsAnywhere());
    }
}
