package sunshine.index.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileParserTest {
    private final ProfileParser parser = new ProfileParser(MatchFixture.FIELDS);

    @Test
    void answersBecomeTypedFacts() {
        Profile p = parser.parseOrThrow(Map.of("hukou", "本市", "has_certificate", "否", "age", "６５岁", "child_age", "不适用"));
        assertEquals(Optional.of(new Fact.Known("本市")), p.fact("hukou"));
        assertEquals(Optional.of(new Fact.Known(false)), p.fact("has_certificate"));
        assertEquals(Optional.of(new Fact.Known(65L)), p.fact("age"), "full-width digits and the unit are accepted");
        assertEquals(Optional.of(Fact.NOT_APPLICABLE), p.fact("child_age"));
    }

    @Test
    void notKnowingIsAlwaysAValidAnswer() {
        var parsed = parser.parse(Map.of("grade", "不清楚", "household", "", "lives_alone", "不知道"));
        assertTrue(parsed.ok());
        assertEquals(Map.of(), parsed.profile().facts());
    }

    @Test
    void aWrongAnswerNamesItsFieldWithoutRepeatingIt() {
        var parsed = parser.parse(Map.of("grade", "五级", "age", "130"));
        assertEquals(List.of("age", "grade"), parsed.errors().stream().map(ProfileParser.FieldError::field).sorted().toList());
        var grade = parsed.errors().stream().filter(e -> e.field().equals("grade")).findFirst().orElseThrow();
        assertEquals("“残疾等级”只能选：一级、二级、三级、四级，或“不清楚”。", grade.message());
        assertFalse(parsed.errors().toString().contains("五级"));
        assertTrue(parsed.profile().facts().isEmpty(), "wrong answers stay unknown");
    }

    @Test
    void unknownQuestionsAndNeedsAreErrors() {
        var parsed = parser.parse(Map.of("colour", "红", "needs", "就业、飞行"));
        assertEquals(2, parsed.errors().size());
        assertEquals(Set.of("就业"), parsed.needs());
        InvalidProfileException e = assertThrows(InvalidProfileException.class, () -> parser.parseOrThrow(Map.of("colour", "红")));
        assertEquals("colour", e.errors().get(0).field());
    }

    @Test
    void aBirthDateIsKeptAndBecomesAnAge() {
        Profile p = parser.parseOrThrow(Map.of("age", "1960-05-01"));
        assertEquals(new Fact.Known(65L), p.factsOn(LocalDate.of(2025, 5, 1)).get("age"));
        assertEquals(new Fact.Known(64L), p.factsOn(LocalDate.of(2025, 4, 30)).get("age"));
        assertFalse(parser.parse(Map.of("age", "1960-02-30")).ok());
    }

    @Test
    void aStreetImpliesItsDistrictAndAContradictionIsAnError() {
        assertEquals(Optional.of(new Fact.Known("嘉定区")), parser.parseOrThrow(Map.of("street", "南翔镇")).fact("district"));
        var parsed = parser.parse(Map.of("street", "南翔镇", "district", "本市其他区"));
        assertEquals("district", parsed.errors().get(0).field());
    }

    @Test
    void formsGiveSeveralNeedsAndProfilesRoundTrip() {
        var parsed = parser.parseForm(Map.of("needs", List.of("补贴", "就业"), "has_certificate", List.of("是")));
        assertEquals(List.of("补贴", "就业"), List.copyOf(parsed.needs()));
        assertEquals(Map.of("has_certificate", "是"), ProfileParser.toAnswers(parsed.profile(), MatchFixture.FIELDS));
    }

    @Test
    void aProfileNeverPrintsItsFacts() {
        assertEquals("Profile[1 facts]", parser.parseOrThrow(Map.of("household", "低保")).toString());
    }
}
