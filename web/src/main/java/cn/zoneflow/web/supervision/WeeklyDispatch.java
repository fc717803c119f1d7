package cn.zoneflow.web.supervision;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.application.ProblemStatistics;
import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.supervision.NoticeStatus;
import cn.zoneflow.domain.model.supervision.StallReport;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.report.ProblemExport;
import cn.zoneflow.web.supervision.NoticeListView.NoticeRow;
import cn.zoneflow.workflow.supervision.LateTask;
import cn.zoneflow.workflow.supervision.OverdueBoard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * 周调度: what a supervisor's weekly dispatch meeting goes through, as one workbook — the late work (overdue and
 * near due, by city, zone and officer), the "三未" projects, the 督办 notices still open or answered this week, and
 * the problems raised this week with those still open past their deadline.
 * One sheet per table, a title row naming the week and the scope; amounts in 亿元, days as numbers.
 */
@RequestScoped
public class WeeklyDispatch {

    private static final String KEYS = "weekly_dispatch.";
    private static final List<String> TASK_COLUMNS = List.of("city", "zone", "assignee", "projectCode", "project",
            "task", "due", "daysOver", "daysLeft");

    @Inject
    private OverdueBoard board;

    @Inject
    private StallListExport stalls;

    @Inject
    private SupervisionService supervision;

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    @Inject
    private NoticeSheet noticeSheet;

    @Inject
    private ProblemStatistics problemStatistics;

    @Inject
    private ProblemExport problemExport;

    public static String fileName(LocalDate today) {
        return "周调度-" + today + ".xlsx";
    }

    /** The week's dispatch list of the scope, as of the given day (its week runs Monday to Sunday). */
    public byte[] workbook(Scope scope, String scopeName, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String title = messages.get(KEYS + "title", scopeName, monday.toString(), monday.plusDays(6).toString());
        List<LateTask> late = board.lateTasks(scope);
        List<StallReport> stalled = stalls.reports(scope, today);
        List<NoticeRow> notices = supervision.within(scope, NoticeListView.MAX_NOTICES).stream()
                .map(notice -> NoticeRow.of(notice, today))
                .filter(notice -> notice.status().equals(NoticeStatus.OPEN.name())
                        || !notice.answeredOn().isBefore(monday))
                .toList();
        int stalledProjects = StallListExport.count(stalled);
        try (SheetWriter workbook = new SheetWriter(messages.get(KEYS + "sheet.tasks"))) {
            writeTasks(workbook.title(title), late);
            stalls.write(workbook.sheet(messages.get(KEYS + "sheet.stalls")).title(title), stalled);
            noticeSheet.write(workbook.sheet(messages.get(KEYS + "sheet.notices")).title(title), notices);
            problemExport.figures(workbook.sheet(messages.get(KEYS + "sheet.problems")),
                    problemStatistics.board(scope, new RatePeriod(monday, today, today)));
            audit.recordSeparately(AuditEvent.success(AuditAction.EXPORT, "weekly-dispatch", scopeName)
                    .withDetail(late.size() + " tasks, " + stalledProjects + " stalled projects, " + notices.size()
                            + " notices, week of " + monday));
            return workbook.bytes();
        }
    }

    private void writeTasks(SheetWriter sheet, List<LateTask> late) {
        sheet.headers(headers(TASK_COLUMNS));
        for (LateTask task : late) {
            Integer daysLeft = task.task().daysLeft();
            boolean overdue = task.task().dueState() == DueState.OVERDUE;
            sheet.newLine().text(task.city()).text(task.task().zoneName())
                    .text(task.task().assignee() == null ? messages.get("supervision_overdue.unclaimed")
                            : task.task().assignee())
                    .text(task.task().projectCode()).text(task.task().projectName()).text(task.task().name())
                    .date(task.task().due());
            if (daysLeft == null) {
                // a deadline in a year whose holidays are not published cannot be counted in working days yet
                sheet.text(null).text(null);
            } else if (overdue) {
                sheet.number(-daysLeft).text(null);
            } else {
                sheet.text(null).number(daysLeft);
            }
        }
    }

    private List<String> headers(List<String> columns) {
        return columns.stream().map(column -> messages.get(KEYS + "column." + column)).toList();
    }
}
