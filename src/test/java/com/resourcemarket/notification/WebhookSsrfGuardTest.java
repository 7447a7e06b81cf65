package com.resourcemarket.notification;

import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.notification.NotificationFixtures.await;
import static com.resourcemarket.notification.NotificationFixtures.deliveries;
import static com.resourcemarket.notification.NotificationFixtures.freshPartner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/**
 * The webhook SSRF guard switched on, as in production: registration refuses hosts that resolve to non-public
 * addresses (400 naming {@code url}); a webhook that reaches the table pointing at one anyway (DNS rebinding after
 * registration) is refused again at delivery and nothing is sent.
 */
@QuarkusTest
@TestProfile(WebhookSsrfGuardTest.GuardOn.class)
@WithTestResource(LocalStackTestResource.class)
class WebhookSsrfGuardTest {

    public static class GuardOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("resource-market.webhooks.allow-private-addresses", "false");
        }
    }

    @Inject
    NotificationService notifications;

    @BeforeEach
    void partners() {
        NotificationFixtures.ensureDemoPartners();
    }

    @Test
    void registrationRefusesNonPublicHosts() {
        UUID partner = freshPartner();
        for (String url : List.of("https://127.0.0.1/hook", "https://localhost:8443/hook", "https://10.0.0.8/hook",
                "https://192.168.1.20/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook",
                "https://[fd00::1]/hook", "https://[fe80::1]/hook", "https://[::ffff:127.0.0.1]/hook",
                "https://224.0.0.1/hook", "https://0.0.0.0/hook", "http://127.0.0.1:8080/hook",
                "https://no-such-host.invalid/hook")) {
            given().auth().oauth2(Tokens.admin()).contentType("application/json").body(Map.of("url", url))
                    .post("/api/v1/partners/" + partner + "/webhooks")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem(containsString("url")));
        }
        // plain http to a public address is refused as before: https only
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body(Map.of("url", "http://8.8.8.8/hook"))
                .post("/api/v1/partners/" + partner + "/webhooks")
                .then().statusCode(400).body("violations.message", hasItem(containsString("https")));
        assertThat(given().auth().oauth2(Tokens.admin()).get("/api/v1/partners/" + partner + "/webhooks")
                .then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
        // a public IP literal passes the guard (nothing is called at registration)
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("url", "https://8.8.8.8/hook", "active", false))
                .post("/api/v1/partners/" + partner + "/webhooks").then().statusCode(201);
    }

    @Test
    void deliveryRefusesAHostThatNowResolvesPrivately() throws Exception {
        UUID partner = freshPartner();
        try (TestReceiver receiver = new TestReceiver(0)) {
            // as if the name had resolved publicly at registration and points at 127.0.0.1 now
            QuarkusTransaction.requiringNew().run(() -> {
                Webhook webhook = new Webhook();
                webhook.id = Ids.newId();
                webhook.partnerId = partner;
                webhook.url = receiver.url();
                webhook.eventTypes = EnumSet.of(EventType.MATCH_FOUND);
                webhook.active = true;
                webhook.secret = WebhookSignatures.newSecret();
                webhook.persist();
            });
            assertThat(QuarkusTransaction.requiringNew().call(() ->
                    notifications.publish(partner, EventType.MATCH_FOUND, Map.of("demandId", "d-ssrf")))).isEqualTo(1);
            await("a refused attempt in the log", Duration.ofSeconds(20),
                    () -> deliveries(partner).getInt("[0].attempts") >= 1);
            assertThat(deliveries(partner).getString("[0].lastError")).contains("address guard", "127.0.0.1");
            assertThat(deliveries(partner).getString("[0].status")).isNotEqualTo("DELIVERED");
            Thread.sleep(500);
            assertThat(receiver.received()).as("nothing reached the private address").isEmpty();
        }
    }
}
