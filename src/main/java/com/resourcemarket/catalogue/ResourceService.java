package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.ResourceDtos.AdmissionOutcomeView;
import com.resourcemarket.catalogue.ResourceDtos.ContactInput;
import com.resourcemarket.catalogue.ResourceDtos.AdmissionResultView;
import com.resourcemarket.catalogue.ResourceDtos.GradeChangeView;
import com.resourcemarket.catalogue.ResourceDtos.GradeCommand;
import com.resourcemarket.catalogue.ResourceDtos.LifecycleCommand;
import com.resourcemarket.catalogue.ResourceDtos.LifecycleEventView;
import com.resourcemarket.catalogue.ResourceDtos.ResourceInput;
import com.resourcemarket.catalogue.ResourceDtos.ResourceView;
import com.resourcemarket.catalogue.ResourceDtos.TagInput;
import com.resourcemarket.catalogue.ResourceViews.ContactVisibility;
import com.resourcemarket.catalogue.reference.AdmissionRuleService;
import com.resourcemarket.catalogue.reference.AdmissionRuleView;
import com.resourcemarket.catalogue.reference.AdmissionSubject;
import com.resourcemarket.catalogue.reference.RuleOutcome;
import com.resourcemarket.catalogue.reference.TagDefinitionView;
import com.resourcemarket.catalogue.reference.TagDictionary;
import com.resourcemarket.catalogue.reference.TaxonomyService;
import com.resourcemarket.catalogue.reference.TaxonomyType;
import com.resourcemarket.core.crypto.Masking;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.security.Caller;
import com.resourcemarket.partner.Partner;
import com.resourcemarket.region.RegionService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Creating, editing and moving catalogue resources through their lifecycle, with who-may-do-what enforced. */
@ApplicationScoped
public class ResourceService {

    @Inject
    Caller caller;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    TagDictionary tagDictionary;

    @Inject
    AdmissionRuleService admissionRules;

    @Inject
    RegionService regions;

    @Inject
    Event<ResourceChanged> changes;

    @Transactional
    public ResourceView create(ResourceInput input) {
        UUID owner = ownerFor(input.ownerPartnerId());
        Resource resource = new Resource();
        resource.id = Ids.newId();
        resource.ownerPartnerId = owner;
        resource.status = ResourceStatus.DRAFT;
        apply(resource, input);
        resource.persist();
        changes.fire(new ResourceChanged(resource.id));
        return view(resource);
    }

    @Transactional
    public ResourceView update(UUID id, ResourceInput input) {
        Resource resource = visibleForWriting(id);
        requireVersion(resource, input.version());
        if (resource.status == ResourceStatus.EXITED) {
            throw Problems.invalidTransition("Resource", resource.status, "editing");
        }
        if (input.ownerPartnerId() != null && !input.ownerPartnerId().equals(resource.ownerPartnerId)) {
            throw Problems.invalidFieldCode("ownerPartnerId", "resource.owner.immutable");
        }
        apply(resource, input);
        if (caller.isPartnerOnly() && resource.status == ResourceStatus.ACTIVE) {
            // An owner's edit to a live resource goes back to review before the catalogue shows it again.
            moveTo(resource, LifecycleAction.SUBMIT, ResourceStatus.SUBMITTED, "edited by its owner while active");
            evaluateAdmission(resource);
        }
        resource.updatedAt = Instant.now();
        Resource.flush(); // a concurrent writer's commit surfaces here as an optimistic-lock conflict (409)
        changes.fire(new ResourceChanged(resource.id));
        return view(resource);
    }

    @Transactional
    public ResourceView get(UUID id) {
        Resource resource = Resource.findById(id);
        if (resource == null || !mayRead(resource)) {
            throw Problems.notFound("Resource", id);
        }
        return view(resource);
    }

