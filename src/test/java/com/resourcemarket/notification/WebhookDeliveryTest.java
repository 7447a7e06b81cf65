package com.resourcemarket.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.notification.NotificationFixtures.await;
import static com.resourcemarket.notification.NotificationFixtures.createWebhook;
import static com.resourcemarket.notification.NotificationFixtures.deliveries;
import static com.resourcemarket.notification.NotificationFixtures.freshPartner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Delivery end to end against a real HTTP receiver on 127.0.0.1: signature, retries with back-off, giving up,
 * the transactional outbox (rolled back → never sent; pending rows survive a worker restart), redelivery.
 * Test config: back-off base 0.3 s, at most 4 attempts, poll every 0.1 s.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    NotificationService notifications;

    @Inject
    DeliveryWorker worker;

    private int publish(UUID partnerId, EventType type, Object payload) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.publish(partnerId, type, payload));
    }

    /** What a receiver does: HMAC-SHA256 over "<timestamp>.<body>" with the secret, constant-time compare. */
    static boolean verify(String secret, String timestamp, String body, String signatureHeader) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signatureHeader.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void signedEventReachesTheReceiverAndCanBeRedelivered() throws Exception {
        UUID partner = freshPartner();
        try (TestReceiver receiver = new TestReceiver(0)) {
            JsonPath created = createWebhook(partner, receiver.url(), List.of("MATCH_FOUND"));
            String secret = created.getString("secret");
            assertThat(secret).matches("^[A-Za-z0-9_-]{43}$");

            assertThat(publish(partner, EventType.COOPERATION_STATE_CHANGED, Map.of("ignored", true)))
                    .as("not subscribed to this type").isZero();
            assertThat(publish(partner, EventType.MATCH_FOUND, Map.of("demandId", "d-1", "score", 87))).isEqualTo(1);

            await("delivery", WAIT, () -> receiver.received().size() == 1);
            TestReceiver.Received request = receiver.received().get(0);
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(request.header("X-ResourceMarket-Event")).isEqualTo("MATCH_FOUND");
            JsonNode body = JSON.readTree(request.body());
            assertThat(body.path("eventType").asText()).isEqualTo("MATCH_FOUND");
            assertThat(body.path("partnerId").asText()).isEqualTo(partner.toString());
            assertThat(body.path("data").path("demandId").asText()).isEqualTo("d-1");
            assertThat(body.path("data").path("score").asInt()).isEqualTo(87);

            String timestamp = request.header("X-ResourceMarket-Timestamp");
            assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)))
                    .as("fresh timestamp (receivers reject older than 5 minutes)").isLessThan(300);
            String signature = request.header("X-ResourceMarket-Signature");
            assertThat(signature).matches("^v1=[0-9a-f]{64}$");
            assertThat(verify(secret, timestamp, request.body(), signature)).isTrue();
            assertThat(verify(secret, timestamp, request.body().replace("d-1", "d-2"), signature))
                    .as("tampered body").isFalse();
            assertThat(verify(secret, Long.toString(Long.parseLong(timestamp) + 1), request.body(), signature))
                    .as("other timestamp").isFalse();
            assertThat(verify("another-secret", timestamp, request.body(), signature)).isFalse();

            String deliveryId = request.header("X-ResourceMarket-Delivery");
            await("DELIVERED in the log", WAIT,
                    () -> "DELIVERED".equals(deliveries(partner).getString("find { it.id == '" + deliveryId + "' }.status")));
            JsonPath log = deliveries(partner);
            assertThat(log.getList("$")).hasSize(1);
            assertThat(log.getInt("[0].attempts")).isEqualTo(1);
            assertThat(log.getInt("[0].log[0].statusCode")).isEqualTo(204);
            assertThat(log.getString("[0].eventId")).isEqualTo(body.path("eventId").asText());

            // redelivery: same body and delivery id, signed with the rotated secret
            String rotated = given().auth().oauth2(Tokens.admin()).post("/api/v1/partners/" + partner + "/webhooks/"
                    + created.getString("webhook.id") + "/rotate-secret").then().statusCode(200)
                    .extract().path("secret");
            assertThat(rotated).isNotEqualTo(secret);
            given().auth().oauth2(Tokens.admin())
                    .post("/api/v1/partners/" + partner + "/webhook-deliveries/" + deliveryId + "/redeliver")
                    .then().statusCode(202).body("status", org.hamcrest.Matchers.equalTo("PENDING"));
            await("redelivery", WAIT, () -> receiver.received().size() == 2);
            TestReceiver.Received again = receiver.received().get(1);
            assertThat(again.body()).isEqualTo(request.body());
            assertThat(again.header("X-ResourceMarket-Delivery")).isEqualTo(deliveryId);
            assertThat(verify(rotated, again.header("X-ResourceMarket-Timestamp"), again.body(),
                    again.header("X-ResourceMarket-Signature"))).isTrue();
            await("second attempt logged", WAIT, () -> deliveries(partner).getInt("[0].attempts") == 2
                    && "DELIVERED".equals(deliveries(partner).getString("[0].status")));
        }
    }

    @Test
    void failingReceiverIsRetriedWithGrowingDelaysUntilDelivered() throws Exception {
        UUID partner = freshPartner();
        try (TestReceiver receiver = new TestReceiver(2)) {
            createWebhook(partner, receiver.url(), List.of());
            publish(partner, EventType.COOPERATION_STATE_CHANGED, Map.of("cooperationId", "c-7", "state", "SIGNED"));

            await("delivered on attempt 3", WAIT, () -> "DELIVERED".equals(deliveries(partner).getString("[0].status")));
            assertThat(receiver.received()).hasSize(3);
            assertThat(receiver.received()).extracting(TestReceiver.Received::body).containsOnly(receiver.received().get(0).body());

            JsonPath log = deliveries(partner);
            assertThat(log.getInt("[0].attempts")).isEqualTo(3);
            assertThat(log.getList("[0].log.attempt", Integer.class)).containsExactly(1, 2, 3);
            assertThat(log.getList("[0].log.statusCode", Integer.class)).containsExactly(500, 500, 204);
            List<Instant> at = log.getList("[0].log.attemptedAt", String.class).stream().map(Instant::parse).toList();
            Duration first = Duration.between(at.get(0), at.get(1));
            Duration second = Duration.between(at.get(1), at.get(2));
            assertThat(first).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(second).isGreaterThan(first);
        }
    }

    @Test
    void receiverThatIsDownEndsFailedAfterTheAttemptLimit() throws Exception {
        UUID partner = freshPartner();
        String url;
        try (TestReceiver receiver = new TestReceiver(0)) {
            url = receiver.url();
        }
        createWebhook(partner, url, List.of("MATCH_FOUND"));
        publish(partner, EventType.MATCH_FOUND, Map.of("demandId", "d-down"));

        await("FAILED", WAIT, () -> "FAILED".equals(deliveries(partner).getString("[0].status")));
        JsonPath log = deliveries(partner);
        assertThat(log.getInt("[0].attempts")).isEqualTo(4);
        assertThat(log.getList("[0].log.statusCode")).containsOnlyNulls();
        assertThat(log.getList("[0].log.error", String.class)).allSatisfy(error -> assertThat(error).isNotBlank());
        assertThat(log.getString("[0].nextAttemptAt")).isNull();
        given().auth().oauth2(Tokens.admin()).queryParam("status", "FAILED")
                .get("/api/v1/partners/" + partner + "/webhook-deliveries")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(1));
        given().auth().oauth2(Tokens.admin()).queryParam("status", "DELIVERED")
                .get("/api/v1/partners/" + partner + "/webhook-deliveries")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void eventOfARolledBackTransactionIsNeverDelivered() throws Exception {
        UUID partner = freshPartner();
        try (TestReceiver receiver = new TestReceiver(0)) {
            createWebhook(partner, receiver.url(), List.of());
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                notifications.publish(partner, EventType.MATCH_FOUND, Map.of("demandId", "rolled-back"));
                throw new IllegalStateException("business change failed");
            })).isInstanceOf(IllegalStateException.class);

            publish(partner, EventType.MATCH_FOUND, Map.of("demandId", "committed"));
            await("the committed event", WAIT, () -> receiver.received().size() == 1);
            Thread.sleep(1000);
            assertThat(receiver.received()).hasSize(1);
            assertThat(receiver.received().get(0).body()).contains("committed").doesNotContain("rolled-back");
            assertThat(deliveries(partner).getList("$")).hasSize(1);
        }
    }

    @Test
    void publishingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> notifications.publish(freshPartner(), EventType.MATCH_FOUND, Map.of()))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }

    @Test
    void pendingRowsArePersistedAndSentByAFreshWorker() throws Exception {
        UUID partner = freshPartner();
        try (TestReceiver receiver = new TestReceiver(0)) {
            createWebhook(partner, receiver.url(), List.of());
            worker.stop();
            try {
                assertThat(worker.running()).isFalse();
                publish(partner, EventType.MATCH_FOUND, Map.of("demandId", "while-stopped-1"));
                publish(partner, EventType.RESOURCE_STATUS_CHANGED, Map.of("resourceId", "while-stopped-2"));
                Thread.sleep(800);
                assertThat(receiver.received()).isEmpty();
                JsonPath pending = deliveries(partner);
                assertThat(pending.getList("status", String.class)).containsExactly("PENDING", "PENDING");
                assertThat(pending.getList("attempts", Integer.class)).containsExactly(0, 0);
            } finally {
                worker.start();
            }
            await("both delivered by the new worker", WAIT, () -> receiver.received().size() == 2
                    && deliveries(partner).getList("status", String.class).stream().allMatch("DELIVERED"::equals));
            assertThat(receiver.received()).extracting(TestReceiver.Received::body)
                    .anySatisfy(body -> assertThat(body).contains("while-stopped-1"))
                    .anySatisfy(body -> assertThat(body).contains("while-stopped-2"));
        }
    }
}
