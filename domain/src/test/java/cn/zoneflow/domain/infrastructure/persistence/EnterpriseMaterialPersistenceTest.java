package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentTest;
import cn.zoneflow.domain.model.material.EnterpriseMaterial;
import cn.zoneflow.domain.model.material.MaterialState;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The enterprise's submitted files kept with their decisions, listed per project newest first without content. */
class EnterpriseMaterialPersistenceTest {

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_material_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsEachSubmissionWithWhatTheOfficersMadeOfItAndListsAProjectsOwnNewestFirst(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long projectId = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Zone zone = TestProjects.zone(em, "晋中开发区");
                Project project = TestProjects.project(1, zone).persist(em);
                Project other = TestProjects.project(2, zone).persist(em);
                EnterpriseMaterial returned = submitted(em, project, "宗地图.png", 9);
                returned.returnWith("缺少盖章页", "officer.jinzhong", LocalDateTime.of(2026, 12, 1, 15, 0));
                submitted(em, project, "宗地图（盖章）.png", 16);
                submitted(em, other, "别家的.png", 17);
                em.getTransaction().commit();
                return project.id();
            });

            List<EnterpriseMaterial> listed = TestDatabases.read(factory,
                    em -> new JpaEnterpriseMaterialRepository(em).ofProject(projectId));
            assertThat(listed).extracting(EnterpriseMaterial::fileName)
                    .containsExactly("宗地图（盖章）.png", "宗地图.png");
            assertThat(listed.get(0).state()).isEqualTo(MaterialState.SUBMITTED);
            assertThat(listed.get(0).documentId()).isNotNull();
            assertThat(listed.get(1).state()).isEqualTo(MaterialState.RETURNED);
            assertThat(listed.get(1).reason()).isEqualTo("缺少盖章页");
            assertThat(listed.get(1).decidedAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 15, 0));
            assertThat(listed).allSatisfy(material -> assertThat(material.isFor(projectId, "LAND_USE")).isTrue());
        }
    }

    private static EnterpriseMaterial submitted(EntityManager em, Project project, String name, int hour) {
        Document document = new Document(project, "LAND_USE", name, DocumentTest.PNG, "enterprise.demo",
                LocalDateTime.of(2026, 12, 1, hour, 0));
        new JpaDocumentRepository(em).add(document);
        EnterpriseMaterial material = new EnterpriseMaterial(document);
        new JpaEnterpriseMaterialRepository(em).add(material);
        return material;
    }
}
