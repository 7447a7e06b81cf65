package com.resourcemarket.catalogue;

import com.resourcemarket.core.security.Roles;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle as a table: DRAFT → SUBMITTED → ACTIVE or REJECTED; ACTIVE ⇄ SUSPENDED;
 * ACTIVE → RECTIFICATION → ACTIVE or EXITED; a REJECTED resource can be fixed and submitted again.
 * Anything not in the table is illegal (409).
 */
public final class Lifecycle {

    record Move(Set<ResourceStatus> from, ResourceStatus to, boolean ownerMayDo, boolean reasonRequired) {
    }

    private static final Map<LifecycleAction, Move> MOVES = new EnumMap<>(LifecycleAction.class);

    static {
        MOVES.put(LifecycleAction.SUBMIT, new Move(Set.of(ResourceStatus.DRAFT, ResourceStatus.REJECTED), ResourceStatus.SUBMITTED, true, false));
        MOVES.put(LifecycleAction.APPROVE, new Move(Set.of(ResourceStatus.SUBMITTED), ResourceStatus.ACTIVE, false, false));
        MOVES.put(LifecycleAction.REJECT, new Move(Set.of(ResourceStatus.SUBMITTED), ResourceStatus.REJECTED, false, true));
        MOVES.put(LifecycleAction.SUSPEND, new Move(Set.of(ResourceStatus.ACTIVE), ResourceStatus.SUSPENDED, false, true));
        MOVES.put(LifecycleAction.RESUME, new Move(Set.of(ResourceStatus.SUSPENDED), ResourceStatus.ACTIVE, false, false));
        MOVES.put(LifecycleAction.RECTIFY, new Move(Set.of(ResourceStatus.ACTIVE), ResourceStatus.RECTIFICATION, false, true));
        MOVES.put(LifecycleAction.RESTORE, new Move(Set.of(ResourceStatus.RECTIFICATION), ResourceStatus.ACTIVE, false, false));
        MOVES.put(LifecycleAction.EXIT, new Move(Set.of(ResourceStatus.RECTIFICATION), ResourceStatus.EXITED, false, true));
    }

    private Lifecycle() {
    }

    /** The status after {@code action}, or empty when the action is illegal in {@code from}. */
    public static Optional<ResourceStatus> next(ResourceStatus from, LifecycleAction action) {
        Move move = MOVES.get(action);
        return move != null && move.from().contains(from) ? Optional.of(move.to()) : Optional.empty();
    }

    /** Owners may only submit; every other action is the resource managers' (and admins'). */
    public static boolean allowed(LifecycleAction action, boolean isOwnerOnly, Set<String> roles) {
        if (roles.contains(Roles.RESOURCE_MANAGER) || roles.contains(Roles.ADMIN)) {
            return true;
        }
        return isOwnerOnly && MOVES.get(action).ownerMayDo();
    }

    public static boolean reasonRequired(LifecycleAction action) {
        return MOVES.get(action).reasonRequired();
    }
}
