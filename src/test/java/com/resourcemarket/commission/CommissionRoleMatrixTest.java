package com.resourcemarket.commission;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.resourcemarket.commission.CommissionFixtures.ONLINE;
import static com.resourcemarket.commission.CommissionFixtures.at;
import static com.resourcemarket.commission.CommissionFixtures.postBatch;
import static com.resourcemarket.commission.CommissionFixtures.rule;
import static com.resourcemarket.commission.CommissionFixtures.sale;
import static com.resourcemarket.commission.CommissionFixtures.settle;
import static com.resourcemarket.commission.CommissionFixtures.tier;
import static com.resourcemarket.testsupport.RoleMatrix.expect;
import static com.resourcemarket.testsupport.RoleMatrix.statuses;

/**
 * Every commission endpoint against every caller: no token, the earning partner (Huadong), another partner (Beauty
 * Clip), resource manager, finance and admin.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CommissionRoleMatrixTest {

    static final UUID HUADONG = UUID.fromString(Tokens.HUADONG_PARTNER_ID);
    static final String C = "/api/v1/commission";
    static final AtomicInteger SEQ = new AtomicInteger();

    @BeforeEach
    void base() {
        CommissionFixtures.ensureBase();
    }

    /** A DRAFT statement of Huadong for a fresh month, settled by admin (so finance may approve it). */
    static String huadongStatement() {
        YearMonth month = CommissionFixtures.freshMonths(1);
        UUID coop = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), HUADONG);
        postBatch(Tokens.huadongClient(), List.of(sale(CommissionFixtures.newEventId(), coop, ONLINE, "3000.00",
                at(month, 4, 10), null))).then().statusCode(200);
        settle(Tokens.admin(), month).then().statusCode(201);
        return CommissionSettlementTest.statementOf(HUADONG, month).getString("id");
    }

    @Test
    void plansAndTypes() {
        expect("GET /contribution-types", statuses(401, 200, 200, 200, 200, 200),
                (caller, r) -> r.get(C + "/contribution-types").statusCode());
        expect("POST /contribution-types", statuses(401, 403, 403, 403, 201, 201), (caller, r) -> r
                .body(Map.of("code", "MATRIX_TYPE_" + SEQ.incrementAndGet(), "name", "矩阵 matrix"))
                .post(C + "/contribution-types").statusCode());
        expect("POST /plans", statuses(401, 403, 403, 403, 201, 201), (caller, r) -> r
                .body(Map.of("code", "MATRIX_PLAN_" + SEQ.incrementAndGet(), "name", "矩阵 matrix", "rules",
                        CommissionFixtures.standardRules())).post(C + "/plans").statusCode());
        UUID plan = CommissionFixtures.plan(CommissionFixtures.standardRules());
        expect("GET /plans", statuses(401, 403, 403, 200, 200, 200), (caller, r) -> r.get(C + "/plans").statusCode());
        expect("GET /plans/{id}", statuses(401, 403, 403, 200, 200, 200), (caller, r) -> r.get(C + "/plans/" + plan).statusCode());
        expect("POST /plans/{id}/versions", statuses(401, 403, 403, 403, 201, 201), (caller, r) -> r
                .body(Map.of("effectiveFrom", "2030-01-" + String.format("%02d", 1 + SEQ.incrementAndGet() % 28) + "T00:00:00Z",
                        "rules", List.of(rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE", List.of(tier("0", "0.06"))))))
                .post(C + "/plans/" + plan + "/versions").statusCode());
        expect("POST /plans/{id}/deactivate", statuses(401, 403, 403, 403, 200, 200),
                (caller, r) -> r.post(C + "/plans/" + plan + "/deactivate").statusCode());
    }

    @Test
    void events() {
        UUID stranger = CommissionFixtures.newPartner("matrix-demander");
        UUID coop = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), HUADONG, stranger,
                CommissionFixtures.CATEGORY, CommissionFixtures.SIGNED_AT);
        YearMonth month = CommissionFixtures.freshMonths(1);
        expect("POST /events", statuses(401, 201, 400, 403, 201, 201), (caller, r) -> r
                .body(sale(CommissionFixtures.newEventId(), coop, ONLINE, "1.00", at(month, 1, 12),
                        caller.equals("finance") || caller.equals("admin") || caller.equals("manager") ? HUADONG : null))
                .post(C + "/events").statusCode());
        expect("POST /events/batch", statuses(401, 200, 400, 403, 200, 200), (caller, r) -> r
                .body(Map.of("events", List.of(sale(CommissionFixtures.newEventId(), coop, ONLINE, "1.00", at(month, 1, 12),
                        caller.equals("finance") || caller.equals("admin") || caller.equals("manager") ? HUADONG : null))))
                .post(C + "/events/batch").statusCode());
    }

    @Test
    void runsStatementsAndHolds() {
        expect("POST /settlement-runs", statuses(401, 403, 403, 403, 201, 201), (caller, r) -> r
                .body(Map.of("period", CommissionFixtures.freshMonths(1).toString())).post(C + "/settlement-runs").statusCode());
        expect("GET /settlement-runs", statuses(401, 403, 403, 403, 200, 200), (caller, r) -> r.get(C + "/settlement-runs").statusCode());
        String first = huadongStatement();
        expect("GET /statements", statuses(401, 200, 200, 403, 200, 200), (caller, r) -> r.get(C + "/statements").statusCode());
        expect("GET /statements/{id}", statuses(401, 200, 404, 403, 200, 200),
                (caller, r) -> r.get(C + "/statements/" + first).statusCode());
        expect("POST /statements/{id}/approve", statuses(401, 403, 403, 403, 200, 409),
                (caller, r) -> r.post(C + "/statements/" + first + "/approve").statusCode());
        expect("POST /statements/{id}/pay", statuses(401, 403, 403, 403, 200, 409), (caller, r) -> r
                .body(Map.of("payoutReference", "MATRIX-1")).post(C + "/statements/" + first + "/pay").statusCode());
        String second = huadongStatement();
        expect("POST /statements/{id}/dispute", statuses(401, 200, 404, 403, 403, 403), (caller, r) -> r
                .body(Map.of("reason", "矩阵 matrix")).post(C + "/statements/" + second + "/dispute").statusCode());
        expect("POST /statements/{id}/resolve", statuses(401, 403, 403, 403, 200, 409), (caller, r) -> r
                .body(Map.of("reason", "ok")).post(C + "/statements/" + second + "/resolve").statusCode());
        String third = huadongStatement();
        String line = io.restassured.RestAssured.given().auth().oauth2(Tokens.finance()).get(C + "/statements/" + third)
                .then().statusCode(200).extract().path("lines[0].id");
        expect("POST /statements/{id}/lines/{id}/hold", statuses(401, 403, 403, 403, 200, 200), (caller, r) -> r
                .body(Map.of("reason", "check")).post(C + "/statements/" + third + "/lines/" + line + "/hold").statusCode());
        expect("POST /statements/{id}/lines/{id}/release", statuses(401, 403, 403, 403, 200, 200),
                (caller, r) -> r.post(C + "/statements/" + third + "/lines/" + line + "/release").statusCode());
        UUID held = CommissionFixtures.newPartner("matrix-hold");
        expect("POST /partner-holds", statuses(401, 403, 403, 403, 200, 200), (caller, r) -> r
                .body(Map.of("partnerId", held.toString(), "reason", "check")).post(C + "/partner-holds").statusCode());
        expect("GET /partner-holds", statuses(401, 403, 403, 403, 200, 200), (caller, r) -> r.get(C + "/partner-holds").statusCode());
        expect("POST /partner-holds/{id}/release", statuses(401, 403, 403, 403, 204, 404),
                (caller, r) -> r.post(C + "/partner-holds/" + held + "/release").statusCode());
        expect("GET /audit", statuses(401, 403, 403, 403, 200, 200), (caller, r) -> r.get(C + "/audit").statusCode());
    }

    @Test
    void reports() {
        expect("GET /reports", statuses(401, 403, 403, 200, 200, 200), (caller, r) -> r
                .queryParam("from", "2001-01").queryParam("to", "2001-12").get(C + "/reports").statusCode());
        expect("GET /reports/roi", statuses(401, 403, 403, 200, 200, 200), (caller, r) -> r
                .queryParam("from", "2001-01").queryParam("to", "2001-12").get(C + "/reports/roi").statusCode());
        expect("GET /reports/export", statuses(401, 403, 403, 403, 200, 200), (caller, r) -> r.accept("*/*")
                .queryParam("period", "2001-01").get(C + "/reports/export").statusCode());
    }
}
