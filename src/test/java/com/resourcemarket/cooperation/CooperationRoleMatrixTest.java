package com.resourcemarket.cooperation;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.RoleMatrix;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.resourcemarket.cooperation.CooperationFixtures.act;
import static com.resourcemarket.cooperation.CooperationFixtures.body;
import static com.resourcemarket.cooperation.CooperationFixtures.huadongDemand;
import static com.resourcemarket.cooperation.CooperationFixtures.proposed;
import static com.resourcemarket.cooperation.CooperationFixtures.walkTo;
import static com.resourcemarket.testsupport.RoleMatrix.statuses;
import static org.hamcrest.Matchers.hasSize;

/**
 * Who may do what, per role. In {@link RoleMatrix} "owner" is Huadong — here the demander — and "other-partner"
 * is Beauty Clip, either the resource owner (party) or, for cooperations with a third partner, an outsider.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CooperationRoleMatrixTest {

    private static String thirdPartner;
    private static String thirdResource;

    @BeforeEach
    void basics() {
        CooperationFixtures.ensureBasics();
        synchronized (CooperationRoleMatrixTest.class) {
            if (thirdPartner == null) {
                thirdPartner = CooperationFixtures.freshPartner("matrix");
                thirdResource = CooperationFixtures.resourceOf(thirdPartner);
            }
        }
    }

    @Test
    void readingIsForThePartiesAndStaffOnly() {
        String demand = huadongDemand("可见性 visibility");
        String id = CooperationFixtures.propose(Tokens.huadongClient(), demand, thirdResource).then().statusCode(201)
                .extract().path("id");
        RoleMatrix.expect("GET /cooperations/{id}", statuses(401, 200, 404, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/cooperations/" + id).statusCode());
        RoleMatrix.expect("GET /cooperations/{id}/events", statuses(401, 200, 404, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/cooperations/" + id + "/events").statusCode());
        RoleMatrix.expect("GET /cooperations?demand=", statuses(401, 200, 200, 200, 200, 200),
                (caller, request) -> request.queryParam("demand", demand).get("/api/v1/cooperations").statusCode());
        for (String staff : List.of("owner", "manager", "finance", "admin")) {
            RoleMatrix.as(staff).queryParam("demand", demand).get("/api/v1/cooperations").then().body("", hasSize(1));
        }
        RoleMatrix.as("other-partner").queryParam("demand", demand).get("/api/v1/cooperations").then().body("", hasSize(0));
        RoleMatrix.expect("GET /cooperations?partner=third", statuses(401, 403, 403, 200, 200, 200),
                (caller, request) -> request.queryParam("partner", thirdPartner).get("/api/v1/cooperations").statusCode());
        RoleMatrix.expect("GET /cooperations?status=bad", statuses(401, 400, 400, 400, 400, 400),
                (caller, request) -> request.queryParam("status", "OPEN").get("/api/v1/cooperations").statusCode());
    }

    @Test
    void proposing() {
        RoleMatrix.expect("POST /cooperations", statuses(401, 201, 400, 201, 403, 201),
                (caller, request) -> request.body(Map.of("demandId", huadongDemand("提案 " + caller), "resourceId", thirdResource))
                        .post("/api/v1/cooperations").statusCode());
    }

    @Test
    void stepsOnACooperationWithAnOutsider() {
        RoleMatrix.expect("ACCEPT (owner is a third partner)", statuses(401, 403, 404, 200, 403, 200),
                (caller, request) -> request.body(body("ACCEPT"))
                        .post("/api/v1/cooperations/" + proposed(thirdResource) + "/transitions").statusCode());
        RoleMatrix.expect("CANCEL (owner is a third partner)", statuses(401, 200, 404, 200, 403, 200),
                (caller, request) -> request.body(body("CANCEL"))
                        .post("/api/v1/cooperations/" + proposed(thirdResource) + "/transitions").statusCode());
    }

    @Test
    void everyStepByEveryRole() {
        step("DECLINE", "PROPOSED", statuses(401, 403, 200, 200, 403, 200));
        step("ACCEPT", "PROPOSED", statuses(401, 403, 200, 200, 403, 200));
        step("START_NEGOTIATION", "ACCEPTED", statuses(401, 200, 200, 200, 403, 200));
        step("SIGN", "NEGOTIATING", statuses(401, 200, 200, 200, 403, 200));
        step("START_EXECUTION", "SIGNED", statuses(401, 403, 200, 200, 403, 200));
        step("REVIEW", "EXECUTING", statuses(401, 200, 200, 403, 403, 403));
        step("CLOSE", "REVIEWED", statuses(401, 200, 200, 200, 403, 200));
        step("CANCEL", "EXECUTING", statuses(401, 200, 200, 200, 403, 200));
    }

    /** The step on a fresh cooperation (owner Beauty Clip) in {@code state}, once per caller. */
    private static void step(String action, String state, Map<String, Integer> expected) {
        RoleMatrix.expect(action + " from " + state, expected, (caller, request) -> {
            String id = proposed(CooperationFixtures.beautyClipResource());
            walkTo(id, state, Tokens.beautyClipClient());
            Map<String, Object> command = new HashMap<>(body(action));
            return request.body(command).post("/api/v1/cooperations/" + id + "/transitions").statusCode();
        });
    }

    @Test
    void reviewsOncePerSide() {
        String id = proposed(CooperationFixtures.beautyClipResource());
        walkTo(id, "EXECUTING", null);
        act(Tokens.beautyClipClient(), id, "REVIEW").then().statusCode(200);
        act(Tokens.beautyClipClient(), id, "REVIEW").then().statusCode(409);
        act(Tokens.huadongUser(), id, "REVIEW").then().statusCode(200);
    }
}
