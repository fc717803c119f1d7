package cn.zoneflow.domain.model.activity;

import cn.zoneflow.domain.model.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** One project presented in one batch of an activity. */
@Entity
@Table(name = "activity_entry")
public class ActivityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "activityEntryIds")
    @TableGenerator(name = "activityEntryIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "activity_entry", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private Activity activity;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "batch", nullable = false, length = 20)
    private Batch batch;

    protected ActivityEntry() {
    }

    ActivityEntry(Activity activity, Project project, Batch batch) {
        this.activity = activity;
        this.project = project;
        this.batch = batch;
    }

    public Project project() {
        return project;
    }

    public Batch batch() {
        return batch;
    }

    public Activity activity() {
        return activity;
    }
}
