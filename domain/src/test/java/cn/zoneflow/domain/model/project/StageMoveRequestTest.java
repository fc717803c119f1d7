package cn.zoneflow.domain.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StageMoveRequestTest {

    private static final LocalDateTime ASKED = LocalDateTime.of(2026, 3, 2, 9, 30);

    private final StageMoveRequest round = StageMoveRequest.made(ProjectTest.signedProject(), "officer.jinzhong", ASKED,
            "施工许可证");

    @Test
    void asksForTheStageAfterTheProjectsPresentOne() {
        assertThat(round.requestedStage()).isEqualTo(Stage.STARTED);
        assertThat(round.status()).isEqualTo(StageMoveRequest.Status.OPEN);
        assertThat(round.awaitsCity()).isFalse();
    }

    @Test
    void returnedByTheZoneKeepsWhoAndWhy() {
        round.returnWithReason("manager.jinzhong", ASKED.plusDays(1), "请补充施工许可证扫描件");

        assertThat(round.status()).isEqualTo(StageMoveRequest.Status.RETURNED);
        assertThat(round.lastDecidedBy()).contains("manager.jinzhong");
        assertThat(round.lastDecidedAt()).contains(ASKED.plusDays(1));
        assertThat(round.returnReason()).isEqualTo("请补充施工许可证扫描件");
    }

    @Test
    void approvedByTheZoneAwaitsTheCityWhichMayStillReturnIt() {
        round.approveAtZone("manager.jinzhong", ASKED.plusDays(1), "  ");
        assertThat(round.awaitsCity()).isTrue();
        assertThat(round.approvalComment()).isNull();

        round.returnWithReason("supervisor.jinzhong", ASKED.plusDays(3), "投资额与备案不符");

        assertThat(round.zoneDecidedBy()).isEqualTo("manager.jinzhong");
        assertThat(round.lastDecidedBy()).contains("supervisor.jinzhong");
        assertThat(round.awaitsCity()).isFalse();
    }

    @Test
    void aDecidedRoundTakesNoFurtherDecision() {
        round.approveAtZone("manager.jinzhong", ASKED.plusDays(1), "同意");
        round.approved();

        assertThatThrownBy(() -> round.returnWithReason("manager.jinzhong", ASKED.plusDays(2), "撤回"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StageMoveRequest.made(ProjectTest.signedProject(), "o", ASKED, "e")
                .approveAtCity("supervisor.jinzhong", ASKED)).isInstanceOf(IllegalStateException.class);
    }
}
