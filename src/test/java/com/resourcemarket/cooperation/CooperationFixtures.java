package com.resourcemarket.cooperation;

import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Cooperation test data through the API, as partners and managers would build it. */
final class CooperationFixtures {

    static final String HUADONG = Tokens.HUADONG_PARTNER_ID;
    static final String BEAUTY_CLIP = Tokens.BEAUTY_CLIP_PARTNER_ID;

    private static String beautyClipResource;
    private static String huadongResource;

    private CooperationFixtures() {
    }

    static synchronized void ensureBasics() {
        DemoPartners.ensureRegistered();
        if (beautyClipResource == null) {
            beautyClipResource = activeResource(Tokens.beautyClipClient(), contentPlatform(null));
            huadongResource = activeResource(Tokens.huadongClient(), contentPlatform(null));
        }
    }

    /** An ACTIVE resource of Beauty Clip (shared by the tests of one JVM). */
    static String beautyClipResource() {
        return beautyClipResource;
    }

    /** An ACTIVE resource of Huadong: the demander's own. */
    static String huadongResource() {
        return huadongResource;
    }

    /** A fresh partner (registered by a manager), with one contact person. */
    static String freshPartner(String label) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> contact = Map.of("name", "张伟", "title", "商务经理", "email", "zhang.wei@" + label + ".example.com",
                "phone", "13912345678", "idNumber", "11010519491231002X");
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("id", id, "nameZh", "合作测试" + label, "nameEn", "Cooperation test " + label, "type", "SUPPLIER",
                        "contacts", List.of(contact)))
                .post("/api/v1/partners").then().statusCode(201);
        return id;
    }

    /** An ACTIVE resource of the given partner, created, submitted and approved by a manager. */
    static String resourceOf(String partnerId) {
        return activeResource(Tokens.manager(), contentPlatform(partnerId));
    }

    static Map<String, Object> contentPlatform(String ownerPartnerId) {
        Map<String, Object> body = new HashMap<>();
        if (ownerPartnerId != null) {
            body.put("ownerPartnerId", ownerPartnerId);
        }
        body.put("typeCode", "online.digital-marketing.content-platform");
        body.put("nameZh", "美妆短视频频道");
        body.put("nameEn", "Beauty short-video channel");
        body.put("regions", List.of("CN"));
        body.put("capacity", Map.of("amount", 2_000_000, "unit", "audience"));
        body.put("price", Map.of("amount", "15000.00", "currency", "CNY", "unit", "campaign"));
        List<Map<String, Object>> tags = new ArrayList<>();
        tags.add(Map.of("key", "beauty"));
        tags.add(Map.of("key", "followers", "numberValue", 500_000));
        body.put("tags", tags);
        return body;
    }

    static String activeResource(String ownerToken, Map<String, Object> body) {
        String id = given().auth().oauth2(ownerToken).contentType("application/json").body(body)
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
        lifecycle(ownerToken, id, "SUBMIT");
        lifecycle(Tokens.manager(), id, "APPROVE");
        return id;
    }

    static void lifecycle(String token, String resourceId, String action) {
        given().auth().oauth2(token).contentType("application/json").body(Map.of("action", action))
                .post("/api/v1/resources/" + resourceId + "/lifecycle").then().statusCode(200);
    }

    /** A demand of Huadong (submitted through the API), optionally excluding partners. */
    static String huadongDemand(String title, String... excluded) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("typeCode", "online.digital-marketing.content-platform");
        body.put("regions", List.of("310000"));
        if (excluded.length > 0) {
            body.put("excludePartners", List.of(excluded));
        }
        return given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .header("Idempotency-Key", "c-" + UUID.randomUUID()).body(body)
                .post("/api/v1/demands").then().statusCode(201).extract().path("id");
    }

    static Response propose(String token, String demandId, String resourceId) {
        Map<String, Object> body = new HashMap<>();
        body.put("demandId", demandId);
        body.put("resourceId", resourceId);
        body.put("matchScore", "87.5");
        return as(token).body(body).post("/api/v1/cooperations");
    }

    /** A fresh PROPOSED cooperation: a new Huadong demand and the given resource, proposed by Huadong. */
    static String proposed(String resourceId) {
        return propose(Tokens.huadongClient(), huadongDemand("合作需求 cooperation demand"), resourceId)
                .then().statusCode(201).extract().path("id");
    }

    static Response act(String token, String cooperationId, Map<String, Object> command) {
        return as(token).body(command).post("/api/v1/cooperations/" + cooperationId + "/transitions");
    }

    static Response act(String token, String cooperationId, String action) {
        return act(token, cooperationId, body(action));
    }

    /** The minimal valid body of an action. */
    static Map<String, Object> body(String action) {
        Map<String, Object> command = new HashMap<>();
        command.put("action", action);
        switch (action) {
            case "DECLINE", "CANCEL" -> command.put("reason", "计划变更 plans changed");
            case "SIGN" -> command.put("terms", terms());
            case "REVIEW" -> command.put("review", Map.of("rating", 4, "comment", "合作愉快 good cooperation"));
            default -> {
            }
        }
        return command;
    }

    static Map<String, Object> terms() {
        Map<String, Object> terms = new HashMap<>();
        terms.put("price", Map.of("amount", "480000.00", "currency", "CNY"));
        terms.put("quantity", Map.of("amount", "100", "unit", "台 units"));
        terms.put("startDate", LocalDate.now().plusDays(7).toString());
        terms.put("endDate", LocalDate.now().plusDays(90).toString());
        return terms;
    }

    /**
     * Walks a cooperation (owner Beauty Clip or a manager-driven owner) from PROPOSED to {@code status}, as a manager
     * except for the reviews, which need the parties: {@code ownerToken} null means the manager cannot review, so
     * REVIEWED and CLOSED need the owner's token.
     */
    static void walkTo(String cooperationId, String status, String ownerToken) {
        List<String> path = List.of("PROPOSED", "ACCEPTED", "NEGOTIATING", "SIGNED", "EXECUTING", "REVIEWED", "CLOSED");
        int target = path.indexOf(status);
        String manager = Tokens.manager();
        if (target < 0) {
            act(manager, cooperationId, status.equals("DECLINED") ? "DECLINE" : "CANCEL").then().statusCode(200);
            return;
        }
        String[] actions = {null, "ACCEPT", "START_NEGOTIATION", "SIGN", "START_EXECUTION", null, "CLOSE"};
        for (int i = 1; i <= target; i++) {
            if (i == 5) {
                act(Tokens.huadongClient(), cooperationId, "REVIEW").then().statusCode(200);
                act(ownerToken, cooperationId, "REVIEW").then().statusCode(200);
            } else {
                act(manager, cooperationId, actions[i]).then().statusCode(200);
            }
        }
    }

    static RequestSpecification as(String token) {
        RequestSpecification request = given().contentType("application/json");
        return token == null ? request : request.auth().oauth2(token);
    }

    static String demandStatus(String demandId) {
        return given().auth().oauth2(Tokens.manager()).get("/api/v1/demands/" + demandId).then().statusCode(200)
                .extract().path("status");
    }

    /** Outbox rows (webhook deliveries) of a partner for cooperation state changes. */
    static long outboxRows(EntityManager em, String partnerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from webhook_deliveries where partner_id = ?1 and event_type = 'COOPERATION_STATE_CHANGED'")
                .setParameter(1, bytes(UUID.fromString(partnerId))).getSingleResult()).longValue());
    }

    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
