package com.resourcemarket.matching;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** POST/GET /api/v1/demands/{id}/matches on real resources and demands, and MatchService.storedMatch. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class MatchApiTest {

    @Inject
    MatchService matches;

    @BeforeEach
    void partners() {
        MatchFixtures.ensureDemoPartners();
    }

    @Test
    void ranksExplainsStoresAndMarksTheDemandMatched() {
        long followers = MatchFixtures.uniqueFollowers();
        String a = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("A 甲", followers, "exclusive_rights"));
        String b = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("B 乙", followers, "exclusive_rights"));
        String c = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("C 丙", followers));
        String own = MatchFixtures.activeResource(Tokens.huadongClient(), MatchFixtures.contentPlatform("own 自有", followers, "exclusive_rights"));
        String notActive = MatchFixtures.createResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("draft 草稿", followers, "exclusive_rights"));
        MatchFixtures.grade(a, "CORE");
        MatchFixtures.grade(b, "BASIC");
        MatchFixtures.grade(c, "CORE");
        MatchFixtures.grade(own, "CORE");
        String demand = MatchFixtures.submitDemand(Tokens.huadongClient(), MatchFixtures.demandFor(followers, null));
        assertThat(MatchFixtures.demandStatus(demand)).isEqualTo("SUBMITTED");
        assertThat(MatchFixtures.latest(Tokens.huadongClient(), demand, null).statusCode()).as("never matched").isEqualTo(404);

        JsonPath run = MatchFixtures.match(Tokens.huadongClient(), demand).then().statusCode(200).extract().jsonPath();

        // A (exclusive rights, CORE) > B (exclusive rights, BASIC) > C (no exclusive rights, CORE); own and draft excluded
        assertThat(run.getList("results.resource.id", String.class)).containsExactly(a, b, c);
        assertThat(run.getList("results.rank", Integer.class)).containsExactly(1, 2, 3);
        assertScoresWithNeutralHistory(run, "71.4285", "61.4285", "57.1428");
        assertThat(run.getString("weightsScope")).isEqualTo("*");
        assertThat(run.getString("weights.grade")).isEqualTo("10");
        assertThat(run.getInt("storedResults")).isEqualTo(3);
        assertThat(run.getString("requestedBy")).contains("partner-huadong-appliance");
        assertThat(run.getString("matchedAt")).isNotBlank();
        assertThat(run.getString("results[0].resource.nameZh")).isEqualTo("内容平台 A 甲");
        assertThat(run.getString("results[0].resource.nameEn")).isEqualTo("Content platform A 甲");
        assertThat(run.getString("results[0].resource.typeCode")).isEqualTo(MatchFixtures.CONTENT_PLATFORM);
        assertThat(run.getString("results[0].resource.grade")).isEqualTo("CORE");
        assertThat(run.getString("results[0].resource.ownerPartnerId")).isEqualTo(Tokens.BEAUTY_CLIP_PARTNER_ID);
        assertThat(new BigDecimal(run.getString("results[0].resource.price.amount"))).isEqualByComparingTo("15000");
        assertThat(run.getString("results[0].resource.price.currency")).isEqualTo("CNY");
        assertThat(run.getList("results.resource.id", String.class)).doesNotContain(own, notActive);

        // why A ranked above C: the ATTRIBUTE tag fit (exclusive rights) — every factor explained, summing to the score
        for (int i = 0; i < 3; i++) {
            List<Map<String, Object>> explanation = run.getList("results[" + i + "].explanation");
            BigDecimal sum = explanation.stream().map(f -> new BigDecimal(f.get("contribution").toString()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(new BigDecimal(run.getString("results[" + i + "].score")));
            BigDecimal weights = explanation.stream().map(f -> new BigDecimal(f.get("weight").toString()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(weights).isEqualByComparingTo("100");
            assertThat(explanation).extracting(f -> f.get("factor")).containsExactly("TAG_INDUSTRY", "TAG_ATTRIBUTE",
                    "GRADE", "EVALUATION", "MONTHLY_QUALITY", "PRICE", "HISTORY");
        }
        assertThat(new BigDecimal(run.getString("results[0].explanation.find { it.factor == 'TAG_ATTRIBUTE' }.value"))).isEqualByComparingTo("1.0000");
        assertThat(new BigDecimal(run.getString("results[2].explanation.find { it.factor == 'TAG_ATTRIBUTE' }.value"))).isEqualByComparingTo("0.0000");
        assertThat(new BigDecimal(run.getString("results[1].explanation.find { it.factor == 'GRADE' }.value"))).isEqualByComparingTo("0.3000");

        assertThat(MatchFixtures.demandStatus(demand)).isEqualTo("MATCHED");
        List<String> history = given().auth().oauth2(Tokens.manager()).get("/api/v1/demands/" + demand + "/history")
                .then().statusCode(200).extract().jsonPath().getList("toStatus", String.class);
        assertThat(history).containsExactly("SUBMITTED", "MATCHED");

        // the stored snapshot is what GET answers; topN bounds it
        JsonPath stored = MatchFixtures.latest(Tokens.manager(), demand, null).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getString("runId")).isEqualTo(run.getString("runId"));
        assertThat(stored.getList("results.resource.id", String.class)).containsExactly(a, b, c);
        assertThat(stored.getList("results.score", String.class)).isEqualTo(run.getList("results.score", String.class));
        assertThat(stored.getList("results[0].explanation").toString()).isEqualTo(run.getList("results[0].explanation").toString());
        JsonPath top1 = MatchFixtures.latest(Tokens.finance(), demand, "topN=1").then().statusCode(200).extract().jsonPath();
        assertThat(top1.getList("results.resource.id", String.class)).containsExactly(a);
        assertThat(top1.getInt("storedResults")).isEqualTo(3);

        // other features: is a resource among the demand's matches?
        assertThat(matches.storedMatch(UUID.fromString(demand), UUID.fromString(a))).contains(new BigDecimal(run.getString("results[0].score")));
        assertThat(matches.storedMatch(UUID.fromString(demand), UUID.fromString(own))).isEmpty();
        assertThat(matches.storedMatch(UUID.randomUUID(), UUID.fromString(a))).isEmpty();

        // a second run on a MATCHED demand is stored too and keeps the status
        JsonPath again = MatchFixtures.match(Tokens.manager(), demand).then().statusCode(200).extract().jsonPath();
        assertThat(again.getString("runId")).isNotEqualTo(run.getString("runId"));
        assertThat(again.getString("requestedBy")).isEqualTo("manager");
        assertThat(MatchFixtures.latest(Tokens.huadongClient(), demand, null).then().extract().jsonPath().getString("runId"))
                .isEqualTo(again.getString("runId"));
        assertThat(MatchFixtures.demandStatus(demand)).isEqualTo("MATCHED");
    }

    @Test
    void aDemandWithoutResultsStaysSubmittedAndAClosedDemandIsNotMatched() {
        long followers = MatchFixtures.uniqueFollowers();
        String demand = MatchFixtures.submitDemand(Tokens.huadongClient(), MatchFixtures.demandFor(followers, null));
        JsonPath run = MatchFixtures.match(Tokens.huadongClient(), demand).then().statusCode(200).extract().jsonPath();
        assertThat(run.getList("results")).isEmpty();
        assertThat(run.getInt("storedResults")).isZero();
        assertThat(MatchFixtures.demandStatus(demand)).isEqualTo("SUBMITTED");

        given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").body(Map.of("reason", "不需要了 no longer needed"))
                .post("/api/v1/demands/" + demand + "/cancel").then().statusCode(200);
        MatchFixtures.match(Tokens.huadongClient(), demand).then().statusCode(409)
                .contentType("application/problem+json");
        // the earlier run stays readable
        MatchFixtures.latest(Tokens.huadongClient(), demand, null).then().statusCode(200);
    }

    @Test
    void badParametersAre400sNamingThemAndUnknownDemandsAre404() {
        String demand = MatchFixtures.submitDemand(Tokens.huadongClient(), MatchFixtures.demandFor(MatchFixtures.uniqueFollowers(), null));
        for (String bad : List.of("topN=0", "topN=51", "topN=abc", "topN=-1")) {
            String body = MatchFixtures.latest(Tokens.huadongClient(), demand, bad).then().statusCode(400)
                    .contentType("application/problem+json").extract().asString();
            assertThat(body).as(bad).contains("topN");
        }
        given().auth().oauth2(Tokens.huadongClient()).post("/api/v1/demands/" + demand + "/matches?topN=0").then().statusCode(400);
        MatchFixtures.match(Tokens.manager(), UUID.randomUUID().toString()).then().statusCode(404);
        MatchFixtures.latest(Tokens.manager(), UUID.randomUUID().toString(), null).then().statusCode(404);
        given().auth().oauth2(Tokens.manager()).post("/api/v1/demands/not-a-uuid/matches").then().statusCode(404);
        assertThat(MatchFixtures.demandStatus(demand)).isEqualTo("SUBMITTED");
    }

    @Test
    void matchingUsesTheCategoryWeightsAndRecordsThem() {
        long followers = MatchFixtures.uniqueFollowers();
        String a = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("W-A", followers));
        String b = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("W-B", followers, "exclusive_rights"));
        MatchFixtures.grade(a, "CORE");
        MatchFixtures.grade(b, "BASIC");
        String demand = MatchFixtures.submitDemand(Tokens.huadongClient(), MatchFixtures.demandFor(followers, null));
        // default weights: B's exclusive rights (attribute 10) outweigh A's better grade (10 × 0.7)
        assertThat(MatchFixtures.match(Tokens.manager(), demand).then().statusCode(200).extract().jsonPath()
                .getList("results.resource.id", String.class)).containsExactly(b, a);
        Map<String, Object> gradeOnly = Map.of("weights", Map.of("tagIndustry", 0, "tagType", 0, "tagAttribute", 1,
                "tagValue", 0, "grade", 50, "evaluation", 0, "monthlyQuality", 0, "price", 0, "distance", 0, "history", 0));
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(gradeOnly)
                .put("/api/v1/match-weights/" + MatchFixtures.DIGITAL_MARKETING).then().statusCode(200);
        try {
            JsonPath run = MatchFixtures.match(Tokens.manager(), demand).then().statusCode(200).extract().jsonPath();
            assertThat(run.getList("results.resource.id", String.class)).containsExactly(a, b);
            assertThat(run.getString("weightsScope")).isEqualTo(MatchFixtures.DIGITAL_MARKETING);
            assertThat(run.getString("weights.grade")).isEqualTo("50");
            assertThat(run.getString("weights.tagIndustry")).isEqualTo("0");
            assertThat(run.getList("results[0].explanation.factor", String.class)).containsExactly("TAG_ATTRIBUTE", "GRADE");
        } finally {
            given().auth().oauth2(Tokens.manager()).delete("/api/v1/match-weights/" + MatchFixtures.DIGITAL_MARKETING)
                    .then().statusCode(204);
        }
        assertThat(MatchFixtures.match(Tokens.manager(), demand).then().statusCode(200).extract().jsonPath()
                .getString("weightsScope")).isEqualTo("*");
    }

    /**
     * The expected scores assume no cooperation history between Huadong and Beauty Clip (history factor neutral,
     * 0.5). Other tests in the same JVM may have closed or cancelled cooperations between them, so the history
     * contribution is replaced by its neutral value before comparing; everything else must match exactly.
     */
    private static void assertScoresWithNeutralHistory(JsonPath run, String... expected) {
        List<BigDecimal> actual = new java.util.ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            String history = "results[" + i + "].explanation.find { it.factor == 'HISTORY' }.";
            BigDecimal score = new BigDecimal(run.getString("results[" + i + "].score"));
            BigDecimal contribution = new BigDecimal(run.getString(history + "contribution"));
            BigDecimal weight = new BigDecimal(run.getString(history + "weight"));
            actual.add(score.subtract(contribution).add(weight.multiply(new BigDecimal("0.5"))));
        }
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("score %d with a neutral history", i + 1)
                    .isCloseTo(new BigDecimal(expected[i]), org.assertj.core.api.Assertions.within(new BigDecimal("0.0002")));
        }
    }
}
