package com.resourcemarket.commission;

import com.resourcemarket.commission.settlement.SettlementFaults;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.resourcemarket.commission.CommissionFixtures.OFFLINE;
import static com.resourcemarket.commission.CommissionFixtures.ONLINE;
import static com.resourcemarket.commission.CommissionFixtures.at;
import static com.resourcemarket.commission.CommissionFixtures.count;
import static com.resourcemarket.commission.CommissionFixtures.hex;
import static com.resourcemarket.commission.CommissionFixtures.periodKey;
import static com.resourcemarket.commission.CommissionFixtures.postBatch;
import static com.resourcemarket.commission.CommissionFixtures.refund;
import static com.resourcemarket.commission.CommissionFixtures.sale;
import static com.resourcemarket.commission.CommissionFixtures.settle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Settlement runs: tiers, same-month refunds, clawbacks in later months, carry-forward, exactly-once. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CommissionSettlementTest {

    @Inject
    SettlementFaults faults;

    @BeforeEach
    void base() {
        CommissionFixtures.ensureBase();
    }

    @AfterEach
    void clearFaults() {
        faults.clear();
    }

    static JsonPath statementOf(UUID partner, YearMonth month) {
        List<Map<String, Object>> list = given().auth().oauth2(Tokens.finance())
                .queryParam("partner", partner.toString()).queryParam("period", month.toString())
                .get("/api/v1/commission/statements").then().statusCode(200).extract().path("$");
        assertThat(list).hasSize(1);
        return given().auth().oauth2(Tokens.finance()).get("/api/v1/commission/statements/" + list.get(0).get("id"))
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void tiersRefundsClawbacksAndCarryForward() {
        YearMonth m1 = CommissionFixtures.freshMonths(5);
        YearMonth m2 = m1.plusMonths(1);
        YearMonth m3 = m1.plusMonths(2);
        YearMonth m4 = m1.plusMonths(3);
        YearMonth m5 = m1.plusMonths(4);
        UUID partner = CommissionFixtures.newPartner("carry");
        UUID plan = CommissionFixtures.plan(CommissionFixtures.standardRules());
        UUID coop = CommissionFixtures.signed(plan, partner);
        String f = Tokens.finance();

        // month 1: 6000 + 5000 online, 1000 of the first refunded in the same month -> 10000.00, exactly on the 7 % tier
        postBatch(f, List.of(
                sale("c1-a", coop, ONLINE, "6000.00", at(m1, 3, 10), partner),
                sale("c1-b", coop, ONLINE, "5000.00", at(m1, 20, 10), partner),
                refund("c1-r", "c1-a", coop, ONLINE, "1000.00", at(m1, 28, 10), partner),
                sale("c1-o", coop, OFFLINE, "333.33", at(m1, 5, 9), partner)))
                .then().statusCode(200);
        settle(f, m1).then().statusCode(201);
        JsonPath s1 = statementOf(partner, m1);
        assertThat(s1.getString("lines[0].contributionType")).isEqualTo(OFFLINE);
        assertThat(s1.getString("lines[0].commission")).isEqualTo("10.0"); // 333.33 × 3 % = 9.9999 -> 10.00
        assertThat(s1.getString("lines[1].contributionType")).isEqualTo(ONLINE);
        assertThat(s1.getString("lines[1].grossVolume")).isEqualTo("11000.0");
        assertThat(s1.getString("lines[1].refundedVolume")).isEqualTo("1000.0");
        assertThat(s1.getString("lines[1].volume")).isEqualTo("10000.0");
        assertThat(s1.getInt("lines[1].tierReached")).isEqualTo(2);
        assertThat(s1.getString("lines[1].commission")).isEqualTo("700.0");
        assertThat(s1.getString("lines[1].ruleScope")).isEqualTo("DEFAULT");
        assertThat(s1.getLong("lines[1].orderCount")).isEqualTo(2);
        assertThat(s1.getLong("lines[1].eventCount")).isEqualTo(3);
        assertThat(s1.getString("linesTotal")).isEqualTo("710.0");
        assertThat(s1.getString("payable")).isEqualTo("710.0");
        assertThat(s1.getString("carriedForward")).isEqualTo("0.0");

        // the settled month takes no more events
        postBatch(f, List.of(sale("c1-late", coop, ONLINE, "1.00", at(m1, 28, 10), partner))).then().statusCode(409);
        // re-running changes nothing
        JsonPath again = settle(f, m1).then().statusCode(200).extract().jsonPath();
        assertThat(again.getBoolean("alreadySettled")).isTrue();
        assertThat(count("commission_statements where period = " + periodKey(m1) + " and partner_id = " + hex(partner))).isEqualTo(1);

        // month 2: the 5000 sale of month 1 is refunded -> clawback at month 1's 7 %: -350.00; plus 100 at 5 % = 5.00
        postBatch(f, List.of(
                refund("c2-r", "c1-b", coop, ONLINE, "5000.00", at(m2, 2, 10), partner),
                sale("c2-a", coop, ONLINE, "100.00", at(m2, 3, 10), partner)))
                .then().statusCode(200);
        settle(f, m2).then().statusCode(201);
        JsonPath s2 = statementOf(partner, m2);
        assertThat(s2.getString("lines[0].commission")).isEqualTo("5.0");
        assertThat(s2.getString("lines[0].clawbackVolume")).isEqualTo("5000.0");
        assertThat(s2.getString("lines[0].clawback")).isEqualTo("-350.0");
        assertThat(s2.getString("lines[0].total")).isEqualTo("-345.0");
        assertThat(s2.getString("balance")).isEqualTo("-345.0");
        assertThat(s2.getString("payable")).isEqualTo("0.0");
        assertThat(s2.getString("carriedForward")).isEqualTo("-345.0");
        // month 1's statement is untouched
        assertThat(statementOf(partner, m1).getString("linesTotal")).isEqualTo("710.0");

        // month 3: 500 -> 25.00; still negative, carried
        postBatch(f, List.of(sale("c3-a", coop, ONLINE, "500.00", at(m3, 3, 10), partner))).then().statusCode(200);
        settle(f, m3).then().statusCode(201);
        JsonPath s3 = statementOf(partner, m3);
        assertThat(s3.getString("broughtForward")).isEqualTo("-345.0");
        assertThat(s3.getString("balance")).isEqualTo("-320.0");
        assertThat(s3.getString("payable")).isEqualTo("0.0");

        // month 4: 9000 -> 450.00; balance 130.00 is paid
        postBatch(f, List.of(sale("c4-a", coop, ONLINE, "9000.00", at(m4, 3, 10), partner))).then().statusCode(200);
        settle(f, m4).then().statusCode(201);
        JsonPath s4 = statementOf(partner, m4);
        assertThat(s4.getString("balance")).isEqualTo("130.0");
        assertThat(s4.getString("payable")).isEqualTo("130.0");
        assertThat(s4.getString("carriedForward")).isEqualTo("0.0");

        // month 5: 1000 -> 50.00 is below the minimum payout (100.00): carried
        postBatch(f, List.of(sale("c5-a", coop, ONLINE, "1000.00", at(m5, 3, 10), partner))).then().statusCode(200);
        settle(f, m5).then().statusCode(201);
        JsonPath s5 = statementOf(partner, m5);
        assertThat(s5.getString("payable")).isEqualTo("0.0");
        assertThat(s5.getString("carriedForward")).isEqualTo("50.0");
        assertThat(s5.getString("payableReason")).contains("minimum payout");
    }

    @Test
    void refundOfAnUnsettledEarlierMonthBlocksTheLaterRun() {
        YearMonth m1 = CommissionFixtures.freshMonths(2);
        YearMonth m2 = m1.plusMonths(1);
        UUID partner = CommissionFixtures.newPartner("order");
        UUID coop = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), partner);
        String f = Tokens.finance();
        postBatch(f, List.of(sale("o-1", coop, ONLINE, "1000.00", at(m1, 3, 10), partner),
                refund("o-2", "o-1", coop, ONLINE, "400.00", at(m2, 3, 10), partner))).then().statusCode(200);
        settle(f, m2).then().statusCode(409);
        assertThat(count("commission_settlement_runs where period = " + periodKey(m2))).isZero();
        settle(f, m1).then().statusCode(201);
        settle(f, m2).then().statusCode(201);
        assertThat(statementOf(partner, m2).getString("lines[0].clawback")).isEqualTo("-20.0");
    }

    @Test
    void aRunKilledMidwayLeavesNothingAndARerunCompletes() {
        YearMonth month = CommissionFixtures.freshMonths(1);
        String f = Tokens.finance();
        UUID plan = CommissionFixtures.plan(CommissionFixtures.standardRules());
        for (int i = 0; i < 3; i++) {
            UUID partner = CommissionFixtures.newPartner("crash" + i);
            UUID coop = CommissionFixtures.signed(plan, partner);
            postBatch(f, List.of(sale("k-" + i, coop, ONLINE, "2000.00", at(month, 10, 10), partner))).then().statusCode(200);
        }
        int period = periodKey(month);
        faults.failAfterStatements(2);
        settle(f, month).then().statusCode(500);
        assertThat(count("commission_statements where period = " + period)).isZero();
        assertThat(count("commission_statement_lines where period = " + period)).isZero();
        assertThat(count("commission_settlement_runs where period = " + period)).isZero();
        assertThat(count("commission_periods where status = 'OPEN' and period = " + period)).isEqualTo(1);
        faults.clear();
        JsonPath run = settle(f, month).then().statusCode(201).extract().jsonPath();
        assertThat(run.getInt("statementCount")).isEqualTo(3);
        assertThat(run.getLong("eventCount")).isEqualTo(3);
        assertThat(count("commission_statements where period = " + period)).isEqualTo(3);
        assertThat(count("commission_statement_lines where period = " + period)).isEqualTo(3);
    }

    @Test
    void twoRunsStartedTogetherOneRunsTheOtherGets409() throws Exception {
        YearMonth month = CommissionFixtures.freshMonths(1);
        String f = Tokens.finance();
        String f2 = Tokens.finance2();
        UUID partner = CommissionFixtures.newPartner("race");
        UUID coop = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), partner);
        postBatch(f, List.of(sale("race-1", coop, ONLINE, "3000.00", at(month, 10, 10), partner))).then().statusCode(200);
        faults.pauseAfterLock(1500);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String token : List.of(f, f2)) {
            answers.add(pool.submit(() -> {
                start.await();
                return settle(token, month).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        Collections.sort(statuses);
        assertThat(statuses).containsExactly(201, 409);
        faults.clear();
        settle(f, month).then().statusCode(200);
        assertThat(count("commission_settlement_runs where period = " + periodKey(month))).isEqualTo(1);
        assertThat(count("commission_statements where period = " + periodKey(month))).isEqualTo(1);
    }

    @Test
    void monthsAreSettledInOrder() {
        YearMonth earlier = CommissionFixtures.freshMonths(2);
        YearMonth later = earlier.plusMonths(1);
        settle(Tokens.finance(), later).then().statusCode(201);
        settle(Tokens.finance(), earlier).then().statusCode(409);
        assertThat(count("commission_settlement_runs where period = " + periodKey(earlier))).isZero();
    }

    @Test
    void badRunInputIs400() {
        given().auth().oauth2(Tokens.finance()).contentType("application/json").body(Map.of("period", "2026-13"))
                .post("/api/v1/commission/settlement-runs").then().statusCode(400);
        given().auth().oauth2(Tokens.finance()).queryParam("period", "march")
                .get("/api/v1/commission/statements").then().statusCode(400);
    }
}
