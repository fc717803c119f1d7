package cn.zoneflow.domain.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the domain schema to the newest version with the Flyway migrations under {@code db/migration} and the
 * Java migrations that carry data over from the process engine's tables.
 * The process engine creates its own tables; these are ZoneFlow's.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final String MYSQL_TABLE_OPTIONS =
            "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

    @Resource(lookup = ConfiguredDataSource.JNDI_NAME)
    private DataSource dataSource;

    public void migrate(DatabaseKind kind) {
        MigrateResult result = configure(dataSource, kind).migrate();
        LOG.info(() -> "Domain schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    static Flyway configure(DataSource dataSource, DatabaseKind kind) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // registered, not scanned for: it lives beside the code it shares rather than in db.migration
                .javaMigrations(new V22__Returned_rounds_from_engine_comments())
                .table("schema_history")
                .placeholders(Map.of("tableOptions", kind == DatabaseKind.MYSQL ? MYSQL_TABLE_OPTIONS : "",
                        // MySQL's BLOB holds 64 KB; documents are up to 20 MB
                        "blobType", kind == DatabaseKind.MYSQL ? "LONGBLOB" : "BLOB"))
                .load();
    }
}
