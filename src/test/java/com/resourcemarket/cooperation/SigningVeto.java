package com.resourcemarket.cooperation;

import com.resourcemarket.core.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.UUID;

/** Test observer standing in for the commission feature: vetoes a signing that names {@link #VETOED_PLAN}. */
@ApplicationScoped
public class SigningVeto {

    static final UUID VETOED_PLAN = UUID.fromString("0190d3c4-0000-7000-8000-00000000bad0");

    void onSigning(@Observes CooperationSigning event) {
        if (VETOED_PLAN.equals(event.cooperation().commissionPlanId())) {
            throw Problems.conflict("Commission plan " + VETOED_PLAN + " is not in force");
        }
    }
}
