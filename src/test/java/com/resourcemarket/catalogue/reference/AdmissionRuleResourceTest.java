package com.resourcemarket.catalogue.reference;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Admission rules per type: seeded from the documents, read by every role, configured by resource managers. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class AdmissionRuleResourceTest {

    private static final String CONTENT_PLATFORM = "online.digital-marketing.content-platform";
    private static final String RETAIL = "offline.physical-channel.retail-terminal";
    private static final String TEST_TYPE = "offline.scenario.rule-lab";
    private static final String WRITE_TYPE = "offline.scenario.rule-writes";

    @Inject
    AdmissionRuleService rules;

    @BeforeEach
    void testTypes() {
        for (String code : List.of(TEST_TYPE, WRITE_TYPE)) {
            int status = given().auth().oauth2(Tokens.manager()).contentType("application/json")
                    .body(Map.of("code", code, "channel", "OFFLINE", "level", "TYPE", "parentCode", "offline.scenario",
                            "labelZh", "规则实验室", "labelEn", "Rule lab"))
                    .post("/api/v1/taxonomy").statusCode();
            assertThat(status).isIn(201, 409);
        }
    }

    private static Map<String, Object> rule(String type, String kind, String subject, String operator, Object number,
                                            String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", type);
        body.put("subjectKind", kind);
        body.put("subject", subject);
        body.put("operator", operator);
        if (number != null) {
            body.put("thresholdNumber", number);
        }
        if (text != null) {
            body.put("thresholdText", text);
        }
        return body;
    }

    private static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/admission-rules").then();
    }

    private static ValidatableResponse list(String token, String type) {
        return given().auth().oauth2(token).get("/api/v1/admission-rules?typeCode=" + type).then();
    }

    @Test
    void seededExamplesOfTheDocuments() {
        for (String token : List.of(Tokens.manager(), Tokens.finance(), Tokens.admin(), Tokens.huadongClient(),
                Tokens.beautyClipClient())) {
            list(token, CONTENT_PLATFORM).statusCode(200).body("$", hasSize(1))
                    .body("[0].id", equalTo("0190a000-0000-7000-8000-000000000001"))
                    .body("[0].subjectKind", equalTo("TAG")).body("[0].subject", equalTo("followers"))
                    .body("[0].subjectLabelZh", equalTo("粉丝数")).body("[0].operator", equalTo("GTE"))
                    .body("[0].thresholdNumber", equalTo(100000)).body("[0].descriptionZh", equalTo("粉丝数不少于10万"))
                    .body("[0].descriptionEn", equalTo("At least 100,000 followers")).body("[0].active", equalTo(true));
        }
        list(Tokens.manager(), RETAIL).body("[0].subject", equalTo("store_area_m2"))
                .body("[0].thresholdNumber", equalTo(50)).body("[0].descriptionZh", equalTo("门店面积不少于50平方米"));
        list(Tokens.manager(), "online.e-commerce.social").body("[0].subject", equalTo("followers"));
        list(Tokens.manager(), "offline.scenario.experience-space").body("[0].subject", equalTo("store_area_m2"));
        list(Tokens.manager(), "online.tech-service.saas").body("$", hasSize(0));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/admission-rules?limit=200").then().statusCode(200)
                .body("typeCode", hasItem(RETAIL));
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/admission-rules/0190a000-0000-7000-8000-000000000003")
                .then().statusCode(200).body("typeCode", equalTo(RETAIL));
    }

    @Test
    void activeRulesForEvaluateTheSeeds() {
        List<AdmissionRuleView> platform = rules.activeRulesFor(CONTENT_PLATFORM);
        assertThat(platform).hasSize(1);
        RuleOutcome outcome = platform.get(0).evaluate(new AdmissionSubject(
                Map.of("followers", new BigDecimal("80000")), null, Set.of("beauty"), null, null, null, false));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reasonZh()).isEqualTo("粉丝数 80000 低于门槛 100000");
        assertThat(outcome.reasonEn()).isEqualTo("Followers 80000 is below the threshold 100000");
        List<AdmissionRuleView> retail = rules.activeRulesFor(RETAIL);
        assertThat(retail).hasSize(1);
        assertThat(retail.get(0).evaluate(new AdmissionSubject(Map.of("store_area_m2", new BigDecimal("50")), null, null,
                null, null, null, true)).passed()).isTrue();
        assertThat(rules.activeRulesFor("offline.scenario.experience-space")).hasSize(1);
        assertThat(rules.activeRulesFor("online.e-commerce.social")).hasSize(1);
        assertThat(rules.activeRulesFor("no.such.type")).isEmpty();
    }

    @Test
    void withoutTokenIs401() {
        given().get("/api/v1/admission-rules").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(rule(TEST_TYPE, "FIELD", "location", "PRESENT", null, null))
                .post("/api/v1/admission-rules").then().statusCode(401);
        given().contentType("application/json").body(Map.of())
                .put("/api/v1/admission-rules/0190a000-0000-7000-8000-000000000001").then().statusCode(401);
        given().delete("/api/v1/admission-rules/0190a000-0000-7000-8000-000000000001").then().statusCode(401);
    }

    @Test
    void partnersAndFinanceCannotWrite() {
        String seeded = "/api/v1/admission-rules/0190a000-0000-7000-8000-000000000004";
        Map<String, Object> change = rule("offline.scenario.experience-space", "TAG", "store_area_m2", "GTE", 1, null);
        change.put("version", 0);
        for (String token : List.of(Tokens.huadongClient(), Tokens.beautyClipClient(), Tokens.huadongUser(), Tokens.finance())) {
            post(token, rule(WRITE_TYPE, "FIELD", "location", "PRESENT", null, null)).statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).contentType("application/json").body(change).put(seeded).then().statusCode(403);
            given().auth().oauth2(token).delete(seeded).then().statusCode(403);
        }
        list(Tokens.manager(), WRITE_TYPE).body("$", hasSize(0));
        given().auth().oauth2(Tokens.manager()).get(seeded).then().statusCode(200).body("thresholdNumber", equalTo(50));
    }

    @Test
    void managersCreateUpdateAndDelete() {
        String id = post(Tokens.manager(), rule(TEST_TYPE, "TAG", "daily_footfall", "GTE", 5000, null)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/admission-rules/"))
                .body("subjectLabelZh", equalTo("日均客流")).body("subjectLabelEn", equalTo("Daily footfall"))
                .body("descriptionZh", equalTo("日均客流不少于5000")).body("descriptionEn", equalTo("Daily footfall of at least 5000"))
                .body("active", equalTo(true)).body("version", equalTo(0))
                .extract().path("id");
        String location = post(Tokens.admin(), rule(TEST_TYPE, "FIELD", "location", "PRESENT", null, null)).statusCode(201)
                .body("subjectLabelZh", equalTo("位置")).extract().path("id");
        Map<String, Object> textRule = rule(TEST_TYPE, "TAG", "age_group", "EQ", null, "18-35");
        textRule.put("descriptionZh", "主要年龄段须为18-35岁");
        textRule.put("descriptionEn", "Main age group must be 18-35");
        post(Tokens.manager(), textRule).statusCode(201).body("descriptionZh", equalTo("主要年龄段须为18-35岁"))
                .body("thresholdText", equalTo("18-35"));
        assertThat(rules.activeRulesFor(TEST_TYPE)).extracting(AdmissionRuleView::subject)
                .contains("daily_footfall", "location", "age_group");

        Map<String, Object> change = rule(TEST_TYPE, "TAG", "daily_footfall", "GTE", "3000.5", null);
        change.put("descriptionZh", "日均客流不少于3000人");
        change.put("version", 0);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(change)
                .put("/api/v1/admission-rules/" + id).then().statusCode(200)
                .body("thresholdNumber", equalTo(3000.5f)).body("descriptionZh", equalTo("日均客流不少于3000人"))
                .body("version", equalTo(1));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(change)
                .put("/api/v1/admission-rules/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("stale-version"));

        Map<String, Object> off = rule(TEST_TYPE, "TAG", "daily_footfall", "GTE", "3000.5", null);
        off.put("active", false);
        off.put("version", 1);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(off)
                .put("/api/v1/admission-rules/" + id).then().statusCode(200).body("active", equalTo(false));
        assertThat(rules.activeRulesFor(TEST_TYPE)).extracting(AdmissionRuleView::id).doesNotContain(UUID.fromString(id));
        list(Tokens.manager(), TEST_TYPE).body("id", hasItem(id));
        list(Tokens.finance(), TEST_TYPE).body("id", hasItem(id));
        list(Tokens.huadongClient(), TEST_TYPE).body("id", not(hasItem(id))).body("active", everyItem(equalTo(true)));
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/admission-rules/" + id).then().statusCode(404);

        given().auth().oauth2(Tokens.manager()).delete("/api/v1/admission-rules/" + location).then().statusCode(204);
        given().auth().oauth2(Tokens.manager()).get("/api/v1/admission-rules/" + location).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/admission-rules/" + location).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/admission-rules/" + id).then().statusCode(204);
    }

    @Test
    void badRulesAre400NamingTheFieldAndWriteNothing() {
        expect400(rule(WRITE_TYPE, "TAG", "followers", "GTE", null, null), "thresholdNumber");
        expect400(rule(WRITE_TYPE, "TAG", "followers", "LTE", null, "many"), "thresholdNumber");
        expect400(rule(WRITE_TYPE, "TAG", "followers", "GTE", 10, "many"), "thresholdText");
        expect400(rule(WRITE_TYPE, "TAG", "followers", "PRESENT", 10, null), "thresholdNumber");
        expect400(rule(WRITE_TYPE, "FIELD", "location", "PRESENT", null, "yes"), "thresholdText");
        expect400(rule(WRITE_TYPE, "TAG", "no_such_tag", "PRESENT", null, null), "subject");
        expect400(rule(WRITE_TYPE, "TAG", "exclusive_rights", "GTE", 1, null), "subject");
        expect400(rule(WRITE_TYPE, "TAG", "age_group", "LTE", 40, null), "subject");
        expect400(rule(WRITE_TYPE, "FIELD", "description", "GTE", 10, null), "subject");
        expect400(rule(WRITE_TYPE, "FIELD", "colour", "PRESENT", null, null), "subject");
        expect400(rule(WRITE_TYPE, "TAG", "age_group", "EQ", null, null), "thresholdText");
        expect400(rule(WRITE_TYPE, "TAG", "age_group", "EQ", 20, "18-35"), "thresholdNumber");
        expect400(rule(WRITE_TYPE, "TAG", "exclusive_rights", "EQ", null, "yes"), "operator");
        expect400(rule("offline.scenario.nowhere", "TAG", "followers", "GTE", 1, null), "typeCode");
        expect400(rule("offline.scenario", "TAG", "followers", "GTE", 1, null), "typeCode");
        expect400(rule(WRITE_TYPE, "TAG", "followers", null, 1, null), "operator");
        expect400(rule(WRITE_TYPE, "TAG", "followers", "GTE", "1.23456", null), "thresholdNumber");
        post(Tokens.manager(), rule(WRITE_TYPE, "TAG", "followers", "ABOUT", 1, null)).statusCode(400)
                .body(org.hamcrest.Matchers.containsString("operator"));
        list(Tokens.manager(), WRITE_TYPE).body("$", hasSize(0));

        Map<String, Object> noVersion = rule(RETAIL, "TAG", "store_area_m2", "GTE", 1, null);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(noVersion)
                .put("/api/v1/admission-rules/0190a000-0000-7000-8000-000000000003").then().statusCode(400)
                .body("violations.field", hasItem("version"));
        Map<String, Object> badUpdate = rule(RETAIL, "TAG", "store_area_m2", "GTE", null, null);
        badUpdate.put("version", 0);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(badUpdate)
                .put("/api/v1/admission-rules/0190a000-0000-7000-8000-000000000003").then().statusCode(400)
                .body("violations[0].field", equalTo("thresholdNumber"));
        list(Tokens.manager(), RETAIL).body("[0].thresholdNumber", equalTo(50)).body("[0].version", equalTo(0));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/admission-rules?typeCode=Not A Code").then().statusCode(400)
                .body("violations[0].field", equalTo("typeCode")).body("violations[0].in", equalTo("query"));
    }

    private static void expect400(Map<String, Object> body, String field) {
        post(Tokens.manager(), body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }
}
