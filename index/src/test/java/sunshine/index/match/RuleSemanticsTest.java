package sunshine.index.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static sunshine.index.match.MatchFixture.verdict;
import static sunshine.index.match.Verdict.FAILED;
import static sunshine.index.match.Verdict.MET;
import static sunshine.index.match.Verdict.UNKNOWN;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleSemanticsTest {
    private static final String GRADE = "{field: grade, one_of: [一级, 二级]}";
    private static final String HUKOU = "{field: hukou, equals: 本市}";

    @Test
    void equalsIsMetFailedOrUnknown() {
        assertEquals(MET, verdict(HUKOU, "hukou=本市"));
        assertEquals(FAILED, verdict(HUKOU, "hukou=外省市"));
        assertEquals(UNKNOWN, verdict(HUKOU));
    }

    @Test
    void notKnowingIsUnknownNeverAFailure() {
        assertEquals(UNKNOWN, verdict(HUKOU, "hukou=不清楚"));
        assertEquals(UNKNOWN, verdict("{field: has_certificate, equals: false}", "has_certificate="));
    }

    @Test
    void oneOfAndBooleans() {
        assertEquals(MET, verdict(GRADE, "grade=二级"));
        assertEquals(FAILED, verdict(GRADE, "grade=三级"));
        assertEquals(MET, verdict("{field: has_certificate, equals: true}", "has_certificate=是"));
        assertEquals(FAILED, verdict("{field: has_certificate, equals: true}", "has_certificate=否"));
    }

    @Test
    void boundsAreInclusive() {
        String range = "{all: [{field: age, at_least: 16}, {field: age, at_most: 60}]}";
        assertEquals(MET, verdict(range, "age=16"));
        assertEquals(MET, verdict(range, "age=60"));
        assertEquals(FAILED, verdict(range, "age=15"));
        assertEquals(FAILED, verdict(range, "age=61"));
        assertEquals(UNKNOWN, verdict(range));
    }

    @Test
    void presentAsksWhetherTheFactApplies() {
        assertEquals(MET, verdict("{field: child_age, present: true}", "child_age=4"));
        assertEquals(FAILED, verdict("{field: child_age, present: true}", "child_age=没有需要康复的孩子"));
        assertEquals(MET, verdict("{field: child_age, present: false}", "child_age=不适用"));
        assertEquals(UNKNOWN, verdict("{field: child_age, present: true}"));
        assertEquals(FAILED, verdict("{field: child_age, at_most: 6}", "child_age=不适用"), "no child fails a comparison");
    }

    @Test
    void allFailsOnAnyFailureElseUnknownOnAnyUnknown() {
        String all = "{all: [" + HUKOU + ", " + GRADE + "]}";
        assertEquals(FAILED, verdict(all, "hukou=外省市"), "a failure wins over an unknown");
        assertEquals(UNKNOWN, verdict(all, "hukou=本市"));
        assertEquals(MET, verdict(all, "hukou=本市", "grade=一级"));
    }

    @Test
    void anyIsMetOnAnyMetElseUnknownOnAnyUnknown() {
        String any = "{any: [" + HUKOU + ", " + GRADE + "]}";
        assertEquals(MET, verdict(any, "grade=一级"), "a met part wins over an unknown");
        assertEquals(UNKNOWN, verdict(any, "grade=四级"));
        assertEquals(FAILED, verdict(any, "grade=四级", "hukou=外省市"));
    }

    @Test
    void notSwapsMetAndFailedAndKeepsUnknown() {
        String not = "{not: {field: employment, equals: 退休}}";
        assertEquals(MET, verdict(not, "employment=在职"));
        assertEquals(FAILED, verdict(not, "employment=退休"));
        assertEquals(UNKNOWN, verdict(not));
    }

    @Test
    void aBirthDateIsTheAgeOnTheDayOfMatching() {
        var rule = MatchFixture.rule("{field: age, at_least: 65}");
        var profile = MatchFixture.profile("age=1960-06-02");
        assertEquals(FAILED, Evaluator.evaluate(rule, profile.factsOn(LocalDate.of(2025, 6, 1))).verdict());
        assertEquals(MET, Evaluator.evaluate(rule, profile.factsOn(LocalDate.of(2025, 6, 2))).verdict());
    }
}