    @Transactional
    public ResourceView act(UUID id, LifecycleCommand command) {
        Resource resource = Resource.findById(id);
        if (resource == null || !mayRead(resource)) {
            throw Problems.notFound("Resource", id);
        }
        boolean owner = caller.isPartnerOnly() && resource.ownerPartnerId.equals(caller.partnerId().orElse(null));
        if (!Lifecycle.allowed(command.action(), owner, caller.roles())) {
            throw Problems.forbidden("Your role may not " + command.action() + " this resource");
        }
        if (command.version() != null) {
            requireVersion(resource, command.version());
        }
        ResourceStatus next = Lifecycle.next(resource.status, command.action())
                .orElseThrow(() -> Problems.invalidTransition("Resource", resource.status, command.action().name()));
        if (Lifecycle.reasonRequired(command.action()) && (command.reason() == null || command.reason().isBlank())) {
            throw Problems.invalidFieldCode("reason", "resource.reason.required", command.action());
        }
        if (command.action() == LifecycleAction.APPROVE) {
            AdmissionResult latest = latestAdmission(resource.id);
            if (latest == null || !latest.passed) {
                throw Problems.conflict("The resource has not passed admission; reject it or have it fixed and resubmitted");
            }
        }
        moveTo(resource, command.action(), next, command.reason());
        if (command.action() == LifecycleAction.SUBMIT) {
            evaluateAdmission(resource);
        }
        resource.updatedAt = Instant.now();
        Resource.flush();
        changes.fire(new ResourceChanged(resource.id));
        return view(resource);
    }

    @Transactional
    public List<LifecycleEventView> lifecycle(UUID id) {
        get(id);
        return LifecycleEvent.<LifecycleEvent>find("resourceId", Sort.by("occurredAt").and("id"), id).list().stream()
                .map(e -> new LifecycleEventView(e.action, e.fromStatus, e.toStatus, e.reason, e.actor, e.occurredAt))
                .toList();
    }

    @Transactional
    public ResourceView grade(UUID id, GradeCommand command) {
        Resource resource = Resource.findById(id);
        if (resource == null) {
            throw Problems.notFound("Resource", id);
        }
        GradeChange change = new GradeChange();
        change.id = Ids.newId();
        change.resourceId = id;
        change.fromGrade = resource.grade;
        change.toGrade = command.grade();
        change.reason = command.reason().strip();
        change.actor = caller.username();
        change.occurredAt = Instant.now();
        change.persist();
        resource.grade = command.grade();
        resource.updatedAt = Instant.now();
        changes.fire(new ResourceChanged(resource.id));
        return view(resource);
    }

    @Transactional
    public List<GradeChangeView> gradeHistory(UUID id) {
        get(id);
        return GradeChange.<GradeChange>find("resourceId", Sort.by("occurredAt").and("id"), id).list().stream()
                .map(g -> new GradeChangeView(g.fromGrade, g.toGrade, g.reason, g.actor, g.occurredAt)).toList();
    }

