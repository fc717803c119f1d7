package cn.zoneflow.web.supervision;

import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.supervision.SupervisionNotice;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * 督办通知: the notices about the projects of the user's scope — open ones first — with their deadline, answer and
 * escalations. Supervisors follow them here; a zone sees what was asked of it.
 */
@Named
@RequestScoped
public class NoticeListView {

    /** No list is longer than this; a province with more open notices has a different problem. */
    static final int MAX_NOTICES = 500;

    @Inject
    private SupervisionService supervision;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private NoticeListExport export;

    private List<NoticeRow> notices;

    /** A notice as the list shows it. */
    public record NoticeRow(long id, String projectName, String projectCode, String zone, String addressee,
            String requirement, String issuedBy, LocalDate issuedOn, LocalDate deadline, String status,
            boolean overdue, String answer, String answeredBy, LocalDate answeredOn, int escalations) {

        public static NoticeRow of(SupervisionNotice notice, LocalDate today) {
            return new NoticeRow(notice.id(), notice.project().name(), notice.project().code().value(),
                    notice.project().zone().name(), notice.addressee(), notice.requirement(), notice.issuedBy(),
                    notice.issuedOn(), notice.deadline(), notice.status().name(), notice.isOverdueOn(today),
                    notice.answerText(), notice.answeredBy(), notice.answeredOn(), notice.escalations());
        }
    }

    public List<NoticeRow> getNotices() {
        if (notices == null) {
            LocalDate today = ChinaTime.today();
            notices = supervision.within(currentUser.required().scope(), MAX_NOTICES).stream()
                    .map(notice -> NoticeRow.of(notice, today)).toList();
        }
        return notices;
    }

    /** The list as an Excel workbook. */
    public StreamedContent getWorkbook() {
        LocalDate today = ChinaTime.today();
        return WorkbookDownload.forScreen(NoticeListExport.fileName(today),
                export.workbook(currentUser.required().scope(), currentUser.getScopeName(), today));
    }
}
