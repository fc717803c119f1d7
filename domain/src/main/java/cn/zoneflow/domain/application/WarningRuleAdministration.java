package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.warning.InvestmentRule;
import cn.zoneflow.domain.model.warning.WarningKind;
import cn.zoneflow.domain.model.warning.WarningRepository;
import cn.zoneflow.domain.model.warning.WarningRule;
import cn.zoneflow.domain.model.warning.YellowFrom;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/**
 * The system administrator keeps the warning rules: when a planned date not kept turns a project yellow and red, how
 * far behind 序时进度 the year's investment may fall, and whether red sends the zone a notice by itself. A change is made against the version read and audited; the lights
 * follow it at the next hourly sweep.
 */
@ApplicationScoped
@Transactional
public class WarningRuleAdministration {

    @Inject
    private WarningRepository warnings;

    @Inject
    private AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WarningRule> rules(UserAccount actor) {
        RoleRequiredException.check(actor, Role.ADMIN);
        return warnings.rules().stream().sorted(Comparator.comparing(WarningRule::kind)).toList();
    }

    /**
     * @throws OptimisticLockException when someone changed the rule since it was read
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code redAfterMonths} when red would not
     *     come after yellow
     */
    public WarningRule change(UserAccount actor, WarningKind kind, long version, YellowFrom yellowFrom,
            int redAfterMonths, boolean noticeOnRed) {
        RoleRequiredException.check(actor, Role.ADMIN);
        WarningRule rule = warnings.rules().stream().filter(found -> found.kind() == kind).findFirst().orElseThrow();
        if (rule.version() != version) {
            throw new OptimisticLockException("warning rule " + kind + " changed since version " + version);
        }
        rule.change(yellowFrom, redAfterMonths, noticeOnRed);
        audit.record(AuditEvent.success(AuditAction.WARNING_RULE_CHANGED, "warningRule", kind.name())
                .withDetail("yellow from " + yellowFrom + ", red after " + redAfterMonths + " months, notice on red "
                        + noticeOnRed));
        return rule;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvestmentRule investmentRule(UserAccount actor) {
        RoleRequiredException.check(actor, Role.ADMIN);
        return warnings.investmentRule();
    }

    /**
     * @throws OptimisticLockException when someone changed the rule since it was read
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code yellowPoints} or {@code redPoints}
     *     when yellow is not below red
     */
    public InvestmentRule changeInvestmentRule(UserAccount actor, long version, int yellowPoints, int redPoints,
            boolean noticeOnRed) {
        RoleRequiredException.check(actor, Role.ADMIN);
        InvestmentRule rule = warnings.investmentRule();
        if (rule.version() != version) {
            throw new OptimisticLockException("investment warning rule changed since version " + version);
        }
        rule.change(yellowPoints, redPoints, noticeOnRed);
        audit.record(AuditEvent.success(AuditAction.WARNING_RULE_CHANGED, "warningRule", WarningKind.INVESTMENT.name())
                .withDetail("yellow from " + yellowPoints + " points behind, red beyond " + redPoints
                        + ", notice on red " + noticeOnRed));
        return rule;
    }
}
