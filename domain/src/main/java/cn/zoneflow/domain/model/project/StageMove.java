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

/** One dated step of a project along the stages: when it happened, who approved it, on what evidence. */
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

    @Column(name = "comment_text", length = 1000)
    private String comment;

    protected StageMove() {
    }

    StageMove(Project project, Stage stage, LocalDate movedOn, String approvedBy, String evidence, String comment) {
        this.project = project;
        this.stage = stage;
        this.movedOn = movedOn;
        this.approvedBy = approvedBy;
        this.evidence = evidence;
        this.comment = comment;
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

    public String comment() {
        return comment;
    }
}
