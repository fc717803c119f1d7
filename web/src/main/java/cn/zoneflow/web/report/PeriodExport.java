package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * What every export of a place's figures for a period does: a title naming the place, the period and the day the
 * figures stand on, and one line in the audit trail saying what was taken.
 */
@RequestScoped
public class PeriodExport {

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    /** @param titleKey a bundle text taking the place, the period's first and last day and the day of the figures */
    public void title(SheetWriter sheet, String titleKey, String place, RatePeriod period) {
        sheet.title(messages.get(titleKey, place, period.from().toString(), period.to().toString(),
                period.asOf().toString()));
    }

    public void audited(String what, String place, RatePeriod period) {
        audit.recordSeparately(AuditEvent.success(AuditAction.EXPORT, what, place)
                .withDetail(period.from() + " – " + period.to() + " as of " + period.asOf()));
    }
}
