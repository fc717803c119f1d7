package cn.zoneflow.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import cn.zoneflow.domain.model.zone.ZoneLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private final Zone jinzhong = new Zone("晋中开发区", new City("140700", "晋中"), ZoneCategory.INDUSTRIAL,
            ZoneLevel.PROVINCIAL);

    @Test
    void theProvinceCoversEveryZoneACityItsOwnAndAZoneNoneNotSaved() {
        assertThat(Scope.PROVINCE.covers(jinzhong)).isTrue();
        assertThat(Scope.ofCity("140700").covers(jinzhong)).isTrue();
        assertThat(Scope.ofCity("140100").covers(jinzhong)).isFalse();
        assertThat(Scope.ofZone(22).covers(jinzhong)).as("a zone without an id yet").isFalse();
    }

    @Test
    void eachKindAnswersItsOwnCase() {
        assertThat(Scope.PROVINCE.match(() -> "省", city -> "市" + city, zone -> "区" + zone)).isEqualTo("省");
        assertThat(Scope.ofCity("140700").match(() -> "省", city -> "市" + city, zone -> "区" + zone))
                .isEqualTo("市140700");
        assertThat(Scope.ofZone(22).match(() -> "省", city -> "市" + city, zone -> "区" + zone)).isEqualTo("区22");
        assertThat(Scope.ofZone(22).isOneZone()).isTrue();
        assertThat(Scope.ofCity("140700").isOneZone()).isFalse();
    }

    @Test
    void aScopeKeptInASessionTravelsToAnotherServerUnchanged() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Scope.ofCity("140700"));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(Scope.ofCity("140700"));
        }
    }
}
