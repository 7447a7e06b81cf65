package com.resourcemarket.commission.settlement;

import com.resourcemarket.commission.AuditTrail;
import com.resourcemarket.commission.Periods;
import com.resourcemarket.commission.plan.RuleScope;
import com.resourcemarket.commission.plan.TierMode;
import com.resourcemarket.commission.plan.VolumeBasis;
import com.resourcemarket.commission.settlement.SettlementDtos.LineView;
import com.resourcemarket.commission.settlement.SettlementDtos.PartnerHoldView;
import com.resourcemarket.commission.settlement.SettlementDtos.StatementView;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.RowLocks;
import com.resourcemarket.core.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Statements: reading (a partner only its own: others' are 404), the lifecycle DRAFT → APPROVED (four-eyes: the approver
 * must not be who started the run, when {@code resource-market.commission.four-eyes} is on) → PAID, disputes by the
 * partner (DRAFT/APPROVED → DISPUTED) resolved by finance (→ DRAFT), and holds on lines and partners. Amounts never change
 * after approval; a hold on a line changes only a DRAFT statement that is its partner's latest.
 */
@ApplicationScoped
public class StatementService {

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "resource-market.commission.four-eyes", defaultValue = "true")
    boolean fourEyes;

    @ConfigProperty(name = "resource-market.commission.minimum-payout", defaultValue = "100.00")
    BigDecimal minimumPayout;

    @Transactional
    public List<StatementView> list(YearMonth period, UUID partnerId, StatementStatus status, int offset, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (caller.isPartnerOnly()) {
            partnerId = caller.requirePartnerId();
        }
        if (partnerId != null) {
            query.append(" and partnerId = :partner");
            params.put("partner", partnerId);
        }
        if (period != null) {
            query.append(" and period = :period");
            params.put("period", Periods.key(period));
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        return Statement.<Statement>find(query.toString(), Sort.descending("period").and("partnerId"), params)
                .range(offset, offset + limit - 1).list().stream().map(s -> view(s, List.of())).toList();
    }

    @Transactional
    public StatementView get(UUID id) {
        Statement statement = visible(id);
        return view(statement, lines(statement.id));
    }

    @Transactional
    public StatementView approve(UUID id) {
        Statement statement = visible(id);
        requireStatus(statement, "APPROVE", StatementStatus.DRAFT);
        String approver = audit.actor();
        if (fourEyes && approver.equals(statement.createdBy)) {
            throw Problems.forbidden("Four-eyes rule: the statement was produced by a run started by " + approver
                    + "; another finance user must approve it");
        }
        Map<String, Object> before = summary(statement);
        statement.status = StatementStatus.APPROVED;
        statement.approvedBy = approver;
        statement.approvedAt = now();
        return save(statement, "APPROVE", before);
    }

    @Transactional
    public StatementView pay(UUID id, String payoutReference) {
        Statement statement = visibleLocked(id);
        requireStatus(statement, "PAY", StatementStatus.APPROVED);
        if (statement.payable.signum() <= 0) {
            throw Problems.conflict("Nothing is payable on this statement (" + statement.payableReason + ")");
        }
        // A partner hold placed after approval still stops the payout (read locked: a hold placed at this moment
        // either commits first and is seen, or waits until this payment is done).
        List<?> hold = PartnerHold.getEntityManager()
                .createNativeQuery("SELECT reason FROM commission_partner_holds WHERE partner_id = ?1 FOR UPDATE")
                .setParameter(1, RowLocks.bytes(statement.partnerId)).getResultList();
        if (!hold.isEmpty()) {
            throw Problems.conflict("The partner is on hold (" + hold.get(0) + "): nothing is paid until the hold is released");
        }
        Map<String, Object> before = summary(statement);
        statement.status = StatementStatus.PAID;
        statement.paidAt = now();
        statement.payoutReference = payoutReference;
        return save(statement, "PAY", before);
    }

    @Transactional
    public StatementView dispute(UUID id, String reason) {
        Statement statement = visible(id);
        caller.requireActsFor(statement.partnerId);
        requireStatus(statement, "DISPUTE", StatementStatus.DRAFT, StatementStatus.APPROVED);
        Map<String, Object> before = summary(statement);
        statement.status = StatementStatus.DISPUTED;
        statement.disputeReason = reason;
        statement.approvedBy = null;
        statement.approvedAt = null;
        return save(statement, "DISPUTE", before);
    }

    @Transactional
    public StatementView resolve(UUID id, String resolution) {
        Statement statement = visible(id);
        requireStatus(statement, "RESOLVE", StatementStatus.DISPUTED);
        Map<String, Object> before = summary(statement);
        statement.status = StatementStatus.DRAFT;
        statement.resolution = resolution;
        return save(statement, "RESOLVE", before);
    }

    @Transactional
    public StatementView holdLine(UUID statementId, UUID lineId, String reason) {
        // The statement is locked before anything else is read, so the check for a later statement below sees every
        // settlement committed before this lock — and a running settlement of the next month waits for this hold,
        // since it locks the partner's previous statement to carry its balance forward (SettlementService).
        Statement statement = visibleLocked(statementId);
        StatementLine line = StatementLine.<StatementLine>find("id = ?1 and statementId = ?2", lineId, statementId)
                .firstResultOptional().orElseThrow(() -> Problems.notFound("Statement line", lineId));
        requireStatus(statement, reason == null ? "RELEASE_HOLD" : "HOLD", StatementStatus.DRAFT);
        if (Statement.count("partnerId = ?1 and period > ?2", statement.partnerId, statement.period) > 0) {
            throw Problems.conflict("A later statement of this partner exists already: its balance was carried forward");
        }
        Map<String, Object> before = summary(statement);
        before.put("line", Map.of("id", line.id, "holdReason", String.valueOf(line.holdReason)));
        line.holdReason = reason;
        StatementLine.flush();
        recompute(statement);
        Map<String, Object> after = summary(statement);
        after.put("line", Map.of("id", line.id, "holdReason", String.valueOf(line.holdReason)));
        Statement.flush();
        audit.record("STATEMENT", statement.id, reason == null ? "RELEASE_LINE_HOLD" : "HOLD_LINE", before, after);
        return view(statement, lines(statement.id));
    }

    // --- partner holds --------------------------------------------------------------------------------------------

    @Transactional
    public List<PartnerHoldView> partnerHolds() {
        return PartnerHold.<PartnerHold>listAll(Sort.by("createdAt")).stream().map(StatementService::view).toList();
    }

    @Transactional
    public PartnerHoldView holdPartner(UUID partnerId, String reason) {
        latestLocked(partnerId); // statements first, then the hold: the order settlement and pay lock in
        PartnerHold hold = PartnerHold.findById(partnerId);
        PartnerHoldView before = hold == null ? null : view(hold);
        if (hold == null) {
            hold = new PartnerHold();
            hold.partnerId = partnerId;
            hold.reason = reason;
            hold.createdBy = audit.actor();
            hold.createdAt = now();
            hold.persist();
        } else {
            hold.reason = reason;
        }
        PartnerHold.flush();
        refreshDrafts(partnerId);
        PartnerHoldView after = view(hold);
        audit.record("PARTNER_HOLD", partnerId, "HOLD", before, after);
        return after;
    }

    @Transactional
    public void releasePartner(UUID partnerId) {
        latestLocked(partnerId);
        PartnerHold hold = PartnerHold.findById(partnerId);
        if (hold == null) {
            throw Problems.notFound("Partner hold", partnerId);
        }
        PartnerHoldView before = view(hold);
        hold.delete();
        PartnerHold.flush();
        refreshDrafts(partnerId);
        audit.record("PARTNER_HOLD", partnerId, "RELEASE", before, null);
    }

    /** The partner's latest statement, when still DRAFT, follows the partner's hold. */
    private void refreshDrafts(UUID partnerId) {
        Statement latest = latestLocked(partnerId);
        if (latest != null && latest.status == StatementStatus.DRAFT) {
            Map<String, Object> before = summary(latest);
            recompute(latest);
            Statement.flush();
            audit.record("STATEMENT", latest.id, "RECOMPUTE", before, summary(latest));
        }
    }

    private void recompute(Statement statement) {
        BigDecimal held = BigDecimal.ZERO.setScale(2);
        for (StatementLine line : StatementLine.<StatementLine>list("statementId = ?1 and holdReason is not null", statement.id)) {
            held = held.add(line.total);
        }
        PartnerHold hold = PartnerHold.findById(statement.partnerId);
        statement.held = held;
        Payout.Amounts amounts = Payout.compute(statement.linesTotal, statement.broughtForward, held,
                hold == null ? null : hold.reason, minimumPayout);
        statement.balance = amounts.balance();
        statement.payable = amounts.payable();
        statement.carriedForward = amounts.carriedForward();
        statement.payableReason = amounts.reason();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** The statement if the caller may see it: a partner only its own (others' are 404). */
    private Statement visible(UUID id) {
        Statement statement = Statement.findById(id);
        if (statement == null || caller.isPartnerOnly() && !statement.partnerId.equals(caller.requirePartnerId())) {
            throw Problems.notFound("Commission statement", id);
        }
        return statement;
    }

    /**
     * Like {@link #visible}, with the statement row locked (SELECT … FOR UPDATE) as the transaction's first read, so
     * everything read after it is at least as new as the lock.
     */
    private Statement visibleLocked(UUID id) {
        if (id == null || !RowLocks.lock(Statement.getEntityManager(), "commission_statements", "id", id)) {
            throw Problems.notFound("Commission statement", id);
        }
        return visible(id);
    }

    /** The partner's latest statement, locked; null when it has none. */
    private static Statement latestLocked(UUID partnerId) {
        List<?> rows = Statement.getEntityManager().createNativeQuery("SELECT id FROM commission_statements "
                        + "WHERE partner_id = ?1 ORDER BY period DESC LIMIT 1 FOR UPDATE")
                .setParameter(1, RowLocks.bytes(partnerId)).getResultList();
        return rows.isEmpty() ? null : Statement.findById(RowLocks.uuid((byte[]) rows.get(0)));
    }

    private static void requireStatus(Statement statement, String action, StatementStatus... allowed) {
        for (StatementStatus status : allowed) {
            if (statement.status == status) {
                return;
            }
        }
        throw Problems.invalidTransition("Commission statement", statement.status, action);
    }

    private StatementView save(Statement statement, String action, Map<String, Object> before) {
        Statement.flush();
        audit.record("STATEMENT", statement.id, action, before, summary(statement));
        return view(statement, lines(statement.id));
    }

    private static List<StatementLine> lines(UUID statementId) {
        return StatementLine.list("statementId", Sort.by("position"), statementId);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static Map<String, Object> summary(Statement s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", s.id);
        map.put("period", Periods.text(s.period));
        map.put("partnerId", s.partnerId);
        map.put("status", s.status);
        map.put("linesTotal", s.linesTotal);
        map.put("broughtForward", s.broughtForward);
        map.put("balance", s.balance);
        map.put("held", s.held);
        map.put("payable", s.payable);
        map.put("carriedForward", s.carriedForward);
        map.put("payableReason", s.payableReason);
        map.put("approvedBy", s.approvedBy);
        map.put("payoutReference", s.payoutReference);
        map.put("disputeReason", s.disputeReason);
        map.put("resolution", s.resolution);
        return map;
    }

    static StatementView view(Statement s, List<StatementLine> lines) {
        return new StatementView(s.id, Periods.text(s.period), s.partnerId, s.status, s.currency, s.linesTotal, s.broughtForward,
                s.balance, s.held, s.payable, s.carriedForward, s.payableReason, s.createdBy, s.approvedBy, s.approvedAt,
                s.paidAt, s.payoutReference, s.disputeReason, s.resolution,
                lines.stream().map(StatementService::view).toList(), s.version);
    }

    static LineView view(StatementLine l) {
        return new LineView(l.id, l.position, l.cooperationId, l.resourceId, l.categoryCode, l.contributionType, l.planVersionId,
                l.ruleId, l.ruleScope == null ? null : RuleScope.valueOf(l.ruleScope),
                l.basis == null ? null : VolumeBasis.valueOf(l.basis), l.tierMode == null ? null : TierMode.valueOf(l.tierMode),
                l.grossVolume, l.refundedVolume, l.volume, l.orderCount, l.eventCount, l.tierReached, l.ratesApplied,
                l.effectiveRate, l.commission, l.clawbackVolume, l.clawback, l.total, l.holdReason);
    }

    private static PartnerHoldView view(PartnerHold hold) {
        return new PartnerHoldView(hold.partnerId, hold.reason, hold.createdBy, hold.createdAt);
    }
}
