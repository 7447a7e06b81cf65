package com.resourcemarket.catalogue.reference;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** The four-dimension tag dictionary: seeded, searchable in Chinese and English, curated by resource managers. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class TagDictionaryResourceTest {

    @Inject
    TagDictionary dictionary;

    private static ValidatableResponse search(String token, String query) {
        return given().auth().oauth2(token).get("/api/v1/tags" + query).then();
    }

    private static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/tags").then();
    }

    private static ValidatableResponse put(String token, String key, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).put("/api/v1/tags/" + key).then();
    }

    private static Map<String, Object> tag(String dimension, String key, String zh, String en, String kind, String unit,
                                           List<String> synonyms) {
        Map<String, Object> body = new HashMap<>();
        body.put("dimension", dimension);
        if (key != null) {
            body.put("key", key);
        }
        body.put("labelZh", zh);
        body.put("labelEn", en);
        body.put("valueKind", kind);
        if (unit != null) {
            body.put("unit", unit);
        }
        if (synonyms != null) {
            body.put("synonyms", synonyms);
        }
        return body;
    }

    private static void assertAbsent(String key) {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/tags/" + key).then().statusCode(404);
    }

    @Test
    void everyRoleReadsTheSeededDictionary() {
        for (String token : List.of(Tokens.manager(), Tokens.finance(), Tokens.admin(), Tokens.huadongClient(),
                Tokens.beautyClipClient())) {
            search(token, "?limit=200").statusCode(200)
                    .body("key", hasItems("beauty", "catering", "home_appliance", "maternal_baby", "apparel",
                            "food_beverage", "consumer_electronics", "automotive", "education", "health",
                            "home_furnishing", "sports_outdoor"))
                    .body("key", hasItems("short_video_platform", "social_media", "vertical_media", "live_streaming",
                            "search_ads", "feed_ads", "private_domain_crm", "supermarket_chain", "convenience_chain",
                            "brand_store", "trade_fair", "city_festival", "warehouse_logistics", "popup_store", "coworking"))
                    .body("key", hasItems("female_audience_share", "followers", "cities_covered", "store_area_m2",
                            "store_count", "monthly_active_users", "age_group", "exclusive_rights"))
                    .body("key", hasItems("avg_conversion_rate", "daily_footfall", "avg_order_value", "repurchase_rate",
                            "annual_gmv", "engagement_rate"));
        }
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/tags/beauty").then().statusCode(200)
                .body("dimension", equalTo("INDUSTRY")).body("labelZh", equalTo("美妆")).body("labelEn", equalTo("Beauty"))
                .body("valueKind", equalTo("FLAG")).body("synonyms", hasItems("化妆品", "彩妆", "cosmetics", "makeup"));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/tags/store_area_m2").then().statusCode(200)
                .body("dimension", equalTo("ATTRIBUTE")).body("valueKind", equalTo("NUMBER")).body("unit", equalTo("m2"))
                .body("labelZh", equalTo("门店面积"));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/tags/daily_footfall").then()
                .body("dimension", equalTo("VALUE")).body("unit", equalTo("people/day")).body("labelZh", equalTo("日均客流"));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/tags/age_group").then().body("valueKind", equalTo("TEXT"));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/tags/consumer_electronics").then().body("labelZh", equalTo("3C数码"));
    }

    @Test
    void filtersByDimension() {
        search(Tokens.beautyClipClient(), "?dimension=VALUE").statusCode(200)
                .body("dimension", everyItem(equalTo("VALUE")))
                .body("key", hasItems("avg_conversion_rate", "daily_footfall", "annual_gmv"))
                .body("key", not(hasItem("beauty")));
        search(Tokens.manager(), "?dimension=COLOUR").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("dimension")).body("violations[0].in", equalTo("query"));
    }

    @Test
    void chineseAndEnglishAutocomplete() {
        search(Tokens.huadongClient(), "?q=美").statusCode(200).body("key", hasItem("beauty")).body("[0].key", equalTo("beauty"));
        search(Tokens.huadongClient(), "?q=化妆品").statusCode(200).body("[0].key", equalTo("beauty"));
        search(Tokens.huadongClient(), "?q=COSM").statusCode(200).body("key", hasItem("beauty"));
        search(Tokens.huadongClient(), "?q=makeup").statusCode(200).body("key", contains("beauty"));
        search(Tokens.manager(), "?q=粉丝").statusCode(200).body("[0].key", equalTo("followers"));
        search(Tokens.manager(), "?q=客流").statusCode(200).body("key", hasItem("daily_footfall"));
        search(Tokens.manager(), "?q=store&dimension=ATTRIBUTE").statusCode(200)
                .body("key", hasItems("store_area_m2", "store_count")).body("dimension", everyItem(equalTo("ATTRIBUTE")));
        search(Tokens.manager(), "?q=home ap").statusCode(200).body("[0].key", equalTo("home_appliance"));
        search(Tokens.manager(), "?q=抖音").statusCode(200).body("[0].key", equalTo("short_video_platform"));
        search(Tokens.manager(), "?q=zzzzqqq").statusCode(200).body("size()", equalTo(0));
        search(Tokens.manager(), "?q=" + "x".repeat(65)).statusCode(400).body("violations[0].field", equalTo("q"));
    }

    @Test
    void withoutTokenIs401() {
        given().get("/api/v1/tags").then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(tag("INDUSTRY", "no_token", "无", "None", "FLAG", null, null))
                .post("/api/v1/tags").then().statusCode(401);
        given().contentType("application/json").body(Map.of()).put("/api/v1/tags/beauty").then().statusCode(401);
    }

    @Test
    void partnersAndFinanceCannotWrite() {
        for (String token : List.of(Tokens.huadongClient(), Tokens.beautyClipClient(), Tokens.huadongUser(), Tokens.finance())) {
            post(token, tag("INDUSTRY", "forbidden_tag", "禁止", "Forbidden", "FLAG", null, null)).statusCode(403)
                    .contentType("application/problem+json");
            Map<String, Object> change = tag("INDUSTRY", null, "改", "Changed", "FLAG", null, List.of());
            change.put("version", 0);
            put(token, "beauty", change).statusCode(403);
        }
        assertAbsent("forbidden_tag");
        given().auth().oauth2(Tokens.manager()).get("/api/v1/tags/beauty").then().body("labelZh", equalTo("美妆"));
    }

    @Test
    void managerAddsTagAndAutocompleteFindsItAtOnce() {
        assertThat(dictionary.all()).doesNotContainKey("pet_care");
        post(Tokens.manager(), tag("INDUSTRY", "pet_care", "宠物", "Pet care", "FLAG", null,
                List.of("萌宠", " pets ", "PETS", "猫狗"))).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/tags/pet_care"))
                .body("labelZh", equalTo("宠物")).body("synonyms", contains("萌宠", "pets", "猫狗")).body("version", equalTo(0));
        search(Tokens.beautyClipClient(), "?q=萌宠").statusCode(200).body("[0].key", equalTo("pet_care"));
        assertThat(dictionary.all()).containsKey("pet_care");
        assertThat(dictionary.require("pet_care", "tags[0].key"))
                .isEqualTo(new TagDefinitionView(TagDimension.INDUSTRY, "pet_care", "宠物", "Pet care", ValueKind.FLAG, null,
                        List.of("萌宠", "pets", "猫狗")));
        post(Tokens.admin(), tag("VALUE", "gross_margin", "毛利率", "Gross margin", "NUMBER", "%", null)).statusCode(201)
                .body("unit", equalTo("%")).body("synonyms.size()", equalTo(0));
    }

    @Test
    void duplicateKeyIs409() {
        post(Tokens.manager(), tag("TYPE", "beauty", "重复", "Dup", "FLAG", null, null)).statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.manager()).get("/api/v1/tags/beauty").then().body("dimension", equalTo("INDUSTRY"));
    }

    @Test
    void badInputIs400NamingTheFieldAndWritesNothing() {
        post(Tokens.manager(), tag("INDUSTRY", "Bad Key", "坏", "Bad", "FLAG", null, null)).statusCode(400)
                .body("violations.field", hasItem("key"));
        post(Tokens.manager(), tag("INDUSTRY", "flag_with_unit", "单位", "Unit", "FLAG", "kg", null)).statusCode(400)
                .body("violations[0].field", equalTo("unit"));
        post(Tokens.manager(), tag("INDUSTRY", "blank_synonym", "空", "Blank", "FLAG", null, List.of("好", " "))).statusCode(400)
                .body("violations[0].field", equalTo("synonyms[1]"));
        post(Tokens.manager(), tag("INDUSTRY", "long_synonym", "长", "Long", "FLAG", null, List.of("长".repeat(65))))
                .statusCode(400).body("violations[0].field", equalTo("synonyms[0]"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("s" + i);
        }
        post(Tokens.manager(), tag("INDUSTRY", "many_synonyms", "多", "Many", "FLAG", null, many)).statusCode(400)
                .body("violations.field", hasItem("synonyms"));
        post(Tokens.manager(), tag("SMELL", "bad_dimension", "坏", "Bad", "FLAG", null, null)).statusCode(400)
                .body(containsString("dimension"));
        post(Tokens.manager(), tag("INDUSTRY", "no_labels", "", null, "FLAG", null, null)).statusCode(400)
                .body("violations.field", hasItems("labelZh", "labelEn"));
        for (String key : List.of("flag_with_unit", "blank_synonym", "long_synonym", "many_synonyms", "no_labels")) {
            assertAbsent(key);
        }
        search(Tokens.manager(), "?q=多").body("key", not(hasItem("many_synonyms")));
    }

    @Test
    void updateWithVersionInvalidatesTheCacheAndStaleVersionIs409() {
        post(Tokens.manager(), tag("ATTRIBUTE", "parking_spaces", "停车位", "Parking spaces", "NUMBER", "spaces",
                List.of("车位"))).statusCode(201);
        assertThat(dictionary.all().get("parking_spaces").labelZh()).isEqualTo("停车位");
        Map<String, Object> change = tag("ATTRIBUTE", null, "停车位数", "Parking spaces", "NUMBER", "spaces",
                List.of("车位", "停车场", "parking lot"));
        change.put("version", 0);
        put(Tokens.manager(), "parking_spaces", change).statusCode(200)
                .body("labelZh", equalTo("停车位数")).body("synonyms", contains("车位", "停车场", "parking lot"))
                .body("version", equalTo(1));
        assertThat(dictionary.all().get("parking_spaces").labelZh()).isEqualTo("停车位数");
        search(Tokens.huadongClient(), "?q=停车场").body("[0].key", equalTo("parking_spaces"));

        Map<String, Object> stale = tag("ATTRIBUTE", null, "旧", "Stale", "NUMBER", null, null);
        stale.put("version", 0);
        put(Tokens.admin(), "parking_spaces", stale).statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("stale-version"));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/tags/parking_spaces").then()
                .body("labelZh", equalTo("停车位数")).body("version", equalTo(1));

        Map<String, Object> toText = tag("ATTRIBUTE", null, "停车位数", "Parking spaces", "TEXT", null, List.of());
        toText.put("version", 1);
        put(Tokens.admin(), "parking_spaces", toText).statusCode(200).body("valueKind", equalTo("TEXT"))
                .body("version", equalTo(2));
        assertThat(dictionary.all().get("parking_spaces").valueKind()).isEqualTo(ValueKind.TEXT);

        Map<String, Object> badUnit = tag("ATTRIBUTE", null, "停车位数", "Parking spaces", "TEXT", "spaces", null);
        badUnit.put("version", 2);
        put(Tokens.manager(), "parking_spaces", badUnit).statusCode(400).body("violations[0].field", equalTo("unit"));
        Map<String, Object> missing = tag("ATTRIBUTE", null, "无", "None", "FLAG", null, null);
        missing.put("version", 0);
        put(Tokens.manager(), "no_such_tag", missing).statusCode(404);
    }

    @Test
    void requireNamesTheCallersFieldPath() {
        assertThat(dictionary.require("followers", "x").unit()).isEqualTo("people");
        HttpProblem problem = null;
        try {
            dictionary.require("no_such_tag", "tags[3].key");
        } catch (HttpProblem e) {
            problem = e;
        }
        assertThat(problem).isNotNull();
        assertThat(problem.getStatusCode()).isEqualTo(400);
        assertThat(problem.getParameters().get("violations").toString()).contains("tags[3].key");
        assertThat(dictionary.all()).containsKeys("beauty", "followers", "engagement_rate");
        assertThat(dictionary.all().size()).isGreaterThanOrEqualTo(41);
    }
}
