package com.resourcemarket.catalogue;

import com.resourcemarket.core.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every (status, action) pair: exactly the documented moves are legal. */
class LifecycleTest {

    private static final Map<ResourceStatus, Map<LifecycleAction, ResourceStatus>> LEGAL = Map.of(
            ResourceStatus.DRAFT, Map.of(LifecycleAction.SUBMIT, ResourceStatus.SUBMITTED),
            ResourceStatus.SUBMITTED, Map.of(LifecycleAction.APPROVE, ResourceStatus.ACTIVE, LifecycleAction.REJECT, ResourceStatus.REJECTED),
            ResourceStatus.REJECTED, Map.of(LifecycleAction.SUBMIT, ResourceStatus.SUBMITTED),
            ResourceStatus.ACTIVE, Map.of(LifecycleAction.SUSPEND, ResourceStatus.SUSPENDED, LifecycleAction.RECTIFY, ResourceStatus.RECTIFICATION),
            ResourceStatus.SUSPENDED, Map.of(LifecycleAction.RESUME, ResourceStatus.ACTIVE),
            ResourceStatus.RECTIFICATION, Map.of(LifecycleAction.RESTORE, ResourceStatus.ACTIVE, LifecycleAction.EXIT, ResourceStatus.EXITED),
            ResourceStatus.EXITED, Map.of());

    @Test
    void exactlyTheDocumentedMovesAreLegal() {
        int legal = 0;
        for (ResourceStatus from : ResourceStatus.values()) {
            for (LifecycleAction action : LifecycleAction.values()) {
                Optional<ResourceStatus> expected = Optional.ofNullable(LEGAL.get(from).get(action));
                assertThat(Lifecycle.next(from, action)).as(from + " --" + action + "-->").isEqualTo(expected);
                legal += expected.isPresent() ? 1 : 0;
            }
        }
        assertThat(legal).isEqualTo(9);
    }

    @Test
    void ownersMaySubmitOnly() {
        Set<String> partner = Set.of(Roles.PARTNER);
        for (LifecycleAction action : LifecycleAction.values()) {
            assertThat(Lifecycle.allowed(action, true, partner)).as(action.name()).isEqualTo(action == LifecycleAction.SUBMIT);
            assertThat(Lifecycle.allowed(action, false, partner)).as("non-owner " + action).isFalse();
            assertThat(Lifecycle.allowed(action, false, Set.of(Roles.RESOURCE_MANAGER))).isTrue();
            assertThat(Lifecycle.allowed(action, false, Set.of(Roles.FINANCE))).isFalse();
        }
    }

    @Test
    void negativeDecisionsNeedAReason() {
        assertThat(EnumSet.allOf(LifecycleAction.class).stream().filter(Lifecycle::reasonRequired))
                .containsExactlyInAnyOrder(LifecycleAction.REJECT, LifecycleAction.SUSPEND, LifecycleAction.RECTIFY, LifecycleAction.EXIT);
    }
}
