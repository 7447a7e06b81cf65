package com.resourcemarket.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only lookups of cooperation facts for other features. */
@ApplicationScoped
public class CooperationDirectory {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CooperationFacts> find(UUID id) {
        return Cooperation.<Cooperation>findByIdOptional(id).map(Cooperation::facts);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CooperationFacts> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Cooperation.<Cooperation>list("id in ?1", ids).stream().map(Cooperation::facts).toList();
    }
}
