package cn.zoneflow.domain.infrastructure.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source the container pools, pointing at whatever database {@link DatabaseSettings} names. One WAR
 * thus runs on H2 or MySQL/MariaDB by environment alone: the vendor's own data source is created behind it.
 * The WAR's {@code web.xml} declares the pool under {@link #JNDI_NAME}; JPA and the process engine share it,
 * so a domain write and a task completion commit or roll back together.
 */
public class ConfiguredDataSource implements DataSource {

    public static final String JNDI_NAME = "java:app/jdbc/zoneflow";

    private final DataSource vendor;

    /** The container's pool creates it this way; the first one checks the configuration before anything else. */
    public ConfiguredDataSource() {
        this(DatabaseConfigurationGuard.verifiedSettingsOrExit());
    }

    public ConfiguredDataSource(DatabaseSettings settings) {
        this.vendor = vendorDataSource(settings);
    }

    private static DataSource vendorDataSource(DatabaseSettings settings) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> type = Class.forName(settings.kind().dataSourceClass(), true,
                    loader != null ? loader : ConfiguredDataSource.class.getClassLoader());
            DataSource dataSource = (DataSource) type.getDeclaredConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(dataSource, settings.url());
            type.getMethod("setUser", String.class).invoke(dataSource, settings.user());
            type.getMethod("setPassword", String.class).invoke(dataSource, settings.password());
            return dataSource;
        } catch (ClassNotFoundException e) {
            throw new MisconfigurationException(DatabaseSettings.URL,
                    "needs the JDBC driver " + settings.kind().dataSourceClass() + ", which this installation lacks");
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new MisconfigurationException(DatabaseSettings.URL, "was refused by the driver: " + cause.getMessage());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return vendor.getConnection();
    }

    /** The container may pass credentials; the configured ones win, so there is one place to set them. */
    @Override
    public Connection getConnection(String ignoredUser, String ignoredPassword) throws SQLException {
        return vendor.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return vendor.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        vendor.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        vendor.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return vendor.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return vendor.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(vendor) ? iface.cast(vendor) : vendor.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(vendor) || vendor.isWrapperFor(iface);
    }
}
