package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import cn.zoneflow.domain.model.zone.ZoneLevel;
import cn.zoneflow.domain.model.zone.ZoneTerms;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Zones the system administrator adds and changes, as everything that reads zones finds them afterwards. */
class ZonePersistenceTest {

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_zone_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAddedZoneIsFoundByItsNamesAndAChangeFromAReplacedVersionIsRefused(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            ZoneTerms added = new ZoneTerms("和顺经济开发区", List.of("和顺经开区"), ZoneCategory.INDUSTRIAL,
                    ZoneLevel.PROVINCIAL);
            long id = inTransaction(factory, zones -> zones.add(city(zones, "140700"), added));
            ZoneTerms national = new ZoneTerms("和顺经济技术开发区", List.of("和顺经开区", "和顺经济开发区"),
                    ZoneCategory.INDUSTRIAL, ZoneLevel.NATIONAL);
            boolean first = inTransaction(factory, zones -> zones.change(id, 0, national));
            boolean second = inTransaction(factory, zones -> zones.change(id, 0, added));
            factory.getCache().evictAll();

            Zone stored = TestDatabases.read(factory, em -> new JpaZoneRepository(em).zoneCalled("和顺经济开发区"))
                    .orElseThrow();
            assertThat(id).as("after the seeded zones' ids").isGreaterThan(40);
            assertThat(first).isTrue();
            assertThat(second).isFalse();
            assertThat(stored.id()).isEqualTo(id);
            assertThat(ZoneTerms.of(stored)).isEqualTo(national);
            assertThat(stored.city().name()).isEqualTo("晋中");
            List<Zone> all = TestDatabases.read(factory, em -> new JpaZoneRepository(em).zones());
            assertThat(all).hasSize(41);
        }
    }

    private static City city(JpaZoneRepository zones, String divisionCode) {
        return zones.cities().stream().filter(city -> city.divisionCode().equals(divisionCode)).findFirst()
                .orElseThrow();
    }

    private static <T> T inTransaction(EntityManagerFactory factory, Function<JpaZoneRepository, T> work) {
        return TestDatabases.read(factory, em -> {
            em.getTransaction().begin();
            T result = work.apply(new JpaZoneRepository(em));
            em.getTransaction().commit();
            return result;
        });
    }
}