    @Transactional
    public AdmissionResultView admission(UUID id) {
        get(id);
        AdmissionResult latest = latestAdmission(id);
        if (latest == null) {
            throw Problems.notFound("Admission result of resource", id);
        }
        return new AdmissionResultView(latest.passed, latest.outcomes, latest.evaluatedAt, latest.actor);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** Partners act for themselves; managers and admins must say for whom. */
    private UUID ownerFor(UUID requested) {
        if (caller.isPartnerOnly()) {
            UUID own = caller.requirePartnerId();
            if (requested != null && !requested.equals(own)) {
                throw Problems.forbidden("A partner may publish resources only for its own organisation");
            }
            return own;
        }
        if (requested == null) {
            throw Problems.invalidFieldCode("ownerPartnerId", "resource.owner.required");
        }
        if (Partner.findById(requested) == null) {
            throw Problems.invalidFieldCode("ownerPartnerId", "partner.unknown", requested);
        }
        return requested;
    }

    boolean mayRead(Resource resource) {
        if (!caller.isPartnerOnly()) {
            return true;
        }
        return resource.status == ResourceStatus.ACTIVE || resource.ownerPartnerId.equals(caller.partnerId().orElse(null));
    }

    private Resource visibleForWriting(UUID id) {
        Resource resource = Resource.findById(id);
        if (resource == null || !mayRead(resource)) {
            throw Problems.notFound("Resource", id);
        }
        if (caller.isPartnerOnly() && !resource.ownerPartnerId.equals(caller.partnerId().orElse(null))) {
            throw Problems.forbidden("Only the owner or a resource manager may edit this resource");
        }
        return resource;
    }

    private static void requireVersion(Resource resource, Long version) {
        if (version == null) {
            throw Problems.invalidFieldCode("version", "version.required");
        }
        if (version != resource.version) {
            throw Problems.staleVersion("Resource " + resource.id, version, resource.version);
        }
    }

    private void apply(Resource resource, ResourceInput input) {
        TaxonomyType type = taxonomy.requireType(input.typeCode());
        resource.channel = type.channel();
        resource.categoryCode = type.categoryCode();
        resource.typeCode = type.typeCode();
        resource.nameZh = input.nameZh().strip();
        resource.nameEn = input.nameEn().strip();
        resource.description = input.description() == null ? null : input.description().strip();
        if ("OFFLINE".equals(type.channel()) && input.location() == null) {
            throw Problems.invalidFieldCode("location", "resource.location.required");
        }
        resource.latitude = input.location() == null ? null : input.location().latitude();
        resource.longitude = input.location() == null ? null : input.location().longitude();
        resource.capacityAmount = input.capacity() == null ? null : input.capacity().amount();
        resource.capacityUnit = input.capacity() == null ? null : input.capacity().unit().strip();
        if (input.price() != null) {
            try {
                Currency.getInstance(input.price().currency());
            } catch (IllegalArgumentException e) {
                throw Problems.invalidFieldCode("price.currency", "resource.price.currency");
            }
        }
        resource.priceAmount = input.price() == null ? null : input.price().amount();
        resource.priceCurrency = input.price() == null ? null : input.price().currency();
        resource.priceUnit = input.price() == null ? null : input.price().unit().strip();
        if (input.availableFrom() != null && input.availableTo() != null && input.availableTo().isBefore(input.availableFrom())) {
            throw Problems.invalidFieldCode("availableTo", "resource.available.order");
        }
        resource.availableFrom = input.availableFrom();
        resource.availableTo = input.availableTo();
        applyContact(resource, input.contact());
        regions.validate("regions", input.regions());
        resource.regions.clear();
        resource.regions.addAll(input.regions());
        resource.tags.clear();
        resource.tags.addAll(tags(input.tags()));
    }

    /**
     * The contact person. Staff see the phone and ID number only masked, so an edit must not overwrite them with
     * what it cannot know: for each of the two, {@code null} (left out) keeps the stored value, the stored value's
     * own mask (as shown, e.g. {@code 138****5678}) keeps it too, an empty string removes it, anything else
     * replaces it. A masked value that is not the stored one's mask is refused (400). {@code contact: null} removes
     * the whole contact (its name is visible to every writer).
     */
    private static void applyContact(Resource resource, ContactInput contact) {
        if (contact == null) {
            resource.contactName = null;
            resource.contactPhone = null;
            resource.contactIdNumber = null;
            return;
        }
        resource.contactName = contact.name().strip();
        resource.contactPhone = kept("contact.phone", contact.phone(), resource.contactPhone, Masking::phone);
        resource.contactIdNumber = kept("contact.idNumber", contact.idNumber(), resource.contactIdNumber, Masking::idNumber);
    }

    static String kept(String field, String given, String stored, UnaryOperator<String> mask) {
        if (given == null) {
            return stored;
        }
        String value = given.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.indexOf('*') >= 0) {
            if (stored == null) {
                throw Problems.invalidFieldCode(field, "resource.contact.masked");
            }
            if (!value.equals(mask.apply(stored))) {
                throw Problems.invalidFieldCode(field, "resource.contact.masked-mismatch");
            }
            return stored;
        }
        return value;
    }

