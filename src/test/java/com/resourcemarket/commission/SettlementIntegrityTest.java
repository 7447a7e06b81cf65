package com.resourcemarket.commission;

import com.resourcemarket.testsupport.Races;
import com.resourcemarket.commission.settlement.SettlementFaults;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static com.resourcemarket.commission.CommissionFixtures.ONLINE;
import static com.resourcemarket.commission.CommissionFixtures.at;
import static com.resourcemarket.commission.CommissionFixtures.postBatch;
import static com.resourcemarket.commission.CommissionFixtures.postOne;
import static com.resourcemarket.commission.CommissionFixtures.sale;
import static com.resourcemarket.commission.CommissionFixtures.settle;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * The settlement window, exact replays after settlement, holds racing the next month's settlement (real threads, real
 * transactions, many rounds: held money is carried exactly once) and payment of a statement whose partner is on hold.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SettlementIntegrityTest {

    private static final String BASE = "/api/v1/commission/statements/";
    private static final int ROUNDS = Integer.getInteger("race.rounds", 10);

    @BeforeEach
    void base() {
        CommissionFixtures.ensureBase();
    }

    @Test
    void aMonthThatHasNotEndedOrIsInItsReviewWindowCannotBeSettled() {
        YearMonth now = YearMonth.now(MarketTime.ZONE);
        for (YearMonth month : List.of(now, now.plusMonths(1))) {
            settle(Tokens.finance(), month).then().statusCode(409).contentType("application/problem+json")
                    .body("status", is(409)).body("detail", containsString("review window of 7 days"))
                    .body("detail", containsString(month.toString()));
        }
        YearMonth previous = now.minusMonths(1);
        Instant opens = previous.plusMonths(1).atDay(1).atStartOfDay(MarketTime.ZONE).plusDays(7).toInstant();
        if (Instant.now().isBefore(opens)) {
            settle(Tokens.finance(), previous).then().statusCode(409).body("detail", containsString("review window"));
        }
        // nothing was written for the refused months
        assertThat(CommissionFixtures.count("commission_settlement_runs where period = " + CommissionFixtures.periodKey(now)))
                .isZero();
    }

    @Test
    void anExactReplayAfterItsMonthWasSettledIsStillTheDuplicate() {
        YearMonth month = CommissionFixtures.freshMonths(1);
        UUID partner = CommissionFixtures.newPartner("Replay " + UUID.randomUUID());
        UUID cooperation = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), partner);
        Map<String, Object> event = sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "1200.00", at(month, 4, 10), partner);
        postOne(Tokens.finance(), event).then().statusCode(201).body("duplicate", is(false));
        settle(Tokens.finance(), month).then().statusCode(201);

        postOne(Tokens.finance(), event).then().statusCode(200).body("duplicate", is(true));
        postBatch(Tokens.finance(), List.of(event)).then().statusCode(200).body("duplicates", is(1)).body("accepted", is(0));
        // same id, other content: still the conflict; a new event of the settled month: still refused
        Map<String, Object> changed = sale((String) event.get("eventId"), cooperation, ONLINE, "1300.00", at(month, 4, 10), partner);
        postOne(Tokens.finance(), changed).then().statusCode(409);
        postOne(Tokens.finance(), sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "10.00", at(month, 5, 10), partner))
                .then().statusCode(409).body("detail", containsString("settled"));
    }

    @Test
    void lineHoldRacingTheNextMonthsSettlementIsCarriedExactlyOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Setup s = twoMonths("Line hold " + round);
            String line = s.first().getString("lines[0].id");
            List<Integer> answers = race(
                    () -> given().auth().oauth2(Tokens.finance()).contentType("application/json")
                            .body(Map.of("reason", "核查中 under review")).post(BASE + s.first().getString("id") + "/lines/" + line + "/hold")
                            .statusCode(),
                    () -> settle(Tokens.finance(), s.second()).statusCode());
            assertThat(answers.get(0)).as("hold, round " + round).isIn(200, 409);
            assertThat(answers.get(1)).as("settlement, round " + round).isEqualTo(201);
            assertCarriedOnce(s, round);
            if (answers.get(0) == 200) {
                // the hold won the race: its amount was carried, not paid
                assertThat(new BigDecimal(statement(s.partner(), s.month()).getString("held"))).isEqualByComparingTo("840.00");
            }
        }
    }

    @Test
    void partnerHoldRacingTheNextMonthsSettlementStopsThePayout() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Setup s = twoMonths("Partner hold " + round);
            List<Integer> answers = race(
                    () -> given().auth().oauth2(Tokens.finance()).contentType("application/json")
                            .body(Map.of("partnerId", s.partner().toString(), "reason", "合规审查 compliance"))
                            .post("/api/v1/commission/partner-holds").statusCode(),
                    () -> settle(Tokens.finance(), s.second()).statusCode());
            assertThat(answers).as("round " + round).containsExactly(200, 201);
            assertCarriedOnce(s, round);
            // whoever won, the partner's latest statement follows the hold: nothing payable
            JsonPath latest = statement(s.partner(), s.second());
            assertThat(new BigDecimal(latest.getString("payable"))).as("round " + round).isZero();
        }
    }

    @Test
    void payHonoursAPartnerHoldPlacedAfterApproval() {
        YearMonth month = CommissionFixtures.freshMonths(1);
        UUID partner = CommissionFixtures.newPartner("Pay hold " + UUID.randomUUID());
        UUID cooperation = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), partner);
        postBatch(Tokens.finance(), List.of(sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "5000.00", at(month, 3, 10),
                partner))).then().statusCode(200);
        settle(Tokens.finance(), month).then().statusCode(201);
        String id = statement(partner, month).getString("id");
        given().auth().oauth2(Tokens.finance2()).post(BASE + id + "/approve").then().statusCode(200);
        given().auth().oauth2(Tokens.finance()).contentType("application/json")
                .body(Map.of("partnerId", partner.toString(), "reason", "合规审查 compliance"))
                .post("/api/v1/commission/partner-holds").then().statusCode(200);
        given().auth().oauth2(Tokens.finance()).contentType("application/json").body(Map.of("payoutReference", "CMB-HOLD-1"))
                .post(BASE + id + "/pay").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("on hold"));
        assertThat(statement(partner, month).getString("status")).isEqualTo("APPROVED");
        given().auth().oauth2(Tokens.finance()).post("/api/v1/commission/partner-holds/" + partner + "/release")
                .then().statusCode(204);
        given().auth().oauth2(Tokens.finance()).contentType("application/json").body(Map.of("payoutReference", "CMB-HOLD-1"))
                .post(BASE + id + "/pay").then().statusCode(200).body("status", is("PAID"));
    }

    @Test
    void orderCountTiersCountNetOrdersOnly() {
        YearMonth month = CommissionFixtures.freshMonths(1);
        UUID partner = CommissionFixtures.newPartner("Net orders " + UUID.randomUUID());
        // 5 % below 3 orders, 10 % from 3 orders on (WHOLE)
        UUID plan = CommissionFixtures.plan(List.of(CommissionFixtures.rule(ONLINE, "DEFAULT", null, "ORDER_COUNT", "WHOLE",
                List.of(CommissionFixtures.tier("0", "0.05"), CommissionFixtures.tier("3", "0.10")))));
        UUID cooperation = CommissionFixtures.signed(plan, partner);
        String a = CommissionFixtures.newEventId();
        String b = CommissionFixtures.newEventId();
        postBatch(Tokens.finance(), List.of(
                sale(a, cooperation, ONLINE, "1000.00", at(month, 2, 10), partner),
                sale(b, cooperation, ONLINE, "1000.00", at(month, 2, 11), partner),
                sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "1000.00", at(month, 2, 12), partner),
                CommissionFixtures.refund(CommissionFixtures.newEventId(), a, cooperation, ONLINE, "1000.00", at(month, 3, 10), partner),
                // a partial refund: the order still counts
                CommissionFixtures.refund(CommissionFixtures.newEventId(), b, cooperation, ONLINE, "400.00", at(month, 3, 11), partner)))
                .then().statusCode(200);
        settle(Tokens.finance(), month).then().statusCode(201);
        JsonPath line = statement(partner, month);
        // 2 net orders (one fully refunded): the 5 % tier on the net 1,600.00
        assertThat(line.getLong("lines[0].orderCount")).isEqualTo(2);
        assertThat(line.getInt("lines[0].tierReached")).isEqualTo(1);
        assertThat(new BigDecimal(line.getString("lines[0].commission"))).isEqualByComparingTo("80.00");
    }

    @Test
    void salesOutsideTheCooperationsLiveWindowAreRefusedAndThePosterIsRecorded() {
        YearMonth month = CommissionFixtures.freshMonths(1);
        UUID partner = CommissionFixtures.newPartner("Window " + UUID.randomUUID());
        UUID cooperation = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), partner);
        // signed terms end on the 10th; the cooperation was cancelled on the 20th
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            com.resourcemarket.cooperation.Cooperation c = com.resourcemarket.cooperation.Cooperation.findById(cooperation);
            c.endDate = month.atDay(10);
            c.status = com.resourcemarket.cooperation.CooperationStatus.CANCELLED;
            c.closedAt = at(month, 20, 9);
        });
        String inside = CommissionFixtures.newEventId();
        postOne(Tokens.finance(), sale(inside, cooperation, ONLINE, "100.00", at(month, 10, 23), partner)).then().statusCode(201);
        postOne(Tokens.finance(), sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "100.00", at(month, 11, 0), partner))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("occurredAt"));
        postBatch(Tokens.finance(), List.of(sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "100.00", at(month, 25, 0),
                partner))).then().statusCode(400).body("violations[0].field", is("events[0].occurredAt"));
        // a refund of the sale made inside the window is still accepted
        postOne(Tokens.finance(), CommissionFixtures.refund(CommissionFixtures.newEventId(), inside, cooperation, ONLINE, "50.00",
                at(month, 26, 0), partner)).then().statusCode(201);
        assertThat(CommissionFixtures.count("commission_events where event_id = '" + inside + "' and posted_by = 'finance'"))
                .isEqualTo(1);
    }

    @Test
    void anEventBehindARunningSettlementIs503WithRetryAfterAndLaterTheSettledAnswer() throws Exception {
        YearMonth month = CommissionFixtures.freshMonths(1);
        UUID partner = CommissionFixtures.newPartner("Busy " + UUID.randomUUID());
        UUID cooperation = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), partner);
        postOne(Tokens.finance(), sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "500.00", at(month, 2, 10), partner))
                .then().statusCode(201);
        SettlementFaults faults = jakarta.enterprise.inject.spi.CDI.current().select(SettlementFaults.class).get();
        faults.pauseAfterLock(8_000); // the run holds the month's lock 8 s; ingest waits 3 s in the test profile
        String token = Tokens.finance();
        try {
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> settle(token, month).statusCode());
            Thread.sleep(1_500);
            Map<String, Object> late = sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "10.00", at(month, 6, 10), partner);
            postOne(token, late).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue()).body("status", is(503))
                    .body("title", is("Service Unavailable"));
            assertThat(run.get()).isEqualTo(201);
            // retried after the run: the month is settled now
            postOne(token, late).then().statusCode(409).body("detail", containsString("settled"));
        } finally {
            faults.clear();
        }
        assertThat(CommissionFixtures.count("commission_events where cooperation_id = " + CommissionFixtures.hex(cooperation)))
                .isEqualTo(1);
    }

    record Setup(UUID partner, YearMonth month, YearMonth second, JsonPath first) {
    }

    /** A fresh partner with a settled month (12,000 CNY at 7 % = 840.00 payable) and sales in the next one. */
    private static Setup twoMonths(String label) {
        YearMonth month = CommissionFixtures.freshMonths(2);
        YearMonth next = month.plusMonths(1);
        UUID partner = CommissionFixtures.newPartner(label + " " + UUID.randomUUID());
        UUID cooperation = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), partner);
        postBatch(Tokens.finance(), List.of(
                sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "12000.00", at(month, 3, 10), partner),
                sale(CommissionFixtures.newEventId(), cooperation, ONLINE, "1000.00", at(next, 3, 10), partner)))
                .then().statusCode(200);
        settle(Tokens.finance(), month).then().statusCode(201);
        return new Setup(partner, month, next, statement(partner, month));
    }

    /** What the first month carries forward is exactly what the second brought forward. */
    private static void assertCarriedOnce(Setup s, int round) {
        JsonPath first = statement(s.partner(), s.month());
        JsonPath second = statement(s.partner(), s.second());
        assertThat(new BigDecimal(second.getString("broughtForward"))).as("round " + round)
                .isEqualByComparingTo(new BigDecimal(first.getString("carriedForward")));
        // and the money adds up: paid now + carried on = what was earned
        BigDecimal earned = new BigDecimal(first.getString("linesTotal")).add(new BigDecimal(second.getString("linesTotal")));
        BigDecimal accounted = new BigDecimal(first.getString("payable")).add(new BigDecimal(second.getString("payable")))
                .add(new BigDecimal(second.getString("carriedForward")));
        assertThat(accounted).as("round " + round).isEqualByComparingTo(earned);
    }

    private static JsonPath statement(UUID partner, YearMonth month) {
        return CommissionSettlementTest.statementOf(partner, month);
    }

    /**
     * Runs both calls at the same moment on two threads. A 503 (a deadlock the database broke by rolling one side back
     * entirely) is retried as its Retry-After tells a client to; the invariants are checked on what finally committed.
     */
    private static List<Integer> race(Supplier<Integer> first, Supplier<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> retried(Races.atOnce(start, first), first), pool);
            CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> retried(Races.atOnce(start, second), second), pool);
            return List.of(one.get(), two.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Integer retried(Integer status, Supplier<Integer> call) {
        for (int attempt = 0; status == 503 && attempt < 5; attempt++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
            status = call.get();
        }
        return status;
    }


}
