package com.resourcemarket.commission;

import com.resourcemarket.cooperation.Cooperation;
import com.resourcemarket.cooperation.CooperationSigning;
import com.resourcemarket.cooperation.CooperationStatus;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.demand.Demand;
import com.resourcemarket.demand.DemandStatus;
import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Commission test data. Cooperations are persisted directly as SIGNED rows and the {@link CooperationSigning} event is
 * fired in the same transaction, exactly as the cooperation workflow does when it signs; replace {@link #signed} by the
 * workflow's REST calls once that is merged. Demand and resource come from the real APIs.
 */
public final class CommissionFixtures {

    public static final String ONLINE = "ONLINE_PLATFORM_ORDER";
    public static final String OFFLINE = "OFFLINE_DRIVEN_ONLINE_REPURCHASE";
    public static final String CATEGORY = "offline.physical-channel";
    public static final Instant SIGNED_AT = Instant.parse("2000-01-01T00:00:00Z");

    /** Months handed out to tests so that no two tests settle the same month (settlement is global per month). */
    private static final AtomicInteger NEXT_MONTH = new AtomicInteger(2001 * 12);
    private static String demandId;
    private static String resourceId;

    private CommissionFixtures() {
    }

    /** {@code count} consecutive months nobody else uses. */
    public static YearMonth freshMonths(int count) {
        int first = NEXT_MONTH.getAndAdd(count + 1);
        return YearMonth.of(first / 12, first % 12 + 1);
    }

    /** An instant inside the month (day, hour in Shanghai time). */
    public static Instant at(YearMonth month, int day, int hour) {
        return month.atDay(day).atTime(hour, 0).atZone(MarketTime.ZONE).toInstant();
    }

    public static synchronized void ensureBase() {
        DemoPartners.ensureRegistered();
        if (demandId != null) {
            return;
        }
        Map<String, Object> demand = new HashMap<>();
        demand.put("title", "佣金测试需求 commission test demand");
        demand.put("typeCode", "offline.physical-channel.retail-terminal");
        demand.put("regions", List.of("310000"));
        demandId = given().auth().oauth2(Tokens.beautyClipClient()).contentType("application/json")
                .header("Idempotency-Key", "commission-" + UUID.randomUUID()).body(demand)
                .post("/api/v1/demands").then().statusCode(201).extract().path("id");
        Map<String, Object> resource = new HashMap<>();
        resource.put("typeCode", "offline.physical-channel.retail-terminal");
        resource.put("nameZh", "佣金测试门店");
        resource.put("nameEn", "Commission test store");
        resource.put("regions", List.of("310000"));
        resource.put("location", Map.of("latitude", 31.23, "longitude", 121.47));
        resource.put("capacity", Map.of("amount", 5000, "unit", "people/day"));
        resource.put("tags", List.of(Map.of("key", "supermarket_chain"), Map.of("key", "store_area_m2", "numberValue", 120)));
        resourceId = given().auth().oauth2(Tokens.huadongClient()).contentType("application/json").body(resource)
                .post("/api/v1/resources").then().statusCode(201).extract().path("id");
    }

    /** A fresh partner organisation (registered by a manager); it has no login, so finance posts for it. */
    public static UUID newPartner(String name) {
        ensureBase();
        UUID id = UUID.randomUUID();
        DemoPartners.register(id.toString(), "测试伙伴 " + name, "Test partner " + name, "PLATFORM");
        return id;
    }

    // --- plans ----------------------------------------------------------------------------------------------------

    public static Map<String, Object> tier(String from, String rate) {
        return Map.of("from", new BigDecimal(from), "rate", new BigDecimal(rate));
    }

    public static Map<String, Object> rule(String type, String scope, String scopeKey, String basis, String mode,
                                           List<Map<String, Object>> tiers) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("contributionType", type);
        rule.put("scope", scope);
        if (scopeKey != null) {
            rule.put("scopeKey", scopeKey);
        }
        rule.put("basis", basis);
        rule.put("mode", mode);
        rule.put("tiers", tiers);
        return rule;
    }

    /** The default rule of both seeded types: online 5 % / 7 % from 10,000 CNY (WHOLE); offline 3 % flat. */
    public static List<Map<String, Object>> standardRules() {
        List<Map<String, Object>> rules = new ArrayList<>();
        rules.add(rule(ONLINE, "DEFAULT", null, "GMV", "WHOLE", List.of(tier("0", "0.05"), tier("10000", "0.07"))));
        rules.add(rule(OFFLINE, "DEFAULT", null, "GMV", "WHOLE", List.of(tier("0", "0.03"))));
        return rules;
    }

    public static Response createPlan(String token, String code, List<Map<String, Object>> rules) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "测试方案 " + code);
        body.put("effectiveFrom", "1999-01-01T00:00:00Z");
        body.put("rules", rules);
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/commission/plans");
    }

    public static UUID plan(List<Map<String, Object>> rules) {
        String code = "P_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
        return UUID.fromString(createPlan(Tokens.finance(), code, rules).then().statusCode(201).extract().path("id"));
    }

    // --- cooperations ---------------------------------------------------------------------------------------------

    /** A SIGNED cooperation (owner earns), bound to the plan by the signing event. */
    public static UUID signed(UUID planId, UUID ownerPartnerId, UUID demanderPartnerId, String categoryCode, Instant signedAt) {
        return signed(Ids.newId(), planId, ownerPartnerId, demanderPartnerId, categoryCode, signedAt);
    }

    /** Signs with a chosen id (e.g. one a COOPERATION-scoped rule already names). */
    public static UUID signed(UUID id, UUID planId, UUID ownerPartnerId, UUID demanderPartnerId, String categoryCode,
                              Instant signedAt) {
        ensureBase();
        QuarkusTransaction.requiringNew().run(() -> {
            // One demand per cooperation: at most one open cooperation may exist per (demand, resource).
            Demand demand = new Demand();
            demand.id = Ids.newId();
            demand.partnerId = demanderPartnerId;
            demand.title = "佣金测试需求 commission test demand";
            demand.categoryCode = categoryCode;
            demand.status = DemandStatus.IN_COOPERATION;
            demand.submittedBy = "commission-fixture";
            demand.persist();
            Cooperation cooperation = new Cooperation();
            cooperation.id = id;
            cooperation.demandId = demand.id;
            cooperation.resourceId = UUID.fromString(resourceId);
            cooperation.demanderPartnerId = demanderPartnerId;
            cooperation.ownerPartnerId = ownerPartnerId;
            cooperation.categoryCode = categoryCode;
            cooperation.status = CooperationStatus.SIGNED;
            cooperation.commissionPlanId = planId;
            cooperation.signedAt = signedAt;
            cooperation.proposedBy = "commission-fixture";
            cooperation.persist();
            CDI.current().getBeanManager().getEvent().select(CooperationSigning.class)
                    .fire(new CooperationSigning(cooperation.facts(), signedAt));
        });
        return id;
    }

    public static UUID signed(UUID planId, UUID ownerPartnerId) {
        return signed(planId, ownerPartnerId, UUID.fromString(Tokens.BEAUTY_CLIP_PARTNER_ID), CATEGORY, SIGNED_AT);
    }

    // --- events ---------------------------------------------------------------------------------------------------

    public static Map<String, Object> sale(String eventId, UUID cooperationId, String type, String amount, Instant at,
                                           UUID onBehalfOf) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventId", eventId);
        event.put("cooperationId", cooperationId.toString());
        event.put("contributionType", type);
        event.put("amount", new BigDecimal(amount));
        event.put("currency", "CNY");
        event.put("occurredAt", at.toString());
        if (onBehalfOf != null) {
            event.put("onBehalfOf", onBehalfOf.toString());
        }
        return event;
    }

    public static Map<String, Object> refund(String eventId, String refundOf, UUID cooperationId, String type, String amount,
                                             Instant at, UUID onBehalfOf) {
        Map<String, Object> event = sale(eventId, cooperationId, type, amount, at, onBehalfOf);
        event.put("refundOf", refundOf);
        return event;
    }

    public static Response postBatch(String token, List<Map<String, Object>> events) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("events", events))
                .post("/api/v1/commission/events/batch");
    }

    public static Response postOne(String token, Map<String, Object> event) {
        return given().auth().oauth2(token).contentType("application/json").body(event).post("/api/v1/commission/events");
    }

    public static Response settle(String token, YearMonth month) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("period", month.toString()))
                .post("/api/v1/commission/settlement-runs");
    }

    public static String newEventId() {
        return "e-" + UUID.randomUUID();
    }

    public static long count(String sqlWhere) {
        EntityManager em = CDI.current().select(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from " + sqlWhere).getSingleResult()).longValue());
    }

    /** A UUID as the hex of its BINARY(16) column, for native count queries. */
    public static String hex(UUID id) {
        return "x'" + id.toString().replace("-", "") + "'";
    }

    public static int periodKey(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
