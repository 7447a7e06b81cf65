package com.resourcemarket.partner;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Racing registrations of the same partner id: exactly one is created, the others are 409 problems — never a 500. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class PartnerCreateRaceTest {

    @Test
    void racingCreatesOfOneIdGiveOneCreatedAndConflicts() throws Exception {
        int threads = 6;
        String token = Tokens.manager();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 10; round++) {
                String id = UUID.randomUUID().toString();
                CyclicBarrier start = new CyclicBarrier(threads);
                List<Future<int[]>> answers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        var response = given().auth().oauth2(token).contentType("application/json")
                                .body(Map.of("id", id, "nameZh", "竞态伙伴", "nameEn", "Race partner " + id, "type", "BRAND"))
                                .post("/api/v1/partners");
                        boolean problem = response.statusCode() == 201
                                || String.valueOf(response.contentType()).startsWith("application/problem+json");
                        return new int[]{response.statusCode(), problem ? 1 : 0};
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<int[]> answer : answers) {
                    int[] result = answer.get();
                    statuses.add(result[0]);
                    assertThat(result[1]).as("problem+json body for " + result[0]).isEqualTo(1);
                }
                assertThat(statuses).as("round " + round).containsOnly(201, 409);
                assertThat(statuses.stream().filter(s -> s == 201).count()).as("round " + round).isEqualTo(1);
                given().auth().oauth2(token).get("/api/v1/partners/" + id).then().statusCode(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
