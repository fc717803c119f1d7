package cn.zoneflow.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.processes.SupervisionNoticeProcess;
import cn.zoneflow.domain.model.task.OpenTaskRepository;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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

    /**
     * A deadline recount that meets a task whose line it cannot see (a timer's transaction created both and has not
     * committed) must not add the line as well: the two would collide once both commit.
     */
    @Test
    void onlyTheEventThatCreatesATaskAddsItsLine() {
        List<String> calls = new ArrayList<>();
        OpenTaskRepository index = (OpenTaskRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OpenTaskRepository.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    return method.getName().equals("find") ? Optional.empty() : null;
                });
        OpenTaskIndex listener = new OpenTaskIndex(index);

        for (String event : List.of(TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_ASSIGNMENT)) {
            listener.notify(task(Map.of("getId", "4711", "getEventName", event)));
        }

        assertThat(calls).containsExactly("find", "find");
    }

    private static DelegateTask task(Map<String, Object> answers) {
        return (DelegateTask) Proxy.newProxyInstance(OpenTaskIndexTest.class.getClassLoader(),
                new Class<?>[] {DelegateTask.class}, (proxy, method, args) -> answers.get(method.getName()));
    }
}
