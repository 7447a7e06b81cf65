package com.resourcemarket.cooperation;

import com.resourcemarket.catalogue.ResourceDtos.ResourceView;
import com.resourcemarket.catalogue.ResourceService;
import com.resourcemarket.catalogue.ResourceStatus;
import com.resourcemarket.cooperation.CooperationDtos.CooperationView;
import com.resourcemarket.cooperation.CooperationDtos.EventView;
import com.resourcemarket.cooperation.CooperationDtos.Price;
import com.resourcemarket.cooperation.CooperationDtos.ProposeInput;
import com.resourcemarket.cooperation.CooperationDtos.Quantity;
import com.resourcemarket.cooperation.CooperationDtos.ReviewInput;
import com.resourcemarket.cooperation.CooperationDtos.ReviewView;
import com.resourcemarket.cooperation.CooperationDtos.Terms;
import com.resourcemarket.cooperation.CooperationDtos.TransitionCommand;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.persistence.RowLocks;
import com.resourcemarket.core.security.Caller;
import com.resourcemarket.core.security.Roles;
import com.resourcemarket.demand.DemandDtos.DemandView;
import com.resourcemarket.demand.DemandService;
import com.resourcemarket.matching.MatchService;
import com.resourcemarket.demand.DemandStatus;
import com.resourcemarket.notification.EventType;
import com.resourcemarket.notification.NotificationService;
import com.resourcemarket.partner.PartnerCard;
import com.resourcemarket.partner.PartnerService;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import com.resourcemarket.core.persistence.RetryOnLockConflict;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The cooperation workflow (合作流程): proposal from a demand and a chosen resource, then ACCEPT / DECLINE,
 * START_NEGOTIATION, SIGN (terms, {@link CooperationSigning} fired inside the transaction), START_EXECUTION, REVIEW
 * (one per side; REVIEWED once both sides reviewed), CLOSE, and CANCEL at any open step before REVIEWED. Every step
 * is on the timeline and is published to both parties as {@link EventType#COOPERATION_STATE_CHANGED}; the demand
 * moves along (MATCHED on the first proposal, IN_COOPERATION on acceptance, FULFILLED on close, back to MATCHED when
 * its last live cooperation ends). Who may take which step: {@link #allowed}; docs/cooperation.md has the table.
 */
@ApplicationScoped
public class CooperationService {

    /** The steps after which a cooperation is (or was) under way: they keep a demand IN_COOPERATION or FULFILLED. */
    private static final Set<CooperationStatus> LIVE = EnumSet.of(CooperationStatus.ACCEPTED, CooperationStatus.NEGOTIATING,
            CooperationStatus.SIGNED, CooperationStatus.EXECUTING, CooperationStatus.REVIEWED, CooperationStatus.CLOSED);

    private static final Set<CooperationStatus> OPEN = EnumSet.of(CooperationStatus.PROPOSED, CooperationStatus.ACCEPTED,
            CooperationStatus.NEGOTIATING, CooperationStatus.SIGNED, CooperationStatus.EXECUTING, CooperationStatus.REVIEWED);

    /** Which party a caller is on; STAFF for resource managers and admins. */
    enum Role { DEMANDER, OWNER, STAFF, NONE }

    @Inject
    Caller caller;

    @Inject
    DemandService demands;

    @Inject
    ResourceService resources;

    @Inject
    PartnerService partners;

    @Inject
    NotificationService notifications;

    @Inject
    Event<CooperationSigning> signing;

    @Inject
    CooperationHistory history;

    @Inject
    MatchService matches;

    // --- permissions -----------------------------------------------------------------------------------------

    /** Who may take which step (parties by side, staff = resource manager or admin; finance never). */
    static boolean allowed(CooperationAction action, Role role) {
        return switch (action) {
            case PROPOSE -> role == Role.DEMANDER || role == Role.STAFF;
            case ACCEPT, DECLINE, START_EXECUTION -> role == Role.OWNER || role == Role.STAFF;
            case START_NEGOTIATION, SIGN, CLOSE, CANCEL -> role != Role.NONE;
            case REVIEW -> role == Role.DEMANDER || role == Role.OWNER;
        };
    }

    private Role roleIn(Cooperation c) {
        if (caller.isPartnerOnly()) {
            UUID me = caller.partnerId().orElse(null);
            if (c.demanderPartnerId.equals(me)) {
                return Role.DEMANDER;
            }
            return c.ownerPartnerId.equals(me) ? Role.OWNER : Role.NONE;
        }
        return caller.hasRole(Roles.RESOURCE_MANAGER) || caller.hasRole(Roles.ADMIN) ? Role.STAFF : Role.NONE;
    }

    // --- proposal --------------------------------------------------------------------------------------------

    /**
     * Proposes a cooperation: the demand's partner, or a manager/admin on its behalf. The demand must be open, the
     * resource ACTIVE, not the demander's own and not of an excluded partner; one open cooperation per (demand,
     * resource), else 409.
     */
    @RetryOnLockConflict
    @Transactional
    public CooperationView propose(ProposeInput input) {
        DemandView demand;
        try {
            demand = demands.get(input.demandId());
        } catch (HttpProblem e) {
            if (e.getStatusCode() == 404) {
                throw Problems.invalidFieldCode("demandId", "cooperation.demand.unknown", input.demandId());
            }
            throw e;
        }
        if (caller.isPartnerOnly() && !demand.partnerId().equals(caller.requirePartnerId())) {
            throw Problems.invalidFieldCode("demandId", "cooperation.demand.unknown", input.demandId());
        }
        if (!caller.isPartnerOnly() && !caller.hasRole(Roles.RESOURCE_MANAGER) && !caller.hasRole(Roles.ADMIN)) {
            throw Problems.forbidden("Only the demand's partner or a resource manager may propose a cooperation");
        }
        // The demand is locked for the whole step and its status read as committed now (see DemandService.lock).
        DemandStatus demandStatus = demands.lock(demand.id());
        if (!demandStatus.isOpen()) {
            throw Problems.invalidTransition("Demand", demandStatus, "a new cooperation");
        }
        ResourceView resource;
        try {
            resource = resources.get(input.resourceId());
        } catch (HttpProblem e) {
            if (e.getStatusCode() == 404) {
                throw Problems.invalidFieldCode("resourceId", "cooperation.resource.unknown", input.resourceId());
            }
            throw e;
        }
        if (resource.status() != ResourceStatus.ACTIVE) {
            throw Problems.invalidFieldCode("resourceId", "cooperation.resource.not-active", resource.status());
        }
        if (resource.ownerPartnerId().equals(demand.partnerId())) {
            throw Problems.invalidFieldCode("resourceId", "cooperation.resource.own-partner");
        }
        if (demand.excludePartners().contains(resource.ownerPartnerId())) {
            throw Problems.invalidFieldCode("resourceId", "cooperation.resource.owner-excluded");
        }
        if (Cooperation.count("demandId = ?1 and resourceId = ?2 and status in ?3", demand.id(), resource.id(), OPEN) > 0) {
            throw Problems.conflict("An open cooperation for this demand and resource exists already");
        }
        Cooperation c = new Cooperation();
        c.id = Ids.newId();
        c.demandId = demand.id();
        c.resourceId = resource.id();
        c.demanderPartnerId = demand.partnerId();
        c.ownerPartnerId = resource.ownerPartnerId();
        c.categoryCode = resource.categoryCode();
        c.status = CooperationStatus.PROPOSED;
        // The engine's stored score wins when the resource is among the demand's matches (the chosen match); a
        // resource picked outside the ranking (e.g. found by search) keeps the score sent, if any.
        BigDecimal clientScore = input.matchScore() == null ? null : input.matchScore().setScale(4, RoundingMode.UNNECESSARY);
        c.matchScore = matches.storedMatch(demand.id(), resource.id())
                .map(score -> score.setScale(4, RoundingMode.HALF_UP))
                .orElse(clientScore);
        c.proposedBy = caller.username();
        c.persist();
        try {
            Cooperation.flush(); // a racing proposal for the same pair collides here (uq_cooperations_open_pair)
        } catch (PersistenceException e) {
            if (mentions(e, "uq_cooperations_open_pair")) {
                throw Problems.conflict("An open cooperation for this demand and resource exists already");
            }
            throw e;
        }
        if (demandStatus == DemandStatus.SUBMITTED) {
            demands.markMatched(demand.id());
        }
        record(c, CooperationAction.PROPOSE, null, CooperationStatus.PROPOSED, null);
        return view(c);
    }

    // --- transitions -----------------------------------------------------------------------------------------

    /** One step of the workflow; see the class comment and docs/cooperation.md. */
    @RetryOnLockConflict
    @Transactional
    public CooperationView act(UUID id, TransitionCommand command) {
        // Every step locks its cooperation, then its demand, before reading anything else: steps on the same demand
        // run one after the other and each reads what the previous one committed, so the demand's status always
        // follows its live cooperations (two steps on different cooperations write no common row: @Version alone
        // cannot see them).
        UUID demandId = lockedDemandOf(id);
        if (demandId != null) {
            demands.lock(demandId);
        }
        Cooperation c = visible(id);
        CooperationAction action = command.action();
        if (action == CooperationAction.PROPOSE) {
            throw Problems.invalidFieldCode("action", "cooperation.action.propose");
        }
        Role role = roleIn(c);
        if (!allowed(action, role)) {
            throw Problems.forbidden("Your role in this cooperation (" + role.name().toLowerCase(Locale.ROOT)
                    + ") may not " + action);
        }
        if (command.version() != null && command.version() != c.version) {
            throw Problems.staleVersion("Cooperation " + id, command.version(), c.version);
        }
        CooperationStatus from = c.status;
        boolean legal = action == CooperationAction.REVIEW ? from == CooperationStatus.EXECUTING : from.allows(action.target());
        if (!legal) {
            throw Problems.invalidTransition("Cooperation", from, action.name());
        }
        refuseUnused(command);
        try {
            switch (action) {
                case ACCEPT -> accept(c);
                case DECLINE, CANCEL -> end(c, action, requireReason(command), Boolean.TRUE.equals(command.dispute()));
                case START_NEGOTIATION, START_EXECUTION -> move(c, action, null);
                case SIGN -> sign(c, command.terms());
                case REVIEW -> review(c, role, command.review());
                case CLOSE -> close(c);
                default -> throw new IllegalStateException("unhandled " + action);
            }
            Cooperation.flush(); // a concurrent step surfaces here as an optimistic-lock conflict (409)
        } catch (PersistenceException e) {
            if (e instanceof jakarta.persistence.OptimisticLockException
                    || !(e instanceof org.hibernate.exception.ConstraintViolationException
                    || e.getCause() instanceof org.hibernate.exception.ConstraintViolationException)) {
                throw e;
            }
            // e.g. the same side's review written twice at the same moment (primary key)
            throw Problems.conflict("Cooperation " + id + " was changed at the same time; read it again and retry");
        }
        return view(c);
    }

    /**
     * The steps the caller may take on the cooperation now: allowed for its role ({@link #allowed}) and legal from
     * the current status (REVIEW: while EXECUTING, once per side). Empty for finance and for ended cooperations.
     * Consoles show these as buttons; {@link #act} still decides (a concurrent step makes one of them a 409).
     */
    @Transactional
    public List<CooperationAction> actionsFor(UUID id) {
        Cooperation c = visible(id);
        Role role = roleIn(c);
        List<CooperationAction> actions = new ArrayList<>();
        for (CooperationAction action : CooperationAction.values()) {
            if (action == CooperationAction.PROPOSE || !allowed(action, role)) {
                continue;
            }
            boolean legal = action == CooperationAction.REVIEW ? c.status == CooperationStatus.EXECUTING
                    && CooperationReview.findById(new CooperationReview.Key(c.id,
                    role == Role.DEMANDER ? ReviewSide.DEMANDER : ReviewSide.OWNER)) == null
                    : c.status.allows(action.target());
            if (legal) {
                actions.add(action);
            }
        }
        return actions;
    }

    private void accept(Cooperation c) {
        DemandStatus demand = demands.statusOf(c.demandId);
        if (!demand.isOpen()) {
            throw Problems.invalidTransition("Cooperation", c.status + " (its demand is " + demand + ")", "ACCEPT");
        }
        if (demand == DemandStatus.SUBMITTED) {
            demands.markMatched(c.demandId);
            demand = DemandStatus.MATCHED;
        }
        if (demand == DemandStatus.MATCHED) {
            demands.markInCooperation(c.demandId);
        }
        move(c, CooperationAction.ACCEPT, null);
    }

    private void end(Cooperation c, CooperationAction action, String reason, boolean dispute) {
        CooperationStatus from = c.status;
        c.endReason = reason;
        c.closedAt = now();
        if (action == CooperationAction.CANCEL) {
            c.cancelledFrom = from;
            c.disputed = dispute;
        }
        move(c, action, reason);
        Cooperation.flush();
        if (LIVE.contains(from) && demands.statusOf(c.demandId) == DemandStatus.IN_COOPERATION
                && liveCooperations(c.demandId) == 0) {
            demands.markCooperationEnded(c.demandId, "every cooperation of the demand was declined or cancelled");
        }
    }

    /** The demand's live cooperations; current, since the step read nothing before it held the demand's lock. */
    private static long liveCooperations(UUID demandId) {
        return Cooperation.count("demandId = ?1 and status in ?2", demandId, LIVE);
    }

    /** Locks the cooperation's row (the first read of the step) and answers its demand; null when it does not exist. */
    private static UUID lockedDemandOf(UUID id) {
        if (id == null) {
            return null;
        }
        List<?> rows = Cooperation.getEntityManager()
                .createNativeQuery("SELECT demand_id FROM cooperations WHERE id = ?1 FOR UPDATE")
                .setParameter(1, RowLocks.bytes(id)).getResultList();
        return rows.isEmpty() ? null : RowLocks.uuid((byte[]) rows.get(0));
    }

    private void sign(Cooperation c, Terms terms) {
        if (terms == null) {
            throw Problems.invalidFieldCode("terms", "cooperation.terms.required");
        }
        if (terms.endDate().isBefore(terms.startDate())) {
            throw Problems.invalidFieldCode("terms.endDate", "cooperation.terms.end-before-start");
        }
        Price price = terms.price();
        try {
            Currency.getInstance(price.currency());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidFieldCode("terms.price.currency", "cooperation.terms.currency");
        }
        Quantity quantity = terms.quantity();
        c.priceAmount = price.amount().setScale(2, RoundingMode.UNNECESSARY);
        c.priceCurrency = price.currency();
        c.quantityAmount = quantity.amount().setScale(2, RoundingMode.UNNECESSARY);
        c.quantityUnit = quantity.unit().strip();
        c.startDate = terms.startDate();
        c.endDate = terms.endDate();
        c.commissionPlanId = terms.commissionPlanId();
        c.signedAt = now();
        move(c, CooperationAction.SIGN, null);
        // observers (commission) may veto by throwing: the whole step rolls back
        signing.fire(new CooperationSigning(c.facts(), c.signedAt));
    }

    private void review(Cooperation c, Role role, ReviewInput input) {
        if (input == null) {
            throw Problems.invalidFieldCode("review", "cooperation.review.required");
        }
        ReviewSide side = role == Role.DEMANDER ? ReviewSide.DEMANDER : ReviewSide.OWNER;
        if (CooperationReview.findById(new CooperationReview.Key(c.id, side)) != null) {
            throw Problems.conflict("The " + side + " side has reviewed this cooperation already");
        }
        CooperationReview review = new CooperationReview();
        review.cooperationId = c.id;
        review.side = side;
        review.rating = input.rating();
        review.comment = input.comment().strip();
        review.reviewer = caller.username();
        review.reviewedAt = now();
        review.persist();
        boolean both = CooperationReview.count("cooperationId", c.id) == 2;
        if (both) {
            move(c, CooperationAction.REVIEW, side + " side reviewed; both sides have");
        } else {
            c.updatedAt = now(); // the cooperation changed: a new version, so stale clients learn of the review
            record(c, CooperationAction.REVIEW, c.status, c.status, side + " side reviewed");
        }
    }

    private void close(Cooperation c) {
        c.closedAt = now();
        move(c, CooperationAction.CLOSE, null);
        if (demands.statusOf(c.demandId) == DemandStatus.IN_COOPERATION) {
            demands.markFulfilled(c.demandId);
        }
    }

    private void move(Cooperation c, CooperationAction action, String reason) {
        CooperationStatus from = c.status;
        c.status = action.target();
        c.updatedAt = now();
        record(c, action, from, c.status, reason);
    }

    /** Timeline row, notification to both parties, history cache refresh after commit. */
    private void record(Cooperation c, CooperationAction action, CooperationStatus from, CooperationStatus to, String reason) {
        CooperationEvent event = new CooperationEvent();
        event.id = Ids.newId();
        event.cooperationId = c.id;
        event.action = action;
        event.fromStatus = from;
        event.toStatus = to;
        event.reason = reason;
        event.actor = caller.username();
        event.occurredAt = now();
        event.persist();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("cooperationId", c.id);
        payload.put("demandId", c.demandId);
        payload.put("resourceId", c.resourceId);
        payload.put("action", action);
        payload.put("fromStatus", from);
        payload.put("toStatus", to);
        payload.put("reason", reason);
        notifications.publish(c.demanderPartnerId, EventType.COOPERATION_STATE_CHANGED, payload);
        notifications.publish(c.ownerPartnerId, EventType.COOPERATION_STATE_CHANGED, payload);
        history.invalidateAfterCommit(c.demanderPartnerId);
    }

    private static String requireReason(TransitionCommand command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw Problems.invalidFieldCode("reason", "cooperation.reason.required", command.action());
        }
        return command.reason().strip();
    }

    /** Fields that do not belong to the step are refused, so a mistaken request changes nothing. */
    private static void refuseUnused(TransitionCommand command) {
        CooperationAction action = command.action();
        if (command.terms() != null && action != CooperationAction.SIGN) {
            throw Problems.invalidFieldCode("terms", "cooperation.terms.only-sign");
        }
        if (command.review() != null && action != CooperationAction.REVIEW) {
            throw Problems.invalidFieldCode("review", "cooperation.review.only-review");
        }
        if (command.dispute() != null && action != CooperationAction.CANCEL) {
            throw Problems.invalidFieldCode("dispute", "cooperation.dispute.only-cancel");
        }
        if (command.reason() != null && action != CooperationAction.CANCEL && action != CooperationAction.DECLINE) {
            throw Problems.invalidFieldCode("reason", "cooperation.reason.not-allowed");
        }
    }

    // --- reading ---------------------------------------------------------------------------------------------

    @Transactional
    public CooperationView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public List<EventView> events(UUID id) {
        visible(id);
        return CooperationEvent.<CooperationEvent>find("cooperationId", Sort.by("occurredAt").and("id"), id).list().stream()
                .map(e -> new EventView(e.action, e.fromStatus, e.toStatus, e.reason, e.actor, e.occurredAt)).toList();
    }

    /** Newest first; a partner sees only cooperations it is a party of. */
    @Transactional
    public List<CooperationView> list(CooperationStatus status, UUID demand, UUID partner, int offset, int limit) {
        if (partner != null) {
            caller.requireActsFor(partner);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        UUID party = caller.isPartnerOnly() ? caller.requirePartnerId() : partner;
        if (party != null) {
            where.append(" and (demanderPartnerId = :party or ownerPartnerId = :party)");
            parameters.and("party", party);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (demand != null) {
            where.append(" and demandId = :demand");
            parameters.and("demand", demand);
        }
        List<Cooperation> page = Cooperation.<Cooperation>find(where.toString(),
                        Sort.descending("createdAt").and("id", Sort.Direction.Descending), parameters)
                .range(offset, offset + limit - 1).list();
        Map<UUID, List<ReviewView>> reviews = reviews(page.stream().map(c -> c.id).toList());
        return page.stream().map(c -> view(c, reviews.getOrDefault(c.id, List.of()))).toList();
    }

    /** The cooperation if the caller may see it: its two parties and staff (finance included). Others get 404. */
    private Cooperation visible(UUID id) {
        Cooperation c = id == null ? null : Cooperation.findById(id);
        if (c == null || (caller.isPartnerOnly() && roleIn(c) == Role.NONE)) {
            throw Problems.notFound("Cooperation", id);
        }
        return c;
    }

    private CooperationView view(Cooperation c) {
        return view(c, reviews(List.of(c.id)).getOrDefault(c.id, List.of()));
    }

    private CooperationView view(Cooperation c, List<ReviewView> reviews) {
        Terms terms = c.signedAt == null ? null : new Terms(new Price(c.priceAmount, c.priceCurrency),
                new Quantity(c.quantityAmount, c.quantityUnit), c.startDate, c.endDate, c.commissionPlanId);
        PartnerCard counterpart = null;
        Role role = caller.isPartnerOnly() ? roleIn(c) : Role.STAFF;
        if (c.status.isSignedOrLater() && (role == Role.DEMANDER || role == Role.OWNER)) {
            UUID other = role == Role.DEMANDER ? c.ownerPartnerId : c.demanderPartnerId;
            counterpart = partners.card(other).orElse(null);
        }
        return new CooperationView(c.id, c.demandId, c.resourceId, c.demanderPartnerId, c.ownerPartnerId, c.categoryCode,
                c.status, c.matchScore, terms, c.signedAt, c.closedAt, c.endReason, c.disputed, c.proposedBy, reviews,
                counterpart, c.createdAt, c.updatedAt, c.version);
    }

    private static Map<UUID, List<ReviewView>> reviews(Collection<UUID> ids) {
        Map<UUID, List<ReviewView>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (CooperationReview r : CooperationReview.<CooperationReview>list("cooperationId in ?1 order by side", ids)) {
            out.computeIfAbsent(r.cooperationId, k -> new ArrayList<>())
                    .add(new ReviewView(r.side, r.rating, r.comment, r.reviewer, r.reviewedAt));
        }
        return out;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
