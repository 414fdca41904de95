package sunshine.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/match} on the real content: groups for realistic profiles, unknowns, own words, explain. */
class MatchApiTest {
    private final MatchClient client = new MatchClient();

    private JsonNode match(Map<String, Object> profile) {
        TestPortal.Json r = client.api(Map.of("profile", profile));
        assertEquals(200, r.status(), r.response().body());
        assertEquals("no-store", r.response().headers().firstValue("Cache-Control").orElse(""));
        return r.body();
    }

    @Test
    void aPoorBlindResidentWithACertificateGetsTheLivingSubsidy() {
        JsonNode body = match(MatchClient.profile("hukou", "本市", "has_certificate", true, "category", "视力",
                "grade", "一级", "household", "低保"));
        JsonNode subsidy = MatchClient.policy(body.at("/groups/met"), "kunnan-shenghuo-butie");
        assertNotNull(subsidy, "困难残疾人生活补贴 is 符合: " + MatchClient.ids(body.at("/groups/met")));
        assertEquals("符合", subsidy.get("answer").asText());
        assertEquals("/policy/kunnan-shenghuo-butie", subsidy.get("url").asText());
        assertTrue(subsidy.get("reasons").size() >= 3);
        subsidy.get("reasons").forEach(r -> assertEquals("符合", r.get("verdict").asText()));
        assertTrue(subsidy.at("/apply/materials").toString().contains("残疾人证"));
        assertFalse(subsidy.get("legal_basis").isEmpty());
        assertFalse(body.at("/groups").has("not_met"), "不符合 only when asked");
    }

    @Test
    void anUnknownHouseholdMakesItMaybeAndAsksTheHouseholdQuestion() {
        JsonNode body = match(MatchClient.profile("hukou", "本市", "has_certificate", "是"));
        JsonNode subsidy = MatchClient.policy(body.at("/groups/maybe"), "kunnan-shenghuo-butie");
        assertNotNull(subsidy);
        assertEquals("可能符合", subsidy.get("answer").asText());
        assertEquals("household", subsidy.at("/open_questions/0/field").asText());
        assertTrue(subsidy.at("/open_questions/0/needed").asText().contains("低保"));
        List<String> asked = new ArrayList<>();
        body.get("questions").forEach(q -> asked.add(q.get("field").asText()));
        assertTrue(asked.contains("household"), asked.toString());
        assertFalse(body.at("/questions/0/policies").isEmpty());
    }

    @Test
    void everyQuestionAnsweredUnknownExcludesNoOne() {
        Map<String, Object> all = new java.util.LinkedHashMap<>();
        client.portalQuestions().forEach(q -> all.put(q.get("field").asText(), "不清楚"));
        JsonNode body = match(all);
        assertEquals(0, body.at("/groups/met").size());
        assertTrue(body.at("/groups/maybe").size() > 10);
        body.at("/groups/maybe").forEach(p -> assertFalse(p.get("open_questions").isEmpty(), p.get("id").asText()));
        assertTrue(body.get("service_points").isEmpty(), "no 街镇, no nearest point");
    }

    @Test
    void ownWordsAreReadAndEmploymentComesFirst() {
        TestPortal.Json r = client.api(Map.of("text", "我是盲人，住在南翔镇，家里是低保，想找工作",
                "profile", MatchClient.profile("hukou", "本市", "has_certificate", true, "age", 30, "employment", "未就业")));
        assertEquals(200, r.status());
        JsonNode u = r.body().get("understood");
        assertEquals("视力", field(u, "category").get("value").asText());
        assertEquals("盲人", field(u, "category").get("words").asText());
        assertEquals("南翔镇", field(u, "street").get("value").asText());
        assertEquals("低保", field(u, "household").get("value").asText());
        assertEquals("就业", field(u, "needs").get("value").asText());
        assertEquals("南翔镇", r.body().get("street").asText());
        JsonNode met = r.body().at("/groups/met");
        boolean seenOther = false;
        int employment = 0;
        for (JsonNode p : met) {
            boolean jobs = p.get("matching_needs").toString().contains("就业");
            assertFalse(jobs && seenOther, "an employment policy after one that is not: " + MatchClient.ids(met));
            seenOther |= !jobs;
            employment += jobs ? 1 : 0;
        }
        assertTrue(employment >= 2, MatchClient.ids(met).toString());
    }

