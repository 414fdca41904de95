package sunshine.index.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real sentences, read with the portal's own profile fields (content/profile-fields.yml). */
class SituationReaderTest {
    private static SituationReader reader;

    @BeforeAll
    static void load() throws Exception {
        reader = new SituationReader(MatchFixture.contentFields());
    }

    private static Map<String, String> answers(String text) {
        return reader.read(text).answers();
    }

    @Test
    void everyCueFitsTheProfileFields() {
        assertEquals(List.of(), reader.problems());
    }

    @Test
    void theIssueExample() {
        Situation s = reader.read("我是盲人，住在南翔镇，家里是低保，想找工作");
        assertEquals(Map.of("category", "视力", "street", "南翔镇", "district", "嘉定区", "household", "低保"), s.answers());
        assertEquals(Set.of("就业"), s.needNames());
        Understood category = s.facts().get(0);
        assertEquals("盲人", category.words());
        assertEquals("残疾类别：视力", category.shown());
        assertEquals("找工作", s.needs().get(0).words());
    }

    @Test
    void negationFlipsAYesNoFact() {
        Understood u = reader.read("我没有残疾证").facts().get(0);
        assertEquals("has_certificate", u.field());
        assertEquals("否", u.value());
        assertEquals("没有残疾证", u.words());
        assertEquals("没有残疾人证", u.shown());
        assertEquals(Map.of("has_certificate", "否"), answers("我还没办残疾证，想问怎么办"));
        assertEquals(Map.of("has_certificate", "是"), answers("我有残疾证"));
        assertEquals(Map.of("needs_care", "否"), answers("我不需要人照顾"));
    }

    @Test
    void aNegatedChoiceSettlesNothingUnlessOnlyOneOtherRemains() {
        Situation s = reader.read("家里不是低保，是低收入");
        assertEquals(Map.of("household", "低收入"), s.answers());
        assertEquals("不是低保", s.notes().get(0).words());
        assertEquals(Map.of("hukou", "外省市"), answers("我不是上海户口"));
    }

    @Test
    void agesOfThePersonAndOfAChild() {
        assertEquals(Map.of("age", "65", "lives_alone", "是"), answers("今年65岁，一个人住"));
        assertEquals(Map.of("child_age", "3", "category", "精神"), answers("孩子3岁，是孤独症，想做康复"));
        assertEquals(Map.of("child_age", "5", "category", "听力"), answers("我儿子五岁听不见"));
        Situation vague = reader.read("我三十多岁，在嘉定上班");
        assertEquals(Map.of("district", "嘉定区", "employment", "在职"), vague.answers());
        assertTrue(vague.notes().get(0).text().contains("不是确切的年龄"));
    }

    @Test
    void wheelchairHukouAndCare() {
        Situation s = reader.read("我坐轮椅，外地户口");
        assertEquals(Map.of("category", "肢体", "hukou", "外省市"), s.answers());
        assertEquals(Set.of("轮椅"), s.needNames());
        assertEquals(Map.of("category", "肢体", "needs_care", "是"), answers("我老婆瘫痪在床需要人照顾"));
    }

    @Test
    void deafnessJobsAndGrades() {
        Situation s = reader.read("聋哑人想学技能");
        assertEquals(Map.of("category", "听力"), s.answers());
        assertEquals(Set.of("就业"), s.needNames());
        assertEquals(Map.of("employment", "未就业"), answers("我失业了，没工作"));
        assertEquals(Map.of("category", "视力", "grade", "一级", "has_certificate", "是"), answers("我是视力一级残疾，有残疾证"));
    }

    @Test
    void severeIsShownButSetsNoGrade() {
        Situation s = reader.read("我是重度残疾，肢体残疾");
        assertEquals(Map.of("category", "肢体"), s.answers());
        assertEquals("重度残疾", s.notes().get(0).words());
        assertTrue(s.notes().get(0).text().contains("一级或二级"));
    }

    @Test
    void needsAndStreetsBySortName() {
        Situation s = reader.read("住在江桥，低收入家庭，想做无障碍改造");
        assertEquals(Map.of("street", "江桥镇", "district", "嘉定区", "household", "低收入"), s.answers());
        assertEquals(Set.of("改造"), s.needNames());
    }

    @Test
    void unsureWordsAndWordBoundaries() {
        Situation unsure = reader.read("不清楚是不是低保");
        assertEquals(Map.of(), unsure.answers());
        assertEquals(1, unsure.notes().size());
        assertEquals(Situation.EMPTY, reader.read("公司要降低保费"), "低保 is not read inside 降低保费");
    }

    @Test
    void twoDifferentValuesForOneFieldAreLeftToThePerson() {
        Situation s = reader.read("我是盲人，也坐轮椅");
        assertEquals(Map.of(), s.answers());
        assertTrue(s.notes().get(0).text().contains("视力、肢体"), s.notes().toString());
    }

    @Test
    void whatIsReadParsesIntoAProfile() throws Exception {
        Situation s = reader.read("我是上海户口，二级肢残，有残疾证，独居，今年58岁");
        var parsed = new ProfileParser(MatchFixture.contentFields()).parse(s.answers());
        assertEquals(List.of(), parsed.errors());
        assertEquals(6, parsed.profile().facts().size());
    }
}
