package cn.zoneflow.domain.infrastructure.persistence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The databases ZoneFlow runs on, told apart by their JDBC URL. MariaDB is reached through MySQL's
 * Connector/J and behaves as MySQL for Flyway, EclipseLink and the process engine.
 */
public enum DatabaseKind {
    H2("jdbc:h2:", "org.h2.jdbcx.JdbcDataSource", "h2"),
    MYSQL("jdbc:mysql:", "com.mysql.cj.jdbc.MysqlDataSource", "mysql");

    private final String urlPrefix;
    private final String dataSourceClass;
    private final String engineDatabaseType;

    DatabaseKind(String urlPrefix, String dataSourceClass, String engineDatabaseType) {
        this.urlPrefix = urlPrefix;
        this.dataSourceClass = dataSourceClass;
        this.engineDatabaseType = engineDatabaseType;
    }

    public static Optional<DatabaseKind> of(String jdbcUrl) {
        return Arrays.stream(values()).filter(kind -> jdbcUrl != null && jdbcUrl.startsWith(kind.urlPrefix)).findFirst();
    }

    String dataSourceClass() {
        return dataSourceClass;
    }

    /** The name Camunda's {@code databaseType} setting knows this database by. */
    public String engineDatabaseType() {
        return engineDatabaseType;
    }
}
