package com.resourcemarket.testsupport;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak: client credentials for partner systems, password grant for people. */
public final class Tokens {

    public static final String HUADONG_PARTNER_ID = "8a0f5b7e-2c41-4d8e-9b3a-5d6f1e2a7c01";
    public static final String BEAUTY_CLIP_PARTNER_ID = "c2d9e4f1-7a3b-4e6c-8f15-9b0a3d7e4c02";

    private record Cached(String token, Instant expires) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** Service-account token of partner 华东家电 Huadong Appliance. */
    public static String huadongClient() {
        return clientCredentials("partner-huadong-appliance", "dev-partner-huadong-secret");
    }

    /** Service-account token of partner Beauty Clip. */
    public static String beautyClipClient() {
        return clientCredentials("partner-beauty-clip", "dev-partner-beautyclip-secret");
    }

    public static String huadongUser() {
        return user("huadong.buyer");
    }

    public static String manager() {
        return user("manager");
    }

    public static String finance() {
        return user("finance");
    }

    public static String finance2() {
        return user("finance2");
    }

    public static String admin() {
        return user("admin.user");
    }

    public static String clientCredentials(String clientId, String secret) {
        return cached("client:" + clientId, Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret));
    }

    public static String user(String username) {
        return cached("user:" + username, Map.of("grant_type", "password", "client_id", "resource-market-devtools",
                "username", username, "password", "demo", "scope", "openid"));
    }

    /** A token request without caching, e.g. for a short-lived client made by a test. */
    public static JsonPath request(Map<String, String> form) {
        return RestAssured.given().formParams(form)
                .post(LocalStackTestResource.keycloak().tokenUrl())
                .then().statusCode(200).extract().jsonPath();
    }

    private static String cached(String key, Map<String, String> form) {
        Cached hit = CACHE.get(key);
        if (hit != null && hit.expires().isAfter(Instant.now().plusSeconds(30))) {
            return hit.token();
        }
        JsonPath answer = request(form);
        Cached fresh = new Cached(answer.getString("access_token"),
                Instant.now().plusSeconds(answer.getLong("expires_in")));
        CACHE.put(key, fresh);
        return fresh.token();
    }
}
