package com.resourcemarket.matching;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.resourcemarket.testsupport.RoleMatrix.expect;
import static com.resourcemarket.testsupport.RoleMatrix.statuses;

/**
 * Every matching endpoint against every caller: no token, the demand's partner (Huadong), another partner (Beauty
 * Clip), resource manager, finance and admin. Finance reads matches but cannot run them; other partners see no
 * demand (404, as for the demand itself); weights are staff-only, changed by managers and admins.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class MatchRoleMatrixTest {

    @BeforeEach
    void partners() {
        MatchFixtures.ensureDemoPartners();
    }

    @Test
    void matchEndpoints() {
        String demand = MatchFixtures.submitDemand(Tokens.huadongClient(), MatchFixtures.demandFor(MatchFixtures.uniqueFollowers(), null));
        expect("POST /demands/{id}/matches", statuses(401, 200, 404, 200, 403, 200),
                (caller, request) -> request.post("/api/v1/demands/" + demand + "/matches").statusCode());
        expect("GET /demands/{id}/matches", statuses(401, 200, 404, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/demands/" + demand + "/matches").statusCode());
    }

    @Test
    void weightEndpoints() {
        expect("GET /match-weights", statuses(401, 403, 403, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/match-weights").statusCode());
        expect("GET /match-weights/{scope}", statuses(401, 403, 403, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/match-weights/offline.service").statusCode());
        expect("GET /match-weights/history", statuses(401, 403, 403, 200, 200, 200),
                (caller, request) -> request.get("/api/v1/match-weights/history").statusCode());
        Map<String, Object> body = Map.of("weights", Map.of("tagIndustry", 15, "tagType", 10, "tagAttribute", 10,
                "tagValue", 10, "grade", 12, "evaluation", 15, "monthlyQuality", 5, "price", 10, "distance", 10, "history", 5));
        expect("PUT /match-weights/{scope}", statuses(401, 403, 403, 200, 403, 200),
                (caller, request) -> request.body(body).put("/api/v1/match-weights/offline.service").statusCode());
        // each caller tries to remove an override that exists (re-created before each attempt)
        expect("DELETE /match-weights/{scope}", statuses(401, 403, 403, 204, 403, 204), (caller, request) -> {
            MatchFixtures.ensureDemoPartners();
            io.restassured.RestAssured.given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body)
                    .put("/api/v1/match-weights/offline.scenario").then().statusCode(200);
            return request.delete("/api/v1/match-weights/offline.scenario").statusCode();
        });
        io.restassured.RestAssured.given().auth().oauth2(Tokens.admin()).delete("/api/v1/match-weights/offline.scenario");
        io.restassured.RestAssured.given().auth().oauth2(Tokens.admin()).delete("/api/v1/match-weights/offline.service");
    }
}
