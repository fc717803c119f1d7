package cn.zoneflow.domain.model.activity;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A "三个一批" activity (e.g. 全省开发区2024年第一次“三个一批”活动, 23 Feb 2024, main venue plus city sub-venues).
 * Created by the province or a city; zones then enrol their projects, each project once per activity and only
 * in a batch whose stage it has reached.
 */
@Entity
@Table(name = "activity")
public class Activity {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int VENUE_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "activityIds")
    @TableGenerator(name = "activityIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "activity", allocationSize = 10)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "venue", length = VENUE_MAX_LENGTH)
    private String venue;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ActivityEntry> entries = new ArrayList<>();

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version")
    private long version;

    protected Activity() {
    }

    public Activity(String name, LocalDate heldOn, String venue) {
        this.name = Objects.requireNonNull(name, "name").strip();
        this.heldOn = Objects.requireNonNull(heldOn, "heldOn");
        this.venue = venue;
    }

    public Activity markedAsDemo() {
        this.demo = true;
        return this;
    }

    /**
     * Presents a project in a batch.
     *
     * @throws InvalidValueException when the project is already in this activity or has not reached the batch's stage
     */
    public ActivityEntry enrol(Project project, Batch batch) {
        if (entryOf(project).isPresent()) {
            throw new InvalidValueException("activity.alreadyEnrolled", project.code().value());
        }
        if (project.stage().compareTo(batch.stage()) < 0) {
            throw new InvalidValueException("activity.stageNotReached", project.stage().chineseName());
        }
        ActivityEntry entry = new ActivityEntry(this, project, batch);
        entries.add(entry);
        return entry;
    }

    public Optional<ActivityEntry> entryOf(Project project) {
        return entries.stream().filter(entry -> entry.project().equals(project)).findFirst();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String venue() {
        return venue;
    }

    public List<ActivityEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public boolean isDemo() {
        return demo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Activity other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
