package cn.zoneflow.domain.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import cn.zoneflow.domain.model.zone.ZoneLevel;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class ProjectTest {

    private static final LocalDate SIGNED_ON = LocalDate.of(2024, 2, 23);

    public static Project signedProject() {
        Zone zone = new Zone("晋中开发区", new City("140700", "晋中"), ZoneCategory.INDUSTRIAL, ZoneLevel.PROVINCIAL);
        Enterprise enterprise = new Enterprise("山西大恒能源科技有限公司", CreditCode.of("91350100M000100Y43"), "王经理", "0354-1234567");
        ProjectFacts facts = new ProjectFacts(ProjectCode.of("2024-140700-44-01-000001"), "大恒能源10GW光伏垂直一体化项目",
                enterprise, zone, new Industry("NEW_ENERGY", "新能源"), true, true, Amount.ofYi("50"), Amount.ofYi("80"),
                SIGNED_ON.plusMonths(2), SIGNED_ON.plusMonths(20));
        return Project.signed(facts, SIGNED_ON, "officer.jinzhong");
    }

    @Test
    void entersThePipelineAtSignedWithTheSigningDayRecorded() {
        Project project = signedProject();
        assertThat(project.stage()).isEqualTo(Stage.SIGNED);
        assertThat(project.reached(Stage.SIGNED)).contains(SIGNED_ON);
    }

    @Test
    void movesStageByStageKeepingEveryDatedMove() {
        Project project = signedProject();
        project.advanceTo(Stage.STARTED, SIGNED_ON.plusMonths(1), "manager.jinzhong", "施工许可证", null);
        project.advanceTo(Stage.PRODUCING, SIGNED_ON.plusMonths(12), "manager.jinzhong", "竣工验收", "supervisor.jinzhong");

        assertThat(project.stage()).isEqualTo(Stage.PRODUCING);
        assertThat(project.stageMoves()).extracting(StageMove::stage)
                .containsExactly(Stage.SIGNED, Stage.STARTED, Stage.PRODUCING);
        assertThat(project.stageMoves().get(2).approvedBy()).isEqualTo("manager.jinzhong");
    }

    @Test
    void refusesToSkipAStage() {
        Project project = signedProject();
        assertThatThrownBy(() -> project.advanceTo(Stage.PRODUCING, SIGNED_ON.plusDays(1), "m", null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("stageMove.notNext");
        assertThat(project.stage()).isEqualTo(Stage.SIGNED);
    }

    @Test
    void refusesAMoveDatedBeforeTheStageBefore() {
        Project project = signedProject();
        assertThatThrownBy(() -> project.advanceTo(Stage.STARTED, SIGNED_ON.minusDays(1), "m", null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("stageMove.date.beforePrevious");
        assertThat(project.stageMoves()).hasSize(1);
    }

    @Test
    void refusesAPlannedProductionBeforeThePlannedStart() {
        Project template = signedProject();
        assertThatThrownBy(() -> new ProjectFacts(template.code(), template.name(), template.enterprise(),
                template.zone(), template.industry(), true, true, Amount.ZERO, Amount.ZERO,
                SIGNED_ON.plusMonths(3), SIGNED_ON.plusMonths(2)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("project.plannedProductionDate.beforeStart");
    }

    @Test
    void addsUpTheInvestmentCompletedMonthByMonthAndCorrectsARecordedMonth() {
        Project project = signedProject();
        YearMonth now = YearMonth.of(2024, 6);
        project.recordProgress(YearMonth.of(2024, 3), Amount.ofWan("1200.5"), "officer.jinzhong", now);
        project.recordProgress(YearMonth.of(2024, 4), Amount.ofWan("800"), "officer.jinzhong", now);
        project.recordProgress(YearMonth.of(2024, 3), Amount.ofWan("1000"), "officer.jinzhong", now);

        assertThat(project.investments()).hasSize(2);
        assertThat(project.completedInvestment()).isEqualTo(Amount.ofWan("1800"));
    }

    @Test
    void refusesProgressBeforeTheSigningMonthOrInTheFuture() {
        Project project = signedProject();
        YearMonth now = YearMonth.of(2024, 6);

        assertThatThrownBy(() -> project.recordProgress(YearMonth.of(2024, 1), Amount.ofWan("1"), "o", now))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("investment.month.beforeSigning");
        assertThatThrownBy(() -> project.recordProgress(YearMonth.of(2024, 7), Amount.ofWan("1"), "o", now))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("investment.month.future");
        assertThat(project.investments()).isEmpty();
    }

    @Test
    void aProjectInReserveIsGradedAndLosesItsTierOnceSignedWhileItsLeaderAndItsReserveHistoryStay() {
        Project reserve = Project.reserved(signedProject().facts(), SIGNED_ON.minusMonths(3));
        reserve.assign("  王副主任 ", null);
        reserve.confirmCriteria(Set.of(ReserveCriterion.INVESTOR_IDENTIFIED, ReserveCriterion.INTENTION_SIGNED),
                SIGNED_ON.minusMonths(2), "officer.jinzhong");
        reserve.grade(ReserveTier.parse("重点库"), SIGNED_ON.minusMonths(1), "manager.jinzhong");

        assertThat(reserve.leaderInCharge()).isEqualTo("王副主任");
        assertThat(reserve.reserveTier()).contains(ReserveTier.KEY);
        reserve.advanceTo(Stage.SIGNED, SIGNED_ON, "manager.jinzhong", "签约仪式", null);
        assertThat(reserve.reserveTier()).isEmpty();
        assertThat(reserve.leaderInCharge()).isEqualTo("王副主任");
        assertThat(reserve.reserveEnteredOn()).contains(SIGNED_ON.minusMonths(3));
        assertThat(reserve.tierMoves()).singleElement().satisfies(move -> {
            assertThat(move.toTier()).contains(ReserveTier.KEY);
            assertThat(move.movedBy()).isEqualTo("manager.jinzhong");
        });
        assertThat(reserve.criteriaMet()).hasSize(2);
        assertThatThrownBy(() -> reserve.grade(ReserveTier.MATURE, SIGNED_ON, "manager.jinzhong"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("notInReserve");
        assertThatThrownBy(() -> ReserveTier.parse("三类库")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aTierIsEnteredOnlyWithAllItsCriteriaConfirmedAndKeepsThemWhileItHolds() {
        Project reserve = Project.reserved(signedProject().facts(), SIGNED_ON);
        reserve.confirmCriteria(Set.of(ReserveCriterion.INVESTOR_IDENTIFIED, ReserveCriterion.INTENTION_SIGNED,
                ReserveCriterion.LAND_CONFIRMED), SIGNED_ON, "officer.jinzhong");

        assertThat(reserve.missingFor(ReserveTier.MATURE)).containsExactly(ReserveCriterion.FUNDS_CONFIRMED);
        assertThatThrownBy(() -> reserve.grade(ReserveTier.MATURE, SIGNED_ON, "manager.jinzhong"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("reserveTier.criteriaMissing")
                .hasMessageContaining("项目资金已落实");
        assertThat(reserve.grade(ReserveTier.KEY, SIGNED_ON, "manager.jinzhong")).isTrue();
        assertThat(reserve.grade(ReserveTier.KEY, SIGNED_ON, "manager.jinzhong")).as("no move to the same tier")
                .isFalse();
        assertThatThrownBy(() -> reserve.confirmCriteria(Set.of(ReserveCriterion.INVESTOR_IDENTIFIED), SIGNED_ON,
                "officer.jinzhong")).as("重点库 needs the intention").isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("投资意向已签订");
        assertThat(reserve.criteriaMet()).hasSize(3);

        reserve.grade(null, SIGNED_ON.plusDays(1), "manager.jinzhong");
        assertThat(reserve.confirmCriteria(Set.of(ReserveCriterion.INVESTOR_IDENTIFIED), SIGNED_ON.plusDays(2),
                "officer.jinzhong")).isTrue();
        assertThat(reserve.criteriaConfirmed()).singleElement().satisfies(met ->
                assertThat(met.confirmedOn()).as("a criterion confirmed before keeps its day").isEqualTo(SIGNED_ON));
        assertThat(reserve.tierMoves()).extracting(move -> move.toTier().orElse(null))
                .containsExactly(ReserveTier.KEY, null);
    }

    @Test
    void aLeadersAccountOverTheProjectsZoneLeadsItUnderItsOwnNameWhileANameAloneIsKeptAsWritten() {
        Project project = signedProject();
        Zone zone = project.zone();
        UserAccount cityLeader = UserAccount.withScope("leader.jinzhong", "王副市长", "h", Role.LEADER, null,
                zone.city());
        UserAccount otherCity = UserAccount.withScope("leader.shuozhou", "李副市长", "h", Role.LEADER, null,
                new City("140600", "朔州"));
        UserAccount disabled = UserAccount.provinceWide("leader.gone", "赵厅长", "h", Role.LEADER);
        disabled.disable();
        UserAccount supervisor = UserAccount.provinceWide("supervisor.province", "督办", "h", Role.SUPERVISOR);

        assertThat(project.mayBeLedBy(cityLeader)).isTrue();
        assertThat(project.mayBeLedBy(UserAccount.provinceWide("leader.province", "省领导", "h", Role.LEADER)))
                .isTrue();
        assertThat(project.mayBeLedBy(otherCity)).as("a leader of another city").isFalse();
        assertThat(project.mayBeLedBy(disabled)).as("a disabled account").isFalse();
        assertThat(project.mayBeLedBy(supervisor)).as("no leader's account").isFalse();
        assertThatThrownBy(() -> project.assign(null, otherCity)).isInstanceOf(IllegalArgumentException.class);

        project.assign(" 张主任 ", null);
        assertThat(project.leaderInCharge()).isEqualTo("张主任");
        assertThat(project.isLedBy(cityLeader)).isFalse();

        project.assign("张主任", cityLeader);
        assertThat(project.leaderInCharge()).as("the account's name").isEqualTo("王副市长");
        assertThat(project.isLedBy(cityLeader)).isTrue();
        assertThat(project.leader()).contains(cityLeader);
    }

    @Test
    void theNextPlannedDayIsTheOneOfTheNextStage() {
        Project project = signedProject();
        assertThat(project.nextPlannedDate()).contains(SIGNED_ON.plusMonths(2));
        project.advanceTo(Stage.STARTED, SIGNED_ON.plusMonths(1), "manager.jinzhong", "施工许可证", null);
        assertThat(project.nextPlannedDate()).contains(SIGNED_ON.plusMonths(20));
        assertThat(Project.reserved(project.facts(), SIGNED_ON).nextPlannedDate()).isEmpty();
    }
}
