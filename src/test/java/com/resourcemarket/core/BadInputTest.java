package com.resourcemarket.core;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Every kind of bad input gets a 4xx problem+json naming what is wrong, never a 500, and changes nothing. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class BadInputTest {

    private static ValidatableResponse post(String body) {
        return given().auth().oauth2(Tokens.manager()).contentType("application/json").body(body)
                .post("/api/v1/partners").then();
    }

    private static void assertNothingCreated(String marker) {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners?limit=200")
                .then().statusCode(200).body("nameEn", not(hasItem(marker)));
    }

    @Test
    void malformedJson() {
        post("{\"nameZh\": \"坏的\", \"nameEn\": \"Broken-1\", ").statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body(not(containsString("Exception"))).body(not(containsString("com.")));
        assertNothingCreated("Broken-1");
    }

    @Test
    void missingAndBlankFieldsAreNamed() {
        post("{\"nameZh\": \"\", \"type\": \"BRAND\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("nameZh")))
                .body("violations.field", hasItem(containsString("nameEn")));
    }

    @Test
    void unknownEnumValueNamesTheField() {
        post("{\"nameZh\": \"甲\", \"nameEn\": \"Enum-1\", \"type\": \"SPACESHIP\"}").statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("type"));
        assertNothingCreated("Enum-1");
    }

    @Test
    void wrongTypeNamesTheField() {
        post("{\"id\": 12345, \"nameZh\": \"甲\", \"nameEn\": \"Type-1\", \"type\": \"BRAND\"}").statusCode(400)
                .contentType("application/problem+json").body(containsString("id"));
        post("{\"nameZh\": [1,2], \"nameEn\": \"Type-2\", \"type\": \"BRAND\"}").statusCode(400)
                .body(containsString("nameZh"));
        assertNothingCreated("Type-1");
    }

    @Test
    void unknownPropertyIsRefused() {
        post("{\"nameZh\": \"甲\", \"nameEn\": \"Unknown-1\", \"type\": \"BRAND\", \"colour\": \"red\"}")
                .statusCode(400).contentType("application/problem+json").body(containsString("colour"));
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"nameZh\": \"" + "大".repeat(1_200_000) + "\", \"nameEn\": \"Huge\", \"type\": \"BRAND\"}";
        post(huge).statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertNothingCreated("Huge");
    }

    @Test
    void tooLongFieldIsNamed() {
        post("{\"nameZh\": \"" + "长".repeat(201) + "\", \"nameEn\": \"Long-1\", \"type\": \"BRAND\"}")
                .statusCode(400).body("violations.field", hasItem(containsString("nameZh")));
    }

    @Test
    void badQueryParameters() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners?limit=abc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("limit")).body("violations[0].in", equalTo("query"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners?limit=0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("limit")));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners?offset=-5")
                .then().statusCode(400).body("violations.field", hasItem(containsString("offset")));
    }

    @Test
    void badPathParameter() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners/not-a-uuid")
                .then().statusCode(404);
    }

    @Test
    void wrongMediaType() {
        given().auth().oauth2(Tokens.manager()).contentType("text/plain").body("hello")
                .post("/api/v1/partners").then().statusCode(415);
    }

    @Test
    void unknownPathIs404Problem() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/nothing-here")
                .then().statusCode(404);
    }
}
