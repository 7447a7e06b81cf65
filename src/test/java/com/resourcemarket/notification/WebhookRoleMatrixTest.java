package com.resourcemarket.notification;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.testsupport.RoleMatrix.expect;
import static com.resourcemarket.testsupport.RoleMatrix.statuses;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/**
 * Every webhook endpoint against every caller (no token, the owning partner Huadong, another partner, resource
 * manager, finance, admin), and bad input. Writes: the partner itself and admins; reads: also staff.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class WebhookRoleMatrixTest {

    /** A closed loopback port: these webhooks never receive anything. */
    private static final String SINK = "http://127.0.0.1:9/never";

    @Inject
    NotificationService notifications;

    @BeforeEach
    void partners() {
        NotificationFixtures.ensureDemoPartners();
    }

    private static String base() {
        return "/api/v1/partners/" + Tokens.HUADONG_PARTNER_ID;
    }

    private static String newWebhook() {
        return given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .body(Map.of("url", SINK, "active", false))
                .post(base() + "/webhooks").then().statusCode(201).extract().path("webhook.id");
    }

    /** A FAILED delivery of Huadong (its receiver is a closed port) to redeliver. */
    private String failedDelivery() {
        String webhook = given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .body(Map.of("url", SINK, "eventTypes", List.of("COMMISSION_STATEMENT_READY")))
                .post(base() + "/webhooks").then().statusCode(201).extract().path("webhook.id");
        QuarkusTransaction.requiringNew().run(() -> notifications.publish(UUID.fromString(Tokens.HUADONG_PARTNER_ID),
                EventType.COMMISSION_STATEMENT_READY, Map.of("statement", "2026-11")));
        NotificationFixtures.await("FAILED", Duration.ofSeconds(20), () -> given().auth().oauth2(Tokens.admin())
                .queryParam("status", "FAILED").get(base() + "/webhook-deliveries").jsonPath()
                .getList("webhookId").contains(webhook));
        String delivery = given().auth().oauth2(Tokens.admin()).queryParam("status", "FAILED")
                .get(base() + "/webhook-deliveries").jsonPath()
                .getString("find { it.webhookId == '" + webhook + "' }.id");
        return delivery;
    }

    @Test
    void webhookEndpoints() {
        expect("POST /webhooks", statuses(401, 201, 403, 403, 403, 201),
                (caller, request) -> request.body(Map.of("url", SINK, "active", false))
                        .post(base() + "/webhooks").statusCode());
        expect("GET /webhooks", statuses(401, 200, 403, 200, 200, 200),
                (caller, request) -> request.get(base() + "/webhooks").statusCode());
        expect("POST /webhooks/{id}/rotate-secret", statuses(401, 200, 403, 403, 403, 200),
                (caller, request) -> request.post(base() + "/webhooks/" + newWebhook() + "/rotate-secret").statusCode());
        expect("DELETE /webhooks/{id}", statuses(401, 204, 403, 403, 403, 204),
                (caller, request) -> request.delete(base() + "/webhooks/" + newWebhook()).statusCode());
        expect("GET /webhook-deliveries", statuses(401, 200, 403, 200, 200, 200),
                (caller, request) -> request.get(base() + "/webhook-deliveries").statusCode());
    }

    @Test
    void redeliverEndpoint() {
        String delivery = failedDelivery();
        // after each success the delivery is PENDING again (409 for the next caller): use a fresh one per success
        expect("POST /webhook-deliveries/{id}/redeliver", statuses(401, 202, 403, 403, 403, 202), (caller, request) -> {
            String target = List.of("owner", "admin").contains(caller) ? failedDelivery() : delivery;
            return request.post(base() + "/webhook-deliveries/" + target + "/redeliver").statusCode();
        });
    }

    @Test
    void secretIsShownOnlyOnCreateAndRotate() {
        String body = given().auth().oauth2(Tokens.huadongClient()).get(base() + "/webhooks")
                .then().statusCode(200).extract().asString();
        newWebhook();
        String listed = given().auth().oauth2(Tokens.huadongClient()).get(base() + "/webhooks")
                .then().statusCode(200).extract().asString();
        assertThat(listed).doesNotContain("secret");
        assertThat(body).doesNotContain("secret");
    }

    @Test
    void unknownPartnerWebhookOrDeliveryIs404() {
        String unknown = "/api/v1/partners/" + UUID.randomUUID();
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(Map.of("url", SINK))
                .post(unknown + "/webhooks").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).get(unknown + "/webhook-deliveries").then().statusCode(404);
        given().auth().oauth2(Tokens.huadongClient()).delete(base() + "/webhooks/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(Tokens.huadongClient())
                .post(base() + "/webhook-deliveries/" + UUID.randomUUID() + "/redeliver").then().statusCode(404);
        // another partner's webhook id under one's own path is not found either
        String beautyHook = given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json")
                .body(Map.of("url", SINK, "active", false))
                .post("/api/v1/partners/" + Tokens.BEAUTY_CLIP_PARTNER_ID + "/webhooks")
                .then().statusCode(201).extract().path("webhook.id");
        given().auth().oauth2(Tokens.huadongClient()).delete(base() + "/webhooks/" + beautyHook).then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse create(Object body) {
        return given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").body(body)
                .post(base() + "/webhooks").then();
    }

    @Test
    void badInputIs400WithFieldPaths() {
        create(Map.of("url", "ftp://example.com/hook")).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("url")));
        create(Map.of("url", "not a url")).statusCode(400).body("violations.field", hasItem(containsString("url")));
        create(Map.of("url", "http://hooks.example.com/x")).statusCode(400)
                .body("violations.field", hasItem("url")).body("detail", containsString("https"));
        create(Map.of("url", "https://user:pw@hooks.example.com/x")).statusCode(400).body("violations.field", hasItem("url"));
        create(Map.of("url", "https:///nohost")).statusCode(400).body("violations.field", hasItem("url"));
        create(Map.of()).statusCode(400).body("violations.field", hasItem(containsString("url")));
        create(Map.of("url", "https://hooks.example.com/x", "eventTypes", List.of("MATCH_FOUND", "SPACESHIP")))
                .statusCode(400).contentType("application/problem+json").body(containsString("eventTypes"));
        create(Map.of("url", "https://hooks.example.com/x", "colour", "red")).statusCode(400);
        given().auth().oauth2(Tokens.huadongClient()).queryParam("status", "LOST")
                .get(base() + "/webhook-deliveries").then().statusCode(400)
                .body("violations.field", hasItem(containsString("status")));
        given().auth().oauth2(Tokens.huadongClient()).queryParam("limit", "0")
                .get(base() + "/webhook-deliveries").then().statusCode(400)
                .body("violations.field", hasItem(containsString("limit")));
    }

    @Test
    void httpsAndLoopbackHttpAreAccepted() {
        create(Map.of("url", "https://hooks.example.com/resource-market", "eventTypes", List.of("MATCH_FOUND"),
                "active", false)).statusCode(201)
                .body("webhook.eventTypes", org.hamcrest.Matchers.contains("MATCH_FOUND"))
                .body("webhook.active", org.hamcrest.Matchers.equalTo(false))
                .body("secret", org.hamcrest.Matchers.matchesPattern("^[A-Za-z0-9_-]{43}$"));
        create(Map.of("url", "http://localhost:9/x", "active", false)).statusCode(201);
        create(Map.of("url", "http://[::1]:9/x", "active", false)).statusCode(201);
    }
}
