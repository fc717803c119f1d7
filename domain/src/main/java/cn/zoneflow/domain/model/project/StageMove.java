package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.Stage;
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
import java.time.LocalDate;

/**
 * One dated step of a project along the stages: when it happened, who approved it (and the city after the zone,
 * where it had to), on what evidence — or that it came with a list the zone imported.
 */
@Entity
@Table(name = "stage_move")
public class StageMove {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "stageMoveIds")
    @TableGenerator(name = "stageMoveIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "stage_move", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private Stage stage;

    @Column(name = "moved_on", nullable = false)
    private LocalDate movedOn;

    @Column(name = "approved_by", length = 60)
    private String approvedBy;

    @Column(name = "evidence", length = 1000)
    private String evidence;

    /** Whether the move came with a list the zone imported rather than through an approval. */
    @Column(name = "imported", nullable = false)
    private boolean imported;

    /** The city supervisor who approved after the zone, where the move needed the city. */
    @Column(name = "city_approved_by", length = 60)
    private String cityApprovedBy;

    protected StageMove() {
    }

    StageMove(Project project, Stage stage, LocalDate movedOn, String approvedBy, String evidence,
            String cityApprovedBy, boolean imported) {
        this.project = project;
        this.stage = stage;
        this.movedOn = movedOn;
        this.approvedBy = approvedBy;
        this.evidence = evidence;
        this.cityApprovedBy = cityApprovedBy;
        this.imported = imported;
    }

    public Stage stage() {
        return stage;
    }

    public LocalDate movedOn() {
        return movedOn;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String evidence() {
        return evidence;
    }

    public boolean imported() {
        return imported;
    }

    public String cityApprovedBy() {
        return cityApprovedBy;
    }
}
