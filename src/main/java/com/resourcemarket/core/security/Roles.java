package com.resourcemarket.core.security;

/** The realm roles of Keycloak realm {@code resource-market}. */
public final class Roles {

    public static final String PARTNER = "partner";
    public static final String RESOURCE_MANAGER = "resource-manager";
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
