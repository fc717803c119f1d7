package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.procedure.AgencyAgreement;
import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProcedureChecklist;
import cn.zoneflow.domain.model.procedure.ProcedureStatus;
import cn.zoneflow.domain.model.procedure.ProcedureTerms;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The procedure catalogue as migrated, and a project's agreement and procedures stored and read back. */
class ProcedurePersistenceTest {

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_procedure_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theCatalogueHoldsTheProceduresBeforeStartAndBeforeProductionInWorkingOrder(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            List<Procedure> catalogue = TestDatabases.read(factory, em -> new JpaProcedureRepository(em).catalogue());

            assertThat(catalogue).hasSize(15);
            assertThat(catalogue.get(0).name()).isEqualTo("企业投资项目备案");
            assertThat(catalogue).filteredOn(p -> p.requiredBefore() == Stage.PRODUCING).extracting(Procedure::name)
                    .containsExactly("竣工验收备案", "消防验收", "排污许可");
            assertThat(catalogue).filteredOn(Procedure::isCoveredByRegionalAssessment).hasSize(6);
            assertThat(catalogue).filteredOn(p -> p.code().equals("ENVIRONMENTAL_ASSESSMENT"))
                    .extracting(Procedure::department, Procedure::statutoryDays)
                    .containsExactly(tuple("生态环境部门", 30));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEntryTakesNewTermsOnceAndASecondChangeFromTheSameVersionIsRefused(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            ProcedureTerms shorter = new ProcedureTerms("环境影响评价审批", "市生态环境局", 15, true, true);
            boolean first = change(factory, 0, shorter);
            boolean second = change(factory, 0, new ProcedureTerms("环评", "生态环境部门", 60, false, false));
            factory.getCache().evictAll();

            Procedure stored = TestDatabases.read(factory, em -> new JpaProcedureRepository(em)
                    .catalogueEntries(List.of("ENVIRONMENTAL_ASSESSMENT")).get(0));
            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(ProcedureTerms.of(stored)).isEqualTo(shorter);
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.requiredBefore()).isEqualTo(Stage.STARTED);
        }
    }

    private static boolean change(EntityManagerFactory factory, long version, ProcedureTerms terms) {
        return TestDatabases.read(factory, em -> {
            em.getTransaction().begin();
            boolean changed = new JpaProcedureRepository(em).change("ENVIRONMENTAL_ASSESSMENT", version, terms);
            em.getTransaction().commit();
            return changed;
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storesTheAgreementAndTheChecklistOfAProjectOnStandardLand(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            LocalDate signed = LocalDate.of(2026, 3, 2);
            long projectId = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Project project = TestProjects.project(1, TestProjects.zone(em, "晋中开发区")).signedOn(signed)
                        .persist(em);
                JpaProcedureRepository procedures = new JpaProcedureRepository(em);
                procedures.add(new AgencyAgreement(project, "晋中代办〔2026〕001号", signed, "officer.jinzhong",
                        "officer.jinzhong", signed.plusDays(3)));
                procedures.catalogueEntries(List.of("LAND_USE", "SOIL_WATER", "DISCHARGE_PERMIT"))
                        .forEach(p -> procedures.add(ProjectProcedure.planned(project, p, true, false)));
                em.getTransaction().commit();
                return project.id();
            });
            TestDatabases.write(factory, em -> new JpaProcedureRepository(em).procedureOf(projectId, "LAND_USE")
                    .orElseThrow().submit("officer.jinzhong", signed.plusDays(5), signed.plusDays(33)));

            ProcedureChecklist checklist = TestDatabases.read(factory,
                    em -> new JpaProcedureRepository(em).checklistOf(projectId));
            assertThat(checklist.procedures()).extracting(p -> p.procedure().code(), ProjectProcedure::status)
                    .containsExactly(tuple("LAND_USE", ProcedureStatus.IN_PROGRESS),
                            tuple("SOIL_WATER", ProcedureStatus.WAIVED),
                            tuple("DISCHARGE_PERMIT", ProcedureStatus.PENDING));
            assertThat(checklist.procedures().get(0).dueDate()).isEqualTo(signed.plusDays(33));
            assertThat(checklist.done()).isEqualTo(1);
            AgencyAgreement agreement = TestDatabases.read(factory,
                    em -> new JpaProcedureRepository(em).agreementOf(projectId).orElseThrow());
            assertThat(agreement.number()).isEqualTo("晋中代办〔2026〕001号");
            boolean taken = TestDatabases.read(factory,
                    em -> new JpaProcedureRepository(em).agreementNumberTaken("晋中代办〔2026〕001号"));
            assertThat(taken).isTrue();
        }
    }
}
