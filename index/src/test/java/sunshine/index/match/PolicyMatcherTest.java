package sunshine.index.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static sunshine.index.match.MatchFixture.TODAY;
import static sunshine.index.match.MatchFixture.policy;
import static sunshine.index.match.MatchFixture.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyMatcherTest {
    private static final String CERT = "{field: has_certificate, equals: true}";

    private static List<String> ids(List<PolicyAnswer> answers) {
        return answers.stream().map(PolicyAnswer::id).toList();
    }

    @Test
    void policiesAreGroupedByAnswerAndDate() {
        var m = MatchFixture.matcher(
                policy("met", List.of(), CERT),
                policy("maybe", List.of(), "{all: [" + CERT + ", {field: hukou, equals: 本市}]}"),
                policy("no", List.of(), "{field: has_certificate, equals: false}"),
                policy("soon", List.of(), List.of(), TODAY.plusDays(10), null, CERT),
                policy("soon-no", List.of(), List.of(), TODAY.plusDays(10), null, "{field: has_certificate, equals: false}"),
                policy("old", List.of(), List.of(), LocalDate.of(2019, 1, 1), TODAY.minusDays(1), CERT),
                policy("prose", List.of("补贴"), null));
        var r = m.match(profile("has_certificate=是"), TODAY, Set.of());
        assertEquals(List.of("met"), ids(r.met()));
        assertEquals(List.of("maybe"), ids(r.maybe()));
        assertEquals(List.of("no", "soon-no"), ids(r.notMet()));
        assertEquals(List.of("soon"), ids(r.upcoming()));
        assertEquals(Validity.UPCOMING, r.upcoming().get(0).validity());
        assertEquals(List.of("old"), ids(r.expired()));
        assertEquals("prose", r.unassessed().get(0).id());
        assertEquals(List.of("您没有残疾人证，不符合“持有残疾人证”的要求"),
                m.match(profile("has_certificate=否"), TODAY, Set.of()).find("met").notMet());
    }

    @Test
    void theQuestionThatSettlesMostComesFirst() {
        var m = MatchFixture.matcher(
                policy("a", List.of(), "{field: grade, one_of: [一级, 二级]}"),
                policy("b", List.of(), "{field: grade, one_of: [一级]}"),
                policy("c", List.of(), "{all: [{field: hukou, equals: 本市}, {field: household, equals: 低保}, {field: age, at_least: 16}]}"),
                policy("d", List.of(), "{all: [{field: hukou, equals: 本市}, {field: household, equals: 低收入}]}"));
        var r = m.match(Profile.EMPTY, TODAY, Set.of());
        assertEquals(List.of("grade", "hukou", "household", "age"), r.questions().stream().map(q -> q.question().field()).toList());
        assertEquals(List.of("a", "b"), r.questions().get(0).policyIds());
        assertEquals(List.of("hukou", "household", "age"),
                r.find("c").openQuestions().stream().map(q -> q.question().field()).toList());
        assertEquals("低保", r.find("c").openQuestions().get(1).needed());
    }

    @Test
    void onlyUnknownsThatStillMatterAreAsked() {
        var m = MatchFixture.matcher(policy("a", List.of(), "{any: [{field: grade, equals: 一级}, {field: lives_alone, equals: true}]}"));
        assertEquals(List.of(), m.match(profile("grade=一级"), TODAY, Set.of()).find("a").openQuestions());
        assertEquals(List.of("lives_alone"), m.match(profile("grade=三级"), TODAY, Set.of()).find("a").openQuestions()
                .stream().map(q -> q.question().field()).toList());
    }

    @Test
    void offeredPoliciesThatExcludeEachOtherNameTheConflictBothWays() {
        var m = MatchFixture.matcher(
                policy("home", List.of(), List.of("care"), TODAY.minusYears(1), null, CERT),
                policy("care", List.of(), CERT),
                policy("other", List.of(), List.of("home"), TODAY.minusYears(1), null, "{field: has_certificate, equals: false}"));
        var r = m.match(profile("has_certificate=是"), TODAY, Set.of());
        assertEquals("与《政策care》不能同时享受", r.find("home").conflicts().get(0).text());
        assertEquals("home", r.find("care").conflicts().get(0).policyId(), "declared on one side, shown on both");
        assertEquals(1, r.find("home").conflicts().size(), "a policy not offered is no conflict");
    }

    @Test
    void statedNeedsMoveTheirPoliciesUpWithinAGroup() {
        var m = MatchFixture.matcher(policy("a", List.of("法律援助"), CERT), policy("b", List.of("就业"), CERT),
                policy("c", List.of("生活保障"), CERT));
        var r = m.match(profile("has_certificate=是"), TODAY, Set.of("补贴", "就业"));
        assertEquals(List.of("b", "c", "a"), ids(r.met()));
        assertEquals(List.of("补贴"), r.find("c").matchingNeeds());
    }

    @Test
    void theAnswerCarriesWhatThePageShows() {
        var a = MatchFixture.matcher(policy("a", List.of("补贴"), CERT)).match(profile("has_certificate=是"), TODAY, Set.of()).find("a");
        assertEquals(Answer.MET, a.answer());
        assertEquals("按月发放", a.standard());
        assertEquals("街镇社区事务受理服务中心", a.apply().where());
        assertNull(a.noApplicationText());
    }
}
