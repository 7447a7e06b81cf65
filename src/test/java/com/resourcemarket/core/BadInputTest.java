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

    private static final String NO_JAVA_TYPES = "(?s).*(java\\.|com\\.resourcemarket|com\\.fasterxml|Exception).*";

    @Test
    void decimalCountsAreRefusedNamingTheParameter() {
        for (String url : new String[]{"/api/v1/partners?limit=1.5", "/api/v1/partners?offset=2.0", "/api/v1/resources?limit=1e2",
                "/api/v1/demands?limit=1.5", "/api/v1/commission/plans?offset=0.5",
                "/api/v1/demands/" + java.util.UUID.randomUUID() + "/matches?topN=1.5"}) {
            String name = url.substring(url.indexOf('?') + 1, url.indexOf('='));
            given().auth().oauth2(Tokens.manager()).get(url).then().statusCode(400)
                    .contentType("application/problem+json").body("status", equalTo(400)).body("title", equalTo("Bad Request"))
                    .body("violations.field", hasItem(name)).body("violations.in", hasItem("query"));
        }
    }

    @Test
    void duplicatedKeyIsRefusedNamingIt() {
        post("{\"nameZh\": \"甲\", \"nameEn\": \"Dup-1\", \"nameEn\": \"Dup-1\", \"type\": \"BRAND\"}").statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("violations[0].field", equalTo("nameEn"))
                .body("violations[0].message", containsString("more than once"));
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body("{\"reason\": \"x\", \"reason\": \"x\"}")
                .post("/api/v1/demands/" + java.util.UUID.randomUUID() + "/cancel").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("reason"));
        assertNothingCreated("Dup-1");
    }

    @Test
    void wrongJsonTypesNameTheFieldAndTheFormatNeverAClass() {
        // enum
        post("{\"nameZh\": \"甲\", \"nameEn\": \"Enum-2\", \"type\": [1]}").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("type"))
                .body("violations[0].message", containsString("one of: "))
                .body(not(org.hamcrest.Matchers.matchesPattern(NO_JAVA_TYPES)));
        // UUID
        post("{\"id\": \"not-a-uuid\", \"nameZh\": \"甲\", \"nameEn\": \"Uuid-1\", \"type\": \"BRAND\"}").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("id"))
                .body("violations[0].message", containsString("a UUID"))
                .body(not(org.hamcrest.Matchers.matchesPattern(NO_JAVA_TYPES)));
        // array and object
        post("{\"nameZh\": \"甲\", \"nameEn\": \"Arr-1\", \"type\": \"BRAND\", \"regions\": \"310000\"}").statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("regions"))
                .body("violations[0].message", containsString("an array"));
        // date and number inside an object (a demand's window and budget), named by their full path
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").header("Idempotency-Key", "bad-date-1")
                .body("{\"title\": \"t\", \"window\": {\"from\": \"2026-13-45\", \"to\": \"2027-01-01\"}}")
                .post("/api/v1/demands").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("window.from"))
                .body("violations[0].message", containsString("ISO-8601 date"))
                .body(not(org.hamcrest.Matchers.matchesPattern(NO_JAVA_TYPES)));
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").header("Idempotency-Key", "bad-number-1")
                .body("{\"title\": \"t\", \"budget\": {\"amount\": \"lots\", \"currency\": \"CNY\"}}")
                .post("/api/v1/demands").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("budget.amount"))
                .body("violations[0].message", containsString("a decimal number"))
                .body(not(org.hamcrest.Matchers.matchesPattern(NO_JAVA_TYPES)));
        // in Chinese when asked
        given().auth().oauth2(Tokens.manager()).contentType("application/json").header("Accept-Language", "zh-CN")
                .body("{\"id\": 5, \"nameZh\": \"甲\", \"nameEn\": \"Uuid-2\", \"type\": \"BRAND\"}")
                .post("/api/v1/partners").then().statusCode(400).body("violations[0].message", containsString("UUID"))
                .body("violations[0].message", containsString("必须是"));
        assertNothingCreated("Enum-2");
        assertNothingCreated("Uuid-1");
    }

    @Test
    void invalidUtf8AndDeepBodiesAre400() {
        byte[] bad = "{\"nameZh\": \"\u0000\", \"nameEn\": \"Utf-1\", \"type\": \"BRAND\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bad[12] = (byte) 0xC3;
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(bad).post("/api/v1/partners").then()
                .statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        String deep = "{\"nameZh\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        post(deep).statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertNothingCreated("Utf-1");
    }

    @Test
    void overLongUrlIs414Problem() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners?q=" + "a".repeat(10_000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414)).body("title", equalTo("URI Too Long"));
    }

    @Test
    void badAuthorizationHeadersAre401Problems() {
        for (String header : new String[]{"Basic bWFuYWdlcjpkZW1v", "Bearer", "Bearer ", "Token abc", "Bearer not a token"}) {
            given().header("Authorization", header).get("/api/v1/partners").then().statusCode(401)
                    .contentType("application/problem+json").body("status", equalTo(401)).body("title", equalTo("Unauthorized"))
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        given().header("Authorization", "Bearer not.a.jwt").get("/api/v1/partners").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void securityAndRateLimitHeadersOnEveryApiAnswer() {
        // 200, 401 (no token, bad token), 403 (role), 404 (unknown path)
        for (ValidatableResponse answer : java.util.List.of(
                given().auth().oauth2(Tokens.manager()).get("/api/v1/partners").then().statusCode(200),
                given().get("/api/v1/partners").then().statusCode(401),
                given().header("Authorization", "Bearer not.a.jwt").get("/api/v1/partners").then().statusCode(401),
                given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/commission/settlement-runs").then().statusCode(403),
                given().auth().oauth2(Tokens.manager()).get("/api/v1/nothing-here").then().statusCode(404))) {
            answer.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
                    .header("RateLimit-Limit", org.hamcrest.Matchers.notNullValue())
                    .header("RateLimit-Remaining", org.hamcrest.Matchers.notNullValue())
                    .header("RateLimit-Reset", org.hamcrest.Matchers.notNullValue());
        }
    }
}
