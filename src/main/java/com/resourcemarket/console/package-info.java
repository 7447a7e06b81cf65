/**
 * The admin console under {@code /console}: server-rendered Qute pages with htmx and Chart.js for resource
 * managers, finance and admins, signed in through Keycloak (second OIDC tenant {@code console}, authorization
 * code + PKCE). It calls the feature services directly, as the signed-in user, so every rule the API enforces
 * holds here too; its endpoints also carry {@code @RolesAllowed}. Nothing else may depend on this package.
 */
package com.resourcemarket.console;
