package cn.zoneflow.web.supervision;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.supervision.NoticeListView.NoticeRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** The 督办通知 list of a scope as an Excel workbook, open notices first, as the list shows them. */
@RequestScoped
public class NoticeListExport {

    @Inject
    private SupervisionService supervision;

    @Inject
    private NoticeSheet sheet;

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    public static String fileName(LocalDate today) {
        return "督办通知-" + today + ".xlsx";
    }

    public byte[] workbook(Scope scope, String scopeName, LocalDate today) {
        List<NoticeRow> notices = supervision.within(scope, NoticeListView.MAX_NOTICES).stream()
                .map(notice -> NoticeRow.of(notice, today)).toList();
        try (SheetWriter workbook = new SheetWriter(messages.get("supervision_notices.title"))) {
            sheet.write(workbook.title(messages.get("supervision_notices.export.title", scopeName, today.toString())),
                    notices);
            audit.recordSeparately(AuditEvent.success(AuditAction.EXPORT, "notices", scopeName)
                    .withDetail(notices.size() + " notices"));
            return workbook.bytes();
        }
    }
}