    /** Every tag must come from the dictionary and carry the kind of value its definition asks for. */
    private List<ResourceTag> tags(List<TagInput> inputs) {
        List<ResourceTag> tags = new ArrayList<>();
        if (inputs == null) {
            return tags;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            TagInput input = inputs.get(i);
            String path = "tags[" + i + "]";
            TagDefinitionView definition = tagDictionary.require(input.key(), path + ".key");
            if (!seen.add(input.key())) {
                throw Problems.invalidFieldCode(path + ".key", "resource.tag.duplicate", input.key());
            }
            ResourceTag tag = new ResourceTag();
            tag.dimension = definition.dimension().name();
            tag.key = definition.key();
            switch (definition.valueKind()) {
                case NUMBER -> {
                    if (input.numberValue() == null || input.textValue() != null) {
                        throw definition.unit() == null
                                ? Problems.invalidFieldCode(path + ".numberValue", "resource.tag.number", input.key())
                                : Problems.invalidFieldCode(path + ".numberValue", "resource.tag.number.unit", input.key(), definition.unit());
                    }
                    tag.numberValue = input.numberValue();
                    tag.unit = definition.unit();
                }
                case TEXT -> {
                    if (input.textValue() == null || input.textValue().isBlank() || input.numberValue() != null) {
                        throw Problems.invalidFieldCode(path + ".textValue", "resource.tag.text", input.key());
                    }
                    tag.textValue = input.textValue().strip();
                }
                default -> {
                    if (input.textValue() != null || input.numberValue() != null) {
                        throw Problems.invalidFieldCode(path, "resource.tag.flag", input.key());
                    }
                }
            }
            tags.add(tag);
        }
        return tags;
    }

    private void moveTo(Resource resource, LifecycleAction action, ResourceStatus next, String reason) {
        LifecycleEvent event = new LifecycleEvent();
        event.id = Ids.newId();
        event.resourceId = resource.id;
        event.action = action;
        event.fromStatus = resource.status;
        event.toStatus = next;
        event.reason = reason == null || reason.isBlank() ? null : reason.strip();
        event.actor = caller.username();
        event.occurredAt = Instant.now();
        event.persist();
        resource.status = next;
    }

    /** Runs the active admission rules of the resource's type and keeps each rule's verdict. */
    private void evaluateAdmission(Resource resource) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        for (ResourceTag tag : resource.tags) {
            if (tag.numberValue != null) {
                numbers.put(tag.key, tag.numberValue);
            } else if (tag.textValue != null) {
                texts.put(tag.key, tag.textValue);
            } else {
                flags.add(tag.key);
            }
        }
        AdmissionSubject subject = new AdmissionSubject(numbers, texts, flags, resource.capacityAmount,
                resource.priceAmount, resource.description, resource.latitude != null);
        List<AdmissionOutcomeView> outcomes = new ArrayList<>();
        for (AdmissionRuleView rule : admissionRules.activeRulesFor(resource.typeCode)) {
            RuleOutcome outcome = rule.evaluate(subject);
            outcomes.add(new AdmissionOutcomeView(outcome.ruleId(), rule.subject(), outcome.passed(),
                    outcome.reasonZh(), outcome.reasonEn()));
        }
        AdmissionResult result = new AdmissionResult();
        result.id = Ids.newId();
        result.resourceId = resource.id;
        result.passed = outcomes.stream().allMatch(AdmissionOutcomeView::passed);
        result.outcomes = outcomes;
        result.evaluatedAt = Instant.now();
        result.actor = caller.username();
        result.persist();
    }

    private static AdmissionResult latestAdmission(UUID resourceId) {
        return AdmissionResult.<AdmissionResult>find("resourceId", Sort.descending("evaluatedAt").and("id", Sort.Direction.Descending), resourceId)
                .firstResult();
    }

    ResourceView view(Resource resource) {
        return ResourceViews.of(resource, tagDictionary.all(), contactVisibility(resource), null);
    }

    ContactVisibility contactVisibility(Resource resource) {
        if (caller.isPartnerOnly()) {
            return resource.ownerPartnerId.equals(caller.partnerId().orElse(null)) ? ContactVisibility.FULL : ContactVisibility.NONE;
        }
        return ContactVisibility.MASKED;
    }
}
