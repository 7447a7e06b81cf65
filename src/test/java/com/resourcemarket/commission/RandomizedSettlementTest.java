package com.resourcemarket.commission;

import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static com.resourcemarket.commission.CommissionFixtures.OFFLINE;
import static com.resourcemarket.commission.CommissionFixtures.ONLINE;
import static com.resourcemarket.commission.CommissionFixtures.at;
import static com.resourcemarket.commission.CommissionFixtures.postBatch;
import static com.resourcemarket.commission.CommissionFixtures.refund;
import static com.resourcemarket.commission.CommissionFixtures.rule;
import static com.resourcemarket.commission.CommissionFixtures.sale;
import static com.resourcemarket.commission.CommissionFixtures.settle;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test, seeded (jqwik 1.9.x is built on JUnit Platform 1.x and does not run on the JUnit Platform 6 used here,
 * so this is a seeded randomized JUnit test doing the same job): random plans (WHOLE/MARGINAL × GMV/ORDER_COUNT, random
 * tiers within the bounds, partner rules over defaults), random sales and refunds over two months (same-month refunds and
 * clawbacks of the first month in the second), settled by the service, then recomputed here independently with plain
 * BigDecimal arithmetic: every line and every statement must agree to the cent.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class RandomizedSettlementTest {

    private static final BigDecimal MIN_PAYOUT = new BigDecimal("100.00");

    record TierSpec(BigDecimal from, BigDecimal rate) {
    }

    record RuleSpec(String scope, String key, String type, String basis, String mode, List<TierSpec> tiers) {
    }

    record Event(String id, UUID coop, String type, BigDecimal amount, int month, String refundOf, int originalMonth) {
    }

    @BeforeEach
    void base() {
        CommissionFixtures.ensureBase();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7L, 42L, 2026L, 31337L})
    void settlementEqualsAnIndependentRecomputation(long seed) {
        Random random = new Random(seed);
        YearMonth m1 = CommissionFixtures.freshMonths(2);
        YearMonth m2 = m1.plusMonths(1);
        String f = Tokens.finance();
        List<UUID> partners = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            partners.add(CommissionFixtures.newPartner("prop-" + seed + "-" + i));
        }
        List<RuleSpec> rules = new ArrayList<>();
        rules.add(randomRule(random, "DEFAULT", null, ONLINE));
        rules.add(randomRule(random, "DEFAULT", null, OFFLINE));
        rules.add(randomRule(random, "CATEGORY", "online.e-commerce", ONLINE));
        rules.add(randomRule(random, "PARTNER", partners.get(0).toString(), ONLINE));
        rules.add(randomRule(random, "PARTNER", partners.get(1).toString(), OFFLINE));
        List<Map<String, Object>> ruleBodies = rules.stream().map(r -> rule(r.type(), r.scope(), r.key(), r.basis(), r.mode(),
                r.tiers().stream().map(t -> Map.<String, Object>of("from", t.from(), "rate", t.rate())).toList())).toList();
        UUID plan = CommissionFixtures.plan(ruleBodies);
        Map<UUID, UUID> owner = new LinkedHashMap<>();
        Map<UUID, String> category = new HashMap<>();
        for (UUID partner : partners) {
            for (int c = 0; c < 2; c++) {
                String cat = random.nextBoolean() ? CommissionFixtures.CATEGORY : "online.e-commerce";
                UUID coop = CommissionFixtures.signed(plan, partner, UUID.fromString(Tokens.BEAUTY_CLIP_PARTNER_ID), cat,
                        CommissionFixtures.SIGNED_AT);
                owner.put(coop, partner);
                category.put(coop, cat);
            }
        }
        // events
        List<Event> events = new ArrayList<>();
        List<Map<String, Object>> bodies1 = new ArrayList<>();
        List<Map<String, Object>> bodies2 = new ArrayList<>();
        Map<String, BigDecimal> remaining = new HashMap<>();
        List<Event> m1Sales = new ArrayList<>();
        int n = 0;
        for (UUID coop : owner.keySet()) {
            for (String type : List.of(ONLINE, OFFLINE)) {
                for (int month = 1; month <= 2; month++) {
                    YearMonth ym = month == 1 ? m1 : m2;
                    List<Map<String, Object>> bodies = month == 1 ? bodies1 : bodies2;
                    int sales = random.nextInt(12);
                    for (int s = 0; s < sales; s++) {
                        String id = "p" + seed + "-" + (n++);
                        BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(900_000), 2);
                        Instant when = at(ym, 1 + random.nextInt(14), random.nextInt(24));
                        bodies.add(sale(id, coop, type, amount.toPlainString(), when, owner.get(coop)));
                        Event sale = new Event(id, coop, type, amount, month, null, 0);
                        events.add(sale);
                        remaining.put(id, amount);
                        if (month == 1) {
                            m1Sales.add(sale);
                        }
                        if (random.nextInt(5) == 0) { // a same-month refund
                            BigDecimal part = BigDecimal.valueOf(1 + random.nextInt(amount.movePointRight(2).intValue()), 2);
                            String rid = "p" + seed + "-" + (n++);
                            bodies.add(refund(rid, id, coop, type, part.toPlainString(), at(ym, 15 + random.nextInt(13), 10),
                                    owner.get(coop)));
                            events.add(new Event(rid, coop, type, part, month, id, month));
                            remaining.put(id, amount.subtract(part));
                        }
                    }
                }
            }
        }
        for (Event sale : m1Sales) { // refunds in month 2 of month-1 sales: clawbacks
            BigDecimal left = remaining.get(sale.id());
            if (left.signum() > 0 && random.nextInt(4) == 0) {
                BigDecimal part = BigDecimal.valueOf(1 + random.nextInt(left.movePointRight(2).intValue()), 2);
                String rid = "p" + seed + "-" + (n++);
                bodies2.add(refund(rid, sale.id(), sale.coop(), sale.type(), part.toPlainString(), at(m2, 20, 10), owner.get(sale.coop())));
                events.add(new Event(rid, sale.coop(), sale.type(), part, 2, sale.id(), 1));
            }
        }
        if (!bodies1.isEmpty()) {
            postBatch(f, bodies1).then().statusCode(200);
        }
        if (!bodies2.isEmpty()) {
            postBatch(f, bodies2).then().statusCode(200);
        }
        settle(f, m1).then().statusCode(201);
        settle(f, m2).then().statusCode(201);

        // independent recomputation
        Map<String, BigDecimal> effective1 = new HashMap<>();
        Map<UUID, BigDecimal> carried = new HashMap<>();
        for (int month = 1; month <= 2; month++) {
            YearMonth ym = month == 1 ? m1 : m2;
            Map<String, BigDecimal[]> expectedLines = new HashMap<>(); // key coop|type -> commission, clawback, total
            for (UUID coop : owner.keySet()) {
                for (String type : List.of(ONLINE, OFFLINE)) {
                    final int mo = month;
                    BigDecimal gross = BigDecimal.ZERO;
                    BigDecimal refunded = BigDecimal.ZERO;
                    long orders = 0;
                    BigDecimal clawExact = BigDecimal.ZERO;
                    boolean any = false;
                    for (Event e : events) {
                        if (!e.coop().equals(coop) || !e.type().equals(type) || e.month() != mo) {
                            continue;
                        }
                        any = true;
                        if (e.refundOf() == null) {
                            gross = gross.add(e.amount());
                            orders++;
                        } else if (e.originalMonth() == mo) {
                            refunded = refunded.add(e.amount());
                        } else {
                            clawExact = clawExact.add(e.amount().multiply(effective1.get(coop + "|" + type)));
                        }
                    }
                    if (!any) {
                        continue;
                    }
                    BigDecimal volume = gross.subtract(refunded);
                    RuleSpec rule = pick(rules, type, owner.get(coop), category.get(coop));
                    BigDecimal[] result = commission(rule, volume, orders);
                    if (mo == 1) {
                        effective1.put(coop + "|" + type, result[1]);
                    }
                    BigDecimal clawback = clawExact.setScale(2, RoundingMode.HALF_UP).negate();
                    expectedLines.put(coop + "|" + type, new BigDecimal[]{result[0], clawback, result[0].add(clawback)});
                }
            }
            for (UUID partner : partners) {
                Map<String, BigDecimal[]> mine = new HashMap<>();
                expectedLines.forEach((k, v) -> {
                    if (owner.get(UUID.fromString(k.substring(0, 36))).equals(partner)) {
                        mine.put(k, v);
                    }
                });
                if (mine.isEmpty()) {
                    continue;
                }
                JsonPath statement = CommissionSettlementTest.statementOf(partner, ym);
                List<Map<String, Object>> lines = statement.getList("lines");
                assertThat(lines).as("lines of seed %d month %d", seed, month).hasSize(mine.size());
                BigDecimal total = BigDecimal.ZERO;
                for (Map<String, Object> line : lines) {
                    BigDecimal[] want = mine.get(line.get("cooperationId") + "|" + line.get("contributionType"));
                    assertThat(want).isNotNull();
                    assertThat(new BigDecimal(line.get("commission").toString())).as("commission").isEqualByComparingTo(want[0]);
                    assertThat(new BigDecimal(line.get("clawback").toString())).as("clawback").isEqualByComparingTo(want[1]);
                    assertThat(new BigDecimal(line.get("total").toString())).as("total").isEqualByComparingTo(want[2]);
                    total = total.add(want[2]);
                }
                BigDecimal brought = carried.getOrDefault(partner, BigDecimal.ZERO);
                BigDecimal balance = total.add(brought);
                BigDecimal payable = balance.compareTo(MIN_PAYOUT) >= 0 ? balance : BigDecimal.ZERO;
                assertThat(new BigDecimal(statement.getString("linesTotal"))).isEqualByComparingTo(total);
                assertThat(new BigDecimal(statement.getString("broughtForward"))).isEqualByComparingTo(brought);
                assertThat(new BigDecimal(statement.getString("balance"))).isEqualByComparingTo(balance);
                assertThat(new BigDecimal(statement.getString("payable"))).isEqualByComparingTo(payable);
                carried.put(partner, balance.subtract(payable));
            }
        }
    }

    private static RuleSpec randomRule(Random random, String scope, String key, String type) {
        BigDecimal min = ONLINE.equals(type) ? new BigDecimal("0.05") : new BigDecimal("0.03");
        int steps = ONLINE.equals(type) ? 100 : 40; // max 0.10 / 0.05 in steps of 0.0005
        String basis = random.nextBoolean() ? "GMV" : "ORDER_COUNT";
        String mode = random.nextBoolean() ? "WHOLE" : "MARGINAL";
        int count = 1 + random.nextInt(3);
        List<TierSpec> tiers = new ArrayList<>();
        BigDecimal from = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            BigDecimal rate = min.add(new BigDecimal("0.0005").multiply(BigDecimal.valueOf(random.nextInt(steps + 1))));
            tiers.add(new TierSpec(from, rate));
            from = from.add("GMV".equals(basis) ? BigDecimal.valueOf(1 + random.nextInt(3_000_000), 2)
                    : BigDecimal.valueOf(1 + random.nextInt(5)));
        }
        return new RuleSpec(scope, key, type, basis, mode, tiers);
    }

    /** Precedence, written out: cooperation (none here) > partner > category > default. */
    private static RuleSpec pick(List<RuleSpec> rules, String type, UUID partner, String category) {
        for (String scope : List.of("PARTNER", "CATEGORY", "DEFAULT")) {
            for (RuleSpec rule : rules) {
                if (!rule.type().equals(type) || !rule.scope().equals(scope)) {
                    continue;
                }
                if (scope.equals("DEFAULT") || scope.equals("PARTNER") && rule.key().equals(partner.toString())
                        || scope.equals("CATEGORY") && rule.key().equals(category)) {
                    return rule;
                }
            }
        }
        throw new AssertionError("no rule");
    }

    /** {rounded commission, effective rate} by the documented formulas. */
    private static BigDecimal[] commission(RuleSpec rule, BigDecimal gmv, long orders) {
        BigDecimal measure = rule.basis().equals("GMV") ? gmv : BigDecimal.valueOf(orders);
        List<TierSpec> tiers = rule.tiers();
        if (rule.mode().equals("WHOLE") || gmv.signum() == 0) {
            BigDecimal rate = tiers.get(0).rate();
            for (TierSpec tier : tiers) {
                if (measure.compareTo(tier.from()) >= 0) {
                    rate = tier.rate();
                }
            }
            return new BigDecimal[]{gmv.multiply(rate).setScale(2, RoundingMode.HALF_UP), rate};
        }
        BigDecimal weighted = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            BigDecimal low = tiers.get(i).from();
            BigDecimal high = i + 1 < tiers.size() ? tiers.get(i + 1).from() : null;
            BigDecimal inside = measure.subtract(low);
            if (high != null && inside.compareTo(high.subtract(low)) > 0) {
                inside = high.subtract(low);
            }
            if (inside.signum() > 0) {
                weighted = weighted.add(inside.multiply(tiers.get(i).rate()));
            }
        }
        if (rule.basis().equals("GMV")) {
            return new BigDecimal[]{weighted.setScale(2, RoundingMode.HALF_UP), weighted.divide(gmv, 10, RoundingMode.HALF_UP)};
        }
        BigDecimal count = BigDecimal.valueOf(orders);
        return new BigDecimal[]{gmv.multiply(weighted).divide(count, 2, RoundingMode.HALF_UP),
                weighted.divide(count, 10, RoundingMode.HALF_UP)};
    }
}
