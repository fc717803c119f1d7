package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditContext;
import cn.zoneflow.domain.model.audit.AuditEntry;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditFilter;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.audit.ChainVerification;
import cn.zoneflow.domain.model.shared.Keyword;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hash-chained audit trail on H2 and MariaDB: kept in order, searchable, and any tampering found. */
class AuditTrailTest {

    /** An officer at a desk in the zone's office. */
    static final AuditContext OFFICE = new AuditContext() {
        @Override
        public String actor() {
            return "officer.jinzhong";
        }

        @Override
        public String address() {
            return "127.0.0.1";
        }
    };

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_audit_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void entriesAreChainedInOrderWithWhoWhatWhenWhereAndTheResult(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            threeEntries(factory);

            var newestFirst = TestDatabases.read(factory, em -> trail(em).search(AuditFilter.NONE, 0, 10));
            ChainVerification verification = TestDatabases.read(factory, em -> trail(em).verify());

            assertThat(newestFirst.total()).isEqualTo(3);
            AuditEntry login = newestFirst.items().get(2);
            assertThat(login.sequenceNumber()).isEqualTo(1);
            assertThat(login.actor()).isEqualTo("officer.jinzhong");
            assertThat(login.result()).isEqualTo(AuditResult.FAILURE);
            assertThat(newestFirst.items().get(1).actor()).isEqualTo("officer.jinzhong");
            assertThat(newestFirst.items().get(1).address()).isEqualTo("127.0.0.1");
            assertThat(newestFirst.items().get(0).previousHash()).isEqualTo(newestFirst.items().get(1).entryHash());
            assertThat(verification.intact()).isTrue();
            assertThat(verification.checked()).isEqualTo(3);
            long registrations = TestDatabases.read(factory, em -> trail(em).search(new AuditFilter(null,
                    AuditAction.PROJECT_REGISTERED, null, null, null, null), 0, 10).total());
            assertThat(registrations).isEqualTo(1);
            long aboutTheProject = TestDatabases.read(factory, em -> trail(em).search(new AuditFilter(null, null,
                    null, null, null, null, Keyword.of("44-01-000001").orElseThrow()), 0, 10).total());
            assertThat(aboutTheProject).as("searched by a part of the object").isEqualTo(2);
            long byTheOfficer = TestDatabases.read(factory, em -> trail(em).search(new AuditFilter(null, null,
                    null, null, null, null, Keyword.of("OFFICER.JIN").orElseThrow()), 0, 10).total());
            assertThat(byTheOfficer).as("searched by a part of who acted, whatever the case").isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRowChangedInTheDatabaseIsFoundWhereItWasChanged(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            threeEntries(factory);

            sql(factory, "update audit_entry set actor = 'manager.jinzhong' where sequence_number = 2");

            ChainVerification verification = TestDatabases.read(factory, em -> trail(em).verify());
            assertThat(verification).isEqualTo(new ChainVerification(1, 2L, ChainVerification.CHANGED));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRemovedRowAndRemovedNewestRowsAreFound(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            threeEntries(factory);

            sql(factory, "delete from audit_entry where sequence_number = 3");
            ChainVerification truncated = TestDatabases.read(factory, em -> trail(em).verify());
            sql(factory, "delete from audit_entry where sequence_number = 1");
            ChainVerification gap = TestDatabases.read(factory, em -> trail(em).verify());

            assertThat(truncated).isEqualTo(new ChainVerification(2, 3L, ChainVerification.TRUNCATED));
            assertThat(gap).isEqualTo(new ChainVerification(0, 1L, ChainVerification.MISSING));
        }
    }

    private static void threeEntries(EntityManagerFactory factory) {
        TestDatabases.write(factory, em -> trail(em).recordSignIn("officer.jinzhong", AuditResult.FAILURE, "screens"));
        TestDatabases.write(factory, em -> trail(em).record(
                AuditEvent.success(AuditAction.PROJECT_REGISTERED, "project", "2024-140700-44-01-000001")));
        TestDatabases.write(factory, em -> trail(em).record(
                AuditEvent.success(AuditAction.TASK_CLAIMED, "project", "2024-140700-44-01-000001")));
    }

    private static AuditTrail trail(EntityManager em) {
        return new AuditTrail(new JpaAuditRepository(em), OFFICE);
    }

    private static void sql(EntityManagerFactory factory, String statement) {
        TestDatabases.write(factory, em -> em.createNativeQuery(statement).executeUpdate());
    }
}
