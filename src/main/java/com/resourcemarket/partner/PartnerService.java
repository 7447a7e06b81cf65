package com.resourcemarket.partner;

import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartnerService {

    @Inject
    Caller caller;

    @Transactional
    public PartnerView create(CreatePartnerRequest request) {
        UUID id = request.id() != null ? request.id() : Ids.newId();
        if (Partner.findById(id) != null) {
            throw Problems.conflict("Partner " + id + " already exists");
        }
        Partner partner = new Partner();
        partner.id = id;
        partner.nameZh = request.nameZh().strip();
        partner.nameEn = request.nameEn().strip();
        partner.type = request.type();
        partner.persist();
        return PartnerView.of(partner);
    }

    /** A partner reads only its own organisation; staff read any. */
    @Transactional
    public PartnerView get(UUID id) {
        caller.requireActsFor(id);
        Partner partner = Partner.findById(id);
        if (partner == null) {
            throw Problems.notFound("Partner", id);
        }
        return PartnerView.of(partner);
    }

    @Transactional
    public List<PartnerView> list(int offset, int limit) {
        return Partner.<Partner>findAll(io.quarkus.panache.common.Sort.by("nameEn").and("id"))
                .range(offset, offset + limit - 1).list().stream().map(PartnerView::of).toList();
    }
}
