package com.resourcemarket.commission.event;

import com.resourcemarket.commission.Periods;
import com.resourcemarket.commission.plan.BindingService;
import com.resourcemarket.commission.plan.CooperationBinding;
import com.resourcemarket.commission.plan.PlanService;
import com.resourcemarket.commission.event.EventDtos.BatchReceipt;
import com.resourcemarket.commission.event.EventDtos.EventInput;
import com.resourcemarket.commission.event.EventDtos.Receipt;
import com.resourcemarket.commission.AuditTrail;
import com.resourcemarket.cooperation.CooperationDirectory;
import com.resourcemarket.cooperation.CooperationFacts;
import com.resourcemarket.cooperation.CooperationStatus;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.security.Caller;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ingest of attributed events. A batch is all-or-nothing and committed before the answer (durable before 2xx).
 *
 * <p><b>Source</b>: the partner an event is posted for — the caller's own partner for partner tokens, {@code onBehalfOf}
 * (a party of the cooperation) for finance/admin. Idempotency is per (source, eventId): the same content again is a
 * duplicate without effect; other content under the same id is a 409. Racing requests with the same new event collide on
 * the database's unique key; the loser retries and then sees the winner's row.
 *
 * <p><b>Periods</b>: each event belongs to the calendar month (Asia/Shanghai) of its {@code occurredAt}. Ingest holds a
 * shared lock on the months it writes to and refuses a month already settled (409), so nothing lands in a month while or
 * after it is settled. Writes are plain JDBC multi-row inserts (no ORM) for throughput.
 */
@ApplicationScoped
public class EventService {

    private static final int INSERT_CHUNK = 500;
    private static final String CNY = "CNY";

    @Inject
    Caller caller;

    @Inject
    BindingService bindings;

    @Inject
    PlanService plans;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    CooperationDirectory cooperations;

    @Inject
    IngestConfig ingest;

    /** A validated event ready to store. */
    record Prepared(String path, EventInput input, String source, UUID id, int period, byte[] hash, UUID ownerPartnerId) {
    }

    private static final class Retry extends RuntimeException {
        Retry(Throwable cause) {
            super(cause);
        }
    }

    public Receipt ingestOne(EventInput input) {
        List<Prepared> prepared = prepare(List.of(input), "");
        Map<String, UUID> duplicates = store(prepared);
        Prepared event = prepared.get(0);
        UUID existing = duplicates.get(key(event.source(), input.eventId()));
        return new Receipt(existing != null ? existing : event.id(), input.eventId(), event.source(),
                Periods.text(event.period()), existing != null);
    }

    public BatchReceipt ingestBatch(List<EventInput> inputs) {
        List<Prepared> prepared = prepare(inputs, "events");
        Map<String, UUID> duplicates = store(prepared);
        List<String> duplicateIds = new ArrayList<>();
        for (Prepared event : prepared) {
            if (duplicates.containsKey(key(event.source(), event.input().eventId()))) {
                duplicateIds.add(event.input().eventId());
            }
        }
        return new BatchReceipt(prepared.size() - duplicateIds.size(), duplicateIds.size(), duplicateIds);
    }

    // --- validation ---------------------------------------------------------------------------------------------

