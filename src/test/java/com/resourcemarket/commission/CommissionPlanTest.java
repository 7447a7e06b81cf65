package com.resourcemarket.commission;

import io.quarkiverse.resteasy.problem.HttpProblem;
import com.resourcemarket.commission.plan.PlanDtos.RuleInput;
import com.resourcemarket.commission.plan.PlanDtos.TierInput;
import com.resourcemarket.commission.plan.PlanService;
import com.resourcemarket.commission.plan.RuleProblem;
import com.resourcemarket.commission.plan.RuleScope;
import com.resourcemarket.commission.plan.TierMode;
import com.resourcemarket.commission.plan.VolumeBasis;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.commission.CommissionFixtures.CATEGORY;
import static com.resourcemarket.commission.CommissionFixtures.OFFLINE;
import static com.resourcemarket.commission.CommissionFixtures.ONLINE;
import static com.resourcemarket.commission.CommissionFixtures.at;
import static com.resourcemarket.commission.CommissionFixtures.count;
import static com.resourcemarket.commission.CommissionFixtures.hex;
import static com.resourcemarket.commission.CommissionFixtures.postBatch;
import static com.resourcemarket.commission.CommissionFixtures.rule;
import static com.resourcemarket.commission.CommissionFixtures.sale;
import static com.resourcemarket.commission.CommissionFixtures.settle;
import static com.resourcemarket.commission.CommissionFixtures.tier;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

