package cn.zoneflow.domain.model.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SupervisionNoticeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private SupervisionNotice notice(LocalDate deadline) {
        return new SupervisionNotice(ProjectTest.signedProject(), NoticeSource.SUPERVISOR, null, "officer.jinzhong",
                "请于本周内完成环评报送", "supervisor.jinzhong", MONDAY, deadline);
    }

    @Test
    void cannotBeDueBeforeTheDayItIsSent() {
        assertThatThrownBy(() -> notice(MONDAY.minusDays(1))).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("notice.deadline.past");
        assertThat(notice(MONDAY).deadline()).isEqualTo(MONDAY);
    }

    @Test
    void isOverdueOnlyAfterItsDeadlineAndOnlyWhileUnanswered() {
        SupervisionNotice notice = notice(MONDAY.plusDays(2));
        assertThat(notice.isOverdueOn(MONDAY.plusDays(2))).isFalse();
        assertThat(notice.isOverdueOn(MONDAY.plusDays(3))).isTrue();

        notice.answer("已报送，预计12月10日取得批复", "officer.jinzhong", MONDAY.plusDays(3));
        assertThat(notice.isOverdueOn(MONDAY.plusDays(4))).isFalse();
        assertThat(notice.status()).isEqualTo(NoticeStatus.ANSWERED);
    }

    @Test
    void isAnsweredOnceAndEscalatedOnlyWhileOpen() {
        SupervisionNotice notice = notice(MONDAY.plusDays(2));
        notice.escalate();
        notice.answer("已办结", "officer.jinzhong", MONDAY.plusDays(4));
        notice.escalate();

        assertThat(notice.escalations()).isEqualTo(1);
        assertThat(notice.answeredOn()).isEqualTo(MONDAY.plusDays(4));
        assertThatThrownBy(() -> notice.answer("再答复", "officer.jinzhong", MONDAY.plusDays(5)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void itsIssuerFollowsItUpAtTheFirstEscalationOnlyWhileLaterOnesRaiseTheCount() {
        SupervisionNotice notice = notice(MONDAY.plusDays(2));
        notice.escalate();
        assertThat(notice.needsFollowUp()).isTrue();

        notice.escalate();
        notice.escalate();
        assertThat(notice.needsFollowUp()).isFalse();
        assertThat(notice.escalations()).isEqualTo(3);
    }
}
