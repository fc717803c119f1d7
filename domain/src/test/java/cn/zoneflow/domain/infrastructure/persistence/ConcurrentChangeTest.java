package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which refusals of the real databases mean "someone else wrote the same data at the same moment" (answered 409,
 * try again) and which are defects: a unique key taken is a lost race, a missing required value is not.
 */
class ConcurrentChangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void aUniqueKeyTakenMeanwhileIsALostRaceAMissingValueIsNot(String database) throws SQLException {
        DataSource dataSource = new ConfiguredDataSource(
                database.equals("h2") ? TestDatabases.h2() : TestDatabases.mariaDb("zoneflow_race_test"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE race (code VARCHAR(20) NOT NULL UNIQUE)");
            statement.execute("INSERT INTO race (code) VALUES ('JZ-1')");

            SQLException taken = catchThrowableOfType(SQLException.class,
                    () -> statement.execute("INSERT INTO race (code) VALUES ('JZ-1')"));
            SQLException missing = catchThrowableOfType(SQLException.class,
                    () -> statement.execute("INSERT INTO race (code) VALUES (NULL)"));

            assertThat(ConcurrentChange.causedBy(new PersistenceException("flush", taken))).isTrue();
            assertThat(ConcurrentChange.causedBy(new PersistenceException("flush", missing))).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {OptimisticLockException.class, IllegalStateException.class})
    void aVersionThatMovedOnIsALostRaceAnythingElseIsNot(Class<? extends RuntimeException> kind) throws Exception {
        RuntimeException failure = kind.getConstructor(String.class).newInstance("changed");

        assertThat(ConcurrentChange.causedBy(new RuntimeException("commit", failure)))
                .isEqualTo(kind == OptimisticLockException.class);
    }
}
