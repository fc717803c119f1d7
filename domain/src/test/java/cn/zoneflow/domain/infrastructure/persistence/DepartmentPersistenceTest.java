package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.user.Reach;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A department found by its city and kind and by its name, whether it takes part or not; its user read back with
 * the department, the engine group it works in and its reach.
 */
class DepartmentPersistenceTest {

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_department_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDepartmentAndItsUserAreReadBackByCityKindAndName(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, em -> {
                City shuozhou = em.find(City.class, "140600");
                Department naturalResources = new Department(shuozhou, "自然资源部门", "朔州市自然资源局");
                Department environment = new Department(shuozhou, "生态环境部门", "朔州市生态环境局");
                environment.takePart(false);
                new JpaDepartmentRepository(em).add(naturalResources);
                new JpaDepartmentRepository(em).add(environment);
                em.persist(UserAccount.ofDepartment("zrzy.shuozhou", "审批科", "hash", naturalResources));
            });

            Department found = TestDatabases.read(factory, em -> new JpaDepartmentRepository(em)
                    .ofKind(em.find(City.class, "140600"), "自然资源部门")).get(0);
            assertThat(found.name()).isEqualTo("朔州市自然资源局");
            assertThat(found.takesPart()).isTrue();
            assertThat(TestDatabases.read(factory, em -> new JpaDepartmentRepository(em)
                    .ofKind(em.find(City.class, "140600"), "生态环境部门")).get(0).takesPart()).isFalse();
            List<Department> otherCitys = TestDatabases.read(factory, em -> new JpaDepartmentRepository(em)
                    .ofKind(em.find(City.class, "140700"), "自然资源部门"));
            assertThat(otherCitys).isEmpty();
            Optional<Department> byName = TestDatabases.read(factory,
                    em -> new JpaDepartmentRepository(em).findByName("朔州市生态环境局"));
            assertThat(byName).isPresent();
            List<Department> all = TestDatabases.read(factory, em -> new JpaDepartmentRepository(em).all());
            assertThat(all).extracting(Department::kind).containsExactly("生态环境部门", "自然资源部门");

            UserAccount user = TestDatabases.read(factory, em -> em.createQuery(
                    "select u from UserAccount u where u.username = 'zrzy.shuozhou'", UserAccount.class)
                    .getSingleResult());
            assertThat(user.department()).contains(found);
            assertThat(user.reach()).isEqualTo(new Reach.OfDepartment(found.id()));
            assertThat(user.groups()).containsExactly("department", "department:department-" + found.id());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aZonesOwnOfficeIsKeptBesideItsCitysOfTheSameKindAndEachPlaceHasOneOfAKind(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, em -> {
                City yangquan = em.find(City.class, "140300");
                JpaDepartmentRepository departments = new JpaDepartmentRepository(em);
                departments.add(new Department(TestProjects.zone(em, "阳泉高新区"), "自然资源部门", "阳泉高新区自然资源分局"));
                departments.add(new Department(yangquan, "自然资源部门", "阳泉市规划和自然资源局"));
                departments.add(new Department(TestProjects.zone(em, "平定经济开发区"), "自然资源部门", "平定经开区自然资源所"));
            });

            List<Department> ofTheKind = TestDatabases.read(factory, em -> new JpaDepartmentRepository(em)
                    .ofKind(em.find(City.class, "140300"), "自然资源部门"));
            assertThat(ofTheKind).extracting(Department::name).containsExactlyInAnyOrder("阳泉高新区自然资源分局",
                    "阳泉市规划和自然资源局", "平定经开区自然资源所");
            Zone hiTech = TestDatabases.read(factory, em -> TestProjects.zone(em, "阳泉高新区"));
            Zone yu = TestDatabases.read(factory, em -> TestProjects.zone(em, "盂县经济开发区"));
            assertThat(Department.deciding(ofTheKind, hiTech)).get().extracting(Department::name)
                    .isEqualTo("阳泉高新区自然资源分局");
            assertThat(Department.deciding(ofTheKind, yu)).get().extracting(Department::name)
                    .isEqualTo("阳泉市规划和自然资源局");
            List<Department> all = TestDatabases.read(factory, em -> new JpaDepartmentRepository(em).all());
            assertThat(all).extracting(Department::name).as("the city's office before its zones'")
                    .startsWith("阳泉市规划和自然资源局");

            assertThatThrownBy(() -> TestDatabases.write(factory, em -> new JpaDepartmentRepository(em)
                    .add(new Department(TestProjects.zone(em, "阳泉高新区"), "自然资源部门", "阳泉高新区规划局"))))
                    .as("a second office of the kind in the zone").isInstanceOf(PersistenceException.class);
            assertThatThrownBy(() -> TestDatabases.write(factory, em -> new JpaDepartmentRepository(em)
                    .add(new Department(em.find(City.class, "140300"), "自然资源部门", "阳泉市自然资源局"))))
                    .as("a second office of the kind in the city").isInstanceOf(PersistenceException.class);
        }
    }
}
