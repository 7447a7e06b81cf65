package com.resourcemarket.console;

import com.resourcemarket.commission.CommissionFixtures;
import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.console.ConsoleForms.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cooperation steps from the console over plain HTTP, against the real workflow service: a resource manager takes the
 * steps {@code CooperationService} lets staff take (accept, negotiate, sign with terms and a commission plan, start
 * execution, cancel with a reason and a dispute flag); illegal and stale steps come back as a localized 409, missing
 * reasons and terms next to their fields; finance reads only (no buttons, 403); admins act; partners have no console.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ConsoleCooperationStepsTest {

    private static String resource;

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void aManagerWalksACooperationFromProposalToADisputedCancellation() {
        String id = proposed();
        String page = given().get("/console/cooperations/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"do-ACCEPT\"", "id=\"do-DECLINE\"", "id=\"do-CANCEL\"", "id=\"reason-DECLINE\"",
                "hx-confirm=\"Accept: take this step now?\"", "name=\"version\" value=\"" + version(id) + "\"");
        assertThat(page).doesNotContain("id=\"do-START_NEGOTIATION\"", "id=\"do-SIGN\"", "id=\"do-REVIEW\"", "id=\"coop-read-only\"");

        // a decline needs a reason (the service's rule), shown next to the field; nothing changes
        Response noReason = post("/console/cooperations/" + id + "/transitions", step("DECLINE", id));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("id=\"reason-DECLINE-error\">A reason is required for this step");
        assertThat(post("/console/cooperations/" + id + "/transitions", step("DECLINE", id), "zh").asString())
                .contains("id=\"reason-DECLINE-error\">此操作须填写原因");
        assertThat(status(id)).isEqualTo("PROPOSED");

        // a step the status does not allow: 409, a localized message, nothing changes
        Response illegal = post("/console/cooperations/" + id + "/transitions", step("START_EXECUTION", id));
        assertThat(illegal.statusCode()).isEqualTo(409);
        assertThat(illegal.asString()).contains("id=\"form-error\">&quot;Start execution&quot; is not possible while the cooperation is Proposed");
        assertThat(post("/console/cooperations/" + id + "/transitions", step("START_EXECUTION", id), "zh").asString())
                .contains("合作当前为“已提议”，不能执行“开始执行”");
        assertThat(status(id)).isEqualTo("PROPOSED");

        long before = version(id);
        Response accepted = post("/console/cooperations/" + id + "/transitions", step("ACCEPT", id));
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).endsWith("/console/cooperations/" + id + "?done=ACCEPT");
        assertThat(given().get(accepted.header("Location")).asString()).contains("id=\"flash\">Done: Accept.",
                "id=\"do-START_NEGOTIATION\"", "id=\"do-CANCEL\"").doesNotContain("id=\"do-ACCEPT\"");
        assertThat(status(id)).isEqualTo("ACCEPTED");

        // a step sent with the version read before someone else moved it: stale, 409
        Map<String, Object> stale = new LinkedHashMap<>(step("START_NEGOTIATION", id));
        stale.put("version", String.valueOf(before));
        Response conflict = post("/console/cooperations/" + id + "/transitions", stale);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.asString()).contains("Someone else changed this record in the meantime");
        assertThat(post("/console/cooperations/" + id + "/transitions", step("START_NEGOTIATION", id)).statusCode()).isEqualTo(303);

        // signing: the terms are checked field by field, then by the service (dates), then by commission (the plan)
        String plan = activePlan();
        String signPage = given().get("/console/cooperations/" + id).asString();
        assertThat(signPage).contains("id=\"do-SIGN\"", "id=\"sign-priceAmount\"", "id=\"sign-commissionPlanId\"",
                "<option value=\"" + plan + "\"");
        Response empty = post("/console/cooperations/" + id + "/transitions", step("SIGN", id));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.asString()).contains("id=\"sign-priceAmount-error\">Required", "id=\"sign-quantityAmount-error\">Required",
                "id=\"sign-quantityUnit-error\">Required", "id=\"sign-startDate-error\">Required", "id=\"sign-endDate-error\">Required");
        Map<String, Object> backwards = signing(id, plan);
        backwards.put("endDate", LocalDate.now().minusDays(30).toString());
        Response dates = post("/console/cooperations/" + id + "/transitions", backwards);
        assertThat(dates.statusCode()).isEqualTo(400);
        assertThat(dates.asString()).contains("id=\"sign-endDate-error\">Must not be before the start date");
        Map<String, Object> inactive = signing(id, inactivePlan());
        Response vetoed = post("/console/cooperations/" + id + "/transitions", inactive, "zh");
        assertThat(vetoed.statusCode()).isEqualTo(400);
        assertThat(vetoed.asString()).contains("id=\"sign-commissionPlanId-error\">此方案不能用于本次签约");
        assertThat(status(id)).isEqualTo("NEGOTIATING");
        Response signed = post("/console/cooperations/" + id + "/transitions", signing(id, plan));
        assertThat(signed.statusCode()).isEqualTo(303);
        Map<String, Object> view = cooperation(id);
        assertThat(view).containsEntry("status", "SIGNED");
        assertThat(view.get("terms").toString()).contains("commissionPlanId=" + plan, "unit=场 sessions");

        assertThat(post("/console/cooperations/" + id + "/transitions", step("START_EXECUTION", id)).statusCode()).isEqualTo(303);
        String executing = given().get("/console/cooperations/" + id).asString();
        // reviews are the parties' own, closing needs both reviews: only the cancellation is open to staff
        assertThat(executing).contains("id=\"do-CANCEL\"", "id=\"dispute-CANCEL\"")
                .doesNotContain("id=\"do-REVIEW\"", "id=\"do-CLOSE\"", "id=\"do-SIGN\"");
        Map<String, Object> cancel = step("CANCEL", id);
        cancel.put("reason", "交付争议 delivery dispute");
        cancel.put("dispute", "true");
        assertThat(post("/console/cooperations/" + id + "/transitions", cancel).statusCode()).isEqualTo(303);
        view = cooperation(id);
        assertThat(view).containsEntry("status", "CANCELLED").containsEntry("disputed", true)
                .containsEntry("endReason", "交付争议 delivery dispute");
        List<Map<String, Object>> timeline = given().auth().oauth2(Tokens.manager()).get("/api/v1/cooperations/" + id + "/events")
                .then().statusCode(200).extract().path("$");
        assertThat(timeline).extracting(e -> e.get("action")).containsExactly("PROPOSE", "ACCEPT", "START_NEGOTIATION", "SIGN",
                "START_EXECUTION", "CANCEL");
        assertThat(timeline.subList(1, timeline.size())).allSatisfy(e -> assertThat(e).containsEntry("actor", "manager"));
        String ended = given().get("/console/cooperations/" + id).asString();
        assertThat(ended).contains("id=\"coop-no-steps\"", "交付争议 delivery dispute").doesNotContain("id=\"do-");
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void aManagerDeclinesWithAReasonAndUnknownStepsAreRefused() {
        String id = proposed();
        Map<String, Object> decline = step("DECLINE", id);
        decline.put("reason", "档期已满 fully booked");
        assertThat(post("/console/cooperations/" + id + "/transitions", decline).statusCode()).isEqualTo(303);
        assertThat(cooperation(id)).containsEntry("status", "DECLINED").containsEntry("endReason", "档期已满 fully booked");
        for (String action : List.of("PROPOSE", "FLY", "REVIEW")) {
            Response refused = post("/console/cooperations/" + id + "/transitions", step(action, id));
            assertThat(refused.statusCode()).as(action).isIn(400, 403);
        }
        post("/console/cooperations/" + UUID.randomUUID() + "/transitions", Map.of("action", "ACCEPT")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "finance", roles = "finance")
    void financeReadsButTakesNoStep() {
        String id = proposed();
        String page = given().get("/console/cooperations/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"coop-read-only\"").doesNotContain("id=\"do-", "id=\"step-");
        assertThat(ConsoleForms.get("/console/cooperations/" + id, "zh")).contains("只读：财务不执行合作流程操作。");
        Response refused = post("/console/cooperations/" + id + "/transitions", step("ACCEPT", id));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("Your role may not do this.");
        assertThat(status(id)).isEqualTo("PROPOSED");
    }

    @Test
    @TestSecurity(user = "admin.user", roles = "admin")
    void anAdminTakesSteps() {
        String id = proposed();
        assertThat(given().get("/console/cooperations/" + id).asString()).contains("id=\"do-ACCEPT\"");
        assertThat(post("/console/cooperations/" + id + "/transitions", step("ACCEPT", id)).statusCode()).isEqualTo(303);
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    @TestSecurity(user = "huadong.buyer", roles = "partner")
    void partnersHaveNoConsoleSteps() {
        String id = proposed();
        given().get("/console/cooperations/" + id).then().statusCode(403);
        post("/console/cooperations/" + id + "/transitions", step("ACCEPT", id)).then().statusCode(403);
        assertThat(status(id)).isEqualTo("PROPOSED");
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void aRefusedStepKeepsTheBrowsersAddressOnThePage() {
        String id = proposed();
        String token = given().get("/console/signed-out").cookie("console-csrf");
        Response refused = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("console-csrf", token).header("HX-Request", "true")
                .header("HX-Current-URL", "http://localhost:8081/console/cooperations/" + id + "?done=ACCEPT")
                .formParam("csrf-token", token).formParam("action", "DECLINE").formParam("version", String.valueOf(version(id)))
                .post("/console/cooperations/" + id + "/transitions");
        assertThat(refused.statusCode()).isEqualTo(400);
        // htmx would push the POST-only address into the history: a reload or the language switch would then 405
        assertThat(refused.header("HX-Push-Url")).isEqualTo("false");
        assertThat(refused.asString()).contains("back=%2Fconsole%2Fcooperations%2F" + id + "%3Fdone%3DACCEPT")
                .doesNotContain("back=%2Fconsole%2Fcooperations%2F" + id + "%2Ftransitions");
        Response accepted = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("console-csrf", token).header("HX-Request", "true")
                .formParam("csrf-token", token).formParam("action", "ACCEPT").post("/console/cooperations/" + id + "/transitions");
        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(accepted.header("HX-Redirect")).isEqualTo("/console/cooperations/" + id + "?done=ACCEPT");
        assertThat(accepted.header("HX-Push-Url")).isNull();
    }

    @Test
    @TestSecurity(user = "manager", roles = "resource-manager")
    void aStepWithoutTheCsrfTokenChangesNothing() {
        String id = proposed();
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("action", "ACCEPT")
                .post("/console/cooperations/" + id + "/transitions").then().statusCode(403);
        assertThat(status(id)).isEqualTo("PROPOSED");
    }

    // --- data through the API, with real tokens -------------------------------------------------------------------

    /** A fresh Huadong demand and a cooperation with an ACTIVE Beauty Clip resource, proposed by Huadong. */
    static synchronized String proposed() {
        DemoPartners.ensureRegistered();
        if (resource == null) {
            Map<String, Object> body = new HashMap<>();
            body.put("typeCode", "online.digital-marketing.content-platform");
            body.put("nameZh", "控制台合作测试频道");
            body.put("nameEn", "Console cooperation test channel");
            body.put("regions", List.of("CN"));
            body.put("capacity", Map.of("amount", 1_000_000, "unit", "audience"));
            body.put("price", Map.of("amount", "15000.00", "currency", "CNY", "unit", "campaign"));
            body.put("tags", List.of(Map.of("key", "beauty"), Map.of("key", "followers", "numberValue", 500_000)));
            String created = given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json").body(body)
                    .post("/api/v1/resources").then().statusCode(201).extract().path("id");
            lifecycle(Tokens.beautyClipClient(), created, "SUBMIT");
            lifecycle(Tokens.manager(), created, "APPROVE");
            resource = created;
        }
        String demand = given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .header("Idempotency-Key", "console-steps-" + UUID.randomUUID())
                .body(Map.of("title", "控制台合作需求 console steps", "typeCode", "online.digital-marketing.content-platform",
                        "regions", List.of("310000")))
                .post("/api/v1/demands").then().statusCode(201).extract().path("id");
        return given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .body(Map.of("demandId", demand, "resourceId", resource))
                .post("/api/v1/cooperations").then().statusCode(201).extract().path("id");
    }

    private static void lifecycle(String token, String id, String action) {
        given().auth().oauth2(token).contentType("application/json").body(Map.of("action", action))
                .post("/api/v1/resources/" + id + "/lifecycle").then().statusCode(200);
    }

    static Map<String, Object> cooperation(String id) {
        return given().auth().oauth2(Tokens.manager()).get("/api/v1/cooperations/" + id).then().statusCode(200).extract().path("$");
    }

    static String status(String id) {
        return (String) cooperation(id).get("status");
    }

    static long version(String id) {
        return ((Number) cooperation(id).get("version")).longValue();
    }

    /** The step's form as the page renders it: action and the version just read. */
    static Map<String, Object> step(String action, String id) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("action", action);
        form.put("version", String.valueOf(version(id)));
        return form;
    }

    static Map<String, Object> signing(String id, String plan) {
        Map<String, Object> form = step("SIGN", id);
        form.put("priceAmount", "480000.00");
        form.put("priceCurrency", "CNY");
        form.put("quantityAmount", "100");
        form.put("quantityUnit", "场 sessions");
        form.put("startDate", LocalDate.now().plusDays(7).toString());
        form.put("endDate", LocalDate.now().plusDays(90).toString());
        form.put("commissionPlanId", plan);
        return form;
    }

    static String activePlan() {
        return CommissionFixtures.plan(CommissionFixtures.standardRules()).toString();
    }

    private static String inactivePlan() {
        String plan = activePlan();
        given().auth().oauth2(Tokens.finance()).post("/api/v1/commission/plans/" + plan + "/deactivate").then().statusCode(200);
        return plan;
    }
}
