package com.resourcemarket.demand;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static com.resourcemarket.demand.DemandFixtures.count;
import static com.resourcemarket.demand.DemandFixtures.full;
import static com.resourcemarket.demand.DemandFixtures.minimal;
import static com.resourcemarket.demand.DemandFixtures.newKey;
import static com.resourcemarket.demand.DemandFixtures.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Submitting demands: every field, validation with field paths, idempotency (also under races), visibility. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DemandResourceTest {

    @Inject
    EntityManager em;

    @BeforeEach
    void partners() {
        DemandFixtures.ensureDemoPartners();
    }

    @Test
    void submitWithEveryFieldRoundTripsChineseText() {
        Map<String, Object> body = full("寻找华东母婴门店 Maternal-and-baby outlets in East China");
        Response created = submit(Tokens.huadongClient(), newKey(), body);
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/demands/"))
                .body("partnerId", equalTo(Tokens.HUADONG_PARTNER_ID))
                .body("status", equalTo("SUBMITTED"))
                .body("title", equalTo("寻找华东母婴门店 Maternal-and-baby outlets in East China"));
        String id = created.path("id");

        given().auth().oauth2(Tokens.huadongUser()).get("/api/v1/demands/" + id).then().statusCode(200)
                .body("title", equalTo("寻找华东母婴门店 Maternal-and-baby outlets in East China"))
                .body("description", equalTo("华东地区母婴门店，3公里内，日均客流≥500人 / maternal-and-baby outlets within 3 km"))
                .body("channel", equalTo("OFFLINE"))
                .body("categoryCode", equalTo("offline.physical-channel"))
                .body("typeCode", equalTo("offline.physical-channel.retail-terminal"))
                .body("industry", equalTo("maternal_baby"))
                .body("regions", contains("310000", "EAST_CHINA"))
                .body("area.latitude", equalTo(31.230416f))
                .body("area.radiusKm", equalTo(3.0f))
                .body("quantity.amount", equalTo(100.0f))
                .body("quantity.unit", equalTo("家门店 stores"))
                .body("budget.amount", equalTo(500000.0f))
                .body("budget.currency", equalTo("CNY"))
                .body("window.from", equalTo(LocalDate.now().toString()))
                .body("window.to", equalTo(LocalDate.now().plusDays(60).toString()))
                .body("mustHave", hasSize(4))
                .body("mustHave[0].key", equalTo("daily_footfall"))
                .body("mustHave[0].operator", equalTo("GTE"))
                .body("mustHave[0].value", equalTo(500))
                .body("mustHave[1].operator", equalTo("BETWEEN"))
                .body("mustHave[1].value", equalTo(50))
                .body("mustHave[1].valueTo", equalTo(300))
                .body("mustHave[2].textValue", equalTo("25-35岁"))
                .body("mustHave[3].key", equalTo("supermarket_chain"))
                .body("mustHave[3].value", nullValue())
                .body("niceToHave.key", contains("exclusive_rights", "repurchase_rate"))
                .body("niceToHave.weight", contains(8, 3))
                .body("excludePartners", contains(Tokens.BEAUTY_CLIP_PARTNER_ID))
                .body("submittedBy", notNullValue())
                .body("version", equalTo(0));

        given().auth().oauth2(Tokens.huadongClient()).get("/api/v1/demands/" + id + "/history").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].fromStatus", nullValue())
                .body("[0].toStatus", equalTo("SUBMITTED"))
                .body("[0].actor", notNullValue());
    }

    @Test
    void managerSubmitsOnBehalfOfANamedPartner() {
        Map<String, Object> body = minimal("代提需求 on behalf");
        submit(Tokens.manager(), newKey(), body).then().statusCode(400)
                .body("violations[0].field", equalTo("partnerId"));
        body.put("partnerId", Tokens.BEAUTY_CLIP_PARTNER_ID);
        submit(Tokens.manager(), newKey(), body).then().statusCode(201)
                .body("partnerId", equalTo(Tokens.BEAUTY_CLIP_PARTNER_ID));
        body.put("partnerId", "018f0000-0000-7000-8000-000000000000");
        submit(Tokens.admin(), newKey(), body).then().statusCode(400).body("violations[0].field", equalTo("partnerId"));
        // A partner naming another partner is refused.
        body.put("partnerId", Tokens.BEAUTY_CLIP_PARTNER_ID);
        submit(Tokens.huadongClient(), newKey(), body).then().statusCode(403);
    }

    private void rejected(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = full("校验 validation " + field);
        change.accept(body);
        long demands = count(em, "demands");
        long keys = count(em, "demand_idempotency_keys");
        submit(Tokens.huadongClient(), newKey(), body).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", hasItem(field));
        assertThat(count(em, "demands")).as("demands after a rejected " + field).isEqualTo(demands);
        assertThat(count(em, "demand_idempotency_keys")).isEqualTo(keys);
    }

    private static void mustHave(Map<String, Object> body, Map<String, Object> constraint) {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(Map.of("key", "daily_footfall", "operator", "GTE", "value", 500));
        list.add(constraint);
        body.put("mustHave", list);
    }

    @Test
    void validationNamesTheFieldAndWritesNothing() {
        rejected("mustHave[1].key", b -> mustHave(b, Map.of("key", "no_such_tag", "operator", "EQ")));
        rejected("mustHave[1].textValue", b -> mustHave(b, Map.of("key", "followers", "operator", "GTE", "textValue", "many")));
        rejected("mustHave[1].value", b -> mustHave(b, Map.of("key", "followers", "operator", "GTE")));
        rejected("mustHave[1].value", b -> mustHave(b, Map.of("key", "age_group", "operator", "EQ", "value", 3)));
        rejected("mustHave[1].textValue", b -> mustHave(b, Map.of("key", "age_group", "operator", "EQ")));
        rejected("mustHave[1].operator", b -> mustHave(b, Map.of("key", "age_group", "operator", "GTE", "textValue", "18-24")));
        rejected("mustHave[1].value", b -> mustHave(b, Map.of("key", "exclusive_rights", "operator", "EQ", "value", 1)));
        rejected("mustHave[1].valueTo", b -> mustHave(b, Map.of("key", "store_area_m2", "operator", "BETWEEN", "value", 50)));
        rejected("mustHave[1].valueTo", b -> mustHave(b, Map.of("key", "store_area_m2", "operator", "BETWEEN", "value", 50, "valueTo", 10)));
        rejected("mustHave[1].key", b -> mustHave(b, Map.of("key", "daily_footfall", "operator", "LTE", "value", 900)));
        rejected("niceToHave[0].key", b -> b.put("niceToHave", List.of(Map.of("key", "unknown_tag", "weight", 3))));
        rejected("industry", b -> b.put("industry", "followers"));
        rejected("industry", b -> b.put("industry", "not_a_tag"));
        rejected("regions[1]", b -> b.put("regions", List.of("310000", "999999")));
        rejected("regions", b -> {
            b.remove("regions");
            b.remove("area");
        });
        rejected("window.to", b -> b.put("window", Map.of("from", LocalDate.now().plusDays(5).toString(),
                "to", LocalDate.now().plusDays(1).toString())));
        rejected("typeCode", b -> b.put("typeCode", "offline.no-such-type"));
        rejected("categoryCode", b -> {
            b.remove("typeCode");
            b.put("categoryCode", "offline.nothing");
        });
        rejected("categoryCode", b -> b.put("categoryCode", "online.e-commerce"));
        rejected("categoryCode", b -> {
            b.remove("typeCode");
            b.remove("categoryCode");
        });
        rejected("channel", b -> b.put("channel", "ONLINE"));
        rejected("budget.currency", b -> b.put("budget", Map.of("amount", "10", "currency", "XYZ")));
        rejected("excludePartners[0]", b -> b.put("excludePartners", List.of("018f0000-0000-7000-8000-000000000001")));
    }

    @Test
    void beanValidationNamesTheFieldAndWritesNothing() {
        long demands = count(em, "demands");
        Map<String, Object> body = full("负预算 negative budget");
        body.put("budget", Map.of("amount", "-1.00", "currency", "CNY"));
        submit(Tokens.huadongClient(), newKey(), body).then().statusCode(400)
                .body("violations.field", hasItem(containsString("budget.amount")));
        body = full("零数量 zero quantity");
        body.put("quantity", Map.of("amount", "0", "unit", "台"));
        submit(Tokens.huadongClient(), newKey(), body).then().statusCode(400)
                .body("violations.field", hasItem(containsString("quantity.amount")));
        body = full("权重 weight");
        body.put("niceToHave", List.of(Map.of("key", "exclusive_rights", "weight", 11)));
        submit(Tokens.huadongClient(), newKey(), body).then().statusCode(400)
                .body("violations.field", hasItem(containsString("niceToHave[0].weight")));
        body = full("半径 radius");
        body.put("area", Map.of("latitude", 31.2, "longitude", 121.4, "radiusKm", 5000));
        submit(Tokens.huadongClient(), newKey(), body).then().statusCode(400)
                .body("violations.field", hasItem(containsString("area.radiusKm")));
        body = full("纬度 latitude");
        body.put("area", Map.of("latitude", 91, "longitude", 121.4, "radiusKm", 3));
        submit(Tokens.huadongClient(), newKey(), body).then().statusCode(400)
                .body("violations.field", hasItem(containsString("area.latitude")));
        body = full("太多约束 too many");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(Map.of("key", "followers", "operator", "GTE", "value", i));
        }
        body.put("mustHave", many);
        submit(Tokens.huadongClient(), newKey(), body).then().statusCode(400)
                .body("violations.field", hasItem(containsString("mustHave")));
        assertThat(count(em, "demands")).isEqualTo(demands);
    }

    @Test
    void idempotencyKeyIsRequiredAndChecked() {
        long demands = count(em, "demands");
        submit(Tokens.huadongClient(), null, minimal("无键 no key")).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("violations.field", hasItem("Idempotency-Key"))
                .body("violations.in", hasItem("header"));
        submit(Tokens.huadongClient(), "bad key!", minimal("坏键 bad key")).then().statusCode(400)
                .body("violations.field", hasItem("Idempotency-Key"));
        submit(Tokens.huadongClient(), "k".repeat(65), minimal("长键 long key")).then().statusCode(400)
                .body("violations.field", hasItem("Idempotency-Key"));
        assertThat(count(em, "demands")).isEqualTo(demands);
    }

    @Test
    void sameKeyAndBodyAnswersTheSameDemandOnce() {
        String key = newKey();
        Map<String, Object> body = full("幂等 idempotent");
        long demands = count(em, "demands");
        String first = submit(Tokens.huadongClient(), key, body).then().statusCode(201).extract().asString();
        Response again = submit(Tokens.huadongClient(), key, new HashMap<>(body));
        again.then().statusCode(201).header("Location", containsString("/api/v1/demands/"));
        assertThat(again.asString()).isEqualTo(first);
        // the same request from another login of the same partner is the same request
        submit(Tokens.huadongUser(), key, body).then().statusCode(201).body(equalTo(first));
        assertThat(count(em, "demands")).isEqualTo(demands + 1);

        Map<String, Object> other = new HashMap<>(body);
        other.put("title", "另一个需求 another demand");
        submit(Tokens.huadongClient(), key, other).then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("Idempotency-Key"));
        assertThat(count(em, "demands")).isEqualTo(demands + 1);
    }

    @Test
    void keysAreScopedPerPartnerAndCaseSensitive() {
        String key = newKey();
        String huadong = submit(Tokens.huadongClient(), key, minimal("华东 scoped")).then().statusCode(201).extract().path("id");
        String beauty = submit(Tokens.beautyClipClient(), key, minimal("美妆 scoped")).then().statusCode(201)
                .body("partnerId", equalTo(Tokens.BEAUTY_CLIP_PARTNER_ID)).extract().path("id");
        assertThat(beauty).isNotEqualTo(huadong);
        String upper = submit(Tokens.huadongClient(), key.toUpperCase(), minimal("大写 upper")).then().statusCode(201)
                .extract().path("id");
        assertThat(upper).isNotEqualTo(huadong);
    }

    @Test
    void concurrentIdenticalSubmissionsCreateOneDemand() throws Exception {
        String token = Tokens.huadongClient();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String key = newKey();
                Map<String, Object> body = minimal("并发 concurrent " + round);
                long demands = count(em, "demands");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return submit(token, key, body);
                    }));
                }
                start.countDown();
                Set<String> ids = ConcurrentHashMap.newKeySet();
                for (Future<Response> answer : answers) {
                    Response response = answer.get(60, TimeUnit.SECONDS);
                    assertThat(response.statusCode()).as(response.asString()).isIn(201, 409);
                    if (response.statusCode() == 201) {
                        ids.add(response.path("id"));
                    }
                }
                assertThat(ids).as("round " + round).hasSize(1);
                assertThat(count(em, "demands")).as("round " + round).isEqualTo(demands + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void partnersSeeOnlyTheirOwnDemands() {
        String huadong = DemandFixtures.huadongDemand("华东的需求 Huadong's demand");
        String beauty = submit(Tokens.beautyClipClient(), newKey(), minimal("美妆的需求 Beauty's demand"))
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/demands/" + huadong).then().statusCode(404);
        given().auth().oauth2(Tokens.beautyClipClient()).get("/api/v1/demands/" + huadong + "/history").then().statusCode(404);
        given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json").body(Map.of("reason", "不是我的"))
                .post("/api/v1/demands/" + huadong + "/cancel").then().statusCode(404);

        List<String> partnerIds = given().auth().oauth2(Tokens.beautyClipClient()).queryParam("limit", 200)
                .get("/api/v1/demands").then().statusCode(200).extract().path("partnerId");
        assertThat(partnerIds).isNotEmpty().containsOnly(Tokens.BEAUTY_CLIP_PARTNER_ID);
        given().auth().oauth2(Tokens.beautyClipClient()).queryParam("partner", Tokens.HUADONG_PARTNER_ID)
                .get("/api/v1/demands").then().statusCode(403);

        List<String> staffSees = given().auth().oauth2(Tokens.finance()).queryParam("limit", 200)
                .get("/api/v1/demands").then().statusCode(200).extract().path("id");
        assertThat(staffSees).contains(huadong, beauty);
        List<String> filtered = given().auth().oauth2(Tokens.manager()).queryParam("partner", Tokens.HUADONG_PARTNER_ID)
                .queryParam("status", "SUBMITTED").queryParam("limit", 200)
                .get("/api/v1/demands").then().statusCode(200).extract().path("partnerId");
        assertThat(filtered).isNotEmpty().containsOnly(Tokens.HUADONG_PARTNER_ID);
        given().auth().oauth2(Tokens.manager()).queryParam("limit", 1).get("/api/v1/demands").then().statusCode(200)
                .body("", hasSize(1));
        given().auth().oauth2(Tokens.manager()).queryParam("status", "NOPE").get("/api/v1/demands").then().statusCode(400)
                .body("violations.field", hasItem("status"));
        given().auth().oauth2(Tokens.manager()).get("/api/v1/demands/018f0000-0000-7000-8000-000000000002").then().statusCode(404);
    }
}
