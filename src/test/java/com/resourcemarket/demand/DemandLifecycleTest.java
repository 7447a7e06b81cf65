package com.resourcemarket.demand;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static com.resourcemarket.demand.DemandFixtures.huadongDemand;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The demand status machine, through the service (for matching and cooperation) and through the API. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DemandLifecycleTest {

    @Inject
    DemandService service;

    @Inject
    EntityManager em;

    @BeforeEach
    void partners() {
        DemandFixtures.ensureDemoPartners();
    }

    private static UUID id(String value) {
        return UUID.fromString(value);
    }

    private static void illegal(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(HttpProblem.class,
                problem -> assertThat(problem.getStatusCode()).isEqualTo(409));
    }

    private static void cancel(String token, String id, int status) {
        given().auth().oauth2(token).contentType("application/json").body(Map.of("reason", "需求取消 no longer needed"))
                .post("/api/v1/demands/" + id + "/cancel").then().statusCode(status);
    }

    private static void statusIs(String id, String status) {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/demands/" + id).then().statusCode(200).body("status", equalTo(status));
    }

    @Test
    void happyPathIsRecordedStepByStep() {
        String id = huadongDemand("完整流程 full path");
        assertThat(service.markMatched(id(id)).status()).isEqualTo(DemandStatus.MATCHED);
        assertThat(service.markInCooperation(id(id)).status()).isEqualTo(DemandStatus.IN_COOPERATION);
        assertThat(service.markFulfilled(id(id)).status()).isEqualTo(DemandStatus.FULFILLED);
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/demands/" + id + "/history").then().statusCode(200)
                .body("toStatus", contains("SUBMITTED", "MATCHED", "IN_COOPERATION", "FULFILLED"))
                .body("fromStatus", contains(null, "SUBMITTED", "MATCHED", "IN_COOPERATION"))
                .body("actor", hasItem(DemandService.SYSTEM));
        // FULFILLED is final
        illegal(() -> service.markMatched(id(id)));
        illegal(() -> service.markInCooperation(id(id)));
        illegal(() -> service.markFulfilled(id(id)));
        cancel(Tokens.huadongClient(), id, 409);
        statusIs(id, "FULFILLED");
    }

    @Test
    void everyIllegalServiceTransitionIs409() {
        String submitted = huadongDemand("非法 illegal from SUBMITTED");
        illegal(() -> service.markInCooperation(id(submitted)));
        illegal(() -> service.markFulfilled(id(submitted)));
        illegal(() -> service.expire(id(submitted))); // its window has not ended (it has none)
        statusIs(submitted, "SUBMITTED");

        String matched = huadongDemand("非法 illegal from MATCHED");
        service.markMatched(id(matched));
        illegal(() -> service.markMatched(id(matched)));
        illegal(() -> service.markFulfilled(id(matched)));
        statusIs(matched, "MATCHED");

        String cooperating = huadongDemand("非法 illegal from IN_COOPERATION");
        service.markMatched(id(cooperating));
        service.markInCooperation(id(cooperating));
        illegal(() -> service.markMatched(id(cooperating)));
        illegal(() -> service.markInCooperation(id(cooperating)));
        illegal(() -> service.expire(id(cooperating)));
        statusIs(cooperating, "IN_COOPERATION");

        assertThatThrownBy(() -> service.markMatched(UUID.randomUUID())).isInstanceOfSatisfying(HttpProblem.class,
                problem -> assertThat(problem.getStatusCode()).isEqualTo(404));
    }

    @Test
    void cancelFromEveryOpenStatusByOwnerOrManagerWithReason() {
        List<Function<String, String>> prepare = List.of(
                id -> id,
                id -> {
                    service.markMatched(id(id));
                    return id;
                },
                id -> {
                    service.markMatched(id(id));
                    service.markInCooperation(id(id));
                    return id;
                });
        String[] from = {"SUBMITTED", "MATCHED", "IN_COOPERATION"};
        for (int i = 0; i < prepare.size(); i++) {
            String byOwner = prepare.get(i).apply(huadongDemand("取消 cancel by owner " + from[i]));
            cancel(Tokens.huadongUser(), byOwner, 200);
            given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/demands/" + byOwner + "/history").then()
                    .body("toStatus[-1]", equalTo("CANCELLED"))
                    .body("fromStatus[-1]", equalTo(from[i]))
                    .body("reason[-1]", equalTo("需求取消 no longer needed"))
                    .body("actor[-1]", equalTo("huadong.buyer"));

            String byManager = prepare.get(i).apply(huadongDemand("取消 cancel by manager " + from[i]));
            cancel(Tokens.manager(), byManager, 200);
            given().auth().oauth2(Tokens.manager()).get("/api/v1/demands/" + byManager + "/history").then()
                    .body("actor[-1]", equalTo("manager"));
        }
        String cancelled = huadongDemand("再取消 cancel twice");
        cancel(Tokens.huadongClient(), cancelled, 200);
        cancel(Tokens.huadongClient(), cancelled, 409);
        illegal(() -> service.markMatched(id(cancelled)));
        illegal(() -> service.markInCooperation(id(cancelled)));
        illegal(() -> service.markFulfilled(id(cancelled)));

        String noReason = huadongDemand("无理由 no reason");
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").body(Map.of("reason", " "))
                .post("/api/v1/demands/" + noReason + "/cancel").then().statusCode(400)
                .body("violations.field", hasItem(containsString("reason")));
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").body(Map.of())
                .post("/api/v1/demands/" + noReason + "/cancel").then().statusCode(400);
        statusIs(noReason, "SUBMITTED");
    }

    @Test
    void demandsExpireWhenTheirWindowHasEnded() {
        Map<String, Object> body = DemandFixtures.minimal("过期 expiring");
        body.put("window", Map.of("from", java.time.LocalDate.now().toString(), "to", java.time.LocalDate.now().plusDays(1).toString()));
        String submitted = DemandFixtures.submit(Tokens.huadongClient(), DemandFixtures.newKey(), body)
                .then().statusCode(201).extract().path("id");
        String matched = DemandFixtures.submit(Tokens.huadongClient(), DemandFixtures.newKey(),
                Map.of("title", "过期 matched", "categoryCode", "online.e-commerce", "regions", List.of("CN"),
                        "window", body.get("window"))).then().statusCode(201).extract().path("id");
        service.markMatched(id(matched));
        String cooperating = DemandFixtures.submit(Tokens.huadongClient(), DemandFixtures.newKey(),
                Map.of("title", "不过期 cooperating", "categoryCode", "online.e-commerce", "regions", List.of("CN"),
                        "window", body.get("window"))).then().statusCode(201).extract().path("id");
        service.markMatched(id(cooperating));
        service.markInCooperation(id(cooperating));
        illegal(() -> service.expire(id(submitted))); // not due yet

        DemandFixtures.endWindow(em, submitted);
        DemandFixtures.endWindow(em, matched);
        DemandFixtures.endWindow(em, cooperating);

        // an overdue demand cannot move on, even before the expiry is recorded
        illegal(() -> service.markInCooperation(id(matched)));
        // reading it records the expiry
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/demands/" + submitted).then().statusCode(200)
                .body("status", equalTo("EXPIRED"));
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/demands/" + submitted + "/history").then()
                .body("toStatus", contains("SUBMITTED", "EXPIRED"))
                .body("actor[-1]", equalTo(DemandService.SYSTEM))
                .body("reason[-1]", containsString("window ended"));
        // the sweep (what a scheduler would run) expires the matched one; a listing runs it too
        assertThat(service.expireOverdue()).isGreaterThanOrEqualTo(1);
        statusIs(matched, "EXPIRED");
        statusIs(cooperating, "IN_COOPERATION");
        assertThat(service.expireOverdue()).isZero();
        illegal(() -> service.expire(id(submitted)));
        illegal(() -> service.markMatched(id(submitted)));
        cancel(Tokens.huadongClient(), submitted, 409);
        List<String> expired = given().auth().oauth2(Tokens.huadongClient()).queryParam("status", "EXPIRED")
                .queryParam("limit", 200).get("/api/v1/demands").then().statusCode(200).extract().path("id");
        assertThat(expired).contains(submitted, matched).doesNotContain(cooperating);

        // the explicit transition expires one overdue demand
        String explicit = huadongDemand("显式过期 explicit expiry");
        DemandFixtures.endWindow(em, explicit);
        assertThat(service.expire(id(explicit)).status()).isEqualTo(DemandStatus.EXPIRED);
    }

    @Test
    void windowInThePastIsRejected() {
        Map<String, Object> body = DemandFixtures.minimal("过去 past");
        body.put("window", Map.of("from", java.time.LocalDate.now().minusDays(9).toString(),
                "to", java.time.LocalDate.now().minusDays(3).toString()));
        DemandFixtures.submit(Tokens.huadongClient(), DemandFixtures.newKey(), body).then().statusCode(400)
                .body("violations[0].field", equalTo("window.to"));
    }
}
