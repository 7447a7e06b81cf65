package com.resourcemarket.demand;

import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Demand test data, built through the API as partners would. */
final class DemandFixtures {

    private DemandFixtures() {
    }

    /** The two demo partners exist (registered by a manager, as in the catalogue tests). */
    static void ensureDemoPartners() {
        DemoPartners.ensureRegistered();
    }

    /** A small valid demand: an offline retail type in Shanghai. */
    static Map<String, Object> minimal(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("typeCode", "offline.physical-channel.retail-terminal");
        body.put("regions", List.of("310000"));
        return body;
    }

    /** A demand with every field set. */
    static Map<String, Object> full(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "华东地区母婴门店，3公里内，日均客流≥500人 / maternal-and-baby outlets within 3 km");
        body.put("channel", "OFFLINE");
        body.put("categoryCode", "offline.physical-channel");
        body.put("typeCode", "offline.physical-channel.retail-terminal");
        body.put("industry", "maternal_baby");
        body.put("regions", List.of("310000", "EAST_CHINA"));
        body.put("area", Map.of("latitude", "31.230416", "longitude", "121.473701", "radiusKm", "3"));
        body.put("quantity", Map.of("amount", "100", "unit", "家门店 stores"));
        body.put("budget", Map.of("amount", "500000.00", "currency", "CNY"));
        body.put("window", Map.of("from", LocalDate.now().toString(), "to", LocalDate.now().plusDays(60).toString()));
        List<Map<String, Object>> mustHave = new ArrayList<>();
        mustHave.add(Map.of("key", "daily_footfall", "operator", "GTE", "value", 500));
        mustHave.add(Map.of("key", "store_area_m2", "operator", "BETWEEN", "value", 50, "valueTo", 300));
        mustHave.add(Map.of("key", "age_group", "operator", "EQ", "textValue", "25-35岁"));
        mustHave.add(Map.of("key", "supermarket_chain", "operator", "EQ"));
        body.put("mustHave", mustHave);
        body.put("niceToHave", List.of(Map.of("key", "exclusive_rights", "weight", 8),
                Map.of("key", "repurchase_rate", "weight", 3)));
        body.put("excludePartners", List.of(Tokens.BEAUTY_CLIP_PARTNER_ID));
        return body;
    }

    static Response submit(String token, String key, Map<String, Object> body) {
        RequestSpecification request = given().contentType("application/json").body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/demands");
    }

    /** Submits a fresh demand as Huadong and returns its id. */
    static String huadongDemand(String title) {
        return submit(Tokens.huadongClient(), newKey(), minimal(title)).then().statusCode(201).extract().path("id");
    }

    static String newKey() {
        return "k-" + UUID.randomUUID();
    }

    static long count(EntityManager em, String table) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    /** Moves a demand's window into the past, as if time had passed. */
    static void endWindow(EntityManager em, String demandId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update demands set window_from = ?1, window_to = ?2 where id = ?3")
                .setParameter(1, LocalDate.now().minusDays(10))
                .setParameter(2, LocalDate.now().minusDays(2))
                .setParameter(3, asBytes(UUID.fromString(demandId)))
                .executeUpdate());
    }

    private static byte[] asBytes(UUID id) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16);
        buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return buffer.array();
    }
}
