package com.resourcemarket.matching;

import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.Tokens;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Matching test data, built through the API as partners and managers would. */
final class MatchFixtures {

    static final String CONTENT_PLATFORM = "online.digital-marketing.content-platform";
    static final String DIGITAL_MARKETING = "online.digital-marketing";

    private MatchFixtures() {
    }

    static void ensureDemoPartners() {
        DemoPartners.ensureRegistered();
    }

    /** A followers count no other test uses, so a demand with {@code followers EQ n} sees only this test's resources. */
    static long uniqueFollowers() {
        return 100_000_000L + ThreadLocalRandom.current().nextLong(1, 900_000_000L);
    }

    /** An online content platform (Beauty Clip's unless {@code owner} is given) with the given followers and flags. */
    static Map<String, Object> contentPlatform(String name, long followers, String... flags) {
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", CONTENT_PLATFORM);
        body.put("nameZh", "内容平台 " + name);
        body.put("nameEn", "Content platform " + name);
        body.put("description", "美妆短视频 beauty short video");
        body.put("regions", List.of("CN"));
        body.put("capacity", Map.of("amount", 2_000_000, "unit", "audience"));
        body.put("price", Map.of("amount", "15000.00", "currency", "CNY", "unit", "campaign"));
        List<Map<String, Object>> tags = new ArrayList<>();
        tags.add(Map.of("key", "beauty"));
        tags.add(Map.of("key", "short_video_platform"));
        tags.add(Map.of("key", "followers", "numberValue", followers));
        for (String flag : flags) {
            tags.add(Map.of("key", flag));
        }
        body.put("tags", tags);
        return body;
    }

    static String createResource(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
    }

    static Response act(String token, String id, String action) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("action", action))
                .post("/api/v1/resources/" + id + "/lifecycle");
    }

    /** Created by its owner, submitted, approved by a manager: ACTIVE. */
    static String activeResource(String ownerToken, Map<String, Object> body) {
        String id = createResource(ownerToken, body);
        act(ownerToken, id, "SUBMIT").then().statusCode(200);
        act(Tokens.manager(), id, "APPROVE").then().statusCode(200);
        return id;
    }

    static void grade(String id, String grade) {
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("grade", grade, "reason", "测试 test"))
                .put("/api/v1/resources/" + id + "/grade").then().statusCode(200);
    }

    /** A demand for content platforms with exactly {@code followers} followers (so only this test's resources fit). */
    static Map<String, Object> demandFor(long followers, String partnerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "找美妆短视频平台 beauty short-video platforms " + followers);
        body.put("typeCode", CONTENT_PLATFORM);
        body.put("regions", List.of("CN"));
        body.put("industry", "beauty");
        body.put("mustHave", List.of(Map.of("key", "followers", "operator", "EQ", "value", followers)));
        body.put("niceToHave", List.of(Map.of("key", "exclusive_rights", "weight", 8)));
        body.put("budget", Map.of("amount", "20000.00", "currency", "CNY"));
        if (partnerId != null) {
            body.put("partnerId", partnerId);
        }
        return body;
    }

    static String submitDemand(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json")
                .header("Idempotency-Key", "m-" + UUID.randomUUID()).body(body)
                .post("/api/v1/demands").then().statusCode(201).extract().path("id");
    }

    static Response match(String token, String demandId) {
        return given().auth().oauth2(token).post("/api/v1/demands/" + demandId + "/matches");
    }

    static Response latest(String token, String demandId, String query) {
        return given().auth().oauth2(token).get("/api/v1/demands/" + demandId + "/matches" + (query == null ? "" : "?" + query));
    }

    static String demandStatus(String demandId) {
        return given().auth().oauth2(Tokens.manager()).get("/api/v1/demands/" + demandId)
                .then().statusCode(200).extract().path("status");
    }
}
