package cn.zoneflow.web.supervision;

import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.supervision.NoticeListView.NoticeRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/** 督办通知 as a sheet: one line per notice, as the 督办通知 list and the week's dispatch list write them. */
@RequestScoped
public class NoticeSheet {

    private static final List<String> COLUMNS = List.of("zone", "projectCode", "project", "addressee",
            "requirement", "issuedBy", "issuedOn", "deadline", "status", "answer", "answeredOn", "escalations");

    @Inject
    private Messages messages;

    public void write(SheetWriter sheet, List<NoticeRow> notices) {
        sheet.headers(COLUMNS.stream().map(column -> messages.get("weekly_dispatch.column." + column)).toList());
        for (NoticeRow notice : notices) {
            sheet.newLine().text(notice.zone()).text(notice.projectCode()).text(notice.projectName())
                    .text(notice.addressee() == null ? messages.get("supervision_notices.zoneOfficers")
                            : notice.addressee())
                    .text(notice.requirement()).text(notice.issuedBy())
                    .date(notice.issuedOn()).date(notice.deadline())
                    .text(messages.get("NoticeStatus." + notice.status())).text(notice.answer())
                    .date(notice.answeredOn()).number(notice.escalations());
        }
    }
}
