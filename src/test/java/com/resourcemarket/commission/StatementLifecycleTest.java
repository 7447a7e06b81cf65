package com.resourcemarket.commission;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.commission.CommissionFixtures.OFFLINE;
import static com.resourcemarket.commission.CommissionFixtures.ONLINE;
import static com.resourcemarket.commission.CommissionFixtures.at;
import static com.resourcemarket.commission.CommissionFixtures.count;
import static com.resourcemarket.commission.CommissionFixtures.hex;
import static com.resourcemarket.commission.CommissionFixtures.postBatch;
import static com.resourcemarket.commission.CommissionFixtures.sale;
import static com.resourcemarket.commission.CommissionFixtures.settle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/** DRAFT → APPROVED (four-eyes) → PAID, disputes, holds, notifications, audit, who sees what. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class StatementLifecycleTest {

    static final String BASE = "/api/v1/commission/statements/";

    @BeforeEach
    void base() {
        CommissionFixtures.ensureBase();
    }

    @Test
    void fourEyesApprovalPaymentDisputeAndAudit() {
        YearMonth month = CommissionFixtures.freshMonths(1);
        UUID huadong = UUID.fromString(Tokens.HUADONG_PARTNER_ID);
        UUID coop = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), huadong);
        postBatch(Tokens.huadongClient(), List.of(sale("life-1", coop, ONLINE, "5000.00", at(month, 3, 10), null)))
                .then().statusCode(200);
        settle(Tokens.finance(), month).then().statusCode(201);
        String id = CommissionSettlementTest.statementOf(huadong, month).getString("id");

        // the partner sees its statement; the other partner does not
        given().auth().oauth2(Tokens.huadongClient()).get(BASE + id).then().statusCode(200).body("lines[0].commission", is(250.0f));
        given().auth().oauth2(Tokens.beautyClipClient()).get(BASE + id).then().statusCode(404);
        List<String> otherSees = given().auth().oauth2(Tokens.beautyClipClient()).queryParam("period", month.toString())
                .get("/api/v1/commission/statements").then().statusCode(200).extract().path("id");
        assertThat(otherSees).doesNotContain(id);
        List<String> ownerSees = given().auth().oauth2(Tokens.huadongUser()).queryParam("period", month.toString())
                .get("/api/v1/commission/statements").then().statusCode(200).extract().path("id");
        assertThat(ownerSees).containsExactly(id);

        // four-eyes: the finance user who started the run cannot approve
        given().auth().oauth2(Tokens.finance()).post(BASE + id + "/approve").then().statusCode(403);
        given().auth().oauth2(Tokens.finance2()).post(BASE + id + "/approve").then().statusCode(200)
                .body("status", is("APPROVED")).body("approvedBy", is("finance2"));
        given().auth().oauth2(Tokens.finance2()).post(BASE + id + "/approve").then().statusCode(409);
        // the partner disputes, finance resolves, it is approved again and paid
        given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json").body(Map.of("reason", "not mine"))
                .post(BASE + id + "/dispute").then().statusCode(404);
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").body(Map.of("reason", "3月订单漏算 orders missing"))
                .post(BASE + id + "/dispute").then().statusCode(200).body("status", is("DISPUTED"));
        given().auth().oauth2(Tokens.finance()).contentType("application/json").body(Map.of("payoutReference", "X"))
                .post(BASE + id + "/pay").then().statusCode(409);
        given().auth().oauth2(Tokens.finance()).contentType("application/json").body(Map.of("reason", "核对无误 checked: complete"))
                .post(BASE + id + "/resolve").then().statusCode(200).body("status", is("DRAFT"));
        given().auth().oauth2(Tokens.finance2()).post(BASE + id + "/approve").then().statusCode(200);
        given().auth().oauth2(Tokens.finance()).contentType("application/json").body(Map.of())
                .post(BASE + id + "/pay").then().statusCode(400);
        given().auth().oauth2(Tokens.finance()).contentType("application/json").body(Map.of("payoutReference", "CMB-0001"))
                .post(BASE + id + "/pay").then().statusCode(200).body("status", is("PAID")).body("payoutReference", is("CMB-0001"));
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").body(Map.of("reason", "late"))
                .post(BASE + id + "/dispute").then().statusCode(409);

        List<Map<String, Object>> audit = given().auth().oauth2(Tokens.admin()).queryParam("entityType", "STATEMENT")
                .queryParam("entityId", id).get("/api/v1/commission/audit").then().statusCode(200).extract().path("$");
        assertThat(audit).extracting(e -> e.get("action"))
                .containsExactly("CREATE", "APPROVE", "DISPUTE", "RESOLVE", "APPROVE", "PAY");
        assertThat(audit).extracting(e -> e.get("actor"))
                .containsExactly("finance", "finance2", "service-account-partner-huadong-appliance", "finance", "finance2", "finance");
        assertThat(audit.get(5).get("before").toString()).contains("\"status\":\"APPROVED\"");
        assertThat(audit.get(5).get("after").toString()).contains("\"status\":\"PAID\"");
    }

    @Test
    void lineAndPartnerHoldsKeepMoneyBackAndAreAudited() {
        YearMonth month = CommissionFixtures.freshMonths(1);
        UUID partner = CommissionFixtures.newPartner("holds");
        // a webhook, to see COMMISSION_STATEMENT_READY queued
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("COMMISSION_STATEMENT_READY")))
                .post("/api/v1/partners/" + partner + "/webhooks").then().statusCode(201);
        UUID coop = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), partner);
        String f = Tokens.finance();
        postBatch(f, List.of(sale("h-1", coop, ONLINE, "10000.00", at(month, 3, 10), partner),
                sale("h-2", coop, OFFLINE, "10000.00", at(month, 3, 10), partner))).then().statusCode(200);
        settle(f, month).then().statusCode(201);
        assertThat(count("webhook_deliveries where event_type = 'COMMISSION_STATEMENT_READY' and partner_id = " + hex(partner)))
                .isEqualTo(1);
        JsonPath statement = CommissionSettlementTest.statementOf(partner, month);
        String id = statement.getString("id");
        assertThat(statement.getString("payable")).isEqualTo("1000.0"); // 700 + 300
        String onlineLine = statement.getString("lines.find { it.contributionType == 'ONLINE_PLATFORM_ORDER' }.id");
        given().auth().oauth2(f).contentType("application/json").body(Map.of("reason", "订单核查 order check"))
                .post(BASE + id + "/lines/" + onlineLine + "/hold").then().statusCode(200)
                .body("held", is(700.0f)).body("payable", is(300.0f)).body("carriedForward", is(700.0f));
        given().auth().oauth2(f).contentType("application/json").body(Map.of("partnerId", partner.toString(), "reason", "合规 compliance"))
                .post("/api/v1/commission/partner-holds").then().statusCode(200);
        given().auth().oauth2(f).get(BASE + id).then().statusCode(200).body("payable", is(0.0f))
                .body("payableReason", org.hamcrest.Matchers.startsWith("partner on hold"));
        given().auth().oauth2(f).post("/api/v1/commission/partner-holds/" + partner + "/release").then().statusCode(204);
        given().auth().oauth2(f).post(BASE + id + "/lines/" + onlineLine + "/release").then().statusCode(200)
                .body("payable", is(1000.0f)).body("held", is(0.0f));
        given().auth().oauth2(f).post("/api/v1/commission/partner-holds/" + partner + "/release").then().statusCode(404);
        List<Map<String, Object>> audit = given().auth().oauth2(f).queryParam("entityId", id)
                .get("/api/v1/commission/audit").then().statusCode(200).extract().path("$");
        assertThat(audit).extracting(e -> e.get("action"))
                .containsExactly("CREATE", "HOLD_LINE", "RECOMPUTE", "RECOMPUTE", "RELEASE_LINE_HOLD");
        List<Map<String, Object>> holds = given().auth().oauth2(f).queryParam("entityType", "PARTNER_HOLD")
                .queryParam("entityId", partner.toString()).get("/api/v1/commission/audit").then().statusCode(200).extract().path("$");
        assertThat(holds).extracting(e -> e.get("action")).containsExactly("HOLD", "RELEASE");
    }
}
