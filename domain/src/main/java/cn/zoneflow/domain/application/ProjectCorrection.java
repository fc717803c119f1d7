package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.project.FactChange;
import cn.zoneflow.domain.model.project.FactsCorrection;
import cn.zoneflow.domain.model.project.FactsCorrectionRepository;
import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 更正项目信息: the zone corrects facts it recorded wrongly, against the version it read, with the reason; each
 * correction is kept with the facts as they read before and after, and audited.
 */
@ApplicationScoped
@Transactional
public class ProjectCorrection {

    @Inject
    private ProjectRepository projects;

    @Inject
    private FactsCorrectionRepository corrections;

    @Inject
    private AuditTrail audit;

    /**
     * @return the facts that changed; none when the facts already read so, and then nothing is recorded
     * @throws java.util.NoSuchElementException when the project is not within the scope
     * @throws OptimisticLockException when the project changed since the version the correction was made against
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field; nothing is written
     */
    public List<FactChange> correct(Scope scope, long projectId, ReadCommand<CorrectedFacts> input,
            String correctedBy) {
        Project project = projects.findWithin(scope, projectId);
        CorrectedFacts corrected = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(corrected, refusals);
        if (corrected.version() != null && project.version() != corrected.version()) {
            throw new OptimisticLockException("project " + projectId + " changed since version "
                    + corrected.version());
        }
        Industry industry = corrected.industry() == null ? null
                : projects.industryCalled(corrected.industry()).orElse(null);
        if (corrected.industry() != null && industry == null) {
            refusals.rejectUnlessRefused("industry", "industry.unknown", corrected.industry());
        }
        if (Amount.ZERO.equals(corrected.totalInvestment())) {
            refusals.rejectUnlessRefused("totalInvestment", "amount.zero", "0");
        }
        refusals.finish();

        ProjectFacts before = project.facts();
        ProjectFacts after = new ProjectFacts(before.code(), corrected.name(), before.enterprise(), before.zone(),
                industry, corrected.strategicEmerging(), corrected.industrial(), corrected.totalInvestment(),
                corrected.expectedAnnualOutput(), before.plannedStartDate(), before.plannedProductionDate());
        List<FactChange> changes = FactsCorrection.between(before, after);
        if (changes.isEmpty()) {
            return changes;
        }
        project.revise(after, project.reforms());
        corrections.add(FactsCorrection.of(project, correctedBy, ChinaTime.nowInChina(), corrected.reason(),
                changes));
        audit.record(AuditEvent.success(AuditAction.PROJECT_CORRECTED, "project", project.code().value())
                .withDetail(changes.stream().map(FactChange::toString).collect(Collectors.joining("; "))
                        + " — " + corrected.reason()));
        return changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FactsCorrection> of(long projectId) {
        return corrections.of(projectId);
    }
}
