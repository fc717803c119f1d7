package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.problem.ProblemBoard;
import cn.zoneflow.domain.model.problem.ProblemCounts;
import cn.zoneflow.domain.model.problem.ProblemPlace;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;

/**
 * 问题台账 as a workbook: every problem raised in the period with its project, category, unit, deadline and state, then
 * each place's and each category's figures.
 */
@RequestScoped
public class ProblemExport {

    @Inject
    private Messages messages;

    @Inject
    private PeriodExport periodExport;

    public static String fileName(ProblemBoard board) {
        return board.total().name() + "-问题台账-" + board.period().to() + ".xlsx";
    }

    public byte[] workbook(ProblemBoard board, List<ProjectProblem> ledger) {
        try (SheetWriter sheet = new SheetWriter(messages.get("report_problems.sheet.ledger"))) {
            ledger(sheet, board, ledger);
            figures(sheet.sheet(messages.get("report_problems.sheet.figures")), board);
            periodExport.audited("problems", board.total().name(), board.period());
            return sheet.bytes();
        }
    }

    private void ledger(SheetWriter sheet, ProblemBoard board, List<ProjectProblem> ledger) {
        periodExport.title(sheet, "report_problems.export.title", board.total().name(), board.period());
        sheet.headers(columns("zone", "code", "project", "category", "description", "raisedBy", "raisedOn",
                "responsible", "deadline", "immediate", "level", "status", "rounds", "solvedOn", "overdue"));
        for (ProjectProblem problem : ledger) {
            sheet.newLine().text(problem.project().zone().name()).text(problem.project().code().value())
                    .text(problem.project().name()).text(problem.category().name()).text(problem.description())
                    .text(problem.raiserName()).date(problem.raisedOn()).text(problem.responsible())
                    .date(problem.deadline()).text(problem.isImmediate() ? messages.get("problems.immediate") : "")
                    .text(messages.get("ProblemLevel." + problem.level().name()))
                    .text(messages.get("ProblemStatus." + problem.status().name())).number(problem.rounds())
                    .date(problem.solvedOn())
                    .text(problem.isOverdueOn(ChinaTime.today()) ? messages.get("problems.overdue") : "");
        }
    }

    /** Each place's and each category's figures, on a sheet of their own. */
    public void figures(SheetWriter sheet, ProblemBoard board) {
        periodExport.title(sheet, "report_problems.figures.title", board.total().name(), board.period());
        sheet.headers(columns("place", "raised", "solved", "open", "overdue", "solvedRate", "averageDays",
                "visits"));
        for (ProblemPlace place : Stream.concat(Stream.of(board.total()), board.places().stream()).toList()) {
            line(sheet, place.name(), place.counts()).number(place.visits());
        }
        sheet.newLine();
        sheet.headers(columns("category", "raised", "solved", "open", "overdue", "solvedRate", "averageDays"));
        board.categories().forEach(category -> line(sheet, category.category().name(), category.counts()));
        sheet.newLine();
        sheet.headers(columns("leader", "projectsLed", "visits", "problemsRaised"));
        board.leaders().forEach(leader -> sheet.newLine().text(leader.name()).number(leader.projectsLed())
                .number(leader.visits()).number(leader.problemsRaised()));
    }

    private static SheetWriter line(SheetWriter sheet, String name, ProblemCounts counts) {
        return sheet.newLine().text(name).number(counts.raised()).number(counts.solved()).number(counts.open())
                .number(counts.overdue()).amount(counts.solvedRate().percent()).amount(counts.averageSolvingDays());
    }

    private List<String> columns(String... keys) {
        return Stream.of(keys).map(key -> messages.get("report_problems.column." + key)).toList();
    }
}
