package com.resourcemarket.matching;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** /api/v1/match-weights: default and per-category overrides, validation, optimistic locking, history. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class MatchWeightsApiTest {

    private static final String CATEGORY = "online.tech-service";

    static Map<String, Object> weights(Object grade, Object evaluation, Object monthlyQuality, Object history) {
        Map<String, Object> w = new HashMap<>();
        w.put("tagIndustry", 15);
        w.put("tagType", 10);
        w.put("tagAttribute", 10);
        w.put("tagValue", 10);
        w.put("grade", grade);
        w.put("evaluation", evaluation);
        w.put("monthlyQuality", monthlyQuality);
        w.put("price", 10);
        w.put("distance", 10);
        w.put("history", history);
        return w;
    }

    @Test
    void overridesFallBackToTheDefaultAndEveryChangeIsRecorded() {
        JsonPath fallback = given().auth().oauth2(Tokens.finance()).get("/api/v1/match-weights/" + CATEGORY)
                .then().statusCode(200).extract().jsonPath();
        assertThat(fallback.getBoolean("override")).isFalse();
        assertThat(fallback.getString("weights.evaluation")).isEqualTo("15");
        JsonPath defaults = given().auth().oauth2(Tokens.manager()).get("/api/v1/match-weights/default")
                .then().statusCode(200).extract().jsonPath();
        assertThat(defaults.getString("scope")).isEqualTo("*");
        assertThat(defaults.getString("weights.tagIndustry")).isEqualTo("15");

        JsonPath created = given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("weights", weights("20.5", 15, 5, 5))).put("/api/v1/match-weights/" + CATEGORY)
                .then().statusCode(200).extract().jsonPath();
        assertThat(created.getBoolean("override")).isTrue();
        assertThat(created.getString("weights.grade")).isEqualTo("20.5");
        assertThat(created.getString("updatedBy")).isEqualTo("manager");
        long version = created.getLong("version");

        // a stale version is refused and changes nothing
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("weights", weights(1, 1, 1, 1), "version", version + 5)).put("/api/v1/match-weights/" + CATEGORY)
                .then().statusCode(409);
        JsonPath changed = given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("weights", weights(30, 15, 5, 5), "version", version)).put("/api/v1/match-weights/" + CATEGORY)
                .then().statusCode(200).extract().jsonPath();
        assertThat(changed.getString("weights.grade")).isEqualTo("30");
        assertThat(given().auth().oauth2(Tokens.manager()).get("/api/v1/match-weights").then().statusCode(200).extract()
                .jsonPath().getList("scope", String.class)).contains("*", CATEGORY);

        given().auth().oauth2(Tokens.manager()).delete("/api/v1/match-weights/" + CATEGORY).then().statusCode(204);
        given().auth().oauth2(Tokens.manager()).delete("/api/v1/match-weights/" + CATEGORY).then().statusCode(404);
        given().auth().oauth2(Tokens.manager()).delete("/api/v1/match-weights/default").then().statusCode(409);
        assertThat(given().auth().oauth2(Tokens.manager()).get("/api/v1/match-weights/" + CATEGORY).then().statusCode(200)
                .extract().jsonPath().getBoolean("override")).isFalse();

        JsonPath history = given().auth().oauth2(Tokens.finance()).get("/api/v1/match-weights/history?scope=" + CATEGORY)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> changes = history.getList("$");
        assertThat(changes).hasSizeGreaterThanOrEqualTo(3);
        int n = changes.size();
        assertThat(history.getString("[" + (n - 3) + "].before")).isNull();
        assertThat(history.getString("[" + (n - 3) + "].after.grade")).isEqualTo("20.5");
        assertThat(history.getString("[" + (n - 2) + "].before.grade")).isEqualTo("20.5");
        assertThat(history.getString("[" + (n - 2) + "].after.grade")).isEqualTo("30");
        assertThat(history.getString("[" + (n - 2) + "].changedBy")).isEqualTo("admin.user");
        assertThat(history.getString("[" + (n - 1) + "].before.grade")).isEqualTo("30");
        assertThat(history.getString("[" + (n - 1) + "].after")).isNull();
    }

    @Test
    void invalidWeightsAre400sNamingTheFieldAndChangeNothing() {
        record Case(Map<String, Object> weights, String field) {
        }
        Map<String, Object> missing = weights(10, 10, 5, 5);
        missing.remove("price");
        List<Case> cases = List.of(
                new Case(weights(-1, 10, 5, 5), "grade"),
                new Case(weights(1001, 10, 5, 5), "grade"),
                new Case(weights("1.00001", 10, 5, 5), "grade"),
                new Case(weights(0, 0, 0, 0), "weights.grade"),
                new Case(missing, "price"));
        for (Case c : cases) {
            String body = given().auth().oauth2(Tokens.manager()).contentType("application/json")
                    .body(Map.of("weights", c.weights())).put("/api/v1/match-weights/" + CATEGORY)
                    .then().statusCode(400).contentType("application/problem+json").extract().asString();
            assertThat(body).as(c.toString()).contains(c.field());
        }
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of("weights", weights(10, 10, 5, 5)))
                .put("/api/v1/match-weights/no.such-category").then().statusCode(404);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of("weights", weights(10, 10, 5, 5)))
                .put("/api/v1/match-weights/bad%20scope!").then().statusCode(400);
        assertThat(given().auth().oauth2(Tokens.manager()).get("/api/v1/match-weights/" + CATEGORY).then().statusCode(200)
                .extract().jsonPath().getBoolean("override")).isFalse();
        assertThat(given().auth().oauth2(Tokens.manager()).get("/api/v1/match-weights/default").then().statusCode(200)
                .extract().jsonPath().getString("weights.grade")).isEqualTo("10");
    }
}
