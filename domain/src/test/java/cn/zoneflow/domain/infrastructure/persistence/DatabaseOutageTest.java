package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is out of reach, try again shortly" and which are errors of their own. */
class DatabaseOutageTest {

    @Test
    void aServerThatRefusesConnectionsIsAnOutageHoweverDeeplyWrapped() {
        SQLException refused = null;
        try (Connection ignored = DriverManager.getConnection("jdbc:mysql://127.0.0.1:9/zoneflow?connectTimeout=2000",
                "root", "")) {
            throw new AssertionError("nothing listens on port 9 of the loopback");
        } catch (SQLException e) {
            refused = e;
        }

        assertThat(DatabaseOutage.causedBy(refused)).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("engine", new RuntimeException(refused))))
                .isTrue();
    }

    @Test
    void aRefusedStatementOrAnyOtherFailureIsNot() {
        assertThat(DatabaseOutage.causedBy(new SQLIntegrityConstraintViolationException("duplicate", "23000")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("bad"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("syntax", "42000"))).isFalse();
    }
}
