package com.resourcemarket.demand;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The background expiry sweep: started at boot, and on a short interval it expires overdue demands unread. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class DemandExpirySweeperTest {

    @Inject
    DemandExpirySweeper sweeper;

    @Inject
    EntityManager em;

    @BeforeEach
    void partners() {
        DemandFixtures.ensureDemoPartners();
    }

    private String storedStatus(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(Demand.class, UUID.fromString(id)).status.name());
    }

    @Test
    void theSweepExpiresOverdueDemandsWithoutAnyoneReadingThem() throws InterruptedException {
        assertThat(sweeper.running()).as("started at boot").isTrue();
        String overdue = DemandFixtures.huadongDemand("过期扫描 overdue sweep");
        String current = DemandFixtures.huadongDemand("仍有效 still current");
        DemandFixtures.endWindow(em, overdue);
        assertThat(storedStatus(overdue)).isEqualTo("SUBMITTED");

        sweeper.stop();
        assertThat(sweeper.running()).isFalse();
        long before = sweeper.sweeps();
        sweeper.start(Duration.ofMillis(200));
        try {
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (storedStatus(overdue).equals("SUBMITTED") && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(storedStatus(overdue)).isEqualTo("EXPIRED");
            assertThat(sweeper.sweeps()).isGreaterThan(before);
            assertThat(sweeper.expired()).isGreaterThanOrEqualTo(1);
        } finally {
            sweeper.stop();
            sweeper.start(Duration.ofMinutes(15));
        }
        assertThat(storedStatus(current)).isEqualTo("SUBMITTED");
        List<String> history = given().auth().oauth2(Tokens.manager()).get("/api/v1/demands/" + overdue + "/history")
                .then().statusCode(200).extract().jsonPath().getList("actor", String.class);
        assertThat(history).last().isEqualTo("system");
    }
}
