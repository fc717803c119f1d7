package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.commitment.CommitmentParty;
import cn.zoneflow.domain.model.commitment.CommitmentSignature;
import cn.zoneflow.domain.model.commitment.CommitmentText;
import cn.zoneflow.domain.model.commitment.SignatureLapse;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentTest;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each party's signature kept whole (the text in Chinese, its hash), the zone's first; a lapsed signature of the zone
 * kept with why, beside the zone's next one.
 */
class CommitmentSignaturePersistenceTest {

    private static final LocalDate PROMISED = LocalDate.of(2027, 3, 31);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_signature_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsTheExactTextSignedWithItsHashTheEarliestFirstAndALapsedOneBesideTheNext(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long projectId = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Project project = TestProjects.project(1, TestProjects.zone(em, "晋中开发区")).persist(em);
                signed(em, project, CommitmentParty.ENTERPRISE, 15);
                signed(em, project, CommitmentParty.ZONE, 9);
                em.getTransaction().commit();
                return project.id();
            });

            List<CommitmentSignature> listed = TestDatabases.read(factory,
                    em -> new JpaCommitmentRepository(em).signaturesOf(projectId));
            assertThat(listed).extracting(CommitmentSignature::party)
                    .containsExactly(CommitmentParty.ZONE, CommitmentParty.ENTERPRISE);
            assertThat(listed).allSatisfy(signature -> {
                assertThat(signature.isIntact()).isTrue();
                assertThat(signature.promisedOn()).isEqualTo(PROMISED);
            });
            assertThat(listed.get(1).signedText()).startsWith("企业信用承诺书").contains("2027年3月31日");

            TestDatabases.write(factory, em -> {
                new JpaCommitmentRepository(em).signaturesOf(projectId).get(0).lapse(SignatureLapse.DECLINED,
                        "日期过紧", LocalDateTime.of(2026, 12, 7, 16, 0));
                signed(em, em.find(Project.class, projectId), CommitmentParty.ZONE, 17);
            });
            List<CommitmentSignature> again = TestDatabases.read(factory,
                    em -> new JpaCommitmentRepository(em).signaturesOf(projectId));
            assertThat(again).extracting(CommitmentSignature::party, CommitmentSignature::lapse,
                    CommitmentSignature::declineReason).containsExactly(
                            tuple(CommitmentParty.ZONE, SignatureLapse.DECLINED, "日期过紧"),
                            tuple(CommitmentParty.ENTERPRISE, null, null), tuple(CommitmentParty.ZONE, null, null));
            assertThat(again.get(0).lapsedAt()).isEqualTo(LocalDateTime.of(2026, 12, 7, 16, 0));
        }
    }

    private static void signed(EntityManager em, Project project, CommitmentParty party, int hour) {
        LocalDateTime at = LocalDateTime.of(2026, 12, 7, hour, 0);
        Document printed = new Document(project, null, party.title() + ".pdf", DocumentTest.PNG, "signer", at);
        new JpaDocumentRepository(em).add(printed);
        new JpaCommitmentRepository(em).add(new CommitmentSignature(project,
                CommitmentText.of(party, project, List.of(), PROMISED), PROMISED, "signer", at, printed.id()));
    }
}
