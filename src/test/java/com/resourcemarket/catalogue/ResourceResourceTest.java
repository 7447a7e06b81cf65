package com.resourcemarket.catalogue;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.resourcemarket.catalogue.CatalogueFixtures.act;
import static com.resourcemarket.catalogue.CatalogueFixtures.activeResource;
import static com.resourcemarket.catalogue.CatalogueFixtures.contentPlatform;
import static com.resourcemarket.catalogue.CatalogueFixtures.create;
import static com.resourcemarket.catalogue.CatalogueFixtures.retailStore;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ResourceResourceTest {

    @BeforeEach
    void partners() {
        CatalogueFixtures.ensureDemoPartners();
    }

    @Test
    void partnerPublishesForItselfAsDraft() {
        create(Tokens.beautyClipClient(), contentPlatform("测试平台一", "Test platform one", 200_000))
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/resources/"))
                .body("status", equalTo("DRAFT"))
                .body("ownerPartnerId", equalTo(Tokens.BEAUTY_CLIP_PARTNER_ID))
                .body("channel", equalTo("ONLINE"))
                .body("categoryCode", equalTo("online.digital-marketing"))
                .body("tags.find { it.key == 'followers' }.dimension", equalTo("ATTRIBUTE"))
                .body("tags.find { it.key == 'female_audience_share' }.unit", equalTo("%"))
                .body("contact.phone", equalTo("13812345678"));
    }

    @Test
    void partnerCannotPublishForAnotherPartner() {
        Map<String, Object> body = contentPlatform("冒名平台", "Impostor", 200_000);
        body.put("ownerPartnerId", Tokens.HUADONG_PARTNER_ID);
        create(Tokens.beautyClipClient(), body).then().statusCode(403);
    }

    @Test
    void managerPublishesForANamedPartnerAndFinanceCannotPublish() {
        Map<String, Object> body = retailStore("经理录入门店", "Manager-entered store", 120, 31.2304, 121.4737);
        create(Tokens.manager(), body).then().statusCode(400).body("violations.field", hasItem("ownerPartnerId"));
        body.put("ownerPartnerId", Tokens.HUADONG_PARTNER_ID);
        create(Tokens.manager(), body).then().statusCode(201).body("ownerPartnerId", equalTo(Tokens.HUADONG_PARTNER_ID));
        create(Tokens.finance(), body).then().statusCode(403);
        given().contentType("application/json").body(body).post("/api/v1/resources").then().statusCode(401);
    }

    @Test
    void invalidResourcesAreRefusedWithFieldPathsAndNothingIsWritten() {
        Map<String, Object> noLocation = retailStore("无坐标门店", "No-location store", 120, 0, 0);
        noLocation.remove("location");
        create(Tokens.huadongClient(), noLocation).then().statusCode(400).body("violations.field", hasItem("location"));

        Map<String, Object> badTag = contentPlatform("坏标签", "Bad tag", 1);
        badTag.put("tags", List.of(Map.of("key", "followers", "textValue", "many")));
        create(Tokens.beautyClipClient(), badTag).then().statusCode(400).body("violations.field", hasItem("tags[0].numberValue"));

        Map<String, Object> unknownTag = contentPlatform("未知标签", "Unknown tag", 1);
        unknownTag.put("tags", List.of(Map.of("key", "no_such_tag")));
        create(Tokens.beautyClipClient(), unknownTag).then().statusCode(400).body("violations.field", hasItem("tags[0].key"));

        Map<String, Object> badType = contentPlatform("未知类型", "Unknown type", 1);
        badType.put("typeCode", "online.no-such-type");
        create(Tokens.beautyClipClient(), badType).then().statusCode(400).body("violations.field", hasItem("typeCode"));

        Map<String, Object> badCurrency = contentPlatform("坏币种", "Bad currency", 1);
        badCurrency.put("price", Map.of("amount", "1.00", "currency", "XYZ", "unit", "month"));
        create(Tokens.beautyClipClient(), badCurrency).then().statusCode(400).body("violations.field", hasItem("price.currency"));

        Map<String, Object> badPhone = contentPlatform("坏电话", "Bad phone", 1);
        badPhone.put("contact", Map.of("name", "张三", "phone", "call me"));
        create(Tokens.beautyClipClient(), badPhone).then().statusCode(400).body("violations.field", hasItem("contact.phone"));

        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?q=坏标签 未知标签 坏币种&status=DRAFT&limit=50")
                .then().statusCode(200).body("items.nameEn", not(hasItem("Bad tag")));
    }

    @Test
    void visibilityByRole() {
        String draft = create(Tokens.huadongClient(), retailStore("草稿门店", "Draft store", 80, 31.2, 121.4))
                .then().statusCode(201).extract().path("id");
        // The other partner does not even learn that a draft exists.
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + draft).then().statusCode(404);
        given().auth().oauth2(Tokens.huadongUser()).get("/api/v1/resources/" + draft).then().statusCode(200);
        given().auth().oauth2(Tokens.finance()).get("/api/v1/resources/" + draft).then().statusCode(200);

        String active = activeResource(Tokens.huadongClient(), retailStore("可见门店", "Visible store", 80, 31.2, 121.4));
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + active)
                .then().statusCode(200).body("contact", nullValue()).body("nameZh", equalTo("可见门店"));
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/resources/" + active)
                .then().statusCode(200).body("contact.phone", equalTo("13900001111"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources/" + active)
                .then().statusCode(200).body("contact.phone", equalTo("139****1111"));
        given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json")
                .body(withVersion(retailStore("抢改", "Hijack", 80, 31.2, 121.4), 0))
                .put("/api/v1/resources/" + active).then().statusCode(403);
    }

    @Test
    void contactPhoneAndIdNumberAreEncryptedAtRestAndMasked() throws Exception {
        String id = create(Tokens.beautyClipClient(), contentPlatform("加密检查", "Encryption check", 150_000))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.admin()).get("/api/v1/resources/" + id)
                .then().statusCode(200)
                .body("contact.phone", equalTo("138****5678"))
                .body("contact.idNumber", equalTo("110101********4518"));
        try (Connection connection = DriverManager.getConnection(LocalStackTestResource.database().jdbcUrl(),
                "resource_market", "resource_market");
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT contact_phone, contact_id_number FROM resources WHERE id = ?")) {
            java.util.UUID uuid = java.util.UUID.fromString(id);
            statement.setBytes(1, java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits()).array());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isNotBlank().doesNotContain("13812345678").doesNotContain("5678");
                assertThat(row.getString(2)).isNotBlank().doesNotContain("110101199003074518");
            }
        }
    }

    @Test
    void admissionLifecycleAndReasons() {
        String id = create(Tokens.beautyClipClient(), contentPlatform("小粉丝平台", "Small following platform", 80_000))
                .then().statusCode(201).extract().path("id");
        act(Tokens.beautyClipClient(), id, "APPROVE", null).then().statusCode(403);
        act(Tokens.beautyClipClient(), id, "SUBMIT", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + id + "/admission")
                .then().statusCode(200)
                .body("passed", equalTo(false))
                .body("outcomes.find { it.subject == 'followers' }.passed", equalTo(false))
                .body("outcomes.find { it.subject == 'followers' }.reasonEn", containsString("100000"));
        act(Tokens.manager(), id, "APPROVE", null).then().statusCode(409);
        act(Tokens.manager(), id, "REJECT", null).then().statusCode(400).body("violations.field", hasItem("reason"));
        act(Tokens.manager(), id, "REJECT", "粉丝数不足 / not enough followers").then().statusCode(200).body("status", equalTo("REJECTED"));

        int version = given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + id).then().extract().path("version");
        given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json")
                .body(withVersion(contentPlatform("小粉丝平台", "Small following platform", 150_000), version))
                .put("/api/v1/resources/" + id).then().statusCode(200);
        act(Tokens.beautyClipClient(), id, "SUBMIT", null).then().statusCode(200);
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources/" + id + "/admission")
                .then().statusCode(200).body("passed", equalTo(true));
        act(Tokens.manager(), id, "APPROVE", null).then().statusCode(200).body("status", equalTo("ACTIVE"));

        act(Tokens.manager(), id, "RESTORE", null).then().statusCode(409).contentType("application/problem+json");
        act(Tokens.manager(), id, "SUSPEND", "合同暂停 / contract paused").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        act(Tokens.manager(), id, "RESUME", null).then().statusCode(200).body("status", equalTo("ACTIVE"));
        act(Tokens.manager(), id, "RECTIFY", "投诉率 6% / complaint rate 6%").then().statusCode(200).body("status", equalTo("RECTIFICATION"));
        act(Tokens.manager(), id, "RESTORE", null).then().statusCode(200).body("status", equalTo("ACTIVE"));
        act(Tokens.manager(), id, "RECTIFY", "连续两月低于60分 / below 60 two months").then().statusCode(200);
        act(Tokens.finance(), id, "EXIT", "x").then().statusCode(403);
        act(Tokens.manager(), id, "EXIT", "整改失败 / rectification failed").then().statusCode(200).body("status", equalTo("EXITED"));
        act(Tokens.manager(), id, "SUBMIT", null).then().statusCode(409);

        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources/" + id + "/lifecycle")
                .then().statusCode(200)
                .body("action", equalTo(List.of("SUBMIT", "REJECT", "SUBMIT", "APPROVE", "SUSPEND", "RESUME", "RECTIFY",
                        "RESTORE", "RECTIFY", "EXIT")))
                .body("[1].reason", equalTo("粉丝数不足 / not enough followers"))
                .body("[1].actor", equalTo("manager"));
    }

    @Test
    void ownerEditOfAnActiveResourceGoesBackToReview() {
        String id = activeResource(Tokens.huadongClient(), retailStore("复审门店", "Re-review store", 90, 31.2, 121.4));
        int version = given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/resources/" + id).then().extract().path("version");
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .body(withVersion(retailStore("复审门店（新）", "Re-review store (new)", 90, 31.2, 121.4), version))
                .put("/api/v1/resources/" + id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void staleAndConcurrentEditsAreRefused() {
        String id = create(Tokens.huadongClient(), retailStore("并发门店", "Concurrent store", 90, 31.2, 121.4))
                .then().statusCode(201).extract().path("id");
        int version = given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/resources/" + id).then().extract().path("version");
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .body(withVersion(retailStore("并发门店A", "Concurrent A", 90, 31.2, 121.4), version))
                .put("/api/v1/resources/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json")
                .body(withVersion(retailStore("并发门店B", "Concurrent B", 90, 31.2, 121.4), version))
                .put("/api/v1/resources/" + id).then().statusCode(409).contentType("application/problem+json");

        int current = given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/resources/" + id).then().extract().path("version");
        String token = Tokens.huadongClient();
        List<CompletableFuture<Integer>> racers = List.of("X", "Y", "Z").stream().map(name -> CompletableFuture.supplyAsync(() ->
                given().auth().oauth2(token).contentType("application/json")
                        .body(withVersion(retailStore("并发" + name, "Race " + name, 90, 31.2, 121.4), current))
                        .put("/api/v1/resources/" + id).statusCode())).toList();
        List<Integer> statuses = racers.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/resources/" + id)
                .then().body("version", equalTo(current + 1));
    }

    @Test
    void gradeWithReasonAndHistory() {
        String id = activeResource(Tokens.beautyClipClient(), contentPlatform("分级平台", "Graded platform", 500_000));
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("grade", "CORE")).put("/api/v1/resources/" + id + "/grade")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("grade", "IMPORTANT", "reason", "垂直媒体 / vertical media")).put("/api/v1/resources/" + id + "/grade")
                .then().statusCode(200).body("grade", equalTo("IMPORTANT"));
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("grade", "CORE", "reason", "头部KOL渠道 / top KOL channel")).put("/api/v1/resources/" + id + "/grade")
                .then().statusCode(200).body("grade", equalTo("CORE"));
        given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json")
                .body(Map.of("grade", "CORE", "reason", "self")).put("/api/v1/resources/" + id + "/grade").then().statusCode(403);
        given().auth().oauth2(Tokens.finance()).get("/api/v1/resources/" + id + "/grade-history")
                .then().statusCode(200).body("toGrade", equalTo(List.of("IMPORTANT", "CORE")))
                .body("[1].fromGrade", equalTo("IMPORTANT")).body("[1].actor", equalTo("manager"));
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + id + "/grade-history").then().statusCode(403);
    }

    @Test
    void evaluationUsesTheConfiguredWeights() {
        String id = activeResource(Tokens.beautyClipClient(), contentPlatform("评估平台", "Evaluated platform", 300_000));
        Map<String, Object> scores = Map.of("quality", 90, "matchFit", 80, "cooperationCost", 70, "growthPotential", 60);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(scores)
                .post("/api/v1/resources/" + id + "/evaluations")
                .then().statusCode(200).body("score", equalTo(80.0f)).body("weightQuality", equalTo(40));
        given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json").body(scores)
                .post("/api/v1/resources/" + id + "/evaluations").then().statusCode(403);
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("quality", 101, "matchFit", 80, "cooperationCost", 70, "growthPotential", 60))
                .post("/api/v1/resources/" + id + "/evaluations").then().statusCode(400).body("violations.field", hasItem("quality"));
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources/" + id)
                .then().body("evaluationScore", equalTo(80.0f));
        given().auth().oauth2(Tokens.finance()).get("/api/v1/resources/" + id + "/evaluations")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].actor", equalTo("manager"));
    }

    @Test
    void evaluationWeightsMustSumTo100AndKeepHistory() {
        Map<String, Object> current = given().auth().oauth2(Tokens.finance()).get("/api/v1/evaluation-weights")
                .then().statusCode(200).body("quality", notNullValue()).extract().as(Map.class);
        int version = ((Number) current.get("version")).intValue();
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("quality", 50, "matchFit", 30, "cooperationCost", 20, "growthPotential", 10, "version", version))
                .put("/api/v1/evaluation-weights").then().statusCode(400).body("detail", containsString("110"));
        given().auth().oauth2(Tokens.finance()).contentType("application/json")
                .body(Map.of("quality", 40, "matchFit", 30, "cooperationCost", 20, "growthPotential", 10, "version", version))
                .put("/api/v1/evaluation-weights").then().statusCode(403);
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("quality", 40, "matchFit", 30, "cooperationCost", 20, "growthPotential", 10, "version", version))
                .put("/api/v1/evaluation-weights").then().statusCode(200).body("changedBy", equalTo("manager"));
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("quality", 40, "matchFit", 30, "cooperationCost", 20, "growthPotential", 10, "version", version))
                .put("/api/v1/evaluation-weights").then().statusCode(409);
        given().auth().oauth2(Tokens.manager()).get("/api/v1/evaluation-weights/history")
                .then().statusCode(200).body("changedBy", hasItem("manager"));
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/evaluation-weights").then().statusCode(403);
    }

    @Test
    void chineseAndEnglishSearchWithFilters() throws InterruptedException {
        String beauty = activeResource(Tokens.beautyClipClient(),
                contentPlatform("国内领先的美妆短视频平台", "Leading beauty short-video platform", 1_200_000));
        String store = activeResource(Tokens.huadongClient(), retailStore("上海静安连锁超市", "Jing'an supermarket", 300, 31.2286, 121.4547));
        Thread.sleep(1_000); // a committed change is searchable within a second
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/resources?q=美妆")
                .then().statusCode(200).body("items.id", hasItem(beauty)).body("items[0].contact", nullValue());
        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/resources?q=platforms&channel=ONLINE")
                .then().statusCode(200).body("items.id", hasItem(beauty));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?tag=followers>=1000000&type=online.digital-marketing.content-platform")
                .then().statusCode(200).body("items.id", hasItem(beauty)).body("facets.type", notNullValue());
        String first = given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?limit=1&sort=NAME")
                .then().statusCode(200).body("items", hasSize(1)).extract().path("nextCursor");
        given().auth().oauth2(Tokens.manager()).queryParam("cursor", first).get("/api/v1/resources?limit=1&sort=NAME")
                .then().statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?tag=followers<=100000&q=美妆")
                .then().statusCode(200).body("items.id", not(hasItem(beauty)));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?near=31.23,121.47,5&sort=DISTANCE")
                .then().statusCode(200).body("items.id", hasItem(store)).body("items.find { it.id == '" + store + "' }.distanceKm", notNullValue());
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?near=39.90,116.40,5")
                .then().statusCode(200).body("items.id", not(hasItem(store)));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?region=EAST_CHINA&q=超市")
                .then().statusCode(200).body("items.id", hasItem(store));
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/resources?status=DRAFT")
                .then().statusCode(403);
    }

    @Test
    void badSearchParametersAre400() {
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?limit=abc").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?tag=followers>=many").then().statusCode(400)
                .body("violations.field", hasItem("tag"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?near=91,0,5").then().statusCode(400);
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?grade=GOLD").then().statusCode(400);
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?sort=DISTANCE").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/resources?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("violations.field", hasItem("cursor"));
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, int version) {
        body.put("version", version);
        return body;
    }
}
