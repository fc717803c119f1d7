package cn.zoneflow.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import cn.zoneflow.domain.model.zone.ZoneLevel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkHandoverTest {

    private static final City JINZHONG_CITY = new City("140700", "晋中");
    private static final Zone JINZHONG = new Zone("晋中开发区", JINZHONG_CITY, ZoneCategory.INDUSTRIAL,
            ZoneLevel.PROVINCIAL);
    private static final Zone YUCI = new Zone("榆次工业园区", JINZHONG_CITY, ZoneCategory.INDUSTRIAL, ZoneLevel.PROVINCIAL);

    private final UserAccount manager = UserAccount.inZone("manager.jz", "管委会", "hash", Role.MANAGER, JINZHONG);
    private final UserAccount leaving = UserAccount.inZone("officer.wang", "王代办", "hash", Role.OFFICER, JINZHONG);
    private final UserAccount colleague = UserAccount.inZone("officer.li", "李代办", "hash", Role.OFFICER, JINZHONG);

    @Test
    void aManagerPassesAnOfficersWorkToAnotherOfficerOfTheZone() {
        WorkHandover handover = decide(manager, leaving, colleague);

        assertThat(handover).isEqualTo(new WorkHandover(leaving, colleague));
    }

    @Test
    void onlyTheZonesManagerDecides() {
        assertThatThrownBy(() -> decide(colleague, leaving, colleague)).isInstanceOf(RoleRequiredException.class);
    }

    @Test
    void theTakerDoesTheSameWorkInTheSameZoneAndCanSignIn() {
        UserAccount elsewhere = UserAccount.inZone("officer.yuci", "榆次代办", "hash", Role.OFFICER, YUCI);
        UserAccount disabled = UserAccount.inZone("officer.gone", "离职代办", "hash", Role.OFFICER, JINZHONG);
        disabled.disable();

        assertRefused(() -> decide(manager, leaving, elsewhere), "to", "handover.notInZone");
        assertRefused(() -> decide(manager, elsewhere, colleague), "from", "handover.notInZone");
        assertRefused(() -> decide(manager, leaving, leaving), "to", "handover.same");
        assertRefused(() -> decide(manager, leaving, manager), "to", "handover.notSameWork");
        assertRefused(() -> decide(manager, leaving, disabled), "to", "handover.notSameWork");
        assertRefused(() -> WorkHandover.decidedBy(manager, "officer.wang", Optional.of(leaving), "nobody",
                Optional.empty()), "to", "handover.notInZone");
    }

    @Test
    void anyonePassesTheirOwnWorkOnlyToAnEnabledColleagueOfTheSameRoleAndScope() {
        UserAccount elsewhere = UserAccount.inZone("officer.yuci", "榆次代办", "hash", Role.OFFICER, YUCI);
        UserAccount disabled = UserAccount.inZone("officer.gone", "离职代办", "hash", Role.OFFICER, JINZHONG);
        disabled.disable();

        assertThat(WorkHandover.passedBy(leaving, "officer.li", Optional.of(colleague)))
                .isEqualTo(new WorkHandover(leaving, colleague));
        assertRefused(() -> WorkHandover.passedBy(leaving, "officer.yuci", Optional.of(elsewhere)), "to",
                "handover.notSameWork");
        assertRefused(() -> WorkHandover.passedBy(leaving, "manager.jz", Optional.of(manager)), "to",
                "handover.notSameWork");
        assertRefused(() -> WorkHandover.passedBy(leaving, "officer.gone", Optional.of(disabled)), "to",
                "handover.notSameWork");
        assertRefused(() -> WorkHandover.passedBy(leaving, "officer.wang", Optional.of(leaving)), "to",
                "handover.same");
        assertRefused(() -> WorkHandover.passedBy(leaving, "nobody", Optional.empty()), "to", "handover.notSameWork");
    }

    private static WorkHandover decide(UserAccount manager, UserAccount from, UserAccount to) {
        return WorkHandover.decidedBy(manager, from.username(), Optional.of(from), to.username(), Optional.of(to));
    }

    private static void assertRefused(Runnable handover, String field, String messageKey) {
        assertThatThrownBy(handover::run).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo(field);
                    assertThat(error.messageKey()).isEqualTo(messageKey);
                }));
    }
}
