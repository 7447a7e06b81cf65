package com.resourcemarket.console;

import com.resourcemarket.commission.CommissionFixtures;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.console.ConsoleForms.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commission set-up pages over plain HTTP against the real services and database: plans with several rules (errors
 * next to {@code rules[i].tiers[j].rate} etc. in both languages), a new version pre-filled from the version in force,
 * deactivation, contribution types and partner holds; who may do what.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ConsoleCommissionSetupTest {

    private static final String ONLINE = CommissionFixtures.ONLINE;
    private static final String OFFLINE = CommissionFixtures.OFFLINE;

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void aPlanWithTwoRulesIsCheckedPerRuleAndSaved() {
        String code = "P_TWO_" + suffix();
        // blocks 0 and 3 of the page (a block was removed in between): they come back as rules[0] and rules[1]
        Map<String, Object> form = twoRules(code, "6");
        String english = post("/console/finance/plans", form).then().statusCode(200).extract().asString();
        assertThat(english).contains("id=\"rule-1-tier-rate-1-error\">Must be between 3 % and 5 % for this contribution type",
                "id=\"form-error\"", "name=\"ruleKey\" value=\"1\"");
        assertThat(english).doesNotContain("id=\"rule-0-tier-rate-1-error\"", "id=\"rule-3-");
        assertThat(post("/console/finance/plans", form, "zh").asString())
                .contains("id=\"rule-1-tier-rate-1-error\">该贡献类型的费率须在 3 % 至 5 % 之间");

        Map<String, Object> duplicate = new LinkedHashMap<>(twoRules(code, "5"));
        duplicate.put("ruleType", List.of(ONLINE, ONLINE));
        duplicate.put("tierRate", List.of("5", "7", "6", "8"));
        assertThat(post("/console/finance/plans", duplicate).asString())
                .contains("id=\"rule-1-error\" role=\"alert\">Another rule of this plan has the same contribution type and scope.");

        Map<String, Object> scopeKey = new LinkedHashMap<>(twoRules(code, "5"));
        scopeKey.put("ruleScope", List.of("PARTNER", "DEFAULT"));
        scopeKey.put("ruleScopeKey", List.of("not-an-id", "x"));
        String keys = post("/console/finance/plans", scopeKey).asString();
        assertThat(keys).contains("id=\"rule-0-scopeKey-error\">Must be an id (UUID) for this scope",
                "id=\"rule-1-scopeKey-error\">Leave empty for the Default scope");
        assertThat(post("/console/finance/plans", scopeKey, "zh").asString())
                .contains("id=\"rule-0-scopeKey-error\">此范围的范围键须为 ID（UUID）");

        Map<String, Object> noRules = new LinkedHashMap<>(twoRules(code, "5"));
        for (String field : List.of("ruleKey", "ruleType", "ruleScope", "ruleScopeKey", "ruleBasis", "ruleMode", "tierRule",
                "tierFrom", "tierRate")) {
            noRules.remove(field);
        }
        assertThat(post("/console/finance/plans", noRules).asString()).contains("id=\"rules-error\" role=\"alert\">Add at least one rule.");

        Response saved = post("/console/finance/plans", twoRules(code, "5"));
        assertThat(saved.statusCode()).isEqualTo(303);
        String planId = saved.header("Location").replaceAll(".*/plans/", "");
        String page = given().get("/console/finance/plans/" + planId).then().statusCode(200).extract().asString();
        assertThat(page).contains(code, "Online platform orders", "Offline-driven online repurchase", "Marginal", "7 %", "5 %",
                "id=\"version-state-1\">In force");
        Map<String, Object> plan = given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/plans/" + planId)
                .then().statusCode(200).extract().path("$");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = (List<Map<String, Object>>) ((List<Map<String, Object>>) plan.get("versions")).get(0).get("rules");
        assertThat(rules).extracting(r -> r.get("contributionType")).containsExactly(ONLINE, OFFLINE);
        assertThat(rules).extracting(r -> r.get("mode")).containsExactly("WHOLE", "MARGINAL");
        assertThat(rules.get(1).get("tiers").toString()).contains("from=5000", "rate=0.05");
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void aNewVersionIsPreFilledFromTheVersionInForceAndNeedsALaterDate() {
        String code = "P_VER_" + suffix();
        String planId = CommissionFixtures.createPlan(Tokens.finance(), code, CommissionFixtures.standardRules())
                .then().statusCode(201).extract().path("id");
        String plan = given().get("/console/finance/plans/" + planId).then().statusCode(200).extract().asString();
        assertThat(plan).contains("id=\"new-version\"", "id=\"do-deactivate\"", "id=\"version-state-1\">In force");

        String form = given().get("/console/finance/plans/" + planId + "/versions/new").then().statusCode(200).extract().asString();
        String tomorrow = LocalDate.now(com.resourcemarket.core.time.MarketTime.ZONE).plusDays(1).toString();
        assertThat(form).contains("New version of " + code, "Pre-filled from version 1, effective from 1999-01-01 08:00",
                "id=\"plan-effectiveFrom\"", "value=\"" + tomorrow + "\"",
                "id=\"rule-0-tier-rate-1\" name=\"tierRate\" value=\"7\"", "id=\"rule-1-tier-rate-0\" name=\"tierRate\" value=\"3\"",
                "<option value=\"" + OFFLINE + "\" selected>");
        assertThat(form).doesNotContain("id=\"plan-code\"");

        Map<String, Object> version = versionForm("1999-01-01", "8");
        String early = post("/console/finance/plans/" + planId + "/versions", version).then().statusCode(200).extract().asString();
        assertThat(early).contains("id=\"plan-effectiveFrom-error\">Must be after the latest version&#39;s effective date (1999-01-01 08:00)");
        assertThat(post("/console/finance/plans/" + planId + "/versions", version, "zh").asString())
                .contains("id=\"plan-effectiveFrom-error\">须晚于最新版本的生效时间（1999-01-01 08:00）");
        assertThat(post("/console/finance/plans/" + planId + "/versions", versionForm("2099-01-01", "8")).asString())
                .contains("id=\"plan-effectiveFrom-error\">Must be a date from 1970-01-02 to 2037-12-31");
        String bounds = post("/console/finance/plans/" + planId + "/versions", versionForm("2037-06-01", "12")).asString();
        assertThat(bounds).contains("id=\"rule-0-tier-rate-1-error\">Must be between 5 % and 10 %");
        String missing = post("/console/finance/plans/" + planId + "/versions", versionForm("", "8")).asString();
        assertThat(missing).contains("id=\"plan-effectiveFrom-error\">Required");

        Response saved = post("/console/finance/plans/" + planId + "/versions", versionForm("2037-06-01", "8"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/console/finance/plans/" + planId + "?done=version");
        String after = given().get(saved.header("Location")).then().statusCode(200).extract().asString();
        assertThat(after).contains("id=\"flash\">New version saved.", "id=\"version-state-1\">In force",
                "id=\"version-state-2\">Scheduled", "2037-06-01 00:00", "8 %");
        assertThat(ConsoleForms.get("/console/finance/plans/" + planId, "zh")).contains("id=\"version-state-2\">待生效",
                "id=\"version-state-1\">生效中");
        List<Map<String, Object>> versions = given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/plans/" + planId)
                .then().statusCode(200).extract().path("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1)).containsEntry("number", 2).containsEntry("effectiveFrom", "2037-05-31T16:00:00Z");
        assertThat(versions.get(1).get("rules").toString()).contains("rate=0.08", OFFLINE);

        // a third version pre-fills from version 1, still the one in force
        assertThat(given().get("/console/finance/plans/" + planId + "/versions/new").asString())
                .contains("Pre-filled from version 1", "value=\"2037-06-02\"");
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void aPlanIsDeactivated() {
        String planId = CommissionFixtures.createPlan(Tokens.finance(), "P_OFF_" + suffix(), CommissionFixtures.standardRules())
                .then().statusCode(201).extract().path("id");
        Response done = post("/console/finance/plans/" + planId + "/deactivate", Map.of());
        assertThat(done.statusCode()).isEqualTo(303);
        String page = given().get(done.header("Location")).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"flash\">Plan deactivated", "id=\"plan-active\">Inactive", "id=\"plan-inactive-hint\"")
                .doesNotContain("id=\"do-deactivate\"");
        assertThat((Boolean) given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/plans/" + planId)
                .then().statusCode(200).extract().path("active")).isFalse();
        post("/console/finance/plans/" + UUID.randomUUID() + "/deactivate", Map.of()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void contributionTypesAreListedAndAddedWithTheirBounds() {
        String types = given().get("/console/finance/types").then().statusCode(200).extract().asString();
        assertThat(types).contains("id=\"type-" + ONLINE + "\"", "Online platform orders", "5 %", "10 %");
        assertThat(ConsoleForms.get("/console/finance/types", "zh")).contains("贡献类型", "线下引流线上复购");

        String code = "LIVE_" + suffix();
        String bad = post("/console/finance/types", Map.of("code", "live", "name", "", "minRate", "150", "maxRate", "x"))
                .then().statusCode(200).extract().asString();
        assertThat(bad).contains("id=\"type-code-error\">Capital letters, digits and _", "id=\"type-name-error\">Required",
                "id=\"type-minRate-error\">Must be a percentage from 0 to 100", "id=\"type-maxRate-error\">Must be a number");
        String inverted = post("/console/finance/types", Map.of("code", code, "name", "直播带货订单 live-stream orders",
                "minRate", "8", "maxRate", "4")).asString();
        assertThat(inverted).contains("id=\"type-minRate-error\">The minimum must not be above the maximum");
        assertThat(post("/console/finance/types", Map.of("code", code, "name", "直播", "minRate", "8", "maxRate", "4"), "zh").asString())
                .contains("id=\"type-minRate-error\">最低费率不能高于最高费率");

        Response added = post("/console/finance/types", Map.of("code", code, "name", "直播带货订单 live-stream orders",
                "minRate", "4", "maxRate", "8.5"));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(given().get(added.header("Location")).asString()).contains("id=\"flash\">Contribution type added.",
                "id=\"type-" + code + "\"", "直播带货订单 live-stream orders", "8.5 %");
        List<Map<String, Object>> api = given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/contribution-types")
                .then().statusCode(200).extract().path("$");
        assertThat(api).anySatisfy(t -> {
            assertThat(t).containsEntry("code", code);
            assertThat(t.get("minRate").toString()).isEqualTo("0.04");
            assertThat(t.get("maxRate").toString()).isEqualTo("0.085");
        });
        assertThat(post("/console/finance/types", Map.of("code", code, "name", "again")).asString())
                .contains("id=\"type-code-error\">A contribution type with this code exists already.");
        // the editor offers it, with its bounds
        assertThat(given().get("/console/finance/plans/new").asString()).contains("<option value=\"" + code + "\"");
        assertThat(given().get("/console/finance/plans/type-bounds?ruleType=" + code).asString()).contains("Rate bounds: 4 % – 8.5 %");
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void partnersArePutOnHoldAndReleased() {
        UUID partner = CommissionFixtures.newPartner("Hold " + suffix());
        String page = given().get("/console/finance/holds").then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"hold-form\"", "<option value=\"" + partner + "\"");

        String missing = post("/console/finance/holds", Map.of("partnerId", "", "reason", " ")).then().statusCode(200).extract().asString();
        assertThat(missing).contains("id=\"hold-partnerId-error\">Required", "id=\"hold-reason-error\">Required");
        assertThat(post("/console/finance/holds", Map.of("partnerId", UUID.randomUUID().toString(), "reason", "x"), "zh").asString())
                .contains("id=\"hold-partnerId-error\">请选择已登记的合作伙伴");

        Response held = post("/console/finance/holds", Map.of("partnerId", partner.toString(), "reason", "合规审查中 compliance review"));
        assertThat(held.statusCode()).isEqualTo(303);
        String list = given().get(held.header("Location")).then().statusCode(200).extract().asString();
        assertThat(list).contains("id=\"flash\">Partner on hold", "id=\"hold-" + partner + "\"", "合规审查中 compliance review",
                "id=\"release-" + partner + "\"");
        List<Map<String, Object>> holds = given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/partner-holds")
                .then().statusCode(200).extract().path("$");
        assertThat(holds).anySatisfy(h -> assertThat(h).containsEntry("partnerId", partner.toString()).containsEntry("createdBy", "finance"));

        Response released = post("/console/finance/holds/" + partner + "/release", Map.of());
        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(given().get(released.header("Location")).asString()).contains("id=\"flash\">Hold released.")
                .doesNotContain("id=\"hold-" + partner + "\"");
        holds = given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/partner-holds").then().statusCode(200).extract().path("$");
        assertThat(holds).noneSatisfy(h -> assertThat(h).containsEntry("partnerId", partner.toString()));
        // releasing again: nothing on hold, a localized 404 page
        Response again = post("/console/finance/holds/" + partner + "/release", Map.of(), "zh");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.asString()).contains("lang=\"zh-CN\"");
    }

    @Test
    @TestSecurity(user = "admin.user", roles = "admin")
    void adminReachesTheSetupPages() {
        for (String path : List.of("/console/finance/types", "/console/finance/holds", "/console/finance/plans/new")) {
            given().get(path).then().statusCode(200);
        }
        String planId = CommissionFixtures.createPlan(Tokens.finance(), "P_ADM_" + suffix(), CommissionFixtures.standardRules())
                .then().statusCode(201).extract().path("id");
        given().get("/console/finance/plans/" + planId + "/versions/new").then().statusCode(200);
        assertThat(post("/console/finance/plans/" + planId + "/deactivate", Map.of()).statusCode()).isEqualTo(303);
    }

    @Test
    @TestSecurity(user = "huadong.buyer", roles = "partner")
    void partnersAreRefused() {
        for (String path : List.of("/console/finance/types", "/console/finance/holds",
                "/console/finance/plans/" + UUID.randomUUID() + "/versions/new")) {
            given().get(path).then().statusCode(403);
        }
        post("/console/finance/types", Map.of("code", "PARTNER_TYPE", "name", "x")).then().statusCode(403);
        post("/console/finance/holds", Map.of("partnerId", UUID.randomUUID().toString(), "reason", "x")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void postsWithoutTheCsrfTokenChangeNothing() {
        String code = "NOCSRF_" + suffix();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("code", code).formParam("name", "x").post("/console/finance/types").then().statusCode(403);
        List<String> codes = given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/contribution-types")
                .then().statusCode(200).extract().path("code");
        assertThat(codes).doesNotContain(code);
    }

    /** Page blocks 0 and 3: online 5 % / 7 % from 10,000 (WHOLE); offline 3 % / {@code offlineRate} from 5,000 (MARGINAL). */
    private static Map<String, Object> twoRules(String code, String offlineRate) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("name", "两条规则 two rules");
        form.put("effectiveFrom", "1999-01-01");
        form.put("ruleKey", List.of("0", "3"));
        form.put("ruleType", List.of(ONLINE, OFFLINE));
        form.put("ruleScope", List.of("DEFAULT", "DEFAULT"));
        form.put("ruleScopeKey", List.of("", ""));
        form.put("ruleBasis", List.of("GMV", "GMV"));
        form.put("ruleMode", List.of("WHOLE", "MARGINAL"));
        form.put("tierRule", List.of("0", "0", "3", "3"));
        form.put("tierFrom", List.of("0", "10000", "0", "5000"));
        form.put("tierRate", List.of("5", "7", "3", offlineRate));
        return form;
    }

    /** The standard rules with the online second tier at {@code onlineRate} %. */
    private static Map<String, Object> versionForm(String effectiveFrom, String onlineRate) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("effectiveFrom", effectiveFrom);
        form.put("ruleKey", List.of("0", "1"));
        form.put("ruleType", List.of(ONLINE, OFFLINE));
        form.put("ruleScope", List.of("DEFAULT", "DEFAULT"));
        form.put("ruleScopeKey", List.of("", ""));
        form.put("ruleBasis", List.of("GMV", "GMV"));
        form.put("ruleMode", List.of("WHOLE", "WHOLE"));
        form.put("tierRule", List.of("0", "0", "1"));
        form.put("tierFrom", List.of("0", "10000", "0"));
        form.put("tierRate", List.of("5", onlineRate, "3"));
        return form;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
