package cn.zoneflow.domain.application.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.infrastructure.persistence.MisconfigurationException;
import org.junit.jupiter.api.Test;

class DemoSeparationTest {

    @Test
    void aLiveInstallationRefusesADatabaseHoldingDemoProjectsOrAccounts() {
        assertThatThrownBy(() -> new DemoSeparation(false, true, 120, 14, 3).check())
                .isInstanceOf(MisconfigurationException.class)
                .hasMessageStartingWith("ZONEFLOW_DEMO_DATA is false")
                .hasMessageContaining("120 demo projects, 14 demo accounts");
        assertThatThrownBy(() -> new DemoSeparation(false, false, 0, 2, 0).check())
                .as("demo accounts alone: their password is published")
                .isInstanceOf(MisconfigurationException.class);
    }

    @Test
    void demoDataIsNeverLoadedBesideRealProjects() {
        assertThatThrownBy(() -> new DemoSeparation(true, false, 0, 0, 35).check())
                .isInstanceOf(MisconfigurationException.class)
                .hasMessageContaining("already holds 35 real projects");
    }

    @Test
    void eachKindRunsOnItsOwnDatabase() {
        assertThatCode(() -> new DemoSeparation(false, false, 0, 0, 35).check()).doesNotThrowAnyException();
        assertThatCode(() -> new DemoSeparation(true, false, 0, 0, 0).check()).doesNotThrowAnyException();
        assertThatCode(() -> new DemoSeparation(true, true, 120, 14, 7).check())
                .as("projects registered while demonstrating").doesNotThrowAnyException();
    }
}
