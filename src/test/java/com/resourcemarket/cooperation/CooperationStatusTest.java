package com.resourcemarket.cooperation;

import com.resourcemarket.cooperation.CooperationService.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The state machine and the permission table, exhaustively: every (status, action) and every (action, role). */
class CooperationStatusTest {

    /** The legal steps, written out by hand from docs/cooperation.md; everything else must be refused. */
    private static final Map<CooperationStatus, Set<CooperationStatus>> LEGAL = new LinkedHashMap<>();

    static {
        LEGAL.put(CooperationStatus.PROPOSED, EnumSet.of(CooperationStatus.ACCEPTED, CooperationStatus.DECLINED, CooperationStatus.CANCELLED));
        LEGAL.put(CooperationStatus.ACCEPTED, EnumSet.of(CooperationStatus.NEGOTIATING, CooperationStatus.CANCELLED));
        LEGAL.put(CooperationStatus.NEGOTIATING, EnumSet.of(CooperationStatus.SIGNED, CooperationStatus.CANCELLED));
        LEGAL.put(CooperationStatus.SIGNED, EnumSet.of(CooperationStatus.EXECUTING, CooperationStatus.CANCELLED));
        LEGAL.put(CooperationStatus.EXECUTING, EnumSet.of(CooperationStatus.REVIEWED, CooperationStatus.CANCELLED));
        LEGAL.put(CooperationStatus.REVIEWED, EnumSet.of(CooperationStatus.CLOSED));
        LEGAL.put(CooperationStatus.CLOSED, EnumSet.noneOf(CooperationStatus.class));
        LEGAL.put(CooperationStatus.DECLINED, EnumSet.noneOf(CooperationStatus.class));
        LEGAL.put(CooperationStatus.CANCELLED, EnumSet.noneOf(CooperationStatus.class));
    }

    @Test
    void everyPairOfStatusesIsLegalExactlyWhenTheTableSaysSo() {
        int legal = 0;
        for (CooperationStatus from : CooperationStatus.values()) {
            for (CooperationStatus to : CooperationStatus.values()) {
                boolean expected = LEGAL.get(from).contains(to);
                assertThat(from.allows(to)).as(from + " -> " + to).isEqualTo(expected);
                legal += expected ? 1 : 0;
            }
        }
        assertThat(legal).isEqualTo(12);
    }

    @Test
    void everyActionLeadsToItsTargetAndOpennessFollows() {
        assertThat(CooperationAction.ACCEPT.target()).isEqualTo(CooperationStatus.ACCEPTED);
        assertThat(CooperationAction.DECLINE.target()).isEqualTo(CooperationStatus.DECLINED);
        assertThat(CooperationAction.START_NEGOTIATION.target()).isEqualTo(CooperationStatus.NEGOTIATING);
        assertThat(CooperationAction.SIGN.target()).isEqualTo(CooperationStatus.SIGNED);
        assertThat(CooperationAction.START_EXECUTION.target()).isEqualTo(CooperationStatus.EXECUTING);
        assertThat(CooperationAction.REVIEW.target()).isEqualTo(CooperationStatus.REVIEWED);
        assertThat(CooperationAction.CLOSE.target()).isEqualTo(CooperationStatus.CLOSED);
        assertThat(CooperationAction.CANCEL.target()).isEqualTo(CooperationStatus.CANCELLED);
        for (CooperationStatus status : CooperationStatus.values()) {
            assertThat(status.isOpen()).as(status.name()).isEqualTo(!LEGAL.get(status).isEmpty());
        }
        assertThat(EnumSet.allOf(CooperationStatus.class).stream().filter(CooperationStatus::isSignedOrLater))
                .containsExactly(CooperationStatus.SIGNED, CooperationStatus.EXECUTING, CooperationStatus.REVIEWED,
                        CooperationStatus.CLOSED);
    }

    @Test
    void whoMayDoWhat() {
        Map<CooperationAction, Set<Role>> expected = new LinkedHashMap<>();
        expected.put(CooperationAction.PROPOSE, EnumSet.of(Role.DEMANDER, Role.STAFF));
        expected.put(CooperationAction.ACCEPT, EnumSet.of(Role.OWNER, Role.STAFF));
        expected.put(CooperationAction.DECLINE, EnumSet.of(Role.OWNER, Role.STAFF));
        expected.put(CooperationAction.START_NEGOTIATION, EnumSet.of(Role.DEMANDER, Role.OWNER, Role.STAFF));
        expected.put(CooperationAction.SIGN, EnumSet.of(Role.DEMANDER, Role.OWNER, Role.STAFF));
        expected.put(CooperationAction.START_EXECUTION, EnumSet.of(Role.OWNER, Role.STAFF));
        expected.put(CooperationAction.REVIEW, EnumSet.of(Role.DEMANDER, Role.OWNER));
        expected.put(CooperationAction.CLOSE, EnumSet.of(Role.DEMANDER, Role.OWNER, Role.STAFF));
        expected.put(CooperationAction.CANCEL, EnumSet.of(Role.DEMANDER, Role.OWNER, Role.STAFF));
        assertThat(expected.keySet()).containsExactlyInAnyOrder(CooperationAction.values());
        for (CooperationAction action : CooperationAction.values()) {
            for (Role role : Role.values()) {
                assertThat(CooperationService.allowed(action, role)).as(action + " by " + role)
                        .isEqualTo(expected.get(action).contains(role));
            }
        }
    }
}
