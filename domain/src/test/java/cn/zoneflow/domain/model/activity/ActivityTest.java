package cn.zoneflow.domain.model.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private final Activity activity = new Activity("2024年第一次", LocalDate.of(2024, 2, 23), "主会场");

    @Test
    void presentsASignedProjectInTheSigningBatch() {
        Project project = ProjectTest.signedProject();

        activity.enrol(project, Batch.SIGNING);

        assertThat(activity.entryOf(project)).map(ActivityEntry::batch).contains(Batch.SIGNING);
    }

    @Test
    void refusesABatchWhoseStageTheProjectHasNotReached() {
        Project signed = ProjectTest.signedProject();

        assertThatThrownBy(() -> activity.enrol(signed, Batch.STARTING))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("activity.stageNotReached");
        assertThat(activity.entries()).isEmpty();
    }

    @Test
    void presentsAProjectOnlyOncePerActivity() {
        Project project = ProjectTest.signedProject();
        activity.enrol(project, Batch.SIGNING);

        assertThatThrownBy(() -> activity.enrol(project, Batch.SIGNING))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("activity.alreadyEnrolled");
    }

    @Test
    void readsBatchesAsTheSpreadsheetsWriteThem() {
        assertThat(Batch.parse("开工一批")).isEqualTo(Batch.STARTING);
        assertThat(Batch.parse("producing")).isEqualTo(Batch.PRODUCING);
        assertThatThrownBy(() -> Batch.parse("达效一批")).isInstanceOf(InvalidValueException.class);
    }
}
