package com.resourcemarket.commission.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who a rule is for, most specific first: this is also the order of precedence. */
@Schema(name = "CommissionRuleScope", description = "Precedence, most specific first: COOPERATION (scopeKey = cooperation id), "
        + "PARTNER (scopeKey = the earning partner's id), CATEGORY (scopeKey = the cooperation's category code), DEFAULT")
public enum RuleScope {
    COOPERATION, PARTNER, CATEGORY, DEFAULT
}
