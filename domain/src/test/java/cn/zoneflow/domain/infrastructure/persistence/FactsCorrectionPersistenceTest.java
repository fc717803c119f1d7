package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.project.FactChange;
import cn.zoneflow.domain.model.project.FactsCorrection;
import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.shared.Amount;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A correction keeps each changed fact as it read before and after, in the order the facts are listed. */
class FactsCorrectionPersistenceTest {

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_correction_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCorrectionIsKeptWithTheFactsItChangedAndNothingElse(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long projectId = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Project project = TestProjects.project(1, TestProjects.zone(em, "晋中开发区")).persist(em);
                ProjectFacts before = project.facts();
                ProjectFacts after = new ProjectFacts(before.code(), before.name() + "（二期）", before.enterprise(),
                        before.zone(), em.find(Industry.class, "NEW_MATERIALS"), before.strategicEmerging(),
                        before.industrial(), Amount.ofWan("9000.50"), before.expectedAnnualOutput(),
                        LocalDate.of(2027, 3, 1), before.plannedProductionDate());
                List<FactChange> changes = FactsCorrection.between(before, after);
                assertThat(FactsCorrection.between(before, before)).as("nothing changed").isEmpty();
                assertThatThrownBy(() -> FactsCorrection.of(project, "officer.jinzhong", LocalDateTime.now(), "无",
                        List.of())).isInstanceOf(IllegalArgumentException.class);
                new JpaFactsCorrectionRepository(em).add(FactsCorrection.of(project, "officer.jinzhong",
                        LocalDateTime.of(2026, 12, 1, 10, 0), "合同补充协议调整总投资", changes));
                em.getTransaction().commit();
                return project.id();
            });

            List<FactsCorrection> stored = TestDatabases.read(factory,
                    em -> new JpaFactsCorrectionRepository(em).of(projectId));

            assertThat(stored).singleElement().satisfies(correction -> {
                assertThat(correction.reason()).isEqualTo("合同补充协议调整总投资");
                assertThat(correction.changes()).extracting(FactChange::field)
                        .containsExactly("name", "industry", "totalInvestment", "plannedStartDate");
                assertThat(correction.changes().get(2).after()).isEqualTo("9000.5");
                assertThat(correction.changes().get(3).after()).isEqualTo("2027-03-01");
            });
        }
    }
}
