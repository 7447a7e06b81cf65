package com.resourcemarket.commission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Writes and reads the commission audit trail. Every change is recorded in the transaction that makes it. */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    /** The signed-in user's name, or {@value #SYSTEM} outside a request. */
    public String actor() {
        if (Arc.container().requestContext().isActive()) {
            try {
                return caller.username();
            } catch (RuntimeException e) {
                return SYSTEM;
            }
        }
        return SYSTEM;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.id = Ids.newId();
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.action = action;
        entry.actor = actor();
        entry.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.beforeJson = write(before);
        entry.afterJson = write(after);
        entry.persist();
    }

    @Transactional
    public List<CommissionDtos.AuditView> list(String entityType, String entityId, int offset, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (entityType != null) {
            query.append(" and entityType = :type");
            params.put("type", entityType);
        }
        if (entityId != null) {
            query.append(" and entityId = :id");
            params.put("id", entityId);
        }
        return AuditEntry.<AuditEntry>find(query.toString(), Sort.by("occurredAt").and("id"), params)
                .range(offset, offset + limit - 1).list().stream()
                .map(e -> new CommissionDtos.AuditView(e.id, e.entityType, e.entityId, e.action, e.actor, e.occurredAt,
                        e.beforeJson, e.afterJson))
                .toList();
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit value is not serialisable", e);
        }
    }
}
