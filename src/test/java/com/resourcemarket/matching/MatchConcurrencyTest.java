package com.resourcemarket.matching;

import com.resourcemarket.testsupport.Tokens;
import com.resourcemarket.testsupport.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Match runs on one demand at the same moment (real threads, real HTTP, the real database): every one is answered
 * 200 — none deadlocks into a 5xx — each stores its whole run, and the demand moves SUBMITTED → MATCHED exactly once.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class MatchConcurrencyTest {

    private static final int CONCURRENT = 8;
    private static final int ROUNDS = 5;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void partners() {
        MatchFixtures.ensureDemoPartners();
    }

    @Test
    void concurrentMatchRunsOnOneDemandAllSucceedAndStoreConsistently() throws Exception {
        long followers = MatchFixtures.uniqueFollowers();
        List<String> resources = List.of(
                MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("并发 A", followers, "exclusive_rights")),
                MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("并发 B", followers)),
                MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("并发 C", followers)));
        // Half the runs by the demand's partner, half by a manager: different callers, the same demand row.
        String[] tokens = {Tokens.huadongClient(), Tokens.manager()};
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String demand = MatchFixtures.submitDemand(Tokens.huadongClient(), MatchFixtures.demandFor(followers, null));
                CyclicBarrier start = new CyclicBarrier(CONCURRENT);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < CONCURRENT; i++) {
                    String token = tokens[i % 2];
                    answers.add(pool.submit(() -> {
                        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/demands/" + demand + "/matches"))
                                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.noBody()).build();
                        start.await(30, TimeUnit.SECONDS);
                        return http.send(request, HttpResponse.BodyHandlers.ofString());
                    }));
                }
                Set<String> runIds = new java.util.HashSet<>();
                for (Future<HttpResponse<String>> future : answers) {
                    HttpResponse<String> answer = future.get(2, TimeUnit.MINUTES);
                    assertThat(answer.statusCode()).as("round " + round + ": " + answer.body()).isEqualTo(200);
                    JsonPath run = new JsonPath(answer.body());
                    assertThat(run.getList("results.resource.id", String.class)).as("round " + round)
                            .containsExactlyElementsOf(resources);
                    runIds.add(run.getString("runId"));
                }
                assertThat(runIds).as("one stored run per request").hasSize(CONCURRENT);
                assertStored(round, demand, runIds, resources.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the database holds after one round: every run whole, one status change, the latest run readable. */
    private static void assertStored(int round, String demand, Set<String> runIds, int resultsPerRun) {
        UUID demandId = UUID.fromString(demand);
        QuarkusTransaction.requiringNew().run(() -> {
            List<MatchRun> runs = MatchRun.list("demandId", demandId);
            assertThat(runs).as("round " + round + ": stored runs").extracting(r -> r.id.toString())
                    .containsExactlyInAnyOrderElementsOf(runIds);
            for (MatchRun run : runs) {
                assertThat(run.resultCount).isEqualTo(resultsPerRun);
                assertThat(MatchRunResult.count("runId", run.id)).as("result rows of run " + run.id).isEqualTo(resultsPerRun);
            }
        });
        assertThat(MatchFixtures.demandStatus(demand)).isEqualTo("MATCHED");
        List<String> history = given().auth().oauth2(Tokens.manager()).get("/api/v1/demands/" + demand + "/history")
                .then().statusCode(200).extract().jsonPath().getList("toStatus", String.class);
        assertThat(history).as("round " + round + ": one transition, not one per run").containsExactly("SUBMITTED", "MATCHED");
        String latest = MatchFixtures.latest(Tokens.huadongClient(), demand, null).then().statusCode(200)
                .extract().path("runId");
        assertThat(runIds).contains(latest);
    }
}
