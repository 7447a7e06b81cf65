package com.resourcemarket.testsupport;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

/**
 * Test-only changes to the running test Keycloak through its admin REST API, e.g. a client whose tokens live
 * one second, to prove that expired tokens are refused. The committed realm itself is never changed.
 */
@SuppressWarnings("unchecked")
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /** Creates a confidential service-account client, optionally with realm roles and a token lifespan. */
    public static void createServiceClient(String clientId, String secret, List<String> realmRoles, Integer tokenLifespanSeconds) {
        Map<String, Object> attributes = tokenLifespanSeconds == null ? Map.of()
                : Map.of("access.token.lifespan", tokenLifespanSeconds.toString());
        int status = admin().contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "secret", secret, "enabled", true, "publicClient", false,
                        "serviceAccountsEnabled", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                        "attributes", attributes,
                        "defaultClientScopes", List.of("basic", "roles", "resource-market")))
                .post(url("/clients")).statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not create client " + clientId + ": " + status);
        }
        String internalId = admin().queryParam("clientId", clientId).get(url("/clients"))
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        String userId = admin().get(url("/clients/" + internalId + "/service-account-user"))
                .then().statusCode(200).extract().jsonPath().getString("id");
        for (String role : realmRoles) {
            Map<String, Object> representation = admin().get(url("/roles/" + role))
                    .then().statusCode(200).extract().jsonPath().getMap("");
            admin().contentType(ContentType.JSON).body(List.of(representation))
                    .post(url("/users/" + userId + "/role-mappings/realm")).then().statusCode(204);
        }
    }

    /**
     * Key rotation: adds a generated RS256 signing key with a priority above the realm's own, so tokens issued from
     * now on carry its key id. Returns the key provider's component id for {@link #removeSigningKey}.
     */
    public static String addSigningKey(String name) {
        String realmId = admin().get(url("")).then().statusCode(200).extract().jsonPath().getString("id");
        Map<String, Object> component = Map.of("name", name, "providerId", "rsa-generated",
                "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                "config", Map.of("priority", List.of("500"), "enabled", List.of("true"), "active", List.of("true"),
                        "algorithm", List.of("RS256"), "keySize", List.of("2048")));
        String location = admin().contentType(ContentType.JSON).body(component).post(url("/components"))
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public static void removeSigningKey(String componentId) {
        admin().delete(url("/components/" + componentId)).then().statusCode(204);
    }

    /**
     * Lets the console client redirect to the test service's random port: adds {@code http://localhost:<port>/console/*}
     * to its redirect and post-logout URIs (the committed realm names port 8080).
     */
    public static void allowConsoleOn(int port) {
        String internalId = admin().queryParam("clientId", "resource-market-console").get(url("/clients"))
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        Map<String, Object> client = admin().get(url("/clients/" + internalId)).then().statusCode(200)
                .extract().jsonPath().getMap("");
        String base = "http://localhost:" + port + "/console";
        List<String> redirects = new java.util.ArrayList<>((List<String>) client.get("redirectUris"));
        if (!redirects.contains(base + "/*")) {
            redirects.add(base + "/*");
            redirects.add(base);
        }
        client.put("redirectUris", redirects);
        Map<String, Object> attributes = new java.util.HashMap<>((Map<String, Object>) client.get("attributes"));
        attributes.put("post.logout.redirect.uris", "+");
        client.put("attributes", attributes);
        admin().contentType(ContentType.JSON).body(client).put(url("/clients/" + internalId)).then().statusCode(204);
    }

    private static String url(String path) {
        return LocalStackTestResource.keycloak().baseUrl() + "/admin/realms/"
                + com.resourcemarket.localstack.KeycloakServer.REALM + path;
    }

    private static RequestSpecification admin() {
        String token = RestAssured.given()
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", LocalStackTestResource.keycloak().adminPassword()))
                .post(LocalStackTestResource.keycloak().baseUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().jsonPath().getString("access_token");
        return RestAssured.given().auth().oauth2(token);
    }
}
