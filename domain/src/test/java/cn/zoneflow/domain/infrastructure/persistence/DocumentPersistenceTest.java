package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.document.AttachedStep;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentKind;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.document.DocumentTest;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A document larger than MySQL's plain BLOB stored and read back byte for byte, and listed without its content. */
class DocumentPersistenceTest {

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_document_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storesAFileOfSeveralHundredKilobytesAsUploaded(DatabaseSettings database) {
        byte[] photo = Arrays.copyOf(DocumentTest.PNG, 300 * 1024);
        photo[photo.length - 1] = 42;
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long[] ids = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Project project = TestProjects.project(1, TestProjects.zone(em, "晋中开发区")).persist(em);
                Document document = new Document(project, null, "现场照片.png", photo, "officer.jinzhong",
                        LocalDateTime.of(2026, 12, 1, 9, 30));
                new JpaDocumentRepository(em).add(document);
                em.getTransaction().commit();
                return new long[] {project.id(), document.id()};
            });

            byte[] stored = TestDatabases.read(factory,
                    em -> new JpaDocumentRepository(em).find(ids[1]).orElseThrow().content());
            List<DocumentSummary> listed = TestDatabases.read(factory,
                    em -> new JpaDocumentRepository(em).summariesOf(ids[0]));
            assertThat(stored).isEqualTo(photo);
            assertThat(listed).singleElement().satisfies(summary -> {
                assertThat(summary.fileName()).isEqualTo("现场照片.png");
                assertThat(summary.kind()).isEqualTo(DocumentKind.PNG);
                assertThat(summary.sizeBytes()).isEqualTo(300 * 1024);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsACaseEvidenceByTheStageItWasAttachedAtAndRemovesOne(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long[] ids = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Project project = TestProjects.project(1, TestProjects.zone(em, "晋中开发区")).persist(em);
                JpaDocumentRepository documents = new JpaDocumentRepository(em);
                Document first = Document.atStep(project, new AttachedStep("t1", "requestStageMove", "case-1"), null,
                        "施工许可证.png", DocumentTest.PNG, "officer.jinzhong", LocalDateTime.of(2026, 12, 1, 9, 30));
                Document second = Document.atStep(project, new AttachedStep("t2", "requestStageMove", "case-1"),
                        null, "开工照片.png", DocumentTest.PNG, "officer.jinzhong", LocalDateTime.of(2026, 12, 2, 9, 30));
                Document elsewhere = Document.atStep(project, new AttachedStep("t3", "answerNotice", "case-2"), null,
                        "整改说明.png", DocumentTest.PNG, "officer.jinzhong", LocalDateTime.of(2026, 12, 2, 9, 30));
                Stream.of(first, second, elsewhere).forEach(documents::add);
                em.getTransaction().commit();
                return new long[] {first.id(), second.id()};
            });

            List<DocumentSummary> atSigned = TestDatabases.read(factory,
                    em -> new JpaDocumentRepository(em).summariesOfCase("case-1", Optional.of(Stage.SIGNED)));
            assertThat(atSigned).extracting(DocumentSummary::fileName).containsExactly("开工照片.png", "施工许可证.png");
            assertThat(atSigned.get(0).attachedAt("t2")).isTrue();
            List<DocumentSummary> atStarted = TestDatabases.read(factory,
                    em -> new JpaDocumentRepository(em).summariesOfCase("case-1", Optional.of(Stage.STARTED)));
            assertThat(atStarted).as("evidence attached at another stage").isEmpty();

            TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                JpaDocumentRepository documents = new JpaDocumentRepository(em);
                documents.remove(documents.find(ids[1]).orElseThrow());
                em.getTransaction().commit();
                return null;
            });
            List<DocumentSummary> left = TestDatabases.read(factory,
                    em -> new JpaDocumentRepository(em).summariesOfCase("case-1", Optional.empty()));
            assertThat(left).extracting(DocumentSummary::fileName).containsExactly("施工许可证.png");
        }
    }
}