/** Plans: rate bounds on save, precedence recorded per line, versions, binding at signing, audit. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CommissionPlanTest {

    @BeforeEach
    void base() {
        CommissionFixtures.ensureBase();
    }

    @Test
    void effectiveDatesOutsideWhatTheDatabaseStoresAreA400NotA500() {
        String f = Tokens.finance();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("code", "P_FAR_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase());
        body.put("name", "远期方案 far future");
        body.put("effectiveFrom", "2099-01-01T00:00:00Z");
        body.put("rules", CommissionFixtures.standardRules());
        given().auth().oauth2(f).contentType("application/json").body(body).post("/api/v1/commission/plans")
                .then().statusCode(400).body("violations.field", hasItem("effectiveFrom"));
        body.put("effectiveFrom", "1960-01-01T00:00:00Z");
        given().auth().oauth2(f).contentType("application/json").body(body).post("/api/v1/commission/plans")
                .then().statusCode(400).body("violations.field", hasItem("effectiveFrom"));
        UUID plan = CommissionFixtures.plan(CommissionFixtures.standardRules());
        given().auth().oauth2(f).contentType("application/json")
                .body(Map.of("effectiveFrom", "2038-06-01T00:00:00Z", "rules", CommissionFixtures.standardRules()))
                .post("/api/v1/commission/plans/" + plan + "/versions")
                .then().statusCode(400).body("violations.field", hasItem("effectiveFrom"));
        given().auth().oauth2(f).contentType("application/json")
                .body(Map.of("effectiveFrom", "2037-12-31T15:59:59Z", "rules", CommissionFixtures.standardRules()))
                .post("/api/v1/commission/plans/" + plan + "/versions").then().statusCode(201);
    }

    @Test
    void everyRuleProblemIsListedInTheOrderSavingFindsThem() {
        var service = CDI.current().select(PlanService.class).get();
        var online = new RuleInput(ONLINE, RuleScope.PARTNER,
                "not-a-uuid", VolumeBasis.GMV, TierMode.WHOLE,
                List.of(new TierInput(new BigDecimal("0"), new BigDecimal("0.12")),
                        new TierInput(new BigDecimal("0"), new BigDecimal("0.05"))));
        var offline = new RuleInput(OFFLINE, RuleScope.DEFAULT,
                null, VolumeBasis.ORDER_COUNT, TierMode.MARGINAL,
                List.of(new TierInput(new BigDecimal("0"), new BigDecimal("0.03")),
                        new TierInput(new BigDecimal("10.5"), new BigDecimal("0.04"))));
        var problems = service.check(List.of(online, offline));
        assertThat(problems).extracting(RuleProblem::field).containsExactly(
                "rules[0].scopeKey", "rules[0].tiers[0].rate", "rules[0].tiers[1].from", "rules[1].tiers[1].from");
        assertThat(problems).extracting(RuleProblem::kind).containsExactly(
                RuleProblem.Kind.SCOPE_KEY_NOT_UUID,
                RuleProblem.Kind.RATE_OUT_OF_BOUNDS,
                RuleProblem.Kind.TIERS_NOT_ASCENDING,
                RuleProblem.Kind.ORDERS_NOT_WHOLE);
        assertThat(problems.get(1).maxRate()).isEqualByComparingTo("0.10");
        // saving refuses the first of them, as before
        CommissionFixtures.createPlan(Tokens.finance(), "P_FIRST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(),
                        List.of(rule(ONLINE, "PARTNER", "not-a-uuid", "GMV", "WHOLE", List.of(tier("0", "0.12")))))
                .then().statusCode(400).body("violations.field", hasItem("rules[0].scopeKey"));
        assertThat(service.check(CommissionFixtures.standardRules().stream().map(r -> new RuleInput(
                (String) r.get("contributionType"), RuleScope.DEFAULT, null,
                VolumeBasis.GMV, TierMode.WHOLE,
                List.of(new TierInput(BigDecimal.ZERO, new BigDecimal("0.05")))))
                .toList())).isEmpty();
    }

    @Test
    void ratesOutsideTheTypeBoundsAreRefusedOnSave() {
        String f = Tokens.finance();
        CommissionFixtures.createPlan(f, "BOUNDS_HIGH", List.of(rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE",
                        List.of(tier("0", "0.05"), tier("1000", "0.11")))))
                .then().statusCode(400).body("violations.field", hasItem("rules[0].tiers[1].rate"));
        CommissionFixtures.createPlan(f, "BOUNDS_LOW", List.of(rule(OFFLINE, "DEFAULT", null, "GMV", "MARGINAL",
                        List.of(tier("0", "0.02")))))
                .then().statusCode(400).body("violations.field", hasItem("rules[0].tiers[0].rate"));
        CommissionFixtures.createPlan(f, "BOUNDS_ORDER", List.of(rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE",
                        List.of(tier("0", "0.05"), tier("0", "0.06")))))
                .then().statusCode(400).body("violations.field", hasItem("rules[0].tiers[1].from"));
        CommissionFixtures.createPlan(f, "BOUNDS_START", List.of(rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE",
                        List.of(tier("10", "0.05")))))
                .then().statusCode(400).body("violations.field", hasItem("rules[0].tiers[0].from"));
        CommissionFixtures.createPlan(f, "BOUNDS_TYPE", List.of(rule("NO_SUCH_TYPE", "DEFAULT", null, "GMV", "WHOLE",
                        List.of(tier("0", "0.05")))))
                .then().statusCode(400).body("violations.field", hasItem("rules[0].contributionType"));
        CommissionFixtures.createPlan(f, "BOUNDS_KEY", List.of(rule(ONLINE, "PARTNER", "not-a-uuid", "GMV", "WHOLE",
                        List.of(tier("0", "0.05")))))
                .then().statusCode(400).body("violations.field", hasItem("rules[0].scopeKey"));
        assertThat(count("commission_plans where code like 'BOUNDS_%'")).isZero();
        // the bounds themselves are fine, on both edges
        CommissionFixtures.createPlan(f, "BOUNDS_EDGES", List.of(
                rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE", List.of(tier("0", "0.05"), tier("1000", "0.10"))),
                rule(OFFLINE, "DEFAULT", null, "ORDER_COUNT", "MARGINAL", List.of(tier("0", "0.03"), tier("100", "0.05")))))
                .then().statusCode(201);
    }

    @Test
    void financeAddsAContributionTypeWhoseBoundsApply() {
        String f = Tokens.finance();
        given().auth().oauth2(f).contentType("application/json")
                .body(Map.of("code", "LIVE_STREAM_ORDER", "name", "直播带货 live stream", "minRate", "0.04", "maxRate", "0.08"))
                .post("/api/v1/commission/contribution-types").then().statusCode(201);
        given().auth().oauth2(f).contentType("application/json")
                .body(Map.of("code", "LIVE_STREAM_ORDER", "name", "again"))
                .post("/api/v1/commission/contribution-types").then().statusCode(409);
        CommissionFixtures.createPlan(f, "LIVE_TOO_HIGH", List.of(rule("LIVE_STREAM_ORDER", "DEFAULT", null, "GMV", "WHOLE",
                List.of(tier("0", "0.09"))))).then().statusCode(400).body("violations.field", hasItem("rules[0].tiers[0].rate"));
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/commission/contribution-types").then().statusCode(200)
                .body("code", hasItem("LIVE_STREAM_ORDER"));
    }

    @Test
    void precedenceCooperationPartnerCategoryDefaultIsRecordedPerLine() {
        YearMonth month = CommissionFixtures.freshMonths(1);
        UUID p = CommissionFixtures.newPartner("prec-p");
        UUID q = CommissionFixtures.newPartner("prec-q");
        UUID coopA = Ids.newId();
        UUID plan = CommissionFixtures.plan(List.of(
                rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE", List.of(tier("0", "0.05"))),
                rule(ONLINE, "CATEGORY", CATEGORY, "GMV", "WHOLE", List.of(tier("0", "0.06"))),
                rule(ONLINE, "PARTNER", p.toString(), "GMV", "WHOLE", List.of(tier("0", "0.08"))),
                rule(ONLINE, "COOPERATION", coopA.toString(), "GMV", "WHOLE", List.of(tier("0", "0.10")))));
        UUID demander = UUID.fromString(Tokens.BEAUTY_CLIP_PARTNER_ID);
        CommissionFixtures.signed(coopA, plan, p, demander, CATEGORY, CommissionFixtures.SIGNED_AT);
        UUID coopB = CommissionFixtures.signed(plan, p, demander, CATEGORY, CommissionFixtures.SIGNED_AT);
        UUID coopC = CommissionFixtures.signed(plan, q, demander, CATEGORY, CommissionFixtures.SIGNED_AT);
        UUID coopD = CommissionFixtures.signed(plan, q, demander, "online.e-commerce", CommissionFixtures.SIGNED_AT);
        String f = Tokens.finance();
        postBatch(f, List.of(sale("pa", coopA, ONLINE, "1000.00", at(month, 2, 12), p),
                sale("pb", coopB, ONLINE, "1000.00", at(month, 2, 12), p),
                sale("pc", coopC, ONLINE, "1000.00", at(month, 2, 12), q),
                sale("pd", coopD, ONLINE, "1000.00", at(month, 2, 12), q))).then().statusCode(200);
        settle(f, month).then().statusCode(201);
        Map<UUID, String[]> expected = Map.of(coopA, new String[]{"COOPERATION", "100.0"}, coopB, new String[]{"PARTNER", "80.0"},
                coopC, new String[]{"CATEGORY", "60.0"}, coopD, new String[]{"DEFAULT", "50.0"});
        for (UUID partner : List.of(p, q)) {
            JsonPath statement = CommissionSettlementTest.statementOf(partner, month);
            List<Map<String, Object>> lines = statement.getList("lines");
            assertThat(lines).hasSize(2);
            for (int i = 0; i < lines.size(); i++) {
                String[] want = expected.get(UUID.fromString(statement.getString("lines[" + i + "].cooperationId")));
                assertThat(statement.getString("lines[" + i + "].ruleScope")).isEqualTo(want[0]);
                assertThat(statement.getString("lines[" + i + "].commission")).isEqualTo(want[1]);
                assertThat(statement.getString("lines[" + i + "].ruleId")).isNotBlank();
            }
        }
    }

    @Test
    void versionsBindAtSigningAndNeverChangeASettledMonth() {
        YearMonth month = CommissionFixtures.freshMonths(1);
        String f = Tokens.finance();
        UUID partner = CommissionFixtures.newPartner("versions");
        UUID plan = CommissionFixtures.plan(List.of(rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE", List.of(tier("0", "0.05")))));
        UUID early = CommissionFixtures.signed(plan, partner);
        given().auth().oauth2(f).contentType("application/json")
                .body(Map.of("effectiveFrom", "2000-06-01T00:00:00Z",
                        "rules", List.of(rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE", List.of(tier("0", "0.09"))))))
                .post("/api/v1/commission/plans/" + plan + "/versions").then().statusCode(201).body("versions.size()", org.hamcrest.Matchers.is(2));
        // a version must come after the previous one
        given().auth().oauth2(f).contentType("application/json")
                .body(Map.of("effectiveFrom", "2000-03-01T00:00:00Z",
                        "rules", List.of(rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE", List.of(tier("0", "0.06"))))))
                .post("/api/v1/commission/plans/" + plan + "/versions").then().statusCode(400)
                .body("violations.field", hasItem("effectiveFrom"));
        UUID late = CommissionFixtures.signed(plan, partner, UUID.fromString(Tokens.BEAUTY_CLIP_PARTNER_ID), CATEGORY,
                Instant.parse("2000-07-01T00:00:00Z"));
        postBatch(f, List.of(sale("v-early", early, ONLINE, "1000.00", at(month, 5, 10), partner),
                sale("v-late", late, ONLINE, "1000.00", at(month, 5, 10), partner))).then().statusCode(200);
        settle(f, month).then().statusCode(201);
        JsonPath statement = CommissionSettlementTest.statementOf(partner, month);
        Map<String, String> byCoop = Map.of(statement.getString("lines[0].cooperationId"), statement.getString("lines[0].commission"),
                statement.getString("lines[1].cooperationId"), statement.getString("lines[1].commission"));
        assertThat(byCoop.get(early.toString())).isEqualTo("50.0");
        assertThat(byCoop.get(late.toString())).isEqualTo("90.0");
        // a later version does not touch the settled month
        given().auth().oauth2(f).contentType("application/json")
                .body(Map.of("effectiveFrom", "2001-01-01T00:00:00Z",
                        "rules", List.of(rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE", List.of(tier("0", "0.10"))))))
                .post("/api/v1/commission/plans/" + plan + "/versions").then().statusCode(201);
        assertThat(CommissionSettlementTest.statementOf(partner, month).getString("linesTotal")).isEqualTo("140.0");
        // audit: creation and both versions, with before/after
        List<Map<String, Object>> audit = given().auth().oauth2(f).queryParam("entityType", "PLAN").queryParam("entityId", plan.toString())
                .get("/api/v1/commission/audit").then().statusCode(200).extract().path("$");
        assertThat(audit).extracting(e -> e.get("action")).containsExactly("CREATE", "NEW_VERSION", "NEW_VERSION");
        assertThat(audit.get(1).get("before").toString()).contains("\"number\":1");
        assertThat(audit.get(1).get("after").toString()).contains("\"number\":2");
        assertThat(audit).allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("finance"));
    }

    @Test
    void signingWithAnUnknownOrInactivePlanIsVetoed() {
        UUID partner = CommissionFixtures.newPartner("veto");
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> CommissionFixtures.signed(unknown, partner)).isInstanceOfSatisfying(HttpProblem.class, problem -> {
            assertThat(problem.getStatusCode()).isEqualTo(400);
            assertThat(problem.getDetail()).contains("commissionPlanId");
        });
        UUID plan = CommissionFixtures.plan(CommissionFixtures.standardRules());
        given().auth().oauth2(Tokens.finance()).post("/api/v1/commission/plans/" + plan + "/deactivate").then().statusCode(200)
                .body("active", org.hamcrest.Matchers.is(false));
        assertThatThrownBy(() -> CommissionFixtures.signed(plan, partner)).isInstanceOfSatisfying(HttpProblem.class, problem ->
                assertThat(problem.getDetail()).contains("inactive"));
        // the vetoed signings rolled back: no cooperation row, no binding
        assertThat(count("cooperations where owner_partner_id = " + hex(partner))).isZero();
    }
}
