package com.resourcemarket.testsupport;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Registers, once per test JVM, the two partner organisations the realm's demo partner identities act for. */
public final class DemoPartners {

    private static boolean registered;

    private DemoPartners() {
    }

    public static synchronized void ensureRegistered() {
        if (registered) {
            return;
        }
        register(Tokens.HUADONG_PARTNER_ID, "华东家电联合经销", "Huadong Appliance Dealers", "DEALER");
        register(Tokens.BEAUTY_CLIP_PARTNER_ID, "美妆短视频", "Beauty Clip", "PLATFORM");
        registered = true;
    }

    /** Registers a partner as a resource manager; one that exists already is fine. */
    public static void register(String id, String nameZh, String nameEn, String type) {
        int status = given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("id", id, "nameZh", nameZh, "nameEn", nameEn, "type", type))
                .post("/api/v1/partners").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("registering partner " + id + " gave " + status);
        }
    }
}
