package cn.zoneflow.domain.model.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.zone.City;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ProjectProblemTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 30, 9, 0);
    private static final ProblemActor LEADER = new ProblemActor("leader.jinzhong", "王副市长", Role.LEADER);
    private static final ProblemActor MANAGER = new ProblemActor("manager.jinzhong", "晋中开发区管委会", Role.MANAGER);
    private static final ProblemActor OFFICER = new ProblemActor("officer.jinzhong", "代办员", Role.OFFICER);
    private static final ProblemActor DEPARTMENT = new ProblemActor("land.jinzhong", "晋中市自然资源局", Role.DEPARTMENT);
    private static final ProblemActor CITY = new ProblemActor("supervisor.jinzhong", "晋中市督办", Role.SUPERVISOR);
    private static final ProblemCategory UTILITIES = new ProblemCategory("UTILITIES", "水电气暖", 10, 4);

    private static ProjectProblem raised() {
        return new ProjectProblem(ProjectTest.signedProject(), UTILITIES, "用电增容迟迟未批", LEADER, MONDAY);
    }

    @Test
    void aRaisedProblemWaitsForItsZoneWithNoDeadlineYet() {
        ProjectProblem problem = raised();

        assertThat(problem.status()).isEqualTo(ProblemStatus.RAISED);
        assertThat(problem.level()).isEqualTo(ProblemLevel.ZONE);
        assertThat(problem.deadline()).isNull();
        assertThat(problem.raisedOn()).isEqualTo(MONDAY.toLocalDate());
        assertThat(problem.raiserRole()).isEqualTo(Role.LEADER);
        assertThat(problem.entries()).extracting(ProblemEntry::kind).containsExactly(ProblemEntryKind.RAISED);
    }

    @Test
    void everyRoundOfAnswerAndReopeningIsKeptUntilTheRaiserConfirms() {
        ProjectProblem problem = raised();
        problem.accept("供电公司", LocalDate.of(2026, 12, 10), false, MANAGER, MONDAY);
        problem.note("已与供电公司对接", OFFICER, MONDAY.plusDays(1));
        problem.answer("已批复增容", OFFICER, MONDAY.plusDays(2));
        problem.reopen("批复了但未施工", LEADER, MONDAY.plusDays(3));
        problem.answer("已施工送电", OFFICER, MONDAY.plusDays(5));
        problem.confirmSolved(LEADER, MONDAY.plusDays(6), 3);

        assertThat(problem.status()).isEqualTo(ProblemStatus.SOLVED);
        assertThat(problem.rounds()).isEqualTo(2);
        assertThat(problem.solvedOn()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(problem.entries()).extracting(ProblemEntry::kind).containsExactly(ProblemEntryKind.RAISED,
                ProblemEntryKind.ACCEPTED, ProblemEntryKind.NOTE, ProblemEntryKind.ANSWERED,
                ProblemEntryKind.REOPENED, ProblemEntryKind.ANSWERED, ProblemEntryKind.SOLVED);
        assertThat(problem.entries().get(4).text()).isEqualTo("批复了但未施工");
    }

    @Test
    void theZoneGoesBackToTheEnterpriseAfterItsBadRatingAsOftenAsItWillAndTheFirstVisitCounts() {
        ProblemActor enterprise = new ProblemActor("enterprise.demo", "王经理", Role.ENTERPRISE);
        ProblemCategory rectification = new ProblemCategory(ProblemCategory.RECTIFICATION, "服务整改", 15, 9);
        ProjectProblem problem = new ProjectProblem(ProjectTest.signedProject(), rectification,
                "差评整改：代办服务评价为不满意。材料反复退回", enterprise, MONDAY);
        assertThat(problem.returnVisitedOn()).isEmpty();

        problem.recordReturnVisit(new ReturnVisit(LocalDate.of(2026, 12, 3), ReturnVisitWay.ON_SITE, "王经理"),
                "整改后上门回访，企业表示满意", MANAGER, MONDAY.plusDays(3));
        problem.recordReturnVisit(new ReturnVisit(LocalDate.of(2026, 11, 30), ReturnVisitWay.PHONE, "王经理"),
                "情况属实，材料清单未一次告知", OFFICER, MONDAY.plusDays(3));

        assertThat(problem.returnVisitedOn()).as("the earliest day, whatever the order written")
                .contains(LocalDate.of(2026, 11, 30));
        assertThat(problem.entries()).extracting(ProblemEntry::kind).containsExactly(ProblemEntryKind.RAISED,
                ProblemEntryKind.RETURN_VISIT, ProblemEntryKind.RETURN_VISIT);
        assertThat(problem.entries().get(1).returnVisit().orElseThrow().way()).isEqualTo(ReturnVisitWay.ON_SITE);
        assertThat(problem.entries().get(1).text()).isEqualTo("整改后上门回访，企业表示满意");
        assertThat(problem.status()).as("a visit changes nothing of the problem's way").isEqualTo(ProblemStatus.RAISED);
        assertThatThrownBy(() -> problem.recordReturnVisit(new ReturnVisit(LocalDate.of(2026, 11, 29),
                ReturnVisitWay.PHONE, "王经理"), "早于差评", OFFICER, MONDAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> raised().recordReturnVisit(new ReturnVisit(LocalDate.of(2026, 12, 1),
                ReturnVisitWay.PHONE, "王经理"), "不是差评", OFFICER, MONDAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aProblemGivenToACityDepartmentIsItsUnderItsNameUnlessTheZoneNamesTheUnit() {
        Department naturalResources = new Department(new City("140700", "晋中"), "自然资源部门", "晋中市自然资源局");
        ProjectProblem named = raised();
        ProjectProblem unnamed = raised();

        named.acceptFor(naturalResources, "晋中市自然资源局用地科", LocalDate.of(2026, 12, 10), false, MANAGER, MONDAY);
        unnamed.acceptFor(naturalResources, null, LocalDate.of(2026, 12, 10), false, MANAGER, MONDAY);

        assertThat(named.department()).containsSame(naturalResources);
        assertThat(named.responsible()).isEqualTo("晋中市自然资源局用地科");
        assertThat(unnamed.responsible()).isEqualTo("晋中市自然资源局");
        assertThat(unnamed.status()).isEqualTo(ProblemStatus.IN_HAND);
        assertThat(raised().department()).as("the zone's own until given").isEmpty();
    }

    @Test
    void aDepartmentGivesBackAProblemNotItsOwnAndTheZoneGivesItAnewWithTheRoundKept() {
        Department naturalResources = new Department(new City("140700", "晋中"), "自然资源部门", "晋中市自然资源局");
        ProjectProblem problem = raised();
        problem.acceptFor(naturalResources, null, LocalDate.of(2026, 12, 10), false, MANAGER, MONDAY);

        problem.returnToZone("属供电公司职责，请交供电部门", DEPARTMENT, MONDAY.plusHours(2));

        assertThat(problem.status()).isEqualTo(ProblemStatus.RAISED);
        assertThat(problem.department()).isEmpty();
        assertThat(problem.entries()).extracting(ProblemEntry::kind).containsExactly(ProblemEntryKind.RAISED,
                ProblemEntryKind.ACCEPTED, ProblemEntryKind.RETURNED);
        assertThatThrownBy(() -> problem.returnToZone("再次退回", DEPARTMENT, MONDAY.plusHours(3)))
                .as("only a problem in a department's hands goes back").isInstanceOf(IllegalStateException.class);
        problem.accept("国网晋中供电公司", LocalDate.of(2026, 12, 11), false, MANAGER, MONDAY.plusHours(4));
        assertThat(problem.status()).isEqualTo(ProblemStatus.IN_HAND);
        assertThat(problem.responsible()).isEqualTo("国网晋中供电公司");
    }

    @Test
    void onlyWhoeverRaisedAProblemSaysItIsSolvedOrReopensIt() {
        ProjectProblem problem = raised();
        problem.accept("供电公司", LocalDate.of(2026, 12, 10), false, MANAGER, MONDAY);
        problem.answer("已批复增容", OFFICER, MONDAY);

        assertThatThrownBy(() -> problem.confirmSolved(MANAGER, MONDAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> problem.reopen("不满意", OFFICER, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(problem.status()).isEqualTo(ProblemStatus.ANSWERED);
    }

    @Test
    void aProblemPassedUpGoesToTheCityThenTheProvinceWithANewDeadline() {
        ProjectProblem problem = raised();
        problem.escalate("涉及市级电网规划", LocalDate.of(2026, 12, 14), MANAGER, MONDAY);
        assertThat(problem.level()).isEqualTo(ProblemLevel.CITY);
        problem.escalate("需省电力公司协调", LocalDate.of(2026, 12, 18), CITY, MONDAY.plusDays(2));

        assertThat(problem.level()).isEqualTo(ProblemLevel.PROVINCE);
        assertThat(problem.deadline()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(problem.status()).isEqualTo(ProblemStatus.IN_HAND);
        assertThatThrownBy(() -> problem.escalate("再上报", LocalDate.of(2026, 12, 30), CITY, MONDAY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anImmediateProblemIsOverdueTheDayAfterItWasAcceptedWhileItIsOpen() {
        ProjectProblem problem = raised();
        problem.accept("开发区规划建设局", MONDAY.toLocalDate(), true, MANAGER, MONDAY);

        assertThat(problem.isImmediate()).isTrue();
        assertThat(problem.isOverdueOn(MONDAY.toLocalDate())).isFalse();
        assertThat(problem.isOverdueOn(MONDAY.toLocalDate().plusDays(1))).isTrue();
        problem.answer("当日办结", OFFICER, MONDAY);
        problem.confirmSolved(LEADER, MONDAY, 0);
        assertThat(problem.isOverdueOn(MONDAY.toLocalDate().plusDays(1))).isFalse();
    }

    @Test
    void aDeadlineBeforeTheDayOfAcceptingIsRefused() {
        ProjectProblem problem = raised();

        assertThatThrownBy(() -> problem.accept("供电公司", LocalDate.of(2026, 11, 29), false, MANAGER, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(problem.status()).isEqualTo(ProblemStatus.RAISED);
    }
}
