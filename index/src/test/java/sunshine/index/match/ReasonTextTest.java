package sunshine.index.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonTextTest {
    private static String text(String rule, String... profile) {
        return ReasonWriter.write(MatchFixture.evaluate(rule, profile)).text();
    }

    @Test
    void metFailedAndUnknownChoices() {
        assertEquals("您的残疾等级为二级，符合“一级或二级”的要求", text("{field: grade, one_of: [一级, 二级]}", "grade=二级"));
        assertEquals("您的户籍为外省市，不符合“本市户籍”的要求", text("{field: hukou, equals: 本市}", "hukou=外省市"));
        assertEquals("还不知道您的家庭经济状况（需要是：低保或低收入）", text("{field: household, one_of: [低保, 低收入]}"));
        assertEquals("您的残疾类别为肢体，不符合“智力或精神残疾”的要求", text("{field: category, one_of: [智力, 精神]}", "category=肢体"));
    }

    @Test
    void yesNoFieldsUseTheirWords() {
        assertEquals("您没有残疾人证，不符合“持有残疾人证”的要求", text("{field: has_certificate, equals: true}", "has_certificate=否"));
        assertEquals("还不知道您是否独居（需要是：独居）", text("{field: lives_alone, equals: true}"));
        assertEquals("您不独居，不符合“独居”的要求", text("{field: lives_alone, equals: true}", "lives_alone=否"));
    }

    @Test
    void numbersNegationAndDoesNotApply() {
        assertEquals("您的年龄为65岁，不符合“年龄不超过59岁”的要求", text("{field: age, at_most: 59}", "age=65"));
        assertEquals("您的就业情况为在职，符合“不是退休”的要求", text("{not: {field: employment, equals: 退休}}", "employment=在职"));
        assertEquals("您没有需要康复的孩子，不符合“需康复的孩子年龄不超过6岁”的要求",
                text("{field: child_age, at_most: 6}", "child_age=不适用"));
    }

    @Test
    void groupsHaveAHeadingWithTheirVerdictAndOneReasonPerPart() {
        Reason r = ReasonWriter.write(MatchFixture.evaluate(
                "{any: [{field: grade, one_of: [一级, 二级]}, {field: lives_alone, equals: true}]}", "grade=四级"));
        assertEquals("以下条件满足一条即可（还不知道）", r.text());
        assertEquals(List.of("您的残疾等级为四级，不符合“一级或二级”的要求", "还不知道您是否独居（需要是：独居）"),
                r.parts().stream().map(Reason::text).toList());
    }

    @Test
    void aTopLevelAllGivesOneReasonPerCondition() {
        var reasons = ReasonWriter.forPolicy(MatchFixture.evaluate(
                "{all: [{field: hukou, equals: 本市}, {field: has_certificate, equals: true}]}", "hukou=本市"));
        assertEquals(2, reasons.size());
        assertEquals(Verdict.MET, reasons.get(0).verdict());
        assertEquals(Verdict.UNKNOWN, reasons.get(1).verdict());
    }
}
