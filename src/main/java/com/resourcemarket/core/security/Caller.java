package com.resourcemarket.core.security;

import com.resourcemarket.core.error.Problems;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Who is calling: subject, roles and — for partner tokens — the {@code partner_id} claim. Services use it to
 * keep a partner to its own data.
 */
@RequestScoped
public class Caller {

    public static final String PARTNER_ID_CLAIM = "partner_id";

    @Inject
    SecurityIdentity identity;

    public String subject() {
        return jwt().map(JsonWebToken::getSubject).orElseGet(() -> identity.getPrincipal().getName());
    }

    public String username() {
        return jwt().map(token -> (String) token.getClaim("preferred_username"))
                .orElseGet(() -> identity.getPrincipal().getName());
    }

    public Optional<String> displayName() {
        return jwt().map(token -> token.<String>getClaim("name"));
    }

    public Set<String> roles() {
        Set<String> known = new TreeSet<>();
        for (String role : Set.of(Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN)) {
            if (identity.hasRole(role)) {
                known.add(role);
            }
        }
        return known;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The partner organisation this token acts for; empty for staff tokens. */
    public Optional<UUID> partnerId() {
        return jwt().map(token -> token.<Object>getClaim(PARTNER_ID_CLAIM))
                .map(Object::toString)
                .map(value -> value.replace("\"", ""))
                .flatMap(Caller::parseUuid);
    }

    /** True for callers who act only for their own organisation (partners without a staff role). */
    public boolean isPartnerOnly() {
        return hasRole(Roles.PARTNER) && !hasRole(Roles.RESOURCE_MANAGER) && !hasRole(Roles.ADMIN)
                && !hasRole(Roles.FINANCE);
    }

    /** The partner id of a partner-only caller; 403 if its token carries none. */
    public UUID requirePartnerId() {
        return partnerId().orElseThrow(() -> Problems.forbidden("Your token carries no partner_id claim"));
    }

    /** A partner may act only for its own organisation; staff may act for any. */
    public void requireActsFor(UUID partnerId) {
        if (isPartnerOnly() && !partnerId.equals(requirePartnerId())) {
            throw Problems.forbidden("A partner may act only for its own organisation");
        }
    }

    private Optional<JsonWebToken> jwt() {
        Principal principal = identity.getPrincipal();
        return principal instanceof JsonWebToken token ? Optional.of(token) : Optional.empty();
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
