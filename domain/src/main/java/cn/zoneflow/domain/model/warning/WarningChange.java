package cn.zoneflow.domain.model.warning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;

/** One change of a project's warning colour, with its day and the planned date behind it: the light's history. */
@Entity
@Table(name = "warning_change")
public class WarningChange {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "warningChangeIds")
    @TableGenerator(name = "warningChangeIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "warning_change", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private WarningKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_light", nullable = false, length = 10)
    private Light from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_light", nullable = false, length = 10)
    private Light to;

    @Column(name = "planned_date", nullable = false)
    private LocalDate planned;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    protected WarningChange() {
    }

    public WarningChange(long projectId, WarningKind kind, Light from, Light to, LocalDate planned,
            LocalDate changedOn) {
        this.projectId = projectId;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.planned = planned;
        this.changedOn = changedOn;
    }

    public WarningKind kind() {
        return kind;
    }

    public Light from() {
        return from;
    }

    public Light to() {
        return to;
    }

    public LocalDate planned() {
        return planned;
    }

    public LocalDate changedOn() {
        return changedOn;
    }
}
