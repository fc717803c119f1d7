package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;

/** Recording the investment a project completed in a month (完成投资), as zones report it monthly. */
@ApplicationScoped
@Transactional
public class InvestmentProgressService {


    @Inject
    private ProjectRepository projects;

    @Inject
    private AuditTrail audit;

    /**
     * @throws NoSuchElementException when the project is not within the scope
     * @throws InvalidInputException naming the month or the amount when either is wrong
     */
    public Project record(Scope scope, long projectId, String month, String completed, String recordedBy) {
        Project project = projects.findWithin(scope, projectId);
        InputReader reader = new InputReader();
        YearMonth checkedMonth = reader.required("month", month, InvestmentProgressService::parseMonth);
        Amount amount = reader.amount("completed", completed, true);
        reader.finish();
        try {
            project.recordProgress(checkedMonth, amount, recordedBy, ChinaTime.thisMonth());
        } catch (InvalidValueException e) {
            throw InvalidInputException.of("month", e.messageKey(), month);
        }
        audit.record(AuditEvent.success(AuditAction.INVESTMENT_RECORDED, "project", project.code().value())
                .withDetail(checkedMonth + " " + amount.wan().toPlainString()));
        return project;
    }

    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("month.format", text);
        }
    }
}
