package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void defaultsToAnH2FileUnderDataWithDemoData() {
        DatabaseSettings settings = DatabaseSettings.of(DatabaseSettings.DEFAULT_URL, null, null, null);

        assertThat(settings.kind()).isEqualTo(DatabaseKind.H2);
        assertThat(settings.url()).as("waiting up to 10 s for a lock, as a burst of users needs, and each commit in"
                + " the file before it is confirmed")
                .isEqualTo("jdbc:h2:file:./data/zoneflow;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
        assertThat(DatabaseSettings.of("jdbc:h2:mem:t;lock_timeout=500;write_delay=100", null, "", null).url())
                .as("unless the operator chose").isEqualTo("jdbc:h2:mem:t;lock_timeout=500;write_delay=100");
        assertThat(settings.user()).isEqualTo("zoneflow");
        assertThat(settings.demoData()).isTrue();
    }

    @Test
    void aMysqlUrlGetsNoDemoDataUnlessAskedAndTheConnectorSettingsCamundaNeeds() {
        DatabaseSettings settings = DatabaseSettings.of("jdbc:mysql://127.0.0.1:3306/zoneflow", "root", "", null);

        assertThat(settings.kind()).isEqualTo(DatabaseKind.MYSQL);
        assertThat(settings.demoData()).isFalse();
        assertThat(settings.url()).isEqualTo("jdbc:mysql://127.0.0.1:3306/zoneflow"
                + "?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&connectTimeout=5000"
                + "&characterEncoding=UTF-8&useLocalSessionState=true");
        assertThat(DatabaseSettings.of("jdbc:mysql://h/z", "root", "", true).demoData()).isTrue();
    }

    @Test
    void keepsConnectorSettingsTheOperatorChose() {
        DatabaseSettings settings = DatabaseSettings.of("jdbc:mysql://h/z?connectTimeout=20000", "root", "", null);

        assertThat(settings.url()).isEqualTo("jdbc:mysql://h/z?connectTimeout=20000"
                + "&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&characterEncoding=UTF-8"
                + "&useLocalSessionState=true");
    }

    @Test
    void refusesADatabaseZoneflowDoesNotSupportNamingTheSetting() {
        assertThatThrownBy(() -> DatabaseSettings.of("jdbc:postgresql://127.0.0.1/zoneflow", "u", "", null))
                .isInstanceOf(MisconfigurationException.class)
                .hasMessageStartingWith("ZONEFLOW_DB_URL 'jdbc:postgresql://127.0.0.1/zoneflow' is not a database");
    }

    @Test
    void requiresAUserForMysql() {
        assertThatThrownBy(() -> DatabaseSettings.of("jdbc:mysql://h/z", null, "", null))
                .isInstanceOf(MisconfigurationException.class)
                .hasMessageStartingWith("ZONEFLOW_DB_USER is required");
    }

    @Test
    void explainsDriverErrorsByTheSettingToFix() {
        DatabaseSettings settings = DatabaseSettings.of("jdbc:mysql://h/z", "root", "", null);

        assertThat(DatabaseConnectionCheck.explain(settings, new SQLException("Access denied", "28000")).setting())
                .isEqualTo("ZONEFLOW_DB_USER/ZONEFLOW_DB_PASSWORD");
        assertThat(DatabaseConnectionCheck.explain(settings, new SQLException("Connection refused\nmore", "08S01"))
                .getMessage()).startsWith("ZONEFLOW_DB_URL names a database server that cannot be reached")
                .endsWith("Connection refused");
        assertThat(DatabaseConnectionCheck.explain(settings, new SQLException("Unknown database 'z'", "42000"))
                .getMessage()).startsWith("ZONEFLOW_DB_URL cannot be opened");
    }
}