    private List<Prepared> prepare(List<EventInput> inputs, String root) {
        boolean partnerOnly = caller.isPartnerOnly();
        UUID own = partnerOnly ? caller.requirePartnerId() : null;
        Set<UUID> cooperationIds = inputs.stream().map(EventInput::cooperationId).collect(Collectors.toSet());
        Map<UUID, CooperationBinding> bound = bindings.findAll(cooperationIds);
        Map<UUID, CooperationFacts> live = new HashMap<>();
        cooperations.findAll(cooperationIds).forEach(f -> live.put(f.id(), f));
        Set<String> types = plans.typeCodes();
        Instant latest = Instant.now().plus(5, ChronoUnit.MINUTES);
        List<Prepared> prepared = new ArrayList<>(inputs.size());
        Map<String, Prepared> inBatch = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            EventInput input = inputs.get(i);
            String path = root.isEmpty() ? "" : root + "[" + i + "].";
            UUID party;
            if (partnerOnly) {
                if (input.onBehalfOf() != null && !input.onBehalfOf().equals(own)) {
                    throw Problems.invalidFieldCode(path + "onBehalfOf", "commission.event.on-behalf-own");
                }
                party = own;
            } else {
                if (input.onBehalfOf() == null) {
                    throw Problems.invalidFieldCode(path + "onBehalfOf", "commission.event.on-behalf-required");
                }
                party = input.onBehalfOf();
            }
            CooperationBinding binding = bound.get(input.cooperationId());
            if (binding == null || !(party.equals(binding.ownerPartnerId) || party.equals(binding.demanderPartnerId))) {
                throw Problems.invalidFieldCode(path + "cooperationId", "commission.event.cooperation-unknown");
            }
            if (!types.contains(input.contributionType())) {
                throw Problems.invalidFieldCode(path + "contributionType", "commission.event.type-unknown", input.contributionType());
            }
            if (!CNY.equals(input.currency())) {
                if (!isIsoCurrency(input.currency())) {
                    throw Problems.invalidFieldCode(path + "currency", "commission.event.currency-invalid");
                }
                throw Problems.invalidFieldCode(path + "currency", "commission.event.currency-unsupported");
            }
            if (input.occurredAt().isAfter(latest)) {
                throw Problems.invalidFieldCode(path + "occurredAt", "commission.event.occurred-future");
            }
            if (input.occurredAt().isBefore(binding.signedAt)) {
                throw Problems.invalidFieldCode(path + "occurredAt", "commission.event.occurred-before-signing", binding.signedAt);
            }
            CooperationFacts facts = live.get(input.cooperationId());
            if (!input.isRefund() && facts != null) {
                Instant ends = liveUntil(facts);
                if (ends != null && !input.occurredAt().isBefore(ends)) {
                    throw Problems.invalidFieldCode(path + "occurredAt", "commission.event.occurred-after-end",
                            ends.atZone(MarketTime.ZONE).toOffsetDateTime());
                }
            }
            if (input.isRefund() && input.refundOf().equals(input.eventId())) {
                throw Problems.invalidFieldCode(path + "refundOf", "commission.event.refund-self");
            }
            String source = party.toString();
            Prepared event = new Prepared(path, input, source, Ids.newId(), Periods.of(input.occurredAt()), hash(source, input),
                    binding.ownerPartnerId);
            Prepared twin = inBatch.putIfAbsent(key(source, input.eventId()), event);
            if (twin != null) {
                if (!Arrays.equals(twin.hash(), event.hash())) {
                    throw Problems.conflict("Event " + input.eventId() + " appears twice in the request with different content");
                }
                continue; // an exact repeat inside the batch counts once
            }
            prepared.add(event);
        }
        return prepared;
    }

    /**
     * The end of a cooperation's live window: the start of the day after its signed end date (market time), or the
     * moment it was cancelled or closed, whichever is first; null while it runs without an end. Sales after it earn
     * nothing and are refused; refunds of sales made inside it stay welcome.
     */
    static Instant liveUntil(CooperationFacts facts) {
        Instant end = facts.endDate() == null ? null : facts.endDate().plusDays(1).atStartOfDay(MarketTime.ZONE).toInstant();
        boolean ended = facts.status() == CooperationStatus.CANCELLED || facts.status() == CooperationStatus.DECLINED
                || facts.status() == CooperationStatus.CLOSED;
        if (ended && facts.closedAt() != null && (end == null || facts.closedAt().isBefore(end))) {
            end = facts.closedAt();
        }
        return end;
    }

    private static boolean isIsoCurrency(String code) {
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // --- storage ------------------------------------------------------------------------------------------------

    /** Stores the new events in one transaction; answers the ids of those that were duplicates (by source+eventId). */
    private Map<String, UUID> store(List<Prepared> prepared) {
        String postedBy = audit.actor(); // who posted (the partner system's or the finance user's name), kept per event
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> storeOnce(prepared, postedBy));
            } catch (Retry retry) {
                if (attempt >= 5) {
                    throw collided();
                }
                try {
                    Thread.sleep(10L * attempt);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw collided();
                }
            }
        }
    }

    private Map<String, UUID> storeOnce(List<Prepared> prepared, String postedBy) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // READ COMMITTED for this transaction: no gap locks (so concurrent batches do not deadlock on the unique
            // index), and the refund checks read what is committed now. Set before the first statement of the
            // transaction; the session's default is restored afterwards (it applies from the next transaction on).
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                // Exact replays are resolved before the period check: an event stored before its month was settled
                // gets the same duplicate answer afterwards; only new events need their months open.
                Map<String, UUID> replays = findExisting(connection, prepared);
                List<Prepared> fresh = new ArrayList<>();
                for (Prepared event : prepared) {
                    if (!replays.containsKey(key(event.source(), event.input().eventId()))) {
                        fresh.add(event);
                    }
                }
                if (fresh.isEmpty()) {
                    return replays;
                }
                lockPeriods(connection, fresh.stream().map(Prepared::period).collect(Collectors.toCollection(TreeSet::new)),
                        Math.max(1, ingest.lockWait().toSeconds()));
                // A twin committed while this request waited for the month's lock: read again under the lock.
                Map<String, UUID> duplicates = findExisting(connection, prepared);
                fresh.removeIf(event -> duplicates.containsKey(key(event.source(), event.input().eventId())));
                Map<UUID, Original> originals = checkRefunds(connection, fresh);
                insert(connection, fresh, originals, postedBy);
                return duplicates;
            } finally {
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == 1062 || e.getErrorCode() == 1213) { // duplicate key (racing twin), deadlock
                throw new Retry(e);
            }
            if (e.getErrorCode() == 1205) { // lock wait timeout: a settlement of the month is running
                throw Problems.temporarilyUnavailable("The month of these events is being settled right now; nothing was "
                        + "stored. Retry shortly: afterwards the events are accepted, or refused if their month is settled", 30);
            }
            throw e;
        }
    }

    private static RuntimeException collided() {
        return Problems.temporarilyUnavailable("The events collided with a concurrent request several times; nothing was "
                + "stored. Retry shortly", 1);
    }

    /** Shared locks on the months written to; 409 if one is settled. */
    private static void lockPeriods(Connection connection, Set<Integer> periods, long waitSeconds) throws SQLException {
        // A running settlement holds the month's row for its whole transaction: wait for it only briefly (then 503),
        // on this connection only, restoring the pooled session's own timeout afterwards.
        long sessionWait;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT @@SESSION.innodb_lock_wait_timeout")) {
            rows.next();
            sessionWait = rows.getLong(1);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION innodb_lock_wait_timeout = " + waitSeconds);
        }
        try {
            lockPeriodRows(connection, periods);
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION innodb_lock_wait_timeout = " + sessionWait);
            }
        }
    }

    private static void lockPeriodRows(Connection connection, Set<Integer> periods) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(periods.size(), "?"));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT IGNORE INTO commission_periods (period, status) VALUES "
                        + String.join(",", java.util.Collections.nCopies(periods.size(), "(?, 'OPEN')")))) {
            int i = 1;
            for (int period : periods) {
                insert.setInt(i++, period);
            }
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT period, status FROM commission_periods WHERE period IN (" + marks + ") LOCK IN SHARE MODE")) {
            int i = 1;
            for (int period : periods) {
                select.setInt(i++, period);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (!"OPEN".equals(rows.getString(2))) {
                        throw Problems.conflict("Period " + Periods.text(rows.getInt(1)) + " is settled: events in it are "
                                + "no longer accepted (post a refund in a later period instead)");
                    }
                }
            }
        }
    }

    private static Map<String, UUID> findExisting(Connection connection, List<Prepared> prepared) throws SQLException {
        Map<String, List<Prepared>> bySource = new LinkedHashMap<>();
        for (Prepared event : prepared) {
            bySource.computeIfAbsent(event.source(), s -> new ArrayList<>()).add(event);
        }
        Map<String, UUID> duplicates = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, List<Prepared>> entry : bySource.entrySet()) {
            Map<String, Prepared> byId = new HashMap<>();
            entry.getValue().forEach(event -> byId.put(event.input().eventId(), event));
            String marks = String.join(",", java.util.Collections.nCopies(byId.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT event_id, content_hash, id FROM commission_events "
                    + "WHERE source = ? AND event_id IN (" + marks + ")")) {
                select.setString(1, entry.getKey());
                int i = 2;
                for (String id : byId.keySet()) {
                    select.setString(i++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Prepared event = byId.get(rows.getString(1));
                        if (Arrays.equals(event.hash(), rows.getBytes(2))) {
                            duplicates.put(key(entry.getKey(), event.input().eventId()), uuid(rows.getBytes(3)));
                        } else {
                            conflicts.add(event.input().eventId());
                        }
                    }
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw Problems.conflict("Events received before with different content (same source and eventId): "
                    + String.join(", ", conflicts.subList(0, Math.min(20, conflicts.size()))));
        }
        return duplicates;
    }

    record Original(UUID id, UUID cooperationId, String type, BigDecimal amount, Instant occurredAt, int period) {
    }

    /** Refunds reference an earlier sale of the same source, of the same cooperation and type, and never exceed it. */
    private static Map<UUID, Original> checkRefunds(Connection connection, List<Prepared> fresh) throws SQLException {
        Map<UUID, Original> byRefund = new HashMap<>();
        List<Prepared> refunds = fresh.stream().filter(e -> e.input().isRefund()).toList();
        if (refunds.isEmpty()) {
            return byRefund;
        }
        Map<String, Original> sales = new HashMap<>();
        // sales in this same request
        for (Prepared event : fresh) {
            if (!event.input().isRefund()) {
                sales.putIfAbsent(key(event.source(), event.input().eventId()), new Original(event.id(),
                        event.input().cooperationId(), event.input().contributionType(), event.input().amount(),
                        event.input().occurredAt(), event.period()));
            }
        }
        // sales stored earlier: found with a plain read, then locked by primary key so that two racing refunds of one
        // sale are serialised (and the sum of its refunds below is read after the lock)
        Map<String, Set<String>> wanted = new HashMap<>();
        for (Prepared refund : refunds) {
            if (!sales.containsKey(key(refund.source(), refund.input().refundOf()))) {
                wanted.computeIfAbsent(refund.source(), s -> new HashSet<>()).add(refund.input().refundOf());
            }
        }
        List<UUID> stored = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : wanted.entrySet()) {
            String marks = String.join(",", java.util.Collections.nCopies(entry.getValue().size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT event_id, id, cooperation_id, contribution_type, "
                    + "amount, occurred_at, period, kind FROM commission_events WHERE source = ? AND event_id IN (" + marks + ")")) {
                select.setString(1, entry.getKey());
                int i = 2;
                for (String id : entry.getValue()) {
                    select.setString(i++, id);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if ("SALE".equals(rows.getString(8))) {
                            Original original = new Original(uuid(rows.getBytes(2)), uuid(rows.getBytes(3)), rows.getString(4),
                                    rows.getBigDecimal(5), rows.getTimestamp(6, Periods.utc()).toInstant(), rows.getInt(7));
                            sales.put(key(entry.getKey(), rows.getString(1)), original);
                            stored.add(original.id());
                        }
                    }
                }
            }
        }
        if (!stored.isEmpty()) {
            String marks = String.join(",", java.util.Collections.nCopies(stored.size(), "?"));
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM commission_events WHERE id IN (" + marks
                    + ") FOR UPDATE")) {
                int i = 1;
                for (UUID id : stored) {
                    lock.setBytes(i++, bytes(id));
                }
                lock.executeQuery().close();
            }
        }
        Map<UUID, BigDecimal> refunded = new HashMap<>();
        Set<UUID> originalIds = new HashSet<>();
        for (Prepared refund : refunds) {
            Original original = sales.get(key(refund.source(), refund.input().refundOf()));
            if (original != null) {
                originalIds.add(original.id());
            }
        }
        if (!originalIds.isEmpty()) {
            String marks = String.join(",", java.util.Collections.nCopies(originalIds.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT refund_of, SUM(amount) FROM commission_events "
                    + "WHERE refund_of IN (" + marks + ") GROUP BY refund_of")) {
                int i = 1;
                for (UUID id : originalIds) {
                    select.setBytes(i++, bytes(id));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        refunded.put(uuid(rows.getBytes(1)), rows.getBigDecimal(2));
                    }
                }
            }
        }
        for (Prepared refund : refunds) {
            EventInput input = refund.input();
            String path = refund.path() + "refundOf";
            Original original = sales.get(key(refund.source(), input.refundOf()));
            if (original == null) {
                throw Problems.invalidFieldCode(path, "commission.event.refund-unknown", input.refundOf());
            }
            if (!original.cooperationId().equals(input.cooperationId()) || !original.type().equals(input.contributionType())) {
                throw Problems.invalidFieldCode(path, "commission.event.refund-mismatch", input.refundOf());
            }
            if (input.occurredAt().isBefore(original.occurredAt())) {
                throw Problems.invalidFieldCode(refund.path() + "occurredAt", "commission.event.refund-before-sale", input.refundOf());
            }
            BigDecimal total = refunded.getOrDefault(original.id(), BigDecimal.ZERO).add(input.amount());
            if (total.compareTo(original.amount()) > 0) {
                throw Problems.invalidFieldCode(refund.path() + "amount", "commission.event.refund-exceeds", input.refundOf(),
                        original.amount().toPlainString());
            }
            refunded.put(original.id(), total);
            byRefund.put(refund.id(), original);
        }
        return byRefund;
    }

    private static void insert(Connection connection, List<Prepared> fresh, Map<UUID, Original> originals, String postedBy)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        for (int from = 0; from < fresh.size(); from += INSERT_CHUNK) {
            List<Prepared> chunk = fresh.subList(from, Math.min(fresh.size(), from + INSERT_CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO commission_events (id, source, event_id, kind, cooperation_id, "
                    + "owner_partner_id, contribution_type, amount, currency, occurred_at, period, refund_of, original_period, "
                    + "content_hash, posted_by, received_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int p = 1;
                for (Prepared event : chunk) {
                    EventInput input = event.input();
                    Original original = originals.get(event.id());
                    insert.setBytes(p++, bytes(event.id()));
                    insert.setString(p++, event.source());
                    insert.setString(p++, input.eventId());
                    insert.setString(p++, input.isRefund() ? "REFUND" : "SALE");
                    insert.setBytes(p++, bytes(input.cooperationId()));
                    insert.setBytes(p++, bytes(event.ownerPartnerId()));
                    insert.setString(p++, input.contributionType());
                    insert.setBigDecimal(p++, input.amount());
                    insert.setString(p++, input.currency());
                    insert.setTimestamp(p++, Timestamp.from(input.occurredAt().truncatedTo(ChronoUnit.MICROS)), Periods.utc());
                    insert.setInt(p++, event.period());
                    insert.setBytes(p++, original == null ? null : bytes(original.id()));
                    if (original == null) {
                        insert.setNull(p++, java.sql.Types.INTEGER);
                    } else {
                        insert.setInt(p++, original.period());
                    }
                    insert.setBytes(p++, event.hash());
                    insert.setString(p++, postedBy);
                    insert.setTimestamp(p++, now, Periods.utc());
                }
                insert.executeUpdate();
            }
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static String key(String source, String eventId) {
        return source + "\u0000" + eventId;
    }

    static byte[] hash(String source, EventInput input) {
        String canonical = String.join("|", source, input.eventId(), input.cooperationId().toString(), input.contributionType(),
                input.amount().stripTrailingZeros().toPlainString(), input.currency(),
                input.occurredAt().truncatedTo(ChronoUnit.MICROS).toString(),
                input.refundOf() == null ? "" : input.refundOf());
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(UUID id) {
        if (id == null) {
            return null;
        }
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    public static UUID uuid(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
