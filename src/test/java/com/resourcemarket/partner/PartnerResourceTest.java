package com.resourcemarket.partner;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Partners: staff manage them, a partner token acts only for its own partner_id. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class PartnerResourceTest {

    private static boolean registered;

    @BeforeEach
    void registerDemoPartners() {
        if (registered) {
            return;
        }
        registered = true;
        register(Tokens.HUADONG_PARTNER_ID, "华东家电联合经销", "Huadong Appliance Dealers", "DEALER");
        register(Tokens.BEAUTY_CLIP_PARTNER_ID, "美妆短视频", "Beauty Clip", "PLATFORM");
    }

    static void register(String id, String nameZh, String nameEn, String type) {
        int status = given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("id", id, "nameZh", nameZh, "nameEn", nameEn, "type", type))
                .post("/api/v1/partners").statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("registering partner " + id + " gave " + status);
        }
    }

    @Test
    void partnerReadsItsOwnOrganisation() {
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/partners/" + Tokens.HUADONG_PARTNER_ID)
                .then().statusCode(200).body("nameZh", equalTo("华东家电联合经销"));
        given().auth().oauth2(Tokens.huadongUser()).get("/api/v1/partners/" + Tokens.HUADONG_PARTNER_ID)
                .then().statusCode(200);
    }

    @Test
    void partnerCannotReadAnotherPartner() {
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/partners/" + Tokens.BEAUTY_CLIP_PARTNER_ID)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/partners/" + Tokens.HUADONG_PARTNER_ID)
                .then().statusCode(403);
    }

    @Test
    void staffReadAnyPartner() {
        for (String token : new String[] {Tokens.manager(), Tokens.finance(), Tokens.admin()}) {
            given().auth().oauth2(token).get("/api/v1/partners/" + Tokens.BEAUTY_CLIP_PARTNER_ID)
                    .then().statusCode(200).body("nameEn", equalTo("Beauty Clip"));
        }
        given().auth().oauth2(Tokens.finance()).get("/api/v1/partners?limit=200")
                .then().statusCode(200).body("nameEn", hasItem("Beauty Clip"));
    }

    @Test
    void onlyManagersAndAdminsRegisterPartners() {
        Map<String, String> body = Map.of("nameZh", "新伙伴", "nameEn", "New Partner", "type", "BRAND");
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").body(body)
                .post("/api/v1/partners").then().statusCode(403);
        given().auth().oauth2(Tokens.finance()).contentType("application/json").body(body)
                .post("/api/v1/partners").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(body)
                .post("/api/v1/partners").then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/partners/"));
    }

    @Test
    void duplicateIdIsConflict() {
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("id", Tokens.HUADONG_PARTNER_ID, "nameZh", "重复", "nameEn", "Dup", "type", "DEALER"))
                .post("/api/v1/partners")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
    }
}
