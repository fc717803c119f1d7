package cn.zoneflow.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.processes.SupervisionNoticeProcess;
import org.junit.jupiter.api.Test;

class OpenTaskIndexTest {

    @Test
    void aRequestNeedsAttentionOnlyWhenTheLastDecisionReturnedIt() {
        String request = ProjectLifecycle.Activities.REQUEST_STAGE_MOVE;

        assertThat(OpenTaskIndex.needsAttention(request, false)).as("returned").isTrue();
        assertThat(OpenTaskIndex.needsAttention(request, null)).as("the first request").isFalse();
        assertThat(OpenTaskIndex.needsAttention(request, true)).as("the next stage's, after an approval").isFalse();
    }

    @Test
    void everyNoticeStepNeedsAttentionAndNoOtherStep() {
        assertThat(OpenTaskIndex.needsAttention(SupervisionNoticeProcess.Activities.ANSWER_NOTICE, null)).isTrue();
        assertThat(OpenTaskIndex.needsAttention(SupervisionNoticeProcess.Activities.FOLLOW_UP_NOTICE, null)).isTrue();
        assertThat(OpenTaskIndex.needsAttention(AgencyProcess.Activities.SIGN_AGENCY_AGREEMENT, false)).isFalse();
    }
}
