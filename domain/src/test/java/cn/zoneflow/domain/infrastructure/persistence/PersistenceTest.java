package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.project.StageMove;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real migrations and the real mappings, on H2 and on MariaDB through Connector/J. */
class PersistenceTest {

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_persistence_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void migrationsSeedTheElevenCitiesTheNamedZonesAndTheIndustryCatalogue(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            List<City> cities = TestDatabases.read(factory, em -> em.createQuery("select c from City c", City.class).getResultList());
            List<Zone> zones = TestDatabases.read(factory, em -> em.createQuery("select z from Zone z", Zone.class).getResultList());

            assertThat(cities).hasSize(11).extracting(City::name).contains("太原", "晋中", "吕梁");
            assertThat(zones).extracting(Zone::name).contains("晋中开发区", "朔州经济开发区", "云冈经济技术开发区");
            assertThat(zones).filteredOn(zone -> zone.isCalled("朔州经开区")).extracting(Zone::name)
                    .containsExactly("朔州经济开发区");
            assertThat(zones).as("the short form of every seeded name is understood, and means one zone only")
                    .filteredOn(zone -> zone.isCalledForShort("晋中经开区")).extracting(Zone::name)
                    .containsExactly("晋中开发区");
            assertThat(zones).allSatisfy(zone -> assertThat(zones)
                    .filteredOn(other -> other.isCalledForShort(zone.name())).containsExactly(zone));
            assertThat(zones).filteredOn(zone -> zone.category() == ZoneCategory.AGRICULTURAL).isNotEmpty();
            String industry = TestDatabases.read(factory, em -> em.find(Industry.class, "NEW_ENERGY").name());
            assertThat(industry).isEqualTo("新能源");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void storesAProjectWithExactAmountsAndItsDatedStageMoves(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            LocalDate signedOn = LocalDate.of(2024, 2, 23);
            TestDatabases.write(factory, em -> {
                Zone zone = em.createQuery("select z from Zone z where z.name = '晋中开发区'", Zone.class).getSingleResult();
                Enterprise enterprise = new Enterprise("山西大恒能源科技有限公司", CreditCode.of("91350100M000100Y43"),
                        "王经理", "0354-1234567");
                em.persist(enterprise);
                Project project = Project.signed(new ProjectFacts(ProjectCode.of("2024-140700-44-01-000001"),
                        "大恒能源10GW光伏垂直一体化项目", enterprise, zone, em.find(Industry.class, "NEW_ENERGY"), true, true,
                        Amount.ofWan("500000.1234"), Amount.ofYi("80"), signedOn.plusMonths(2), signedOn.plusMonths(20)),
                        signedOn, "officer.jinzhong");
                project.advanceTo(Stage.STARTED, signedOn.plusDays(40), "manager.jinzhong", "施工许可证", null);
                em.persist(project);
            });

            Project stored = TestDatabases.read(factory, em -> {
                Project found = em.createQuery("select p from Project p where p.code = :code", Project.class)
                        .setParameter("code", ProjectCode.of("2024-140700-44-01-000001")).getSingleResult();
                found.stageMoves().size();
                found.enterprise().name();
                return found;
            });
            assertThat(stored.totalInvestment().wan()).isEqualByComparingTo("500000.1234");
            assertThat(stored.stage()).isEqualTo(Stage.STARTED);
            assertThat(stored.zone().city().name()).isEqualTo("晋中");
            assertThat(stored.enterprise().creditCode().value()).isEqualTo("91350100M000100Y43");
            assertThat(stored.stageMoves()).extracting(StageMove::stage, StageMove::movedOn)
                    .containsExactly(tuple(Stage.SIGNED, signedOn),
                            tuple(Stage.STARTED, signedOn.plusDays(40)));
        }
    }
}
