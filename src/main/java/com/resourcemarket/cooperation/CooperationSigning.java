package com.resourcemarket.cooperation;

import java.time.Instant;

/**
 * Fired synchronously inside the signing transaction, before SIGNED is committed. Observers (the commission
 * feature binds the plan version in force at {@code signedAt}) may veto the signing by throwing a problem
 * exception, which rolls the whole step back. Keeps the cooperation feature free of a dependency on commission.
 */
public record CooperationSigning(CooperationFacts cooperation, Instant signedAt) {
}
