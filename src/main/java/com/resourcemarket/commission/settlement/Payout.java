package com.resourcemarket.commission.settlement;

import java.math.BigDecimal;

/**
 * What a statement pays: balance = lines total + brought forward; payable = balance − held if that is positive, at least
 * the minimum payout and the partner is not on hold, otherwise 0; carried forward = balance − payable (so negative
 * balances, small balances and held amounts all move on to the next statement).
 */
final class Payout {

    private Payout() {
    }

    record Amounts(BigDecimal balance, BigDecimal payable, BigDecimal carriedForward, String reason) {
    }

    static Amounts compute(BigDecimal linesTotal, BigDecimal broughtForward, BigDecimal held, String partnerHold,
                           BigDecimal minimumPayout) {
        BigDecimal balance = linesTotal.add(broughtForward);
        BigDecimal base = balance.subtract(held);
        BigDecimal payable;
        String reason;
        if (partnerHold != null) {
            payable = BigDecimal.ZERO;
            reason = "partner on hold: " + (partnerHold.length() > 150 ? partnerHold.substring(0, 150) : partnerHold);
        } else if (base.signum() <= 0) {
            payable = BigDecimal.ZERO;
            reason = "balance not positive: carried forward";
        } else if (base.compareTo(minimumPayout) < 0) {
            payable = BigDecimal.ZERO;
            reason = "below the minimum payout " + minimumPayout.toPlainString() + ": carried forward";
        } else {
            payable = base;
            reason = held.signum() != 0 ? "held lines carried forward" : null;
        }
        payable = payable.setScale(2);
        return new Amounts(balance.setScale(2), payable, balance.subtract(payable).setScale(2), reason);
    }
}
