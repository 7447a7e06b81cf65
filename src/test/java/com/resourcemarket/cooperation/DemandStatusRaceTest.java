package com.resourcemarket.cooperation;

import com.resourcemarket.testsupport.Races;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two cooperation steps on the same demand at the same moment, on real threads against the real database, many times:
 * the demand's status must always follow its live cooperations (IN_COOPERATION while one is live, MATCHED when none
 * is). Every step locks the demand row first (DemandService.lock), so the second step sees what the first did.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DemandStatusRaceTest {

    private static final int ROUNDS = Integer.getInteger("race.rounds", 12);
    private static final Set<String> LIVE = Set.of("ACCEPTED", "NEGOTIATING", "SIGNED", "EXECUTING", "REVIEWED", "CLOSED");
    private static String otherResource;

    /** Two ACTIVE resources of different owners (the app is up only once a test runs, hence not @BeforeAll). */
    @BeforeEach
    void resources() {
        CooperationFixtures.ensureBasics();
        if (otherResource == null) {
            otherResource = CooperationFixtures.resourceOf(CooperationFixtures.freshPartner("race" + System.nanoTime()));
        }
    }

    @Test
    void cancelOfOneRacingAcceptanceOfAnotherKeepsTheDemandInCooperation() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String demand = CooperationFixtures.huadongDemand("竞态需求 race demand " + round);
            String a = proposed(demand, CooperationFixtures.beautyClipResource());
            String b = proposed(demand, otherResource);
            CooperationFixtures.act(Tokens.manager(), a, "ACCEPT").then().statusCode(200);
            List<Integer> answers = race(
                    () -> CooperationFixtures.act(Tokens.manager(), a, "CANCEL").statusCode(),
                    () -> CooperationFixtures.act(Tokens.manager(), b, "ACCEPT").statusCode());
            assertThat(answers).as("round " + round).containsOnly(200);
            assertConsistent(demand, List.of(a, b), round);
            assertThat(CooperationFixtures.demandStatus(demand)).isEqualTo("IN_COOPERATION");
        }
    }

    @Test
    void twoRacingCancelsOfTheLastLiveCooperationsReopenTheDemand() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String demand = CooperationFixtures.huadongDemand("竞态需求 race demand " + round);
            String a = proposed(demand, CooperationFixtures.beautyClipResource());
            String b = proposed(demand, otherResource);
            CooperationFixtures.act(Tokens.manager(), a, "ACCEPT").then().statusCode(200);
            CooperationFixtures.act(Tokens.manager(), b, "ACCEPT").then().statusCode(200);
            List<Integer> answers = race(
                    () -> CooperationFixtures.act(Tokens.manager(), a, "CANCEL").statusCode(),
                    () -> CooperationFixtures.act(Tokens.manager(), b, "CANCEL").statusCode());
            assertThat(answers).as("round " + round).containsOnly(200);
            assertConsistent(demand, List.of(a, b), round);
            assertThat(CooperationFixtures.demandStatus(demand)).isEqualTo("MATCHED");
        }
    }

    @Test
    void racingStepsOnTheSameCooperationAreOneAfterTheOther() throws Exception {
        for (int round = 0; round < ROUNDS / 2; round++) {
            String demand = CooperationFixtures.huadongDemand("竞态需求 race demand " + round);
            String a = proposed(demand, CooperationFixtures.beautyClipResource());
            List<Integer> answers = race(
                    () -> CooperationFixtures.act(Tokens.manager(), a, "ACCEPT").statusCode(),
                    () -> CooperationFixtures.act(Tokens.manager(), a, "CANCEL").statusCode());
            // both orders are legal (PROPOSED → ACCEPTED → CANCELLED, or PROPOSED → CANCELLED and then ACCEPT is 409)
            assertThat(answers).as("round " + round).contains(200).allMatch(s -> s == 200 || s == 409);
            assertConsistent(demand, List.of(a), round);
        }
    }

    private static String proposed(String demand, String resource) {
        return CooperationFixtures.propose(Tokens.huadongClient(), demand, resource).then().statusCode(201).extract().path("id");
    }

    /** IN_COOPERATION exactly when a cooperation of the demand is live, MATCHED otherwise. */
    private static void assertConsistent(String demand, List<String> cooperations, int round) {
        long live = cooperations.stream().map(id -> given().auth().oauth2(Tokens.manager()).get("/api/v1/cooperations/" + id)
                .then().statusCode(200).extract().<String>path("status")).filter(LIVE::contains).count();
        assertThat(CooperationFixtures.demandStatus(demand)).as("round " + round + ", live cooperations " + live)
                .isEqualTo(live > 0 ? "IN_COOPERATION" : "MATCHED");
    }

    /** Runs both calls at the same moment on two threads; their status codes. */
    static List<Integer> race(Supplier<Integer> first, Supplier<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> Races.atOnce(start, first), pool);
            CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> Races.atOnce(start, second), pool);
            return List.of(one.get(), two.get());
        } finally {
            pool.shutdownNow();
        }
    }

}
