package com.resourcemarket.commission.settlement;

import com.resourcemarket.commission.AuditTrail;
import com.resourcemarket.commission.Periods;
import com.resourcemarket.commission.plan.CommissionRule;
import com.resourcemarket.commission.plan.CooperationBinding;
import com.resourcemarket.commission.plan.PlanService;
import com.resourcemarket.commission.plan.TierCalculator;
import com.resourcemarket.commission.settlement.SettlementDtos.RunView;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.notification.EventType;
import com.resourcemarket.notification.NotificationService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.resourcemarket.commission.event.EventService.bytes;
import static com.resourcemarket.commission.event.EventService.uuid;

/**
 * Settles a month exactly once.
 *
 * <ol>
 *   <li>Takes the month's row in {@code commission_periods} with {@code SELECT … FOR UPDATE NOWAIT}: a second run (or an
 *       ingest still writing to the month) makes this one fail fast with 409. Ingest takes a shared lock on the same row,
 *       so no event can enter the month while it is being settled, nor afterwards (it is SETTLED).</li>
 *   <li>A month already SETTLED answers the existing run and changes nothing.</li>
 *   <li>Aggregates the month's events in the database (GROUP BY cooperation and contribution type): sales, refunds of
 *       sales of the same month (they reduce the volume), and refunds of sales of earlier, settled months (clawed back at
 *       the effective rate of the earlier line, summed exactly in SQL).</li>
 *   <li>Applies each cooperation's bound plan version (rule by precedence) with {@link TierCalculator}, and writes the
 *       run, one statement per earning partner and its lines — all in <b>one transaction</b>, so a crash leaves no
 *       partial statements and a re-run does the whole month; the period becomes SETTLED in the same commit.</li>
 * </ol>
 */
@ApplicationScoped
public class SettlementService {

    private static final Logger LOG = Logger.getLogger(SettlementService.class);
    private static final int CHUNK = 400;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlanService plans;

    @Inject
    AuditTrail audit;

    @Inject
    NotificationService notifications;

    @Inject
    SettlementFaults faults;

    @ConfigProperty(name = "resource-market.commission.minimum-payout", defaultValue = "100.00")
    BigDecimal minimumPayout;

    @ConfigProperty(name = "resource-market.commission.settlement-timeout", defaultValue = "PT15M")
    Duration timeout;

    @Inject
    SettlementConfig config;

