package com.resourcemarket.core;

import com.resourcemarket.testsupport.LocalStackTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class HealthTest {

    @Test
    void readinessCoversDatabaseAndKeycloak() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "OIDC Provider Health Check"));
    }

    @Test
    void liveness() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200);
    }
}
