package com.resourcemarket.account;

import com.resourcemarket.localstack.KeycloakServer;
import com.resourcemarket.testsupport.KeycloakAdmin;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The API never asks Keycloak per request: Keycloak's own request counters (its metrics) do not move while the
 * service answers many calls with one token — accepted, refused by the role gate, or refused as forged. Only a token
 * signed with a new key (rotation) makes the service fetch the realm's keys, once.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class KeycloakRoundTripTest {

    private static final int CALLS = 100;

    @Test
    void manyCallsWithOneTokenMakeNoCallToKeycloak() {
        KeycloakServer keycloak = LocalStackTestResource.keycloak();
        long beforeToken = keycloak.requestCount();
        String token = freshToken("partner-huadong-appliance", "dev-partner-huadong-secret");
        // The counters see what the service would cause: issuing the token is counted.
        assertThat(keycloak.requestCount() - beforeToken).as("the token request, counted by Keycloak").isGreaterThanOrEqualTo(1);

        Map<String, Long> before = keycloak.requestCounts();
        for (int i = 0; i < CALLS; i++) {
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                    .body("partnerId", equalTo(Tokens.HUADONG_PARTNER_ID));
            given().auth().oauth2(token).queryParam("limit", 5).get("/api/v1/resources").then().statusCode(200);
            given().auth().oauth2(token).get("/api/v1/demands").then().statusCode(200);
        }
        assertThat(difference(before, keycloak.requestCounts()))
                .as("requests Keycloak answered during " + 3 * CALLS + " API calls with one token").isEmpty();
    }

    @Test
    void refusedTokensMakeNoCallToKeycloakEither() {
        KeycloakServer keycloak = LocalStackTestResource.keycloak();
        KeycloakAdmin.createServiceClient("test-no-role-gate", "no-role-gate-secret", List.of(), null);
        String noRole = freshToken("test-no-role-gate", "no-role-gate-secret");
        String[] parts = Tokens.huadongClient().split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace(Tokens.HUADONG_PARTNER_ID,
                        Tokens.BEAUTY_CLIP_PARTNER_ID).getBytes()) + "." + parts[2];

        Map<String, Long> before = keycloak.requestCounts();
        for (int i = 0; i < CALLS; i++) {
            // The coarse gate holds on every /api/v1 path, even one no resource serves (else 404).
            given().auth().oauth2(noRole).get("/api/v1/me").then().statusCode(403)
                    .contentType("application/problem+json").body("status", equalTo(403));
            given().auth().oauth2(noRole).get("/api/v1/no-such-thing").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401)
                    .contentType("application/problem+json");
            given().auth().oauth2("not-a-jwt").get("/api/v1/me").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        assertThat(difference(before, keycloak.requestCounts()))
                .as("requests Keycloak answered during " + 4 * CALLS + " refused API calls").isEmpty();
    }

    @Test
    void aRotatedSigningKeyIsFetchedOnceThenCached() {
        KeycloakServer keycloak = LocalStackTestResource.keycloak();
        String keyId = KeycloakAdmin.addSigningKey("test-rotated-key");
        try {
            String token = freshToken("partner-beauty-clip", "dev-partner-beautyclip-secret");
            Map<String, Long> before = keycloak.requestCounts();
            given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                    .body("partnerId", equalTo(Tokens.BEAUTY_CLIP_PARTNER_ID));
            Map<String, Long> afterFirst = keycloak.requestCounts();
            Map<String, Long> fetched = difference(before, afterFirst);
            assertThat(fetched.values().stream().mapToLong(Long::longValue).sum()).as("key fetches: " + fetched).isEqualTo(1);
            assertThat(fetched.keySet()).allMatch(key -> key.contains("certs"), "only the realm's keys (certs)");
            for (int i = 0; i < CALLS; i++) {
                given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
            }
            assertThat(difference(afterFirst, keycloak.requestCounts())).as("after the keys were fetched").isEmpty();
        } finally {
            KeycloakAdmin.removeSigningKey(keyId);
        }
        // Tokens signed with the realm's original key stay valid (it was never removed from the cache).
        given().auth().oauth2(freshToken("partner-beauty-clip", "dev-partner-beautyclip-secret")).get("/api/v1/me")
                .then().statusCode(200);
    }

    private static String freshToken(String clientId, String secret) {
        return Tokens.request(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .getString("access_token");
    }

    /** The counters that moved between two readings, by method, path template and status. */
    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> moved = new TreeMap<>();
        after.forEach((key, count) -> {
            long delta = count - before.getOrDefault(key, 0L);
            if (delta != 0) {
                moved.put(key, delta);
            }
        });
        return moved;
    }
}
