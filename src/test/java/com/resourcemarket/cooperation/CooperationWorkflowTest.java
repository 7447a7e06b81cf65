package com.resourcemarket.cooperation;

import com.resourcemarket.matching.PairHistory;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.cooperation.CooperationFixtures.BEAUTY_CLIP;
import static com.resourcemarket.cooperation.CooperationFixtures.HUADONG;
import static com.resourcemarket.cooperation.CooperationFixtures.act;
import static com.resourcemarket.cooperation.CooperationFixtures.as;
import static com.resourcemarket.cooperation.CooperationFixtures.body;
import static com.resourcemarket.cooperation.CooperationFixtures.demandStatus;
import static com.resourcemarket.cooperation.CooperationFixtures.huadongDemand;
import static com.resourcemarket.cooperation.CooperationFixtures.outboxRows;
import static com.resourcemarket.cooperation.CooperationFixtures.propose;
import static com.resourcemarket.cooperation.CooperationFixtures.proposed;
import static com.resourcemarket.cooperation.CooperationFixtures.walkTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The workflow through the API: the main path, illegal steps, validation, demand effects, contacts, events. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CooperationWorkflowTest {

    @Inject
    EntityManager em;

    @Inject
    CooperationHistory history;

    @Inject
    com.resourcemarket.catalogue.search.CatalogueSearch catalogueSearch;

    @BeforeEach
    void basics() {
        CooperationFixtures.ensureBasics();
    }

    @Test
    void mainPathFromProposalToCloseMovesTheDemandPublishesAndFeedsHistory() {
        String demand = huadongDemand("采购短视频推广 short-video promotion");
        assertThat(demandStatus(demand)).isEqualTo("SUBMITTED");
        PairHistory before = history.history(UUID.fromString(HUADONG), UUID.fromString(BEAUTY_CLIP)).orElse(PairHistory.NONE);
        String owner = Tokens.beautyClipClient();
        String demander = Tokens.huadongClient();

        String id = propose(demander, demand, CooperationFixtures.beautyClipResource()).then().statusCode(201)
                .header("Location", containsString("/api/v1/cooperations/"))
                .body("status", equalTo("PROPOSED"))
                .body("demanderPartnerId", equalTo(HUADONG))
                .body("ownerPartnerId", equalTo(BEAUTY_CLIP))
                .body("categoryCode", equalTo("online.digital-marketing"))
                .body("matchScore", equalTo(87.5f))
                .body("counterpart", nullValue())
                .body("terms", nullValue())
                .extract().path("id");
        assertThat(demandStatus(demand)).isEqualTo("MATCHED");

        act(owner, id, "ACCEPT").then().statusCode(200).body("status", equalTo("ACCEPTED")).body("counterpart", nullValue());
        assertThat(demandStatus(demand)).isEqualTo("IN_COOPERATION");
        act(demander, id, "START_NEGOTIATION").then().statusCode(200).body("status", equalTo("NEGOTIATING"))
                .body("counterpart", nullValue());
        as(demander).get("/api/v1/cooperations/" + id).then().statusCode(200).body("counterpart", nullValue());

        act(demander, id, "SIGN").then().statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("signedAt", notNullValue())
                .body("terms.price.amount", equalTo(480000.0f))
                .body("terms.price.currency", equalTo("CNY"))
                .body("terms.quantity.unit", equalTo("台 units"))
                .body("counterpart.partnerId", equalTo(BEAUTY_CLIP));
        as(owner).get("/api/v1/cooperations/" + id).then().statusCode(200)
                .body("counterpart.partnerId", equalTo(HUADONG))
                .body("counterpart.nameZh", equalTo("华东家电联合经销"));
        as(Tokens.manager()).get("/api/v1/cooperations/" + id).then().statusCode(200).body("counterpart", nullValue());

        act(owner, id, "START_EXECUTION").then().statusCode(200).body("status", equalTo("EXECUTING"));
        act(demander, id, Map.of("action", "REVIEW", "review", Map.of("rating", 5, "comment", "交付准时 on time")))
                .then().statusCode(200).body("status", equalTo("EXECUTING"))
                .body("reviews.side", contains("DEMANDER")).body("reviews[0].rating", equalTo(5));
        act(demander, id, "REVIEW").then().statusCode(409);
        act(owner, id, Map.of("action", "REVIEW", "review", Map.of("rating", 4, "comment", "付款及时 paid on time")))
                .then().statusCode(200).body("status", equalTo("REVIEWED"))
                .body("reviews.side", contains("DEMANDER", "OWNER"));
        act(demander, id, "CLOSE").then().statusCode(200).body("status", equalTo("CLOSED")).body("endedAt", notNullValue());
        assertThat(demandStatus(demand)).isEqualTo("FULFILLED");

        as(owner).get("/api/v1/cooperations/" + id + "/events").then().statusCode(200)
                .body("action", contains("PROPOSE", "ACCEPT", "START_NEGOTIATION", "SIGN", "START_EXECUTION", "REVIEW", "REVIEW", "CLOSE"))
                .body("toStatus", contains("PROPOSED", "ACCEPTED", "NEGOTIATING", "SIGNED", "EXECUTING", "EXECUTING", "REVIEWED", "CLOSED"))
                .body("actor[0]", notNullValue());

        PairHistory after = history.history(UUID.fromString(HUADONG), UUID.fromString(BEAUTY_CLIP)).orElseThrow();
        assertThat(after.completed()).isEqualTo(before.completed() + 1);
        assertThat(after.meanRating()).isNotNull();
    }

    @Test
    void theEngineScoreOfTheChosenMatchIsRecordedRatherThanTheScoreSent() {
        String demand = huadongDemand("按匹配结果合作 chosen match");
        Map<String, Object> inShanghai = new java.util.HashMap<>(CooperationFixtures.contentPlatform(null));
        inShanghai.put("regions", List.of("310000")); // the demand asks for Shanghai
        String resource = CooperationFixtures.activeResource(Tokens.beautyClipClient(), inShanghai);
        catalogueSearch.index().refresh(); // searchable now rather than within the refresh interval
        io.restassured.path.json.JsonPath run = as(Tokens.huadongClient()).post("/api/v1/demands/" + demand + "/matches")
                .then().statusCode(200).extract().jsonPath();
        int index = run.getList("results.resource.id", String.class).indexOf(resource);
        assertThat(index).as("the Beauty Clip resource is among the matches").isGreaterThanOrEqualTo(0);
        java.math.BigDecimal engineScore = new java.math.BigDecimal(run.getString("results[" + index + "].score"));
        assertThat(engineScore).isNotEqualByComparingTo("87.5"); // the score the fixture sends

        String id = propose(Tokens.huadongClient(), demand, resource).then().statusCode(201).extract().path("id");

        String recorded = as(Tokens.huadongClient()).get("/api/v1/cooperations/" + id).then().statusCode(200)
                .extract().jsonPath().getString("matchScore");
        assertThat(new java.math.BigDecimal(recorded)).isEqualByComparingTo(engineScore);
    }

    @Test
    void eachStepIsPublishedToBothPartiesAsOutboxRows() {
        String ownerId = CooperationFixtures.freshPartner("outbox");
        as(Tokens.admin()).body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("COOPERATION_STATE_CHANGED")))
                .post("/api/v1/partners/" + ownerId + "/webhooks").then().statusCode(201);
        long demanderBefore = outboxRows(em, HUADONG);
        String id = proposed(CooperationFixtures.resourceOf(ownerId));
        assertThat(outboxRows(em, ownerId)).isEqualTo(1);
        act(Tokens.manager(), id, "ACCEPT").then().statusCode(200);
        act(Tokens.manager(), id, "START_NEGOTIATION").then().statusCode(200);
        act(Tokens.huadongClient(), id, "SIGN").then().statusCode(200);
        act(Tokens.huadongClient(), id, "CANCEL").then().statusCode(200);
        assertThat(outboxRows(em, ownerId)).isEqualTo(5);
        String last = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "select payload from webhook_deliveries where partner_id = ?1 order by created_at desc, id desc limit 1")
                .setParameter(1, CooperationFixtures.bytes(UUID.fromString(ownerId))).getSingleResult());
        assertThat(last).contains("\"eventType\":\"COOPERATION_STATE_CHANGED\"", "\"cooperationId\":\"" + id + "\"",
                "\"fromStatus\":\"SIGNED\"", "\"toStatus\":\"CANCELLED\"", "计划变更");
        // Huadong has no webhook for these events: nothing is queued for it
        assertThat(outboxRows(em, HUADONG)).isEqualTo(demanderBefore);
    }

    @Test
    void everyIllegalStepIsAConflictAndChangesNothing() {
        List<String> states = List.of("PROPOSED", "ACCEPTED", "NEGOTIATING", "SIGNED", "EXECUTING", "REVIEWED", "CLOSED",
                "DECLINED", "CANCELLED");
        Map<String, List<String>> legal = Map.of(
                "PROPOSED", List.of("ACCEPT", "DECLINE", "CANCEL"),
                "ACCEPTED", List.of("START_NEGOTIATION", "CANCEL"),
                "NEGOTIATING", List.of("SIGN", "CANCEL"),
                "SIGNED", List.of("START_EXECUTION", "CANCEL"),
                "EXECUTING", List.of("REVIEW", "CANCEL"),
                "REVIEWED", List.of("CLOSE"),
                "CLOSED", List.of(), "DECLINED", List.of(), "CANCELLED", List.of());
        List<String> actions = List.of("ACCEPT", "DECLINE", "START_NEGOTIATION", "SIGN", "START_EXECUTION", "REVIEW", "CLOSE", "CANCEL");
        int refused = 0;
        for (String state : states) {
            String id = proposed(CooperationFixtures.beautyClipResource());
            walkTo(id, state, Tokens.beautyClipClient());
            int version = as(Tokens.manager()).get("/api/v1/cooperations/" + id).then().statusCode(200)
                    .body("status", equalTo(state)).extract().path("version");
            for (String action : actions) {
                if (legal.get(state).contains(action)) {
                    continue;
                }
                String token = action.equals("REVIEW") ? Tokens.huadongClient() : Tokens.manager();
                act(token, id, action).then().statusCode(409)
                        .contentType("application/problem+json")
                        .body("title", equalTo("Invalid State Transition"))
                        .body("detail", containsString(action));
                refused++;
            }
            as(Tokens.manager()).get("/api/v1/cooperations/" + id).then().statusCode(200)
                    .body("status", equalTo(state)).body("version", equalTo(version));
        }
        assertThat(refused).isEqualTo(9 * 8 - 12);
    }

    @Test
    void proposalRules() {
        String demand = huadongDemand("提案规则 proposal rules");
        propose(Tokens.huadongClient(), demand, CooperationFixtures.huadongResource()).then().statusCode(400)
                .body("violations[0].field", equalTo("resourceId"));
        String draft = as(Tokens.beautyClipClient()).body(CooperationFixtures.contentPlatform(null)).post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
        propose(Tokens.manager(), demand, draft).then().statusCode(400).body("violations[0].field", equalTo("resourceId"));
        propose(Tokens.huadongClient(), demand, UUID.randomUUID().toString()).then().statusCode(400)
                .body("violations[0].field", equalTo("resourceId"));
        propose(Tokens.huadongClient(), UUID.randomUUID().toString(), CooperationFixtures.beautyClipResource()).then()
                .statusCode(400).body("violations[0].field", equalTo("demandId"));
        // Beauty Clip cannot propose on Huadong's demand: it does not see it
        propose(Tokens.beautyClipClient(), demand, CooperationFixtures.beautyClipResource()).then().statusCode(400)
                .body("violations[0].field", equalTo("demandId"));
        as(Tokens.huadongClient()).body(Map.of("demandId", demand, "resourceId", CooperationFixtures.beautyClipResource(),
                "matchScore", "100.5")).post("/api/v1/cooperations").then().statusCode(400);

        String excluding = huadongDemand("排除美妆 excluding Beauty Clip", BEAUTY_CLIP);
        propose(Tokens.huadongClient(), excluding, CooperationFixtures.beautyClipResource()).then().statusCode(400)
                .body("violations[0].field", equalTo("resourceId"))
                .body("violations[0].message", containsString("excluded"));

        String first = propose(Tokens.manager(), demand, CooperationFixtures.beautyClipResource()).then().statusCode(201)
                .body("proposedBy", equalTo("manager")).extract().path("id");
        propose(Tokens.huadongClient(), demand, CooperationFixtures.beautyClipResource()).then().statusCode(409);
        act(Tokens.beautyClipClient(), first, "DECLINE").then().statusCode(200).body("status", equalTo("DECLINED"))
                .body("endReason", equalTo("计划变更 plans changed"));
        assertThat(demandStatus(demand)).isEqualTo("MATCHED");
        propose(Tokens.huadongClient(), demand, CooperationFixtures.beautyClipResource()).then().statusCode(201);

        String cancelled = huadongDemand("已取消 cancelled demand");
        as(Tokens.huadongClient()).body(Map.of("reason", "不再需要 not needed")).post("/api/v1/demands/" + cancelled + "/cancel")
                .then().statusCode(200);
        propose(Tokens.huadongClient(), cancelled, CooperationFixtures.beautyClipResource()).then().statusCode(409);
    }

    @Test
    void stepValidationAndOptimisticLocking() {
        String id = proposed(CooperationFixtures.beautyClipResource());
        act(Tokens.beautyClipClient(), id, Map.of("action", "ACCEPT", "version", 7)).then().statusCode(409)
                .body("title", equalTo("Stale Version"));
        act(Tokens.beautyClipClient(), id, Map.of("action", "DECLINE")).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        act(Tokens.beautyClipClient(), id, Map.of("action", "ACCEPT", "reason", "x")).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        act(Tokens.beautyClipClient(), id, Map.of("action", "NOPE")).then().statusCode(400);
        act(Tokens.beautyClipClient(), id, Map.of("action", "ACCEPT", "version", 0)).then().statusCode(200)
                .body("version", equalTo(1));
        act(Tokens.huadongClient(), id, "START_NEGOTIATION").then().statusCode(200);

        act(Tokens.huadongClient(), id, Map.of("action", "SIGN")).then().statusCode(400).body("violations[0].field", equalTo("terms"));
        Map<String, Object> backwards = CooperationFixtures.terms();
        backwards.put("endDate", "2026-01-01");
        backwards.put("startDate", "2026-02-01");
        act(Tokens.huadongClient(), id, Map.of("action", "SIGN", "terms", backwards)).then().statusCode(400)
                .body("violations[0].field", equalTo("terms.endDate"));
        Map<String, Object> badMoney = CooperationFixtures.terms();
        badMoney.put("price", Map.of("amount", "-1", "currency", "CNY"));
        act(Tokens.huadongClient(), id, Map.of("action", "SIGN", "terms", badMoney)).then().statusCode(400)
                .body("violations[0].field", containsString("terms.price.amount"));
        Map<String, Object> vetoed = CooperationFixtures.terms();
        vetoed.put("commissionPlanId", SigningVeto.VETOED_PLAN.toString());
        act(Tokens.huadongClient(), id, Map.of("action", "SIGN", "terms", vetoed)).then().statusCode(409)
                .body("detail", containsString("not in force"));
        as(Tokens.manager()).get("/api/v1/cooperations/" + id).then().statusCode(200)
                .body("status", equalTo("NEGOTIATING")).body("signedAt", nullValue()).body("terms", nullValue());
        as(Tokens.manager()).get("/api/v1/cooperations/" + id + "/events").then().body("action", not(hasItem("SIGN")));

        Map<String, Object> plan = CooperationFixtures.terms();
        // A real plan: the commission feature binds the version in force at signing (and vetoes unknown plans).
        String planId = com.resourcemarket.commission.CommissionFixtures.plan(
                com.resourcemarket.commission.CommissionFixtures.standardRules()).toString();
        plan.put("commissionPlanId", planId);
        act(Tokens.beautyClipClient(), id, Map.of("action", "SIGN", "terms", plan)).then().statusCode(200)
                .body("terms.commissionPlanId", equalTo(planId));
        act(Tokens.beautyClipClient(), id, Map.of("action", "START_EXECUTION")).then().statusCode(200);
        act(Tokens.huadongClient(), id, Map.of("action", "REVIEW", "review", Map.of("rating", 6, "comment", "x"))).then()
                .statusCode(400);
        act(Tokens.huadongClient(), id, Map.of("action", "REVIEW", "review", Map.of("rating", 3, "comment", " "))).then()
                .statusCode(400);
        act(Tokens.huadongClient(), id, Map.of("action", "CANCEL", "reason", "质量纠纷 quality dispute", "dispute", true))
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("disputed", equalTo(true));
        act(Tokens.huadongClient(), id, Map.of("action", "CLOSE", "dispute", true)).then().statusCode(409);
    }

    @Test
    void demandGoesBackToMatchedWhenItsLastLiveCooperationEnds() {
        String demand = huadongDemand("两个供应商 two suppliers");
        String otherOwner = CooperationFixtures.freshPartner("second");
        String first = propose(Tokens.huadongClient(), demand, CooperationFixtures.beautyClipResource()).then().statusCode(201)
                .extract().path("id");
        String second = propose(Tokens.huadongClient(), demand, CooperationFixtures.resourceOf(otherOwner)).then().statusCode(201)
                .extract().path("id");
        act(Tokens.beautyClipClient(), first, "ACCEPT").then().statusCode(200);
        act(Tokens.manager(), second, "ACCEPT").then().statusCode(200);
        assertThat(demandStatus(demand)).isEqualTo("IN_COOPERATION");
        act(Tokens.huadongClient(), first, "CANCEL").then().statusCode(200);
        assertThat(demandStatus(demand)).isEqualTo("IN_COOPERATION");
        act(Tokens.manager(), second, "CANCEL").then().statusCode(200);
        assertThat(demandStatus(demand)).isEqualTo("MATCHED");
        as(Tokens.manager()).get("/api/v1/demands/" + demand + "/history").then().statusCode(200)
                .body("toStatus", contains("SUBMITTED", "MATCHED", "IN_COOPERATION", "MATCHED"));

        // a cooperation whose demand was cancelled meanwhile cannot be accepted
        String third = propose(Tokens.huadongClient(), demand, CooperationFixtures.beautyClipResource()).then().statusCode(201)
                .extract().path("id");
        as(Tokens.huadongClient()).body(Map.of("reason", "预算取消 budget withdrawn")).post("/api/v1/demands/" + demand + "/cancel")
                .then().statusCode(200);
        act(Tokens.beautyClipClient(), third, "ACCEPT").then().statusCode(409);
        act(Tokens.beautyClipClient(), third, "DECLINE").then().statusCode(200);
    }

    @Test
    void counterpartContactsOnlyFromSignedOnAndOnlyToTheParties() {
        String ownerId = CooperationFixtures.freshPartner("contacts");
        String id = proposed(CooperationFixtures.resourceOf(ownerId));
        for (String step : List.of("ACCEPT", "START_NEGOTIATION")) {
            as(Tokens.huadongClient()).get("/api/v1/cooperations/" + id).then().statusCode(200).body("counterpart", nullValue());
            act(Tokens.manager(), id, step).then().statusCode(200).body("counterpart", nullValue());
        }
        as(Tokens.huadongClient()).get("/api/v1/cooperations/" + id).then().statusCode(200).body("counterpart", nullValue());
        act(Tokens.manager(), id, "SIGN").then().statusCode(200).body("counterpart", nullValue());
        as(Tokens.huadongClient()).get("/api/v1/cooperations/" + id).then().statusCode(200)
                .body("counterpart.partnerId", equalTo(ownerId))
                .body("counterpart.contacts", hasSize(1))
                .body("counterpart.contacts[0].name", equalTo("张伟"))
                .body("counterpart.contacts[0].phone", equalTo("13912345678"))
                .body("counterpart.contacts[0].email", equalTo("zhang.wei@contacts.example.com"))
                .body("counterpart.contacts[0].idNumber", nullValue())
                .body("counterpart.contacts[0].masked", equalTo(false));
        as(Tokens.huadongClient()).queryParam("partner", HUADONG).get("/api/v1/cooperations").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.counterpart.partnerId", equalTo(ownerId));
        for (String staff : List.of(Tokens.manager(), Tokens.finance(), Tokens.admin())) {
            as(staff).get("/api/v1/cooperations/" + id).then().statusCode(200).body("counterpart", nullValue());
        }
        act(Tokens.manager(), id, "START_EXECUTION").then().statusCode(200);
        as(Tokens.huadongClient()).get("/api/v1/cooperations/" + id).then().body("counterpart.partnerId", equalTo(ownerId));
        act(Tokens.manager(), id, "CANCEL").then().statusCode(200);
        as(Tokens.huadongClient()).get("/api/v1/cooperations/" + id).then().statusCode(200).body("counterpart", nullValue());
    }
}
