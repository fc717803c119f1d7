package cn.zoneflow.domain.model.commitment;

import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * 失信记录: an enterprise broke a project's commitment and did not rectify it. It stays against the enterprise;
 * the city's supervisors record how they dealt with it.
 */
@Entity
@Table(name = "credit_record")
public class CreditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "creditRecordIds")
    @TableGenerator(name = "creditRecordIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "credit_record", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, unique = true)
    private Project project;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "reason", nullable = false, length = Commitment.NOTE_MAX_LENGTH)
    private String reason;

    @Column(name = "handled_by", length = 60)
    private String handledBy;

    @Column(name = "handled_on")
    private LocalDate handledOn;

    @Column(name = "handling", length = Commitment.NOTE_MAX_LENGTH)
    private String handling;

    @Version
    @Column(name = "version")
    private long version;

    protected CreditRecord() {
    }

    CreditRecord(Project project, String reason, LocalDate recordedOn) {
        this.enterprise = project.enterprise();
        this.project = project;
        this.reason = reason.length() > Commitment.NOTE_MAX_LENGTH
                ? reason.substring(0, Commitment.NOTE_MAX_LENGTH) : reason;
        this.recordedOn = recordedOn;
    }

    /** The supervisor's disposal of the breach (e.g. 约谈, 通报, 联合惩戒). */
    public void handled(String by, String handling, LocalDate on) {
        if (this.handling != null) {
            throw new IllegalStateException("The credit record of " + project.code() + " was already handled");
        }
        this.handledBy = by;
        this.handling = handling;
        this.handledOn = on;
    }

    public Long id() {
        return id;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public Project project() {
        return project;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public String reason() {
        return reason;
    }

    public String handledBy() {
        return handledBy;
    }

    public LocalDate handledOn() {
        return handledOn;
    }

    public String handling() {
        return handling;
    }
}
