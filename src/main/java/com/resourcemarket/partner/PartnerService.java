package com.resourcemarket.partner;

import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.security.Caller;
import com.resourcemarket.core.security.Roles;
import com.resourcemarket.region.RegionService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Partner organisations and their profiles. Data rules: a partner reads and edits only its own profile and
 * sees its own contacts in full; staff see contacts masked unless a resource manager or admin explicitly asks
 * to reveal them, which is recorded in {@code partner_contact_reveals}.
 */
@ApplicationScoped
public class PartnerService {

    private static final Logger LOG = Logger.getLogger(PartnerService.class);

    @Inject
    Caller caller;

    @Inject
    RegionService regions;

    @Transactional
    public PartnerView create(CreatePartnerRequest request) {
        UUID id = request.id() != null ? request.id() : Ids.newId();
        PartnerProfile profile = request.profile();
        validate(profile, Map.of());
        if (Partner.findById(id) != null) {
            throw Problems.conflict("Partner " + id + " already exists");
        }
        Partner partner = new Partner();
        partner.id = id;
        apply(partner, profile);
        partner.persist();
        try {
            Partner.flush(); // a racing create of the same id collides here on the primary key: 409 like the check above
        } catch (jakarta.persistence.PersistenceException e) {
            if (duplicateKey(e)) {
                throw Problems.conflict("Partner " + id + " already exists");
            }
            throw e;
        }
        return view(partner, false);
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /**
     * A partner reads only its own organisation, contacts in full; staff read any, contacts masked unless
     * {@code reveal} (resource managers and admins only; audited).
     */
    @Transactional
    public PartnerView get(UUID id, boolean reveal) {
        caller.requireActsFor(id);
        if (reveal && !caller.isPartnerOnly() && !caller.hasRole(Roles.RESOURCE_MANAGER) && !caller.hasRole(Roles.ADMIN)) {
            throw Problems.forbidden("Only resource managers and admins may reveal contact details");
        }
        Partner partner = find(id);
        if (caller.isPartnerOnly()) {
            return view(partner, true);
        }
        if (reveal) {
            recordReveal(partner);
        }
        return view(partner, reveal);
    }

    /** The caller's own partner organisation (partner tokens). */
    @Transactional
    public PartnerView mine() {
        return get(caller.requirePartnerId(), false);
    }

    @Transactional
    public List<PartnerView> list(int offset, int limit) {
        return Partner.<Partner>findAll(Sort.by("nameEn").and("id"))
                .range(offset, offset + limit - 1).list().stream().map(partner -> view(partner, false)).toList();
    }

    /**
     * Replaces the profile. The caller's version must be the current one; the UPDATE itself is conditional on
     * that version ({@code @Version}), so of two concurrent updates from the same version exactly one wins and
     * the other gets 409 (the database makes the second wait for the first, then matches no row): no update is
     * ever lost.
     */
    @Transactional
    public PartnerView update(UUID id, UpdatePartnerRequest request) {
        caller.requireActsFor(id);
        Partner partner = find(id);
        if (request.version() != partner.version) {
            throw Problems.staleVersion("Partner " + id, request.version(), partner.version);
        }
        PartnerProfile profile = request.profile();
        if (caller.isPartnerOnly() && profile.type() != partner.type) {
            throw Problems.invalidFieldCode("type", "partner.type.staff-only");
        }
        Map<UUID, PartnerContact> existing = new HashMap<>();
        partner.contacts.forEach(contact -> existing.put(contact.contactId, contact));
        validate(profile, existing);
        apply(partner, profile);
        partner.updatedAt = Instant.now();
        try {
            Partner.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw Problems.staleVersion("Partner " + id, request.version(), request.version() + 1);
        }
        return view(partner, caller.isPartnerOnly());
    }

    private Partner find(UUID id) {
        Partner partner = Partner.findById(id);
        if (partner == null) {
            throw Problems.notFound("Partner", id);
        }
        return partner;
    }

    /** Rules bean validation cannot express; each failure names the field like bean validation does. */
    private void validate(PartnerProfile profile, Map<UUID, PartnerContact> existingContacts) {
        regions.validate("regions", profile.regionsOrEmpty());
        List<ContactInput> contacts = profile.contactsOrEmpty();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < contacts.size(); i++) {
            ContactInput contact = contacts.get(i);
            String path = "contacts[" + i + "]";
            if (contact.id() != null) {
                if (!existingContacts.containsKey(contact.id())) {
                    throw Problems.invalidFieldCode(path + ".id", "partner.contact.unknown");
                }
                if (!seen.add(contact.id())) {
                    throw Problems.invalidFieldCode(path + ".id", "partner.contact.duplicate");
                }
            }
            if (contact.idNumber() != null && !PartnerPatterns.idNumberChecksumValid(contact.idNumber())) {
                throw Problems.invalidFieldCode(path + ".idNumber", "partner.contact.id-number-checksum");
            }
        }
    }

