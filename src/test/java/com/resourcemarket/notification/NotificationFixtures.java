package com.resourcemarket.notification;

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

    private static boolean demoPartners;

    private NotificationFixtures() {
    }

    static synchronized void ensureDemoPartners() {
        if (demoPartners) {
            return;
        }
        register(Tokens.HUADONG_PARTNER_ID, "华东家电联合经销", "Huadong Appliance Dealers", "DEALER");
        register(Tokens.BEAUTY_CLIP_PARTNER_ID, "美妆短视频", "Beauty Clip", "PLATFORM");
        demoPartners = true;
    }

    /** A partner of its own for one test, so no other test's webhooks receive its events. */
    static UUID freshPartner() {
        UUID id = UUID.randomUUID();
        register(id.toString(), "通知测试" + id.toString().substring(0, 8), "Notification test " + id, "BRAND");
        return id;
    }

    private static void register(String id, String nameZh, String nameEn, String type) {
        int status = given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("id", id, "nameZh", nameZh, "nameEn", nameEn, "type", type))
                .post("/api/v1/partners").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("registering partner " + id + " gave " + status);
        }
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
