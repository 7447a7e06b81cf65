package com.resourcemarket.cooperation;

import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.matching.HistoryLookup;
import com.resourcemarket.matching.PairHistory;
import com.resourcemarket.testsupport.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The history factor's figures on hand-built cooperations between fresh partners. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CooperationHistoryTest {

    @Inject
    Instance<HistoryLookup> lookups;

    @Inject
    CooperationHistory history;

    private UUID demander;
    private UUID demand;
    private UUID resource;

    @BeforeEach
    void fixtures() {
        CooperationFixtures.ensureBasics();
        demander = UUID.fromString(CooperationFixtures.freshPartner("history-demander"));
        demand = UUID.fromString(CooperationFixtures.huadongDemand("历史 history"));
        resource = UUID.fromString(CooperationFixtures.beautyClipResource());
    }

    @Test
    void figuresPerOwnerFromClosedCancelledDisputedAndReviewedCooperations() {
        UUID good = UUID.fromString(CooperationFixtures.freshPartner("history-good"));
        UUID mixed = UUID.fromString(CooperationFixtures.freshPartner("history-mixed"));
        UUID silent = UUID.fromString(CooperationFixtures.freshPartner("history-silent"));
        QuarkusTransaction.requiringNew().run(() -> {
            // good: two closed, rated 5 and 3 by the demander (the owner's own ratings do not count in the mean)
            review(cooperation(good, CooperationStatus.CLOSED, null, false), ReviewSide.DEMANDER, 5);
            UUID second = cooperation(good, CooperationStatus.CLOSED, null, false);
            review(second, ReviewSide.DEMANDER, 3);
            review(second, ReviewSide.OWNER, 4);
            // mixed: one closed but rated 2 by the owner (a dispute), one cancelled while negotiating, one cancelled
            // as a dispute, one withdrawn while proposed, one declined, one still executing
            UUID sour = cooperation(mixed, CooperationStatus.CLOSED, null, false);
            review(sour, ReviewSide.DEMANDER, 4);
            review(sour, ReviewSide.OWNER, 2);
            cooperation(mixed, CooperationStatus.CANCELLED, CooperationStatus.NEGOTIATING, false);
            cooperation(mixed, CooperationStatus.CANCELLED, CooperationStatus.SIGNED, true);
            cooperation(mixed, CooperationStatus.CANCELLED, CooperationStatus.PROPOSED, false);
            cooperation(mixed, CooperationStatus.DECLINED, null, false);
            cooperation(mixed, CooperationStatus.EXECUTING, null, false);
            // silent: only a declined proposal: no history
            cooperation(silent, CooperationStatus.DECLINED, null, false);
        });

        HistoryLookup lookup = lookups.get();
        assertThat(lookup).isInstanceOf(CooperationHistory.class);
        assertThat(lookup.history(demander, good)).contains(new PairHistory(2, 4.0, 0, 0));
        assertThat(lookup.history(demander, mixed)).contains(new PairHistory(1, 4.0, 1, 2));
        assertThat(lookup.history(demander, silent)).isEmpty();
        assertThat(lookup.history(good, demander)).as("roles matter: the reverse pair has no history").isEmpty();
        assertThat(history.forDemander(demander)).containsOnlyKeys(good, mixed);
        assertThat(lookup.knownOwners(demander)).as("listed for the engine, the same figures")
                .isEqualTo(Map.of(good, new PairHistory(2, 4.0, 0, 0), mixed, new PairHistory(1, 4.0, 1, 2)));
        assertThat(lookup.knownOwners(silent)).isEmpty();
        HistoryLookup snapshot = history.snapshot(demander);
        assertThat(snapshot.history(demander, mixed)).contains(new PairHistory(1, 4.0, 1, 2));
        assertThat(snapshot.knownOwners(demander)).containsOnlyKeys(good, mixed);
    }

    @Test
    void aStepTakenThroughTheServiceRefreshesTheCachedFigures() {
        UUID owner = UUID.fromString(CooperationFixtures.freshPartner("history-cache"));
        assertThat(history.history(UUID.fromString(CooperationFixtures.HUADONG), owner)).isEmpty();
        String id = CooperationFixtures.proposed(CooperationFixtures.resourceOf(owner.toString()));
        CooperationFixtures.walkTo(id, "EXECUTING", null);
        CooperationFixtures.act(com.resourcemarket.testsupport.Tokens.manager(), id,
                Map.of("action", "CANCEL", "reason", "纠纷 dispute", "dispute", true)).then().statusCode(200);
        Optional<PairHistory> after = history.history(UUID.fromString(CooperationFixtures.HUADONG), owner);
        assertThat(after).contains(new PairHistory(0, null, 0, 1));
    }

    private UUID cooperation(UUID owner, CooperationStatus status, CooperationStatus cancelledFrom, boolean disputed) {
        Cooperation c = new Cooperation();
        c.id = Ids.newId();
        c.demandId = demand;
        c.resourceId = resource;
        c.demanderPartnerId = demander;
        c.ownerPartnerId = owner;
        c.categoryCode = "online.digital-marketing";
        c.status = status;
        c.cancelledFrom = cancelledFrom;
        c.disputed = disputed;
        c.proposedBy = "test";
        c.persist();
        return c.id;
    }

    private static void review(UUID cooperation, ReviewSide side, int rating) {
        CooperationReview review = new CooperationReview();
        review.cooperationId = cooperation;
        review.side = side;
        review.rating = rating;
        review.comment = "评价 review";
        review.reviewer = "test";
        review.reviewedAt = Instant.now();
        review.persist();
    }
}
