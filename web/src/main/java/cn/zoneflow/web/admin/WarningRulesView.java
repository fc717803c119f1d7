package cn.zoneflow.web.admin;

import cn.zoneflow.domain.application.Targets;
import cn.zoneflow.domain.application.WarningRuleAdministration;
import cn.zoneflow.domain.model.annualtarget.TargetRule;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.warning.InvestmentRule;
import cn.zoneflow.domain.model.warning.WarningKind;
import cn.zoneflow.domain.model.warning.WarningRule;
import cn.zoneflow.domain.model.warning.YellowFrom;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * 预警规则: the system administrator sees each warning rule — the planned dates' and the investment plan's — and
 * changes one at a time, against its version.
 */
@Named
@ViewScoped
public class WarningRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient WarningRuleAdministration administration;

    @Inject
    private transient Targets targets;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    /** A rule as its row of the form holds it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final WarningKind kind;
        private final long version;
        private YellowFrom yellowFrom;
        private int redAfterMonths;
        private boolean noticeOnRed;

        Row(WarningRule rule) {
            kind = rule.kind();
            version = rule.version();
            yellowFrom = rule.yellowFrom();
            redAfterMonths = rule.redAfterMonths();
            noticeOnRed = rule.noticeOnRed();
        }

        public WarningKind getKind() {
            return kind;
        }

        public YellowFrom getYellowFrom() {
            return yellowFrom;
        }

        public void setYellowFrom(YellowFrom yellowFrom) {
            this.yellowFrom = yellowFrom;
        }

        public int getRedAfterMonths() {
            return redAfterMonths;
        }

        public void setRedAfterMonths(int redAfterMonths) {
            this.redAfterMonths = redAfterMonths;
        }

        public boolean isNoticeOnRed() {
            return noticeOnRed;
        }

        public void setNoticeOnRed(boolean noticeOnRed) {
            this.noticeOnRed = noticeOnRed;
        }
    }

    private List<Row> rows;
    private long investmentVersion = -1;
    private int yellowPoints;
    private int redPoints;
    private boolean investmentNoticeOnRed;
    private long targetRuleVersion = -1;
    private int redMarginPoints;
    private boolean redBelowLastYear;

    public void load() throws IOException {
        pageAccess.deniedUnless(Role.ADMIN.roleName());
        if (!FacesContext.getCurrentInstance().getResponseComplete()) {
            readInvestmentRule();
            readTargetRule();
        }
    }

    private void readTargetRule() {
        TargetRule rule = targets.rule(currentUser.required());
        targetRuleVersion = rule.version();
        redMarginPoints = rule.redMarginPoints();
        redBelowLastYear = rule.redBelowLastYear();
    }

    /** Saves the targets' rule against the version read. */
    public void saveTargetRule() {
        change(messages.get("admin_warnings.target.title"), () -> targets.changeRule(currentUser.required(),
                targetRuleVersion, redMarginPoints, redBelowLastYear), this::readTargetRule);
    }

    public int getRedMarginPoints() {
        return redMarginPoints;
    }

    public void setRedMarginPoints(int redMarginPoints) {
        this.redMarginPoints = redMarginPoints;
    }

    public boolean isRedBelowLastYear() {
        return redBelowLastYear;
    }

    public void setRedBelowLastYear(boolean redBelowLastYear) {
        this.redBelowLastYear = redBelowLastYear;
    }

    private void readInvestmentRule() {
        InvestmentRule rule = administration.investmentRule(currentUser.required());
        investmentVersion = rule.version();
        yellowPoints = rule.yellowPoints();
        redPoints = rule.redPoints();
        investmentNoticeOnRed = rule.noticeOnRed();
    }

    /** Saves the investment rule against the version read. */
    public void saveInvestmentRule() {
        change(messages.get("WarningKind." + WarningKind.INVESTMENT.name()), () -> administration
                .changeInvestmentRule(currentUser.required(), investmentVersion, yellowPoints, redPoints,
                        investmentNoticeOnRed), this::readInvestmentRule);
    }

    public int getYellowPoints() {
        return yellowPoints;
    }

    public void setYellowPoints(int yellowPoints) {
        this.yellowPoints = yellowPoints;
    }

    public int getRedPoints() {
        return redPoints;
    }

    public void setRedPoints(int redPoints) {
        this.redPoints = redPoints;
    }

    public boolean isInvestmentNoticeOnRed() {
        return investmentNoticeOnRed;
    }

    public void setInvestmentNoticeOnRed(boolean investmentNoticeOnRed) {
        this.investmentNoticeOnRed = investmentNoticeOnRed;
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = administration.rules(currentUser.required()).stream().map(Row::new).toList();
        }
        return rows;
    }

    public void save(Row row) {
        change(messages.get("WarningKind." + row.kind.name()), () -> administration.change(currentUser.required(),
                row.kind, row.version, row.yellowFrom, row.redAfterMonths, row.noticeOnRed), () -> rows = null);
    }

    /**
     * Saves one rule against the version read and says so; a refused value is named at the top of the page and keeps
     * what was typed, a rule changed meanwhile is read again.
     */
    private void change(String rule, Runnable change, Runnable readAgain) {
        try {
            change.run();
            messages.tell(FacesMessage.SEVERITY_INFO, "admin_warnings.message.saved", rule);
        } catch (InvalidInputException e) {
            fieldMessages.showOnPage("admin_warnings.field.", e);
            return;
        } catch (OptimisticLockException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "admin_warnings.message.conflict", rule);
        }
        readAgain.run();
    }

    public YellowFrom[] getYellowFroms() {
        return YellowFrom.values();
    }
}
