package com.resourcemarket.matching;

import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reverse matching with the real database, index and outbox: a resource that becomes ACTIVE (or changes while
 * ACTIVE) is checked against the open demands it may fit; each fitting demand's partner gets one MATCH_FOUND.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class ReverseMatchTest {

    @Inject
    ReverseMatcher reverse;

    @Inject
    MatchService matches;

    @Inject
    EntityManager em;

    @BeforeEach
    void partners() {
        MatchFixtures.ensureDemoPartners();
    }

    /** A partner of its own with a webhook for MATCH_FOUND (to an address nothing listens on: the outbox is what we read). */
    private static UUID partnerWithWebhook() {
        UUID id = UUID.randomUUID();
        DemoPartners.register(id.toString(), "反向匹配" + id.toString().substring(0, 8), "Reverse match " + id, "BRAND");
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("MATCH_FOUND")))
                .post("/api/v1/partners/" + id + "/webhooks").then().statusCode(201);
        return id;
    }

    private List<String> matchFoundPayloads(UUID partner) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select payload from webhook_deliveries where partner_id = ?1 and event_type = 'MATCH_FOUND' order by created_at")
                .setParameter(1, bytes(partner)).getResultList().stream().map(Object::toString).toList());
    }

    private void settle() throws InterruptedException {
        assertThat(reverse.awaitIdle(Duration.ofSeconds(20))).as("reverse matching finished").isTrue();
    }

    @Test
    void aResourceThatBecomesActiveIsMatchedToOpenDemandsOnce() throws InterruptedException {
        long followers = MatchFixtures.uniqueFollowers();
        UUID fits = partnerWithWebhook();
        UUID otherRegion = partnerWithWebhook();
        UUID cancelled = partnerWithWebhook();
        String fitting = MatchFixtures.submitDemand(Tokens.manager(), MatchFixtures.demandFor(followers, fits.toString()));
        Map<String, Object> elsewhere = MatchFixtures.demandFor(followers, otherRegion.toString());
        elsewhere.put("mustHave", List.of(Map.of("key", "followers", "operator", "GTE", "value", followers + 1)));
        String tooBig = MatchFixtures.submitDemand(Tokens.manager(), elsewhere);
        String closed = MatchFixtures.submitDemand(Tokens.manager(), MatchFixtures.demandFor(followers, cancelled.toString()));
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of("reason", "测试 test"))
                .post("/api/v1/demands/" + closed + "/cancel").then().statusCode(200);

        String resource = MatchFixtures.createResource(Tokens.beautyClipClient(),
                MatchFixtures.contentPlatform("反向 reverse", followers, "exclusive_rights"));
        MatchFixtures.act(Tokens.beautyClipClient(), resource, "SUBMIT").then().statusCode(200);
        settle();
        assertThat(matchFoundPayloads(fits)).as("not ACTIVE yet").isEmpty();

        MatchFixtures.act(Tokens.manager(), resource, "APPROVE").then().statusCode(200);
        settle();
        List<String> told = matchFoundPayloads(fits);
        assertThat(told).hasSize(1);
        assertThat(told.get(0)).contains("\"demandId\":\"" + fitting + "\"", "\"resourceId\":\"" + resource + "\"",
                "\"eventType\":\"MATCH_FOUND\"", "\"score\":", "\"explanation\":", "内容平台 反向 reverse");
        assertThat(MatchFixtures.demandStatus(fitting)).isEqualTo("MATCHED");
        assertThat(matches.storedMatch(UUID.fromString(fitting), UUID.fromString(resource))).isPresent();
        // hard filters decide: a demand the resource does not fit, and a closed demand, hear nothing
        assertThat(matchFoundPayloads(otherRegion)).isEmpty();
        assertThat(MatchFixtures.demandStatus(tooBig)).isEqualTo("SUBMITTED");
        assertThat(matchFoundPayloads(cancelled)).isEmpty();
        assertThat(matches.storedMatch(UUID.fromString(tooBig), UUID.fromString(resource))).isEmpty();

        // the ACTIVE resource changes (graded): still one notification per pair
        MatchFixtures.grade(resource, "CORE");
        settle();
        assertThat(matchFoundPayloads(fits)).hasSize(1);
    }

    @Test
    void aNationwideResourceCoversADemandForOneCityAndACityResourceDoesNotCoverAnother() throws InterruptedException {
        long followers = MatchFixtures.uniqueFollowers();
        UUID shanghai = partnerWithWebhook();
        UUID beijing = partnerWithWebhook();
        Map<String, Object> wantsShanghai = MatchFixtures.demandFor(followers, shanghai.toString());
        wantsShanghai.put("regions", List.of("310000"));
        String shanghaiDemand = MatchFixtures.submitDemand(Tokens.manager(), wantsShanghai);
        Map<String, Object> wantsBeijing = MatchFixtures.demandFor(followers, beijing.toString());
        wantsBeijing.put("regions", List.of("110000"));
        String beijingDemand = MatchFixtures.submitDemand(Tokens.manager(), wantsBeijing);

        // declared for the whole country (CN): it serves Shanghai and Beijing alike
        String nationwide = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("全国 nationwide", followers));
        settle();
        assertThat(matchFoundPayloads(shanghai)).hasSize(1).allMatch(p -> p.contains(nationwide));
        assertThat(matchFoundPayloads(beijing)).hasSize(1).allMatch(p -> p.contains(nationwide));

        // declared for Shanghai only: fits the Shanghai demand, not the Beijing one
        Map<String, Object> local = MatchFixtures.contentPlatform("上海 local", followers);
        local.put("regions", List.of("310000"));
        String shanghaiOnly = MatchFixtures.activeResource(Tokens.beautyClipClient(), local);
        settle();
        assertThat(matchFoundPayloads(shanghai)).hasSize(2).anyMatch(p -> p.contains(shanghaiOnly));
        assertThat(matchFoundPayloads(beijing)).hasSize(1).noneMatch(p -> p.contains(shanghaiOnly));

        // the forward run agrees: the Shanghai demand ranks both, the Beijing demand only the nationwide one
        List<String> ranked = given().auth().oauth2(Tokens.manager()).post("/api/v1/demands/" + beijingDemand + "/matches")
                .then().statusCode(200).extract().jsonPath().getList("results.resource.id", String.class);
        assertThat(ranked).contains(nationwide).doesNotContain(shanghaiOnly);
        ranked = given().auth().oauth2(Tokens.manager()).post("/api/v1/demands/" + shanghaiDemand + "/matches")
                .then().statusCode(200).extract().jsonPath().getList("results.resource.id", String.class);
        assertThat(ranked).contains(nationwide, shanghaiOnly);
    }

    @Test
    void anActiveResourceThatChangesIntoFittingIsMatchedAndOwnAndExcludedDemandsAreNot() throws InterruptedException {
        long followers = MatchFixtures.uniqueFollowers();
        UUID waiting = partnerWithWebhook();
        UUID excluding = partnerWithWebhook();
        String demand = MatchFixtures.submitDemand(Tokens.manager(), MatchFixtures.demandFor(followers, waiting.toString()));
        Map<String, Object> excludes = MatchFixtures.demandFor(followers, excluding.toString());
        excludes.put("excludePartners", List.of(Tokens.BEAUTY_CLIP_PARTNER_ID));
        String excluded = MatchFixtures.submitDemand(Tokens.manager(), excludes);
        // Beauty Clip's own demand: its own resources never match it
        String own = MatchFixtures.submitDemand(Tokens.beautyClipClient(), MatchFixtures.demandFor(followers, null));

        // ACTIVE with other followers: fits nobody
        String resource = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("变化 change", followers - 1));
        settle();
        assertThat(matchFoundPayloads(waiting)).isEmpty();

        // a manager corrects the followers (an ACTIVE resource changes and stays ACTIVE): now it fits
        Map<String, Object> current = given().auth().oauth2(Tokens.manager()).get("/api/v1/resources/" + resource)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> edit = MatchFixtures.contentPlatform("变化 change", followers);
        edit.put("version", current.get("version"));
        edit.put("ownerPartnerId", Tokens.BEAUTY_CLIP_PARTNER_ID);
        int status = given().auth().oauth2(Tokens.manager()).contentType("application/json").body(edit)
                .put("/api/v1/resources/" + resource).statusCode();
        assertThat(status).isEqualTo(200);
        String afterEdit = given().auth().oauth2(Tokens.manager()).get("/api/v1/resources/" + resource).then().extract().path("status");
        if (!afterEdit.equals("ACTIVE")) {
            MatchFixtures.act(Tokens.beautyClipClient(), resource, "SUBMIT");
            MatchFixtures.act(Tokens.manager(), resource, "APPROVE").then().statusCode(200);
        }
        settle();
        assertThat(matchFoundPayloads(waiting)).hasSize(1);
        assertThat(MatchFixtures.demandStatus(demand)).isEqualTo("MATCHED");
        assertThat(matchFoundPayloads(excluding)).isEmpty();
        assertThat(MatchFixtures.demandStatus(excluded)).isEqualTo("SUBMITTED");
        assertThat(MatchFixtures.demandStatus(own)).isEqualTo("SUBMITTED");
    }

    @Test
    void aResourceAlreadyInTheDemandsStoredRunIsNotNotifiedAgain() throws InterruptedException {
        long followers = MatchFixtures.uniqueFollowers();
        UUID partner = partnerWithWebhook();
        String resource = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("已知 known", followers));
        settle();
        String demand = MatchFixtures.submitDemand(Tokens.manager(), MatchFixtures.demandFor(followers, partner.toString()));
        MatchFixtures.match(Tokens.manager(), demand).then().statusCode(200);
        MatchFixtures.grade(resource, "IMPORTANT");
        settle();
        assertThat(matchFoundPayloads(partner)).isEmpty();
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
