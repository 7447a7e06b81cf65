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
