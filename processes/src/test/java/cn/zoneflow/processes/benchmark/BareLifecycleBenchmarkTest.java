package cn.zoneflow.processes.benchmark;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * A tiny run of the bare engine's benchmark, so that it keeps working as the lifecycle's BPMN changes: it throws when
 * a project does not reach 达效. Nothing here is about time.
 */
class BareLifecycleBenchmarkTest {

    @Test
    void aTinyRunCarriesItsProjectsFromSigningToEffective() {
        String[] arguments = {"3", "jdbc:h2:mem:bare-benchmark;DB_CLOSE_DELAY=-1"};

        assertThatCode(() -> BareLifecycleBenchmark.main(arguments)).doesNotThrowAnyException();
    }
}
