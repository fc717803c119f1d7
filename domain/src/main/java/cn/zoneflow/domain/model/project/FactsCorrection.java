package cn.zoneflow.domain.model.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * 更正项目信息: a zone corrected facts it had recorded wrongly — who, when, why, and each fact as it read before
 * and after. Kept with the project, so that a figure that changed can always be traced to its correction.
 */
@Entity
@Table(name = "project_correction")
public class FactsCorrection {

    public static final int REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "projectCorrectionIds")
    @TableGenerator(name = "projectCorrectionIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "project_correction", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "corrected_by", nullable = false, length = 60)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private LocalDateTime correctedAt;

    @Column(name = "reason", nullable = false, length = REASON_MAX_LENGTH)
    private String reason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_correction_change", joinColumns = @JoinColumn(name = "correction_id"))
    @OrderColumn(name = "change_order")
    private List<FactChange> changes = new ArrayList<>();

    protected FactsCorrection() {
    }

    private FactsCorrection(long projectId, String correctedBy, LocalDateTime correctedAt, String reason,
            List<FactChange> changes) {
        this.projectId = projectId;
        this.correctedBy = Objects.requireNonNull(correctedBy);
        this.correctedAt = Objects.requireNonNull(correctedAt);
        this.reason = Objects.requireNonNull(reason);
        this.changes = new ArrayList<>(changes);
    }

    /**
     * The facts that differ between what was recorded and what replaces it, in the order a project's facts are
     * listed; none when nothing changed.
     */
    public static List<FactChange> between(ProjectFacts before, ProjectFacts after) {
        List<FactChange> changes = new ArrayList<>();
        compare(changes, "name", before, after, ProjectFacts::name);
        compare(changes, "industry", before, after, facts -> facts.industry().name());
        compare(changes, "strategicEmerging", before, after, ProjectFacts::strategicEmerging);
        compare(changes, "industrial", before, after, ProjectFacts::industrial);
        compare(changes, "totalInvestment", before, after, facts -> plain(facts.totalInvestment().wan()));
        compare(changes, "expectedAnnualOutput", before, after, facts -> plain(facts.expectedAnnualOutput().wan()));
        compare(changes, "plannedStartDate", before, after, ProjectFacts::plannedStartDate);
        compare(changes, "plannedProductionDate", before, after, ProjectFacts::plannedProductionDate);
        return changes;
    }

    private static void compare(List<FactChange> changes, String field, ProjectFacts before, ProjectFacts after,
            Function<ProjectFacts, Object> fact) {
        String was = text(fact.apply(before));
        String is = text(fact.apply(after));
        if (!Objects.equals(was, is)) {
            changes.add(new FactChange(field, was, is));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof LocalDate day ? day.toString() : String.valueOf(value);
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** @throws IllegalArgumentException when nothing changed: there is nothing to record */
    public static FactsCorrection of(Project project, String correctedBy, LocalDateTime at, String reason,
            List<FactChange> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a correction changes at least one fact");
        }
        return new FactsCorrection(project.id(), correctedBy, at, reason, changes);
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public String correctedBy() {
        return correctedBy;
    }

    public LocalDateTime correctedAt() {
        return correctedAt;
    }

    public String reason() {
        return reason;
    }

    public List<FactChange> changes() {
        return List.copyOf(changes);
    }
}
