package com.resourcemarket.console;

import com.resourcemarket.core.security.Roles;
import io.quarkus.qute.TemplateData;

import java.util.Set;

/** The signed-in person as the pages need it: name and what the roles allow (menus, buttons). */
@TemplateData
public record ConsoleUser(String name, Set<String> roles) {

    /** Catalogue curation: edit, grade, evaluate, lifecycle, partners. */
    public boolean canCurate() {
        return roles.contains(Roles.RESOURCE_MANAGER) || roles.contains(Roles.ADMIN);
    }

    public boolean canFinance() {
        return roles.contains(Roles.FINANCE) || roles.contains(Roles.ADMIN);
    }

    public boolean isStaff() {
        return canCurate() || canFinance();
    }
}
