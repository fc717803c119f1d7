package cn.zoneflow.domain.model.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import cn.zoneflow.domain.model.zone.ZoneLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentTest {

    private static final City SHUOZHOU = new City("140600", "朔州");
    private static final Zone SHUOZHOU_ZONE = new Zone("朔州经济开发区", SHUOZHOU, ZoneCategory.INDUSTRIAL,
            ZoneLevel.PROVINCIAL);
    private static final Zone JINZHONG_ZONE = new Zone("晋中开发区", new City("140700", "晋中"),
            ZoneCategory.INDUSTRIAL, ZoneLevel.PROVINCIAL);
    private static final Procedure LAND_USE = new Procedure("LAND_USE", "建设用地审批", "自然资源部门", 20, Stage.STARTED,
            false, false);
    private static final Procedure ENVIRONMENTAL_ASSESSMENT = new Procedure("ENVIRONMENTAL_ASSESSMENT", "环境影响评价审批",
            "生态环境部门", 30, Stage.STARTED, true, false);

    private final Department naturalResources = new Department(SHUOZHOU, "自然资源部门", "朔州市自然资源局");

    @Test
    void aDepartmentDecidesTheProceduresOfItsKindForTheZonesOfItsCityOnly() {
        assertThat(naturalResources.takesPart()).as("listed means taking part").isTrue();
        assertThat(naturalResources.decides(SHUOZHOU_ZONE, LAND_USE)).isTrue();
        assertThat(naturalResources.decides(SHUOZHOU_ZONE, ENVIRONMENTAL_ASSESSMENT)).as("another kind").isFalse();
        assertThat(naturalResources.decides(JINZHONG_ZONE, LAND_USE)).as("another city").isFalse();

        naturalResources.takePart(false);
        assertThat(naturalResources.takesPart()).isFalse();
        assertThat(naturalResources.decides(SHUOZHOU_ZONE, LAND_USE))
                .as("what it decided before it stopped stays its own to read").isTrue();
    }

    @Test
    void aZoneGivesItsProblemsOnlyToADepartmentOfItsCityThatTakesPart() {
        assertThat(naturalResources.serves(SHUOZHOU_ZONE)).isTrue();
        assertThat(naturalResources.serves(JINZHONG_ZONE)).as("another city's zone").isFalse();

        naturalResources.takePart(false);

        assertThat(naturalResources.serves(SHUOZHOU_ZONE)).as("no one of it works in ZoneFlow any more").isFalse();
    }

    @Test
    void aZoneThatTookThePowerOverHasItsOwnOfficeDecideItsProceduresOfTheKindAndTheCityKeepsItsOtherZones() {
        Zone huairen = new Zone("怀仁经济开发区", SHUOZHOU, ZoneCategory.INDUSTRIAL, ZoneLevel.PROVINCIAL);
        Department zoneOffice = new Department(SHUOZHOU_ZONE, "自然资源部门", "朔州经济开发区自然资源分局");
        List<Department> ofTheKind = List.of(naturalResources, zoneOffice);

        assertThat(zoneOffice.city()).isEqualTo(SHUOZHOU);
        assertThat(zoneOffice.zone()).contains(SHUOZHOU_ZONE);
        assertThat(naturalResources.zone()).isEmpty();
        assertThat(Department.deciding(ofTheKind, SHUOZHOU_ZONE)).containsSame(zoneOffice);
        assertThat(Department.deciding(List.of(zoneOffice, naturalResources), SHUOZHOU_ZONE))
                .as("whatever the order they are read in").containsSame(zoneOffice);
        assertThat(Department.deciding(ofTheKind, huairen)).as("the city's other zones").containsSame(naturalResources);
        assertThat(Department.deciding(ofTheKind, JINZHONG_ZONE)).as("another city").isEmpty();
        assertThat(zoneOffice.decides(huairen, LAND_USE)).isFalse();
        assertThat(zoneOffice.serves(SHUOZHOU_ZONE)).isTrue();
        assertThat(zoneOffice.serves(huairen)).as("a zone's office answers its own zone's problems").isFalse();

        zoneOffice.takePart(false);

        assertThat(Department.deciding(ofTheKind, SHUOZHOU_ZONE))
                .as("the power stays with the zone: its officers record its office's answers, not the city's")
                .containsSame(zoneOffice);
    }

    @Test
    void aDepartmentsUserBelongsToTheDepartmentAndToNoPlaceOfTheAdministration() {
        UserAccount user = UserAccount.ofDepartment("zrzy.shuozhou", "朔州市自然资源局审批科", "hash", naturalResources);

        assertThat(user.role()).isEqualTo(Role.DEPARTMENT);
        assertThat(user.department()).containsSame(naturalResources);
        assertThatThrownBy(user::scope).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> user.assign(Role.OFFICER, SHUOZHOU_ZONE, null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> UserAccount.provinceWide("someone", "某人", "hash", Role.DEPARTMENT))
                .as("a department's user belongs to a department, not to a place")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Role.DEPARTMENT.worksOnProjects()).isFalse();
        assertThat(Role.DEPARTMENT.raisesProblems()).isFalse();
        assertThat(Role.DEPARTMENT.isOutsideParty()).isTrue();
        assertThat(Role.DEPARTMENT.comesByInvitation()).as("the security administrator creates it").isFalse();
    }
}