    private void apply(Partner partner, PartnerProfile profile) {
        Map<UUID, PartnerContact> existing = new HashMap<>();
        partner.contacts.forEach(contact -> existing.put(contact.contactId, contact));

        partner.nameZh = profile.nameZh().strip();
        partner.nameEn = profile.nameEn().strip();
        partner.type = profile.type();
        partner.annualPurchaseAmount = profile.annualPurchase() == null ? null : profile.annualPurchase().amount();
        partner.annualPurchaseCurrency = profile.annualPurchase() == null ? null : profile.annualPurchase().currency();

        Set<String> newRegions = new LinkedHashSet<>(profile.regionsOrEmpty());
        partner.regions.retainAll(newRegions);
        partner.regions.addAll(newRegions);

        partner.tags.clear();
        for (TagItem item : profile.tagsOrEmpty()) {
            PartnerTag tag = new PartnerTag();
            tag.dimension = item.dimension();
            tag.key = item.key();
            tag.value = item.value().strip();
            partner.tags.add(tag);
        }

        List<PartnerContact> contacts = new ArrayList<>();
        for (ContactInput input : profile.contactsOrEmpty()) {
            PartnerContact previous = input.id() == null ? null : existing.get(input.id());
            PartnerContact contact = new PartnerContact();
            contact.contactId = previous != null ? previous.contactId : Ids.newId();
            contact.name = input.name().strip();
            contact.title = blankToNull(input.title());
            contact.email = keep(input.email(), previous == null ? null : previous.email);
            contact.phone = keep(input.phone(), previous == null ? null : previous.phone);
            contact.idNumber = keep(input.idNumber(), previous == null ? null : previous.idNumber);
            contacts.add(contact);
        }
        partner.contacts.clear();
        partner.contacts.addAll(contacts);
    }

    private static String keep(String given, String stored) {
        return given != null ? given.strip() : stored;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void recordReveal(Partner partner) {
        ContactReveal reveal = new ContactReveal();
        reveal.id = Ids.newId();
        reveal.partnerId = partner.id;
        reveal.actorSubject = caller.subject();
        reveal.actorUsername = caller.username();
        reveal.actorRoles = String.join(",", caller.roles());
        reveal.contactCount = partner.contacts.size();
        reveal.revealedAt = Instant.now();
        reveal.persist();
        LOG.infof("Contact details of partner %s revealed to %s (%s)", partner.id, reveal.actorUsername, reveal.actorSubject);
    }

    /**
     * A partner's business card: name and contact people with e-mail and phone in full, for another feature that
     * has established the caller's right to them (the cooperation feature: the other party of a signed
     * cooperation). The ID number is never on a card (a counterparty has no need for it). No caller checks here.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<PartnerCard> card(UUID id) {
        Partner partner = Partner.findById(id);
        if (partner == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new PartnerCard(partner.id, partner.nameZh, partner.nameEn,
                partner.contacts.stream().map(contact -> new ContactView(contact.contactId, contact.name, contact.title,
                        contact.email, contact.phone, null, false)).toList()));
    }

    private static PartnerView view(Partner partner, boolean revealContacts) {
        return PartnerView.of(partner, revealContacts);
    }
}
