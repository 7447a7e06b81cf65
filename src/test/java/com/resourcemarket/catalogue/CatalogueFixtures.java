package com.resourcemarket.catalogue;

import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.Tokens;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Test data built through the API, as users would: partners, then resources. */
final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    static void ensureDemoPartners() {
        DemoPartners.ensureRegistered();
    }

    /** An online content platform owned by Beauty Clip. */
    static Map<String, Object> contentPlatform(String nameZh, String nameEn, long followers) {
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", "online.digital-marketing.content-platform");
        body.put("nameZh", nameZh);
        body.put("nameEn", nameEn);
        body.put("description", "面向年轻女性的美妆内容 beauty content for young women");
        body.put("regions", List.of("CN"));
        body.put("capacity", Map.of("amount", 2_000_000, "unit", "audience"));
        body.put("price", Map.of("amount", "15000.00", "currency", "CNY", "unit", "campaign"));
        body.put("contact", Map.of("name", "李娜", "phone", "13812345678", "idNumber", "110101199003074518"));
        List<Map<String, Object>> tags = new ArrayList<>();
        tags.add(Map.of("key", "beauty"));
        tags.add(Map.of("key", "short_video_platform"));
        tags.add(Map.of("key", "followers", "numberValue", followers));
        tags.add(Map.of("key", "female_audience_share", "numberValue", 80));
        tags.add(Map.of("key", "avg_conversion_rate", "numberValue", 5));
        body.put("tags", tags);
        return body;
    }

    /** An offline supermarket chain store in Shanghai owned by Huadong. */
    static Map<String, Object> retailStore(String nameZh, String nameEn, double areaM2, double latitude, double longitude) {
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", "offline.physical-channel.retail-terminal");
        body.put("nameZh", nameZh);
        body.put("nameEn", nameEn);
        body.put("regions", List.of("310000"));
        body.put("location", Map.of("latitude", latitude, "longitude", longitude));
        body.put("capacity", Map.of("amount", 5000, "unit", "people/day"));
        body.put("contact", Map.of("name", "王芳", "phone", "13900001111"));
        body.put("tags", List.of(Map.of("key", "catering"), Map.of("key", "supermarket_chain"),
                Map.of("key", "store_area_m2", "numberValue", areaM2),
                Map.of("key", "cities_covered", "numberValue", 20),
                Map.of("key", "daily_footfall", "numberValue", 5000)));
        return body;
    }

    static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/resources");
    }

    static Response act(String token, String id, String action, String reason) {
        Map<String, Object> command = new HashMap<>();
        command.put("action", action);
        if (reason != null) {
            command.put("reason", reason);
        }
        return given().auth().oauth2(token).contentType("application/json").body(command)
                .post("/api/v1/resources/" + id + "/lifecycle");
    }

    /** Creates as the owner, submits, approves as manager: an ACTIVE resource. */
    static String activeResource(String ownerToken, Map<String, Object> body) {
        String id = create(ownerToken, body).then().statusCode(201).extract().path("id");
        act(ownerToken, id, "SUBMIT", null).then().statusCode(200);
        act(Tokens.manager(), id, "APPROVE", null).then().statusCode(200);
        return id;
    }
}
