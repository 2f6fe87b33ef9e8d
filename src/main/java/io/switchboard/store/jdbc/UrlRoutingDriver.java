package io.switchboard.store.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A JDBC driver that hands each URL to the driver it belongs to. Quarkus fixes the datasource's driver at build
 * time, but the configuration contract promises one packaged jar that runs on its embedded H2 store by default and
 * on PostgreSQL when given a PostgreSQL URL; this is the seam that keeps that promise.
 */
@RegisterForReflection
public final class UrlRoutingDriver implements Driver {

    private static final Driver H2 = new org.h2.Driver();
    private static final Driver POSTGRESQL = new org.postgresql.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver target = target(url);
        return target == null ? null : target.connect(url, info);
    }

    @Override
    public boolean acceptsURL(String url) {
        return target(url) != null;
    }

    private static Driver target(String url) {
        if (url == null) {
            return null;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return null;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver target = target(url);
        return target == null ? new DriverPropertyInfo[0] : target.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
