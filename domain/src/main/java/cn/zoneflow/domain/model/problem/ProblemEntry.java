package cn.zoneflow.domain.model.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;
import java.util.Optional;

/** One step of a problem's way, or a note written on it: what, when, by whom, and the text given with it. */
@Entity
@Table(name = "problem_entry")
public class ProblemEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "problemEntryIds")
    @TableGenerator(name = "problemEntryIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "problem_entry", allocationSize = 20)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "problem_id", nullable = false)
    private ProjectProblem problem;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ProblemEntryKind kind;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    @Column(name = "written_by", nullable = false, length = 60)
    private String writtenBy;

    @Column(name = "writer_name", nullable = false, length = 100)
    private String writerName;

    @Column(name = "entry_text", length = ProjectProblem.TEXT_MAX_LENGTH)
    private String text;

    @Embedded
    private ReturnVisit returnVisit;

    protected ProblemEntry() {
    }

    ProblemEntry(ProjectProblem problem, ProblemEntryKind kind, ProblemActor writer, LocalDateTime writtenAt,
            String text) {
        this.problem = problem;
        this.kind = kind;
        this.writtenAt = writtenAt;
        this.writtenBy = writer.username();
        this.writerName = writer.displayName();
        this.text = text;
    }

    ProblemEntry(ProjectProblem problem, ReturnVisit returnVisit, ProblemActor writer, LocalDateTime writtenAt,
            String finding) {
        this(problem, ProblemEntryKind.RETURN_VISIT, writer, writtenAt, finding);
        this.returnVisit = returnVisit;
    }

    public ProblemEntryKind kind() {
        return kind;
    }

    public LocalDateTime writtenAt() {
        return writtenAt;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public String writerName() {
        return writerName;
    }

    /** The day, way and person of a 回访; none for every other kind of entry. */
    public Optional<ReturnVisit> returnVisit() {
        return Optional.ofNullable(returnVisit);
    }

    /**
     * The description, the note, the answer, the reason given or what the enterprise said on a 回访; none where the
     * step takes no text.
     */
    public String text() {
        return text;
    }
}
