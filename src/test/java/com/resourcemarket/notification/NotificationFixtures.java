package com.resourcemarket.notification;

import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.Tokens;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;

/** Test data through the API: partners (the demo ones and fresh ones), webhooks, the delivery log. */
final class NotificationFixtures {

    private NotificationFixtures() {
    }

    static void ensureDemoPartners() {
        DemoPartners.ensureRegistered();
    }

    /** A partner of its own for one test, so no other test's webhooks receive its events. */
    static UUID freshPartner() {
        UUID id = UUID.randomUUID();
        DemoPartners.register(id.toString(), "通知测试" + id.toString().substring(0, 8), "Notification test " + id, "BRAND");
        return id;
    }


    /** Registers a webhook as admin; returns the create answer (webhook + secret). */
    static JsonPath createWebhook(UUID partnerId, String url, List<String> eventTypes) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", eventTypes))
                .post("/api/v1/partners/" + partnerId + "/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    static JsonPath deliveries(UUID partnerId) {
        return given().auth().oauth2(Tokens.admin())
                .get("/api/v1/partners/" + partnerId + "/webhook-deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
