package cn.zoneflow.domain.model.supervision;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A supervision notice (督办通知) about one project, sent to its zone — to one officer or manager, or to the zone's
 * officers — saying what must be done by when. The zone answers it once, in writing; while it is unanswered past
 * its deadline it is escalated to the supervisors, as often as the deadline passes again.
 */
@Entity
@Table(name = "supervision_notice")
public class SupervisionNotice {

    public static final int TEXT_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "supervisionNoticeIds")
    @TableGenerator(name = "supervisionNoticeIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "supervision_notice", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private NoticeSource source;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "addressee", length = 60)
    private String addressee;

    @Enumerated(EnumType.STRING)
    @Column(name = "stall_kind", length = 30)
    private StallKind stallKind;

    @Column(name = "requirement", nullable = false, length = TEXT_MAX_LENGTH)
    private String requirement;

    @Column(name = "issued_by", nullable = false, length = 60)
    private String issuedBy;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private NoticeStatus status;

    @Column(name = "answer", length = TEXT_MAX_LENGTH)
    private String answer;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "escalations", nullable = false)
    private int escalations;

    @Version
    @Column(name = "version")
    private long version;

    protected SupervisionNotice() {
    }

    /**
     * @param addressee the officer or manager who must answer, or null for the zone's officers
     * @param taskId the task the notice is about, or null when it is about the project as a whole
     * @throws InvalidValueException when the deadline is before the day it is issued
     */
    public SupervisionNotice(Project project, NoticeSource source, String taskId, String addressee,
            String requirement, String issuedBy, LocalDate issuedOn, LocalDate deadline) {
        if (deadline.isBefore(issuedOn)) {
            throw new InvalidValueException("notice.deadline.past", deadline.toString());
        }
        this.project = project;
        this.source = source;
        this.taskId = taskId;
        this.addressee = addressee;
        this.requirement = requirement;
        this.issuedBy = issuedBy;
        this.issuedOn = issuedOn;
        this.deadline = deadline;
        this.status = NoticeStatus.OPEN;
    }

    /**
     * The sweep's notice to the zone's officers about a project stalled at its stage, saying since when and by when
     * it should have moved on. One per project and kind of stall.
     */
    public static SupervisionNotice aboutStall(Project project, StallKind kind, StalledProject stalled,
            String issuedBy, LocalDate issuedOn, LocalDate deadline) {
        SupervisionNotice notice = new SupervisionNotice(project, NoticeSource.STALL, null, null,
                kind.requirement(stalled), issuedBy, issuedOn, deadline);
        notice.stallKind = kind;
        return notice;
    }

    /** The zone's answer; a notice is answered once. */
    public void answer(String text, String by, LocalDate on) {
        if (status != NoticeStatus.OPEN) {
            throw new IllegalStateException("notice " + id + " was answered already");
        }
        this.answer = text;
        this.answeredBy = by;
        this.answeredOn = on;
        this.status = NoticeStatus.ANSWERED;
    }

    /** The deadline passed without an answer, or another day passed after it. */
    public void escalate() {
        if (status == NoticeStatus.OPEN) {
            escalations++;
        }
    }

    /** Whether the issuer follows the notice up now: at its first escalation; later ones only raise the count. */
    public boolean needsFollowUp() {
        return escalations == 1;
    }

    public boolean isOverdueOn(LocalDate day) {
        return status == NoticeStatus.OPEN && day.isAfter(deadline);
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public NoticeSource source() {
        return source;
    }

    /** The kind of stall the notice is about, if it is about one. */
    public Optional<StallKind> stallKind() {
        return Optional.ofNullable(stallKind);
    }

    public String taskId() {
        return taskId;
    }

    public String addressee() {
        return addressee;
    }

    public String requirement() {
        return requirement;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public NoticeStatus status() {
        return status;
    }

    public String answerText() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public int escalations() {
        return escalations;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupervisionNotice other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return SupervisionNotice.class.hashCode();
    }
}
