package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.commitment.CommitmentStatus;
import cn.zoneflow.domain.model.commitment.CreditRecord;
import cn.zoneflow.domain.model.evaluation.EffectivenessCheck;
import cn.zoneflow.domain.model.evaluation.EffectivenessDecision;
import cn.zoneflow.domain.model.evaluation.OutputEvaluation;
import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.RegionalAssessment;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Standard-land parcels, commitments with their credit records, and 达效 evaluations stored and read back. */
class ReformPersistenceTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_reform_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storesAParcelWithItsStandardsAndAssessmentsWithinItsZone(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, em -> new JpaLandParcelRepository(em).add(new LandParcel("YQ-2026-001",
                    TestProjects.zone(em, "阳泉高新区"), new BigDecimal("1865.55"), SIGNED,
                    new BigDecimal("300"), new BigDecimal("450.5"), new BigDecimal("25"), new BigDecimal("0.3512"),
                    List.of(RegionalAssessment.SOIL_WATER, RegionalAssessment.CULTURAL_RELICS))));

            LandParcel parcel = TestDatabases.read(factory,
                    em -> new JpaLandParcelRepository(em).parcelCoded("YQ-2026-001").orElseThrow());
            assertThat(parcel.areaMu()).isEqualByComparingTo("1865.55");
            assertThat(parcel.outputPerMu()).isEqualByComparingTo("450.50");
            assertThat(parcel.energyPerOutput()).isEqualByComparingTo("0.3512");
            assertThat(parcel.assessments()).containsExactly(RegionalAssessment.SOIL_WATER,
                    RegionalAssessment.CULTURAL_RELICS);
            long yangquan = parcel.zone().id();
            List<LandParcel> inZone = TestDatabases.read(factory,
                    em -> new JpaLandParcelRepository(em).within(Scope.ofZone(yangquan)));
            List<LandParcel> inJinzhong = TestDatabases.read(factory,
                    em -> new JpaLandParcelRepository(em).within(Scope.ofCity("140700")));
            assertThat(inZone).extracting(LandParcel::code).containsExactly("YQ-2026-001");
            assertThat(inJinzhong).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storesABrokenCommitmentWithTheCreditRecordAndEachEvaluationRound(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long projectId = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Project project = TestProjects.project(2, TestProjects.zone(em, "晋中开发区")).signedOn(SIGNED)
                        .reached(Stage.STARTED, SIGNED.plusMonths(1)).reached(Stage.PRODUCING, SIGNED.plusMonths(8))
                        .persist(em);
                Commitment commitment = Commitment.signed(project, SIGNED, SIGNED, SIGNED.plusMonths(6),
                        "officer.jinzhong", SIGNED.plusDays(1));
                commitment.notFulfilled("officer.jinzhong", "施工许可未办结", SIGNED.plusMonths(7), SIGNED.plusMonths(6));
                commitment.rectificationFailed("逾期未办结", SIGNED.plusMonths(7));
                JpaCommitmentRepository commitments = new JpaCommitmentRepository(em);
                commitments.add(commitment);
                commitments.add(commitment.breach(SIGNED.plusMonths(7)));
                JpaEvaluationRepository evaluations = new JpaEvaluationRepository(em);
                OutputEvaluation first = new OutputEvaluation(project, Amount.ofWan("6000"), Amount.ofWan("100"), null,
                        "officer.jinzhong", SIGNED.plusMonths(9));
                first.decide(EffectivenessDecision.NOT_YET, EffectivenessCheck.of(project, first, null), "产能爬坡中",
                        "manager.jinzhong", SIGNED.plusMonths(9));
                evaluations.add(first);
                evaluations.add(new OutputEvaluation(project, Amount.ofWan("10500.5"), Amount.ofWan("420"),
                        new BigDecimal("3000"), "officer.jinzhong", SIGNED.plusMonths(12)));
                em.getTransaction().commit();
                return project.id();
            });

            Commitment commitment = TestDatabases.read(factory,
                    em -> new JpaCommitmentRepository(em).commitmentOf(projectId).orElseThrow());
            CreditRecord record = TestDatabases.read(factory,
                    em -> new JpaCommitmentRepository(em).creditRecordOf(projectId).orElseThrow());
            assertThat(commitment.status()).isEqualTo(CommitmentStatus.BREACHED);
            assertThat(commitment.rectificationDue()).isEqualTo(SIGNED.plusMonths(7));
            assertThat(record.reason()).isEqualTo("施工许可未办结；逾期未办结");
            List<OutputEvaluation> rounds = TestDatabases.read(factory,
                    em -> new JpaEvaluationRepository(em).evaluationsOf(projectId));
            assertThat(rounds).extracting(OutputEvaluation::evaluatedOn)
                    .containsExactly(SIGNED.plusMonths(12), SIGNED.plusMonths(9));
            assertThat(rounds.get(0).actualOutput()).isEqualTo(Amount.ofWan("10500.5"));
            assertThat(rounds.get(0).decision()).isNull();
            assertThat(rounds.get(1).decision()).isEqualTo(EffectivenessDecision.NOT_YET);
            assertThat(rounds.get(1).decisionNote()).isEqualTo("产能爬坡中");
        }
    }
}