    public RunView run(YearMonth month) {
        String actor = audit.actor();
        return QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds()).call(() -> settle(month, actor));
    }

    public List<RunView> list(int offset, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> SettlementRun.<SettlementRun>findAll(
                        io.quarkus.panache.common.Sort.descending("period")).range(offset, offset + limit - 1).list()
                .stream().map(run -> view(run, false)).toList());
    }

    record Key(UUID cooperationId, String type) {
    }

    static final class Group {
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        long orders;
        long events;
        BigDecimal clawbackVolume = BigDecimal.ZERO;
        BigDecimal clawbackExact = BigDecimal.ZERO;
    }

    private RunView settle(YearMonth month, String actor) throws SQLException {
        int period = Periods.key(month);
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection connection = dataSource.getConnection()) {
            String status = lockPeriod(connection, period);
            faults.afterLock();
            if ("SETTLED".equals(status)) {
                SettlementRun run = SettlementRun.<SettlementRun>find("period", period).firstResult();
                return view(run, true);
            }
            checkWindow(month, startedAt);
            checkOrder(connection, period);
            checkClawbackOrigins(connection, period);
            Map<Key, Group> groups = aggregate(connection, period);
            long events = groups.values().stream().mapToLong(g -> g.events).sum();
            Map<UUID, CooperationBinding> bindings = new HashMap<>();
            List<UUID> ids = groups.keySet().stream().map(Key::cooperationId).distinct().toList();
            for (int from = 0; from < ids.size(); from += 1000) {
                List<CooperationBinding> found = CooperationBinding.list("cooperationId in ?1",
                        ids.subList(from, Math.min(ids.size(), from + 1000)));
                found.forEach(b -> bindings.put(b.cooperationId, b));
            }
            // lines per earning partner, ordered by cooperation then type
            Map<UUID, List<StatementLine>> byPartner = new TreeMap<>();
            List<Key> keys = new ArrayList<>(groups.keySet());
            keys.sort(Comparator.comparing((Key k) -> k.cooperationId().toString()).thenComparing(Key::type));
            for (Key key : keys) {
                CooperationBinding binding = bindings.get(key.cooperationId());
                if (binding == null) {
                    throw new IllegalStateException("events of cooperation " + key.cooperationId() + " have no binding");
                }
                StatementLine line = line(period, key, groups.get(key), binding);
                byPartner.computeIfAbsent(binding.ownerPartnerId, p -> new ArrayList<>()).add(line);
            }
            UUID runId = Ids.newId();
            insertRun(connection, runId, period, actor, startedAt);
            Map<UUID, BigDecimal> brought = broughtForward(connection, period, byPartner.keySet());
            Map<UUID, String> holds = holds(connection);
            int statements = 0;
            int lines = 0;
            for (Map.Entry<UUID, List<StatementLine>> entry : byPartner.entrySet()) {
                Statement statement = statement(runId, period, entry.getKey(), entry.getValue(),
                        brought.getOrDefault(entry.getKey(), BigDecimal.ZERO.setScale(2)), holds.get(entry.getKey()), actor);
                insertStatement(connection, statement, startedAt);
                insertLines(connection, statement.id, entry.getValue());
                statements++;
                lines += entry.getValue().size();
                faults.afterStatement(statements);
                notifications.publish(statement.partnerId, EventType.COMMISSION_STATEMENT_READY, readyPayload(statement));
                audit.record("STATEMENT", statement.id, "CREATE", null, StatementService.summary(statement));
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE commission_periods SET status = 'SETTLED' WHERE period = ?")) {
                update.setInt(1, period);
                update.executeUpdate();
            }
            Instant completedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            try (PreparedStatement update = connection.prepareStatement("UPDATE commission_settlement_runs SET "
                    + "statement_count = ?, line_count = ?, event_count = ?, completed_at = ?, status = 'COMPLETED' WHERE id = ?")) {
                update.setInt(1, statements);
                update.setInt(2, lines);
                update.setLong(3, events);
                update.setTimestamp(4, Timestamp.from(completedAt), Periods.utc());
                update.setBytes(5, bytes(runId));
                update.executeUpdate();
            }
            audit.record("SETTLEMENT_RUN", runId, "SETTLE", null, Map.of("period", month.toString(), "statements", statements,
                    "lines", lines, "events", events));
            LOG.infof("settled %s: %d events, %d statements, %d lines", month, events, statements, lines);
            return new RunView(runId, month.toString(), "COMPLETED", statements, lines, events, actor, startedAt, completedAt, false);
        }
    }

    /** FOR UPDATE NOWAIT on the month's row; 409 when another run (or an ingest) holds it. */
    private static String lockPeriod(Connection connection, int period) throws SQLException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT status FROM commission_periods WHERE period = ? FOR UPDATE NOWAIT")) {
                select.setInt(1, period);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        return rows.getString(1);
                    }
                }
            } catch (SQLException e) {
                if (e.getErrorCode() == 3572 || e.getErrorCode() == 1205 || e.getErrorCode() == 1213
                        || "HY000".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().contains("NOWAIT")) {
                    throw Problems.conflict("A settlement run for " + Periods.text(period) + " is in progress (or events "
                            + "for it are being received); try again later");
                }
                throw e;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT IGNORE INTO commission_periods (period, status) VALUES (?, 'OPEN')")) {
                insert.setInt(1, period);
                insert.executeUpdate();
            }
        }
        throw new IllegalStateException("period row " + period + " vanished");
    }

    /**
     * A month is settled only once it has ended in market time and its review window (late events, refunds) has
     * passed; earlier is 409, so a month is never closed to the events still due for it.
     */
    private void checkWindow(YearMonth month, Instant now) {
        Instant opens = opensAt(month);
        if (now.isBefore(opens)) {
            Duration window = config.reviewWindow();
            String length = window.toSeconds() % 86_400 == 0 ? window.toDays() + " days" : window.toString();
            throw Problems.conflict("Month " + month + " can be settled from " + opens.atZone(MarketTime.ZONE)
                    .toOffsetDateTime() + " on: it ends at " + Periods.end(month).atZone(MarketTime.ZONE).toOffsetDateTime()
                    + " (Asia/Shanghai), followed by a review window of " + length + " for late events and refunds");
        }
    }

    /** The moment settlement of {@code month} opens: the month's end in market time plus the review window. */
    public Instant opensAt(YearMonth month) {
        return Periods.end(month).plus(config.reviewWindow());
    }

    /**
     * Months are settled in order: balances are carried from a partner's latest earlier statement, so settling a month
     * after a later one would break that chain. 409 when a later month is settled already.
     */
    private static void checkOrder(Connection connection, int period) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(period) FROM commission_settlement_runs WHERE period > ?")) {
            select.setInt(1, period);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next() && rows.getObject(1) != null) {
                    throw Problems.conflict("Month " + Periods.text(rows.getInt(1)) + " is settled already: months are "
                            + "settled in order, so " + Periods.text(period) + " can no longer be settled");
                }
            }
        }
    }

    /** Refunds in this month of sales of an earlier month that is not settled yet cannot be clawed back: 409. */
    private static void checkClawbackOrigins(Connection connection, int period) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT e.original_period FROM commission_events e "
                + "LEFT JOIN commission_periods p ON p.period = e.original_period "
                + "WHERE e.period = ? AND e.kind = 'REFUND' AND e.original_period < ? "
                + "AND (p.status IS NULL OR p.status <> 'SETTLED')")) {
            select.setInt(1, period);
            select.setInt(2, period);
            List<String> open = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    open.add(Periods.text(rows.getInt(1)));
                }
            }
            if (!open.isEmpty()) {
                throw Problems.conflict("Refunds in " + Periods.text(period) + " refer to sales of months not settled yet ("
                        + String.join(", ", open) + "): settle those first");
            }
        }
    }

    private static Map<Key, Group> aggregate(Connection connection, int period) throws SQLException {
        Map<Key, Group> groups = new HashMap<>();
        // Orders are net: a sale refunded in full within the month does not count (else ORDER_COUNT tiers could be
        // reached with near-zero GMV). A refund in a later month is a clawback there and leaves the count as settled.
        try (PreparedStatement select = connection.prepareStatement("SELECT e.cooperation_id, e.contribution_type, "
                + "SUM(CASE WHEN e.kind = 'SALE' THEN e.amount ELSE 0 END), "
                + "SUM(CASE WHEN e.kind = 'REFUND' AND e.original_period = e.period THEN e.amount ELSE 0 END), "
                + "SUM(CASE WHEN e.kind = 'SALE' AND COALESCE(r.refunded, 0) < e.amount THEN 1 ELSE 0 END), COUNT(*) "
                + "FROM commission_events e LEFT JOIN (SELECT refund_of, SUM(amount) AS refunded FROM commission_events "
                + "WHERE period = ? AND kind = 'REFUND' AND original_period = period GROUP BY refund_of) r ON r.refund_of = e.id "
                + "WHERE e.period = ? GROUP BY e.cooperation_id, e.contribution_type")) {
            select.setInt(1, period);
            select.setInt(2, period);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Group group = new Group();
                    group.gross = rows.getBigDecimal(3);
                    group.refunded = rows.getBigDecimal(4);
                    group.orders = rows.getLong(5);
                    group.events = rows.getLong(6);
                    groups.put(new Key(uuid(rows.getBytes(1)), rows.getString(2)), group);
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT e.cooperation_id, e.contribution_type, "
                + "SUM(e.amount), SUM(e.amount * l.effective_rate) FROM commission_events e "
                + "JOIN commission_statement_lines l ON l.period = e.original_period AND l.cooperation_id = e.cooperation_id "
                + "AND l.contribution_type = e.contribution_type "
                + "WHERE e.period = ? AND e.kind = 'REFUND' AND e.original_period < ? "
                + "GROUP BY e.cooperation_id, e.contribution_type")) {
            select.setInt(1, period);
            select.setInt(2, period);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Group group = groups.computeIfAbsent(new Key(uuid(rows.getBytes(1)), rows.getString(2)), k -> new Group());
                    group.clawbackVolume = rows.getBigDecimal(3);
                    group.clawbackExact = rows.getBigDecimal(4);
                }
            }
        }
        return groups;
    }

    private StatementLine line(int period, Key key, Group group, CooperationBinding binding) {
        StatementLine line = new StatementLine();
        line.id = Ids.newId();
        line.period = period;
        line.cooperationId = key.cooperationId();
        line.resourceId = binding.resourceId;
        line.categoryCode = binding.categoryCode;
        line.contributionType = key.type();
        line.planVersionId = binding.planVersionId;
        line.grossVolume = group.gross.setScale(2);
        line.refundedVolume = group.refunded.setScale(2);
        line.volume = group.gross.subtract(group.refunded).setScale(2);
        line.orderCount = group.orders;
        line.eventCount = group.events;
        List<CommissionRule> rules = plans.rules(binding.planVersionId);
        CommissionRule rule = CommissionRule.resolve(rules, key.type(), key.cooperationId(), binding.ownerPartnerId,
                binding.categoryCode);
        if (rule == null) {
            line.effectiveRate = BigDecimal.ZERO.setScale(TierCalculator.RATE_SCALE);
            line.commission = BigDecimal.ZERO.setScale(2);
        } else {
            TierCalculator.Result result = TierCalculator.compute(rule.mode(), rule.basis(), rule.tiers(), line.volume,
                    line.orderCount);
            line.ruleId = rule.id();
            line.ruleScope = rule.scope().name();
            line.basis = rule.basis().name();
            line.tierMode = rule.mode().name();
            line.tierReached = result.tierReached();
            line.ratesApplied = result.ratesApplied().stream().map(r -> r.stripTrailingZeros().toPlainString())
                    .collect(Collectors.joining(","));
            line.effectiveRate = result.effectiveRate();
            line.commission = result.commission();
        }
        line.clawbackVolume = group.clawbackVolume.setScale(2);
        line.clawback = group.clawbackExact.setScale(2, RoundingMode.HALF_UP).negate();
        line.total = line.commission.add(line.clawback);
        return line;
    }

    private Statement statement(UUID runId, int period, UUID partnerId, List<StatementLine> lines, BigDecimal brought,
                                String hold, String actor) {
        Statement statement = new Statement();
        statement.id = Ids.newId();
        statement.runId = runId;
        statement.period = period;
        statement.partnerId = partnerId;
        statement.status = StatementStatus.DRAFT;
        statement.currency = "CNY";
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int position = 1;
        for (StatementLine line : lines) {
            line.statementId = statement.id;
            line.position = position++;
            total = total.add(line.total);
        }
        statement.linesTotal = total;
        statement.broughtForward = brought.setScale(2);
        statement.held = BigDecimal.ZERO.setScale(2);
        Payout.Amounts amounts = Payout.compute(total, statement.broughtForward, statement.held, hold, minimumPayout);
        statement.balance = amounts.balance();
        statement.payable = amounts.payable();
        statement.carriedForward = amounts.carriedForward();
        statement.payableReason = amounts.reason();
        statement.createdBy = actor;
        return statement;
    }

    /**
     * The partner holds as committed now, locked until the run commits: a hold placed meanwhile waits for the run and
     * then recomputes the new statement (StatementService locks statements first, then holds, as this run does).
     */
    private static Map<UUID, String> holds(Connection connection) throws SQLException {
        Map<UUID, String> holds = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT partner_id, reason FROM commission_partner_holds FOR UPDATE");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                holds.put(uuid(rows.getBytes(1)), rows.getString(2));
            }
        }
        return holds;
    }

    /**
     * Each partner's carried-forward balance from its latest statement before this month, read as committed now and
     * locked until the run commits: a line hold or a partner hold on that statement either commits before (and its
     * balance is carried) or waits for the run (and then finds the later statement: 409). Held money is never lost
     * nor paid twice.
     */
    private static Map<UUID, BigDecimal> broughtForward(Connection connection, int period, Set<UUID> partners) throws SQLException {
        Map<UUID, BigDecimal> brought = new HashMap<>();
        List<UUID> ids = new ArrayList<>(partners);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT s.partner_id, s.carried_forward "
                    + "FROM commission_statements s WHERE s.partner_id IN (" + marks + ") AND s.period = (SELECT MAX(p.period) "
                    + "FROM commission_statements p WHERE p.partner_id = s.partner_id AND p.period < ?) FOR UPDATE")) {
                int i = 1;
                for (UUID id : chunk) {
                    select.setBytes(i++, bytes(id));
                }
                select.setInt(i, period);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        brought.put(uuid(rows.getBytes(1)), rows.getBigDecimal(2));
                    }
                }
            }
        }
        return brought;
    }

    private static void insertRun(Connection connection, UUID runId, int period, String actor, Instant startedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO commission_settlement_runs (id, period, status, "
                + "statement_count, line_count, event_count, started_by, started_at, completed_at) VALUES (?, ?, 'RUNNING', 0, 0, 0, ?, ?, ?)")) {
            insert.setBytes(1, bytes(runId));
            insert.setInt(2, period);
            insert.setString(3, actor);
            insert.setTimestamp(4, Timestamp.from(startedAt), Periods.utc());
            insert.setTimestamp(5, Timestamp.from(startedAt), Periods.utc());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == 1062) {
                throw Problems.conflict("Period " + Periods.text(period) + " has been settled by another run");
            }
            throw e;
        }
    }

    private static void insertStatement(Connection connection, Statement s, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO commission_statements (id, run_id, period, "
                + "partner_id, status, currency, lines_total, brought_forward, balance, held, payable, carried_forward, "
                + "payable_reason, created_by, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)")) {
            int p = 1;
            insert.setBytes(p++, bytes(s.id));
            insert.setBytes(p++, bytes(s.runId));
            insert.setInt(p++, s.period);
            insert.setBytes(p++, bytes(s.partnerId));
            insert.setString(p++, s.status.name());
            insert.setString(p++, s.currency);
            insert.setBigDecimal(p++, s.linesTotal);
            insert.setBigDecimal(p++, s.broughtForward);
            insert.setBigDecimal(p++, s.balance);
            insert.setBigDecimal(p++, s.held);
            insert.setBigDecimal(p++, s.payable);
            insert.setBigDecimal(p++, s.carriedForward);
            insert.setString(p++, s.payableReason);
            insert.setString(p++, s.createdBy);
            insert.setTimestamp(p++, Timestamp.from(now), Periods.utc());
            insert.setTimestamp(p, Timestamp.from(now), Periods.utc());
            insert.executeUpdate();
        }
    }

    private static void insertLines(Connection connection, UUID statementId, List<StatementLine> lines) throws SQLException {
        for (int from = 0; from < lines.size(); from += CHUNK) {
            List<StatementLine> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO commission_statement_lines (id, statement_id, period, position, "
                    + "cooperation_id, resource_id, category_code, contribution_type, plan_version_id, rule_id, rule_scope, basis, "
                    + "tier_mode, gross_volume, refunded_volume, volume, order_count, event_count, tier_reached, rates_applied, "
                    + "effective_rate, commission, clawback_volume, clawback, total) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (StatementLine l : chunk) {
                    insert.setBytes(p++, bytes(l.id));
                    insert.setBytes(p++, bytes(statementId));
                    insert.setInt(p++, l.period);
                    insert.setInt(p++, l.position);
                    insert.setBytes(p++, bytes(l.cooperationId));
                    insert.setBytes(p++, bytes(l.resourceId));
                    insert.setString(p++, l.categoryCode);
                    insert.setString(p++, l.contributionType);
                    insert.setBytes(p++, bytes(l.planVersionId));
                    insert.setBytes(p++, bytes(l.ruleId));
                    insert.setString(p++, l.ruleScope);
                    insert.setString(p++, l.basis);
                    insert.setString(p++, l.tierMode);
                    insert.setBigDecimal(p++, l.grossVolume);
                    insert.setBigDecimal(p++, l.refundedVolume);
                    insert.setBigDecimal(p++, l.volume);
                    insert.setLong(p++, l.orderCount);
                    insert.setLong(p++, l.eventCount);
                    if (l.tierReached == null) {
                        insert.setNull(p++, java.sql.Types.INTEGER);
                    } else {
                        insert.setInt(p++, l.tierReached);
                    }
                    insert.setString(p++, l.ratesApplied);
                    insert.setBigDecimal(p++, l.effectiveRate);
                    insert.setBigDecimal(p++, l.commission);
                    insert.setBigDecimal(p++, l.clawbackVolume);
                    insert.setBigDecimal(p++, l.clawback);
                    insert.setBigDecimal(p++, l.total);
                }
                insert.executeUpdate();
            }
        }
    }

    private static Map<String, Object> readyPayload(Statement statement) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("statementId", statement.id);
        payload.put("period", Periods.text(statement.period));
        payload.put("status", statement.status);
        payload.put("linesTotal", statement.linesTotal);
        payload.put("balance", statement.balance);
        payload.put("payable", statement.payable);
        payload.put("currency", statement.currency);
        return payload;
    }

    static RunView view(SettlementRun run, boolean already) {
        return new RunView(run.id, Periods.text(run.period), run.status, run.statementCount, run.lineCount, run.eventCount,
                run.startedBy, run.startedAt, run.completedAt, already);
    }
}
