package com.resourcemarket.core.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The random id the schema got when it was created (table {@code database_identity}): derived data kept outside the
 * database records it and is rebuilt when it meets another one.
 */
@ApplicationScoped
public class DatabaseIdentity {

    @Inject
    AgroalDataSource dataSource;

    private volatile String identity;

    public String get() {
        String known = identity;
        if (known != null) {
            return known;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT identity FROM database_identity WHERE singleton = 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("database_identity has no row: the schema was not migrated");
            }
            identity = rs.getString(1);
            return identity;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database identity: " + e.getMessage(), e);
        }
    }
}
