package com.resourcemarket.commission;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.commission.CommissionFixtures.ONLINE;
import static com.resourcemarket.commission.CommissionFixtures.at;
import static com.resourcemarket.commission.CommissionFixtures.count;
import static com.resourcemarket.commission.CommissionFixtures.newEventId;
import static com.resourcemarket.commission.CommissionFixtures.postBatch;
import static com.resourcemarket.commission.CommissionFixtures.postOne;
import static com.resourcemarket.commission.CommissionFixtures.refund;
import static com.resourcemarket.commission.CommissionFixtures.sale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** Ingest: idempotency per (source, eventId), conflicts, validation, refunds, sources. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class AttributedEventTest {

    static final UUID HUADONG = UUID.fromString(Tokens.HUADONG_PARTNER_ID);
    static final UUID BEAUTY = UUID.fromString(Tokens.BEAUTY_CLIP_PARTNER_ID);

    UUID coop;
    YearMonth month;

    @BeforeEach
    void setUp() {
        CommissionFixtures.ensureBase();
        month = CommissionFixtures.freshMonths(1);
        coop = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), HUADONG);
    }

    @Test
    void singleEventIsIdempotentAndConflictingContentIs409() {
        String id = newEventId();
        Map<String, Object> event = sale(id, coop, ONLINE, "199.90", at(month, 8, 20), null);
        String stored = postOne(Tokens.huadongClient(), event).then().statusCode(201)
                .body("duplicate", is(false)).body("source", is(Tokens.HUADONG_PARTNER_ID)).body("period", is(month.toString()))
                .extract().path("id");
        // committed before the 2xx
        assertThat(count("commission_events where event_id = '" + id + "'")).isEqualTo(1);
        postOne(Tokens.huadongClient(), event).then().statusCode(200).body("duplicate", is(true)).body("id", is(stored));
        // the same amount written differently is the same content
        Map<String, Object> same = new HashMap<>(event);
        same.put("amount", new java.math.BigDecimal("199.9"));
        postOne(Tokens.huadongClient(), same).then().statusCode(200).body("duplicate", is(true));
        Map<String, Object> other = new HashMap<>(event);
        other.put("amount", new java.math.BigDecimal("200.00"));
        postOne(Tokens.huadongClient(), other).then().statusCode(409);
        assertThat(count("commission_events where event_id = '" + id + "'")).isEqualTo(1);
        // the same eventId from another source (the demander) is another event
        postOne(Tokens.beautyClipClient(), event).then().statusCode(201).body("source", is(Tokens.BEAUTY_CLIP_PARTNER_ID));
        assertThat(count("commission_events where event_id = '" + id + "'")).isEqualTo(2);
    }

    @Test
    void batchCountsDuplicatesAndIsAllOrNothing() {
        String a = newEventId();
        String b = newEventId();
        String c = newEventId();
        postBatch(Tokens.huadongClient(), List.of(sale(a, coop, ONLINE, "10.00", at(month, 1, 12), null)))
                .then().statusCode(200).body("accepted", is(1));
        postBatch(Tokens.huadongClient(), List.of(
                sale(a, coop, ONLINE, "10.00", at(month, 1, 12), null),
                sale(b, coop, ONLINE, "20.00", at(month, 2, 12), null),
                sale(b, coop, ONLINE, "20.00", at(month, 2, 12), null),
                sale(c, coop, ONLINE, "30.00", at(month, 3, 12), null)))
                .then().statusCode(200).body("accepted", is(2)).body("duplicates", is(1)).body("duplicateEventIds", contains(a));
        String d = newEventId();
        // one conflicting event refuses the whole batch
        postBatch(Tokens.huadongClient(), List.of(
                sale(d, coop, ONLINE, "40.00", at(month, 4, 12), null),
                sale(c, coop, ONLINE, "31.00", at(month, 3, 12), null)))
                .then().statusCode(409);
        assertThat(count("commission_events where event_id = '" + d + "'")).isZero();
        // the same id twice in one request with different content
        postBatch(Tokens.huadongClient(), List.of(
                sale(d, coop, ONLINE, "40.00", at(month, 4, 12), null),
                sale(d, coop, ONLINE, "41.00", at(month, 4, 12), null)))
                .then().statusCode(409);
        // more than 1,000 events
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(sale("m-" + i + "-" + d, coop, ONLINE, "1.00", at(month, 5, 12), null));
        }
        postBatch(Tokens.huadongClient(), many).then().statusCode(400);
        assertThat(count("commission_events where event_id like 'm-%-" + d + "'")).isZero();
    }

    @Test
    void badEventsAre400NamingTheField() {
        String h = Tokens.huadongClient();
        Map<String, Object> usd = sale(newEventId(), coop, ONLINE, "10.00", at(month, 1, 12), null);
        usd.put("currency", "USD");
        postBatch(h, List.of(sale(newEventId(), coop, ONLINE, "10.00", at(month, 1, 12), null), usd))
                .then().statusCode(400).body("violations.field", hasItem("events[1].currency"));
        Map<String, Object> bogus = sale(newEventId(), coop, ONLINE, "10.00", at(month, 1, 12), null);
        bogus.put("currency", "XQQ");
        postOne(h, bogus).then().statusCode(400).body("violations.field", hasItem("currency"));
        Map<String, Object> cents = sale(newEventId(), coop, ONLINE, "10.001", at(month, 1, 12), null);
        postOne(h, cents).then().statusCode(400);
        postOne(h, sale(newEventId(), coop, "NO_SUCH_TYPE", "10.00", at(month, 1, 12), null)).then().statusCode(400)
                .body("violations.field", hasItem("contributionType"));
        postOne(h, sale(newEventId(), UUID.randomUUID(), ONLINE, "10.00", at(month, 1, 12), null)).then().statusCode(400)
                .body("violations.field", hasItem("cooperationId"));
        postOne(h, sale(newEventId(), coop, ONLINE, "10.00", java.time.Instant.now().plusSeconds(3600), null)).then().statusCode(400)
                .body("violations.field", hasItem("occurredAt"));
        postOne(h, sale(newEventId(), coop, ONLINE, "10.00", java.time.Instant.parse("1999-06-01T00:00:00Z"), null))
                .then().statusCode(400).body("violations.field", hasItem("occurredAt"));
        // a partner that is no party of the cooperation
        UUID stranger = CommissionFixtures.newPartner("stranger");
        UUID foreign = CommissionFixtures.signed(CommissionFixtures.plan(CommissionFixtures.standardRules()), stranger,
                stranger, CommissionFixtures.CATEGORY, CommissionFixtures.SIGNED_AT);
        postOne(h, sale(newEventId(), foreign, ONLINE, "10.00", at(month, 1, 12), null)).then().statusCode(400)
                .body("violations.field", hasItem("cooperationId"));
        // finance must say for whom; a partner cannot post for another
        postOne(Tokens.finance(), sale(newEventId(), coop, ONLINE, "10.00", at(month, 1, 12), null)).then().statusCode(400)
                .body("violations.field", hasItem("onBehalfOf"));
        postOne(h, sale(newEventId(), coop, ONLINE, "10.00", at(month, 1, 12), BEAUTY)).then().statusCode(400)
                .body("violations.field", hasItem("onBehalfOf"));
        postOne(Tokens.finance(), sale(newEventId(), coop, ONLINE, "10.00", at(month, 1, 12), HUADONG)).then().statusCode(201)
                .body("source", is(Tokens.HUADONG_PARTNER_ID));
        postOne(Tokens.manager(), sale(newEventId(), coop, ONLINE, "10.00", at(month, 1, 12), HUADONG)).then().statusCode(403);
    }

    @Test
    void refundsReferenceAnEarlierSaleAndNeverExceedIt() {
        String h = Tokens.huadongClient();
        String sale = newEventId();
        postOne(h, sale(sale, coop, ONLINE, "100.00", at(month, 10, 12), null)).then().statusCode(201);
        postOne(h, refund(newEventId(), sale, coop, ONLINE, "60.00", at(month, 11, 12), null)).then().statusCode(201);
        postOne(h, refund(newEventId(), sale, coop, ONLINE, "40.01", at(month, 12, 12), null)).then().statusCode(400)
                .body("violations.field", hasItem("amount"));
        postOne(h, refund(newEventId(), sale, coop, ONLINE, "40.00", at(month, 12, 12), null)).then().statusCode(201);
        postOne(h, refund(newEventId(), "no-such-sale", coop, ONLINE, "1.00", at(month, 12, 12), null)).then().statusCode(400)
                .body("violations.field", hasItem("refundOf"));
        postOne(h, refund(newEventId(), sale, coop, CommissionFixtures.OFFLINE, "1.00", at(month, 12, 12), null))
                .then().statusCode(400).body("violations.field", hasItem("refundOf"));
        String later = newEventId();
        postOne(h, sale(later, coop, ONLINE, "100.00", at(month, 20, 12), null)).then().statusCode(201);
        postOne(h, refund(newEventId(), later, coop, ONLINE, "1.00", at(month, 19, 12), null)).then().statusCode(400)
                .body("violations.field", hasItem("occurredAt"));
        // a sale and its refund in one batch
        String both = newEventId();
        postBatch(h, List.of(sale(both, coop, ONLINE, "50.00", at(month, 21, 12), null),
                refund(newEventId(), both, coop, ONLINE, "50.00", at(month, 22, 12), null))).then().statusCode(200)
                .body("accepted", is(2));
    }
}