    @Test
    void nearestServicePointsAreInThePersonsStreetAndFitThePlace() {
        JsonNode body = match(MatchClient.profile("street", "南翔镇", "hukou", "本市", "has_certificate", true,
                "household", "低保"));
        assertFalse(body.get("service_points").isEmpty());
        body.get("service_points").forEach(p -> assertEquals("南翔镇", p.get("street").asText()));
        JsonNode legal = MatchClient.policy(body.at("/groups/met"), "falv-yuanzhu");
        assertNotNull(legal);
        assertEquals("公共法律服务点", legal.at("/service_points/0/type").asText());
        assertTrue(legal.at("/service_points/0/url").asText().startsWith("/service/"));
    }

    @Test
    void explainAddsTheNotMetGroupWithTheConditionNotMet() {
        Map<String, Object> profile = MatchClient.profile("hukou", "外省市", "has_certificate", true);
        TestPortal.Json asked = client.api(Map.of("profile", profile, "explain", true));
        JsonNode notMet = asked.body().at("/groups/not_met");
        JsonNode subsidy = MatchClient.policy(notMet, "kunnan-shenghuo-butie");
        assertNotNull(subsidy);
        assertEquals("不符合", subsidy.get("answer").asText());
        assertTrue(subsidy.get("reasons").toString().contains("不符合“本市户籍”的要求"));
        TestPortal.Json byQuery = client.api("/api/match?explain=1", "{\"profile\": {\"hukou\": \"外省市\"}}");
        assertTrue(byQuery.body().at("/groups").has("not_met"));
    }

    @Test
    void familyWordingAndConflicts() {
        TestPortal.Json r = client.api(Map.of("for", "family", "profile",
                MatchClient.profile("hukou", "本市", "has_certificate", true, "needs_care", true)));
        String all = r.body().get("groups").toString();
        assertEquals("family", r.body().get("for").asText());
        assertTrue(all.contains("您家人的户籍为本市"), all);
        assertFalse(all.contains("您的户籍"));
        JsonNode offered = r.body().at("/groups/maybe");
        JsonNode home = MatchClient.policy(offered, "jujia-yanghu");
        if (home == null) {
            home = MatchClient.policy(r.body().at("/groups/met"), "jujia-yanghu");
        }
        assertNotNull(home);
        assertTrue(home.get("conflicts").toString().contains("不能同时享受"), home.get("conflicts").toString());
    }

    @Test
    void noApplicationIsSaid() {
        JsonNode body = match(MatchClient.profile("hukou", "本市", "has_certificate", true));
        JsonNode transport = MatchClient.policy(body.at("/groups/met"), "jiaotong-butie");
        assertNotNull(transport);
        assertTrue(transport.get("no_application").asBoolean());
        assertFalse(transport.get("no_application_note").asText().isBlank());
    }

    @Test
    void upcomingPoliciesAreTheirOwnGroup() {
        JsonNode body = match(MatchClient.profile());
        body.at("/groups/upcoming").forEach(p -> assertEquals("尚未生效", p.get("status").asText()));
        body.at("/groups/maybe").forEach(p -> assertEquals("有效", p.get("status").asText()));
    }

    private static JsonNode field(JsonNode understood, String field) {
        for (JsonNode u : understood) {
            if (u.get("field").asText().equals(field)) {
                return u;
            }
        }
        throw new AssertionError("nothing understood for " + field + ": " + understood);
    }
}
