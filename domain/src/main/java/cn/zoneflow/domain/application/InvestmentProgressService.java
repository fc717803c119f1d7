package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.NoSuchElementException;

/**
 * Recording the investment a project completed in a month (完成投资), as zones report it monthly; the project's
 * investment light follows at once.
 */
@ApplicationScoped
@Transactional
public class InvestmentProgressService {

    @Inject
    private ProjectRepository projects;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProjectWarnings warnings;

    /**
     * @throws NoSuchElementException when the project is not within the scope
     * @throws InvalidInputException naming the month or the amount when either is wrong
     */
    public Project record(Scope scope, long projectId, ReadCommand<InvestmentReport> input, String recordedBy) {
        Project project = projects.findWithin(scope, projectId);
        InvestmentReport investment = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(investment, refusals);
        refusals.finish();
        try {
            project.recordProgress(investment.month(), investment.completed(), recordedBy, ChinaTime.thisMonth());
        } catch (InvalidValueException e) {
            throw InvalidInputException.of(InvestmentReport.MONTH, e.messageKey(), investment.month().toString());
        }
        audit.record(AuditEvent.success(AuditAction.INVESTMENT_RECORDED, "project", project.code().value())
                .withDetail(investment.month() + " " + investment.completed().wan().toPlainString()));
        projects.flush();
        warnings.recount(projectId, ChinaTime.today());
        return project;
    }
}
