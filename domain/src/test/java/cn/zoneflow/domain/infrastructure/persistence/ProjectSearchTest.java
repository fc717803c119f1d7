package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectFilter;
import cn.zoneflow.domain.model.project.ProjectSort;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 项目库's search box: any part of a project's code, name or enterprise, whatever the case, wildcards as typed. */
class ProjectSearchTest {

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_project_search_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void findsAProjectByAnyPartOfItsCodeNameOrEnterprise(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, em -> {
                Zone jinzhong = TestProjects.zone(em, "晋中开发区");
                TestProjects.project(1, jinzhong).persist(em);
                TestProjects.project(2, jinzhong).persist(em);
                TestProjects.project(12, jinzhong).persist(em);
            });

            assertThat(names(factory, "项目1")).containsExactly("测试项目1", "测试项目12");
            assertThat(names(factory, "测试企业2")).as("by the enterprise").containsExactly("测试项目2");
            assertThat(names(factory, "-000012")).as("by a part of the code").containsExactly("测试项目12");
            assertThat(names(factory, "%")).as("a wildcard is searched for as typed").isEmpty();
            assertThat(names(factory, "项目_")).as("a wildcard is searched for as typed").isEmpty();
        }
    }

    private static List<String> names(EntityManagerFactory factory, String typed) {
        ProjectFilter filter = new ProjectFilter(null, null, null, null, null, null, null, null, null, null, null,
                Keyword.of(typed).orElseThrow(), null, null, null);
        return TestDatabases.read(factory, em -> new JpaProjectRepository(em)
                .search(Scope.PROVINCE, filter, ProjectSort.CODE, false, 0, 10).items().stream()
                .map(Project::name).toList());
    }
}
