package com.resourcemarket.account;

import com.resourcemarket.testsupport.KeycloakAdmin;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The whole chain with real Keycloak tokens: authentication, the coarse role gate on /api/v1 and the roles. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SecurityTest {

    @Test
    void partnerClientCredentialsTokenReachesMe() {
        given().auth().oauth2(Tokens.huadongClient())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("service-account-partner-huadong-appliance"))
                .body("roles", equalTo(List.of("partner")))
                .body("partnerId", equalTo(Tokens.HUADONG_PARTNER_ID))
                .header("RateLimit-Limit", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void peopleSignInWithTheirRolesAndPartner() {
        given().auth().oauth2(Tokens.huadongUser()).get("/api/v1/me")
                .then().statusCode(200).body("partnerId", equalTo(Tokens.HUADONG_PARTNER_ID))
                .body("displayName", equalTo("芳 王"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/me")
                .then().statusCode(200).body("roles", equalTo(List.of("resource-manager"))).body("partnerId", nullValue());
        given().auth().oauth2(Tokens.finance()).get("/api/v1/me")
                .then().statusCode(200).body("roles", equalTo(List.of("finance")));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/me")
                .then().statusCode(200).body("roles", hasItem("admin"));
    }

    @Test
    void noTokenIs401Problem() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void garbageTokenIs401() {
        given().auth().oauth2("not-a-jwt").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void tamperedTokenIs401() {
        String[] parts = Tokens.huadongClient().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace(Tokens.HUADONG_PARTNER_ID, Tokens.BEAUTY_CLIP_PARTNER_ID);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401);

        String badSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(badSignature).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void expiredTokenIs401() throws InterruptedException {
        // 8 s: long enough for the first call on a busy machine, short enough to wait out
        KeycloakAdmin.createServiceClient("test-short-lived", "short-lived-secret", List.of("partner"), 8);
        String token = Tokens.request(Map.of("grant_type", "client_credentials",
                "client_id", "test-short-lived", "client_secret", "short-lived-secret")).getString("access_token");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        Thread.sleep(10_000);
        given().auth().oauth2(token).get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenWithoutAnyMarketplaceRoleIsRefusedByTheRoleGate() {
        KeycloakAdmin.createServiceClient("test-no-role", "no-role-secret", List.of(), null);
        String token = Tokens.clientCredentials("test-no-role", "no-role-secret");
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(403);
    }

    @Test
    void wrongRoleIs403Problem() {
        given().auth().oauth2(Tokens.finance()).contentType("application/json")
                .body(Map.of("nameZh", "测试", "nameEn", "Test", "type", "BRAND"))
                .post("/api/v1/partners")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/partners")
                .then().statusCode(403);
    }

    @Test
    void openEndpointsNeedNoToken() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void problemTypeIsAlwaysPresent() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/partners/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("type", startsWith("https://")).body("instance", startsWith("/api/v1/partners/"));
    }

    @Test
    void rolesListHasOnlyMarketplaceRoles() {
        given().auth().oauth2(Tokens.finance2()).get("/api/v1/me")
                .then().statusCode(200).body("roles", containsInAnyOrder("finance"));
    }
}
