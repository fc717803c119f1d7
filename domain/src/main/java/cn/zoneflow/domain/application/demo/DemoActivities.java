package cn.zoneflow.domain.application.demo;

import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's "三个一批" activities, three a year as the province holds them, and which batch a demo project is
 * presented in: the stage it reached since the activity before.
 */
final class DemoActivities {

    static final String VENUE = "全省主会场及各市分会场";

    record Held(String name, LocalDate on) {
    }

    static final List<Held> HELD = List.of(
            new Held("2024年第一次", LocalDate.of(2024, 2, 23)),
            new Held("2024年第二次", LocalDate.of(2024, 6, 18)),
            new Held("2024年第三次", LocalDate.of(2024, 9, 26)),
            new Held("2025年第一次", LocalDate.of(2025, 2, 27)),
            new Held("2025年第二次", LocalDate.of(2025, 6, 17)),
            new Held("2025年第三次", LocalDate.of(2025, 9, 25)),
            new Held("2026年第一次", LocalDate.of(2026, 2, 26)),
            new Held("2026年第二次", LocalDate.of(2026, 6, 16)),
            new Held("2026年第三次", LocalDate.of(2026, 9, 24)));

    private DemoActivities() {
    }

    /** The batch of a project whose stages were reached on the given days, for an activity after {@code since}. */
    static Optional<Batch> batchFor(Map<Stage, LocalDate> reached, LocalDate since, LocalDate heldOn) {
        for (Batch batch : List.of(Batch.PRODUCING, Batch.STARTING, Batch.SIGNING)) {
            LocalDate day = reached.get(batch.stage());
            if (day != null && day.isAfter(since) && !day.isAfter(heldOn)) {
                return Optional.of(batch);
            }
        }
        return Optional.empty();
    }
}
