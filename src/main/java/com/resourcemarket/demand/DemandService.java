package com.resourcemarket.demand;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.resourcemarket.catalogue.reference.Channel;
import com.resourcemarket.catalogue.reference.TagDefinitionView;
import com.resourcemarket.catalogue.reference.TagDictionary;
import com.resourcemarket.catalogue.reference.TagDimension;
import com.resourcemarket.catalogue.reference.TaxonomyLevel;
import com.resourcemarket.catalogue.reference.TaxonomyNodeView;
import com.resourcemarket.catalogue.reference.TaxonomyService;
import com.resourcemarket.catalogue.reference.TaxonomyType;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.security.Caller;
import com.resourcemarket.core.security.Roles;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.demand.DemandDtos.Area;
import com.resourcemarket.demand.DemandDtos.Budget;
import com.resourcemarket.demand.DemandDtos.DemandEventView;
import com.resourcemarket.demand.DemandDtos.DemandInput;
import com.resourcemarket.demand.DemandDtos.DemandView;
import com.resourcemarket.demand.DemandDtos.MustHave;
import com.resourcemarket.demand.DemandDtos.NiceToHave;
import com.resourcemarket.demand.DemandDtos.Quantity;
import com.resourcemarket.demand.DemandDtos.Window;
import com.resourcemarket.core.persistence.RowLocks;
import com.resourcemarket.partner.Partner;
import com.resourcemarket.region.RegionService;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import com.resourcemarket.core.persistence.RetryOnLockConflict;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Demand requests (需求提报): submission (idempotent per partner and {@code Idempotency-Key}), reading with a
 * partner kept to its own demands, and the status machine. The matching and cooperation features move a demand on
 * through {@link #markMatched}, {@link #markInCooperation} and {@link #markFulfilled}.
 *
 * <p><b>Expiry</b> is checked on read: when a SUBMITTED or MATCHED demand is read (singly, its history, or in a
 * listing) after the last day of its window (market time, Asia/Shanghai), it is moved to EXPIRED first, recorded
 * with actor {@value #SYSTEM}. {@link #expireOverdue()} does the same for every overdue demand and is what a
 * scheduled job would call; {@link #expire(UUID)} expires one demand. A demand already IN_COOPERATION does not
 * expire. Transitions requested on an overdue demand are refused (409) even before the expiry is recorded.
 */
@ApplicationScoped
public class DemandService {

    /** Actor recorded for transitions made without a signed-in caller (expiry, internal calls). */
    public static final String SYSTEM = "system";

    /** The request header that makes a submission idempotent. */
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

    /** The marketplace's business day: windows are calendar days in China. */

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, new JsonSerializer<>() {
                @Override
                public void serialize(BigDecimal value, JsonGenerator out, SerializerProvider serializers) throws IOException {
                    out.writeString(value.stripTrailingZeros().toPlainString());
                }
            }))
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .build();

    private static final List<DemandStatus> EXPIRING = List.of(DemandStatus.SUBMITTED, DemandStatus.MATCHED);

    @Inject
    Caller caller;

    @Inject
    SecurityIdentity identity;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    TagDictionary tagDictionary;

    @Inject
    RegionService regions;

    // --- submission ----------------------------------------------------------------------------------------

    /** The answer to a submission: the demand, and whether it was created now or replayed for a repeated key. */
    public record Submission(DemandView demand, boolean replayed) {
    }

    /**
     * Submits a demand for the caller's partner (or, for managers and admins, the partner the input names).
     * Idempotent per partner and key: the same key with the same request (compared by a SHA-256 of its canonical
     * form) answers with the demand created the first time; with a different request it is a 409. Of two racing
     * identical submissions one creates the demand and the other replays it.
     */
    public Submission submit(String idempotencyKey, DemandInput input) {
        if (idempotencyKey == null || idempotencyKey.isEmpty()) {
            throw Problems.invalidHeader(IDEMPOTENCY_KEY_HEADER, "is required: a key unique per demand, 1-64 characters "
                    + "A-Z, a-z, 0-9, '_' or '-'");
        }
        if (!idempotencyKey.matches(DemandDtos.IDEMPOTENCY_KEY)) {
            throw Problems.invalidHeader(IDEMPOTENCY_KEY_HEADER, "must be 1-64 characters A-Z, a-z, 0-9, '_' or '-'");
        }
        String hash = canonicalHash(input);
        try {
            return QuarkusTransaction.requiringNew().call(() -> submitOnce(idempotencyKey, hash, input));
        } catch (RuntimeException e) {
            if (!isIdempotencyKeyCollision(e)) {
                throw e;
            }
            // Someone committed the same key between our look-up and our insert: answer as they did.
            return QuarkusTransaction.requiringNew().call(() -> {
                UUID owner = ownerFor(input.partnerId());
                return replay(owner, idempotencyKey, hash).orElseThrow(() ->
                        Problems.conflict("A request with this Idempotency-Key is being processed; retry"));
            });
        }
    }

    private Submission submitOnce(String key, String hash, DemandInput input) {
        UUID owner = ownerFor(input.partnerId());
        Optional<Submission> earlier = replay(owner, key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Demand demand = new Demand();
        demand.id = Ids.newId();
        demand.partnerId = owner;
        demand.status = DemandStatus.SUBMITTED;
        demand.submittedBy = actor();
        apply(demand, input);
        demand.persist();
        record(demand, null, DemandStatus.SUBMITTED, null);

        DemandIdempotencyKey row = new DemandIdempotencyKey();
        row.id = Ids.newId();
        row.partnerId = owner;
        row.key = key;
        row.requestHash = hash;
        row.demandId = demand.id;
        row.createdAt = Instant.now();
        row.persist();
        DemandIdempotencyKey.flush(); // a racing submission with the same key collides here (unique key)
        // answer with what the database holds (timestamps at its precision), exactly as a replay will
        Demand.getEntityManager().refresh(demand);
        return new Submission(view(demand), false);
    }

    private Optional<Submission> replay(UUID owner, String key, String hash) {
        DemandIdempotencyKey earlier = DemandIdempotencyKey.<DemandIdempotencyKey>find(
                "partnerId = :partner and key = :key", Parameters.with("partner", owner).and("key", key)).firstResult();
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.requestHash.equals(hash)) {
            throw Problems.conflict("Idempotency-Key '" + key + "' was already used with a different request; "
                    + "use a new key for a new demand");
        }
        Demand demand = Demand.findById(earlier.demandId);
        return Optional.of(new Submission(view(demand), true));
    }

    private static boolean isIdempotencyKeyCollision(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("uq_demand_idempotency_partner_key")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** SHA-256 (hex) of the request re-serialised canonically: properties sorted, numbers without trailing zeros. */
    static String canonicalHash(DemandInput input) {
        try {
            byte[] canonical = CANONICAL.writeValueAsString(input).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the demand request", e);
        }
    }

    // --- reading -------------------------------------------------------------------------------------------

    /** Demands visible to the caller (a partner: its own), newest first; overdue ones are expired first. */
    public List<DemandView> list(DemandStatus status, UUID partner, int offset, int limit) {
        if (partner != null) {
            caller.requireActsFor(partner);
        }
        expireOverdue();
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder where = new StringBuilder("1 = 1");
            Parameters parameters = new Parameters();
            UUID owner = caller.isPartnerOnly() ? caller.requirePartnerId() : partner;
            if (owner != null) {
                where.append(" and partnerId = :partner");
                parameters.and("partner", owner);
            }
            if (status != null) {
                where.append(" and status = :status");
                parameters.and("status", status);
            }
            return Demand.<Demand>find(where.toString(), Sort.descending("createdAt").and("id", Sort.Direction.Descending), parameters)
                    .range(offset, offset + limit - 1).list().stream().map(this::view).toList();
        });
    }

    public DemandView get(UUID id) {
        expireIfOverdue(id);
        return QuarkusTransaction.requiringNew().call(() -> view(visible(id)));
    }

    public List<DemandEventView> history(UUID id) {
        expireIfOverdue(id);
        return QuarkusTransaction.requiringNew().call(() -> {
            visible(id);
            return DemandEvent.<DemandEvent>find("demandId", Sort.by("occurredAt").and("id"), id).list().stream()
                    .map(e -> new DemandEventView(e.fromStatus, e.toStatus, e.reason, e.actor, e.occurredAt)).toList();
        });
    }

    /**
     * For other features (matching, cooperation) acting without a caller: the demand as it is, without the
     * caller's visibility rules. Empty when unknown.
     */
    public Optional<DemandView> find(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Demand demand = id == null ? null : Demand.findById(id);
            return Optional.ofNullable(demand).map(this::view);
        });
    }

    // --- transitions ---------------------------------------------------------------------------------------

    /** Cancels an open demand: its owner or a manager/admin, with a reason. */
    @RetryOnLockConflict
    @Transactional
    public DemandView cancel(UUID id, String reason) {
        requireLocked(id); // first, so that what is read next is as new as the lock
        Demand demand = visible(id);
        if (!caller.isPartnerOnly() && !caller.hasRole(Roles.RESOURCE_MANAGER) && !caller.hasRole(Roles.ADMIN)) {
            throw Problems.forbidden("Only the demand's partner or a resource manager may cancel it");
        }
        if (reason == null || reason.isBlank()) {
            throw Problems.invalidFieldCode("reason", "demand.reason.required");
        }
        return transition(demand, DemandStatus.CANCELLED, reason);
    }

    /**
     * For writers that change a demand together with rows referring to it (matching stores a run, then may mark the
     * demand MATCHED): locks the demand row (SELECT … FOR UPDATE) as the transaction's first statement, so concurrent
     * writers queue on it instead of each taking a shared lock through the foreign key and then deadlocking when
     * they upgrade it. Returns the status as it is under the lock. 404 if unknown.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DemandStatus lockForUpdate(UUID id) {
        // Plain SQL: Hibernate's MySQL 8 dialect writes "FOR UPDATE OF <alias>", which MariaDB does not accept.
        List<?> rows = id == null ? List.of() : Demand.getEntityManager()
                .createNativeQuery("SELECT status FROM demands WHERE id = :id FOR UPDATE")
                .setParameter("id", Ids.bytes(id))
                .getResultList();
        if (rows.isEmpty()) {
            throw Problems.notFound("Demand", id);
        }
        return DemandStatus.valueOf(rows.get(0).toString());
    }

    /** For the matching engine: resources were matched to a SUBMITTED demand. 404 if unknown, 409 if not legal. */
    @Transactional
    public DemandView markMatched(UUID id) {
        Demand demand = requireLocked(id);
        if (demand.status != DemandStatus.SUBMITTED) {
            throw Problems.invalidTransition("Demand", demand.status, DemandStatus.MATCHED.name());
        }
        return transition(demand, DemandStatus.MATCHED, null);
    }

    /**
     * For the cooperation feature: every cooperation of an IN_COOPERATION demand was declined or cancelled, so it
     * is back to MATCHED (open for another proposal). 409 if not IN_COOPERATION.
     */
    @Transactional
    public DemandView markCooperationEnded(UUID id, String reason) {
        Demand demand = requireLocked(id);
        if (demand.status != DemandStatus.IN_COOPERATION) {
            throw Problems.invalidTransition("Demand", demand.status, DemandStatus.MATCHED.name());
        }
        return transition(demand, DemandStatus.MATCHED, reason);
    }

    /** The current status of a demand, for other features, without visibility checks or expiry; 404 if unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DemandStatus statusOf(UUID id) {
        return require(id).status;
    }

    /**
     * Assigns the docking manager (a username; null unassigns). Resource managers and admins only. The version, when
     * sent, must be the current one.
     */
    @RetryOnLockConflict
    @Transactional
    public DemandView assignManager(UUID id, String manager, Long version) {
        Demand demand = requireLocked(id);
        if (version != null && version != demand.version) {
            throw Problems.staleVersion("Demand " + id, version, demand.version);
        }
        demand.assignedManager = manager == null || manager.isBlank() ? null : manager.strip();
        demand.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Demand.flush();
        return view(demand);
    }

    /** For the cooperation feature: negotiation/signing started on a MATCHED demand. 409 if not legal. */
    @Transactional
    public DemandView markInCooperation(UUID id) {
        return transition(requireLocked(id), DemandStatus.IN_COOPERATION, null);
    }

    /** For the cooperation feature: the cooperation of an IN_COOPERATION demand was executed and reviewed. */
    @Transactional
    public DemandView markFulfilled(UUID id) {
        return transition(requireLocked(id), DemandStatus.FULFILLED, null);
    }

    /** Expires one SUBMITTED or MATCHED demand whose window has ended; 409 if it is not due or not open. */
    @Transactional
    public DemandView expire(UUID id) {
        Demand demand = requireLocked(id);
        if (!demand.status.allows(DemandStatus.EXPIRED)) {
            throw Problems.invalidTransition("Demand", demand.status, DemandStatus.EXPIRED.name());
        }
        if (!overdue(demand)) {
            throw Problems.conflict("Demand " + id + " has no window that has ended");
        }
        move(demand, DemandStatus.EXPIRED, "window ended on " + demand.windowTo, SYSTEM);
        return view(demand);
    }

    /**
     * Expires every SUBMITTED or MATCHED demand whose window ended before today (market time); what a scheduled
     * sweep calls. Each demand is expired in its own transaction; one changed concurrently is left to the next run.
     *
     * @return how many demands were expired
     */
    public int expireOverdue() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Demand.<Demand>find(
                        "status in :open and windowTo < :today",
                        Parameters.with("open", EXPIRING).and("today", today())).list().stream()
                .map(d -> d.id).toList());
        int expired = 0;
        for (UUID id : due) {
            if (expireIfOverdue(id)) {
                expired++;
            }
        }
        return expired;
    }

    private boolean expireIfOverdue(UUID id) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Demand demand = Demand.findById(id);
                if (demand == null || !overdue(demand)) {
                    return false;
                }
                move(demand, DemandStatus.EXPIRED, "window ended on " + demand.windowTo, SYSTEM);
                Demand.flush();
                return true;
            });
        } catch (RuntimeException e) {
            if (isStale(e)) {
                return false; // changed concurrently (expired or moved on by someone else): nothing to do
            }
            throw e;
        }
    }

    private static boolean isStale(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static boolean overdue(Demand demand) {
        return EXPIRING.contains(demand.status) && demand.windowTo != null && demand.windowTo.isBefore(today());
    }

    private static LocalDate today() {
        return LocalDate.now(MarketTime.ZONE);
    }

    private DemandView transition(Demand demand, DemandStatus next, String reason) {
        if (!demand.status.allows(next)) {
            throw Problems.invalidTransition("Demand", demand.status, next.name());
        }
        if (overdue(demand)) {
            throw Problems.invalidTransition("Demand", demand.status + " (window ended " + demand.windowTo + ", expired)",
                    next.name());
        }
        move(demand, next, reason, actor());
        Demand.flush(); // a concurrent transition surfaces here as an optimistic-lock conflict (409)
        return view(demand);
    }

    private void move(Demand demand, DemandStatus next, String reason, String actor) {
        DemandStatus from = demand.status;
        demand.status = next;
        demand.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        recordAs(demand.id, from, next, reason, actor);
    }

    private void record(Demand demand, DemandStatus from, DemandStatus to, String reason) {
        recordAs(demand.id, from, to, reason, actor());
    }

    private static void recordAs(UUID demandId, DemandStatus from, DemandStatus to, String reason, String actor) {
        DemandEvent event = new DemandEvent();
        event.id = Ids.newId();
        event.demandId = demandId;
        event.fromStatus = from;
        event.toStatus = to;
        event.reason = reason == null || reason.isBlank() ? null : reason.strip();
        event.actor = actor;
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        event.persist();
    }

    /** The signed-in caller's name, or {@value #SYSTEM} outside a request or without a caller. */
    private String actor() {
        if (Arc.container().requestContext().isActive() && !identity.isAnonymous()) {
            return caller.username();
        }
        return SYSTEM;
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static Demand require(UUID id) {
        Demand demand = id == null ? null : Demand.findById(id);
        if (demand == null) {
            throw Problems.notFound("Demand", id);
        }
        return demand;
    }

    /**
     * The demand, locked (SELECT … FOR UPDATE) for the rest of the transaction and read as committed now. Every step
     * that moves a demand or decides from its cooperations takes this lock first, so two steps on one demand (the
     * cancel of one cooperation and the acceptance of another, two cancels) run one after the other and the second
     * sees what the first did — @Version alone cannot see it, as they write different rows.
     */
    private static Demand requireLocked(UUID id) {
        if (id == null) {
            throw Problems.notFound("Demand", null);
        }
        if (!RowLocks.lock(Demand.getEntityManager(), "demands", "id", id)) {
            throw Problems.notFound("Demand", id);
        }
        return Demand.findById(id);
    }

    /**
     * For the cooperation feature: locks the demand for the caller's transaction (see {@link #requireLocked}) and
     * answers its current status; call it before reading the demand's cooperations. 404 if unknown.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DemandStatus lock(UUID id) {
        return requireLocked(id).status;
    }

    /** The demand if the caller may see it: its partner, or staff. Others get 404, as if it did not exist. */
    private Demand visible(UUID id) {
        Demand demand = Demand.findById(id);
        if (demand == null || (caller.isPartnerOnly() && !demand.partnerId.equals(caller.partnerId().orElse(null)))) {
            throw Problems.notFound("Demand", id);
        }
        return demand;
    }

    /** Partners submit for themselves; managers and admins must say for whom. */
    private UUID ownerFor(UUID requested) {
        if (caller.isPartnerOnly()) {
            UUID own = caller.requirePartnerId();
            if (requested != null && !requested.equals(own)) {
                throw Problems.forbidden("A partner may submit demands only for its own organisation");
            }
            if (Partner.findById(own) == null) {
                throw Problems.forbidden("Your partner organisation " + own + " is not registered");
            }
            return own;
        }
        if (requested == null) {
            throw Problems.invalidFieldCode("partnerId", "demand.partner.required");
        }
        if (Partner.findById(requested) == null) {
            throw Problems.invalidFieldCode("partnerId", "partner.unknown", requested);
        }
        return requested;
    }

    private void apply(Demand demand, DemandInput input) {
        demand.title = input.title().strip();
        demand.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        applyTaxonomy(demand, input);
        if (input.industry() != null) {
            TagDefinitionView industry = tagDictionary.require(input.industry(), "industry");
            if (industry.dimension() != TagDimension.INDUSTRY) {
                throw Problems.invalidFieldCode("industry", "demand.industry.dimension", input.industry(),
                        industry.dimension());
            }
            demand.industry = industry.key();
        }
        boolean hasRegions = input.regions() != null && !input.regions().isEmpty();
        if (!hasRegions && input.area() == null) {
            throw Problems.invalidFieldCode("regions", "demand.location.required");
        }
        regions.validate("regions", input.regions());
        if (hasRegions) {
            demand.regions.addAll(input.regions());
        }
        if (input.area() != null) {
            demand.latitude = input.area().latitude().setScale(6, RoundingMode.UNNECESSARY);
            demand.longitude = input.area().longitude().setScale(6, RoundingMode.UNNECESSARY);
            demand.radiusKm = input.area().radiusKm().setScale(2, RoundingMode.UNNECESSARY);
        }
        if (input.quantity() != null) {
            demand.quantityAmount = input.quantity().amount().setScale(2, RoundingMode.UNNECESSARY);
            demand.quantityUnit = input.quantity().unit().strip();
        }
        if (input.budget() != null) {
            try {
                Currency.getInstance(input.budget().currency());
            } catch (IllegalArgumentException e) {
                throw Problems.invalidFieldCode("budget.currency", "demand.budget.currency");
            }
            demand.budgetAmount = input.budget().amount().setScale(2, RoundingMode.UNNECESSARY);
            demand.budgetCurrency = input.budget().currency();
        }
        if (input.window() != null) {
            if (input.window().to().isBefore(input.window().from())) {
                throw Problems.invalidFieldCode("window.to", "demand.window.to-before-from");
            }
            if (input.window().to().isBefore(today())) {
                throw Problems.invalidFieldCode("window.to", "demand.window.past");
            }
            demand.windowFrom = input.window().from();
            demand.windowTo = input.window().to();
        }
        demand.mustHave.addAll(mustHave(input.mustHave()));
        demand.niceToHave.addAll(niceToHave(input.niceToHave()));
        if (input.excludePartners() != null) {
            for (int i = 0; i < input.excludePartners().size(); i++) {
                UUID excluded = input.excludePartners().get(i);
                if (Partner.findById(excluded) == null) {
                    throw Problems.invalidFieldCode("excludePartners[" + i + "]", "partner.unknown", excluded);
                }
                demand.excludedPartners.add(excluded);
            }
        }
    }

    private void applyTaxonomy(Demand demand, DemandInput input) {
        String categoryCode = input.categoryCode() == null || input.categoryCode().isBlank() ? null : input.categoryCode().strip();
        String typeCode = input.typeCode() == null || input.typeCode().isBlank() ? null : input.typeCode().strip();
        if (categoryCode == null && typeCode == null) {
            throw Problems.invalidFieldCode("categoryCode", "demand.category.required");
        }
        String channel;
        if (typeCode != null) {
            TaxonomyType type = taxonomy.requireType(typeCode);
            if (categoryCode != null && !categoryCode.equals(type.categoryCode())) {
                throw Problems.invalidFieldCode("categoryCode", "demand.category.type-mismatch", typeCode, type.categoryCode());
            }
            categoryCode = type.categoryCode();
            channel = type.channel();
        } else {
            String wanted = categoryCode;
            TaxonomyNodeView category = taxonomy.list(null, TaxonomyLevel.CATEGORY).stream()
                    .filter(node -> node.code().equals(wanted)).findFirst()
                    .orElseThrow(() -> Problems.invalidFieldCode("categoryCode", "demand.category.unknown", wanted));
            channel = category.channel().name();
        }
        if (input.channel() != null && !input.channel().name().equals(channel)) {
            throw typeCode != null
                    ? Problems.invalidFieldCode("channel", "demand.channel.type-mismatch", channel)
                    : Problems.invalidFieldCode("channel", "demand.channel.category-mismatch", channel);
        }
        demand.channel = channel;
        demand.categoryCode = categoryCode;
        demand.typeCode = typeCode;
    }

    /** Every constraint names a dictionary tag and carries the values its kind and operator need. */
    private List<DemandMustHave> mustHave(List<MustHave> inputs) {
        List<DemandMustHave> out = new ArrayList<>();
        if (inputs == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            MustHave input = inputs.get(i);
            String path = "mustHave[" + i + "]";
            TagDefinitionView tag = tagDictionary.require(input.key(), path + ".key");
            if (!seen.add(tag.key())) {
                throw Problems.invalidFieldCode(path + ".key", "demand.tag.duplicate", tag.key());
            }
            DemandMustHave constraint = new DemandMustHave();
            constraint.key = tag.key();
            constraint.operator = input.operator();
            switch (tag.valueKind()) {
                case NUMBER -> {
                    if (input.textValue() != null) {
                        throw Problems.invalidFieldCode(path + ".textValue", "demand.tag.number-not-text", tag.key());
                    }
                    if (input.value() == null) {
                        throw (tag.unit() == null
                                ? Problems.invalidFieldCode(path + ".value", "demand.tag.number", tag.key())
                                : Problems.invalidFieldCode(path + ".value", "demand.tag.number.unit", tag.key(), tag.unit()));
                    }
                    if (input.operator() == DemandOperator.BETWEEN) {
                        if (input.valueTo() == null) {
                            throw Problems.invalidFieldCode(path + ".valueTo", "demand.tag.between-needs-two");
                        }
                        if (input.valueTo().compareTo(input.value()) < 0) {
                            throw Problems.invalidFieldCode(path + ".valueTo", "demand.tag.value-to-below");
                        }
                    } else if (input.valueTo() != null) {
                        throw Problems.invalidFieldCode(path + ".valueTo", "demand.tag.value-to-only-between");
                    }
                    constraint.numberValue = input.value();
                    constraint.numberValueTo = input.valueTo();
                }
                case TEXT -> {
                    if (input.operator() != DemandOperator.EQ) {
                        throw Problems.invalidFieldCode(path + ".operator", "demand.tag.text-operator", tag.key());
                    }
                    if (input.value() != null || input.valueTo() != null) {
                        throw Problems.invalidFieldCode(path + ".value", "demand.tag.text-not-number", tag.key());
                    }
                    if (input.textValue() == null || input.textValue().isBlank()) {
                        throw Problems.invalidFieldCode(path + ".textValue", "demand.tag.text", tag.key());
                    }
                    constraint.textValue = input.textValue().strip();
                }
                default -> {
                    if (input.operator() != DemandOperator.EQ) {
                        throw Problems.invalidFieldCode(path + ".operator", "demand.tag.flag-operator", tag.key());
                    }
                    if (input.value() != null || input.valueTo() != null || input.textValue() != null) {
                        throw Problems.invalidFieldCode(path + ".value", "demand.tag.flag", tag.key());
                    }
                }
            }
            out.add(constraint);
        }
        return out;
    }

    private List<DemandNiceToHave> niceToHave(List<NiceToHave> inputs) {
        List<DemandNiceToHave> out = new ArrayList<>();
        if (inputs == null) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            NiceToHave input = inputs.get(i);
            String path = "niceToHave[" + i + "]";
            TagDefinitionView tag = tagDictionary.require(input.key(), path + ".key");
            if (!seen.add(tag.key())) {
                throw Problems.invalidFieldCode(path + ".key", "demand.tag.duplicate", tag.key());
            }
            DemandNiceToHave preference = new DemandNiceToHave();
            preference.key = tag.key();
            preference.weight = input.weight();
            out.add(preference);
        }
        return out;
    }

    /** Tag numbers without the column's trailing zeros (60, not 60.0000), the same before and after a reload. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private DemandView view(Demand d) {
        return new DemandView(d.id, d.partnerId, d.title, d.description,
                d.channel == null ? null : Channel.valueOf(d.channel), d.categoryCode, d.typeCode, d.industry,
                d.regions.stream().sorted().toList(),
                d.latitude == null ? null : new Area(d.latitude, d.longitude, d.radiusKm),
                d.quantityAmount == null ? null : new Quantity(d.quantityAmount, d.quantityUnit),
                d.budgetAmount == null ? null : new Budget(d.budgetAmount, d.budgetCurrency),
                d.windowTo == null ? null : new Window(d.windowFrom, d.windowTo),
                d.mustHave.stream().map(m -> new MustHave(m.key, m.operator, plain(m.numberValue), plain(m.numberValueTo), m.textValue)).toList(),
                d.niceToHave.stream().map(n -> new NiceToHave(n.key, n.weight)).toList(),
                d.excludedPartners.stream().sorted().toList(),
                d.status, d.submittedBy, d.assignedManager, d.createdAt, d.updatedAt, d.version);
    }
}
