package cn.zoneflow.web.problem;

import cn.zoneflow.domain.model.problem.ProblemEntry;
import cn.zoneflow.domain.model.problem.ProblemEntryKind;
import cn.zoneflow.domain.model.problem.ProblemLevel;
import cn.zoneflow.domain.model.problem.ProblemStatus;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.visit.EnterpriseVisit;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A problem as its project's page and the API show it, with every step of its way.
 *
 * @param visitedOn the day of the 入企服务 visit it was raised on, none when raised otherwise
 * @param openStep the task the reader may work on now, none when the problem waits for someone else
 * @param overdue still open after its deadline's day
 */
public record ProblemRow(long id, long projectId, String category, String description, String raisedBy,
        String raiserName, Role raiserRole, LocalDate raisedOn, LocalDate visitedOn, boolean immediate, String responsible,
        LocalDate deadline, ProblemLevel level, ProblemStatus status, int rounds, LocalDate solvedOn, boolean overdue,
        List<Entry> entries, String openStep) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One step or note: what, when, who, and the text given with it. */
    public record Entry(ProblemEntryKind kind, LocalDateTime writtenAt, String writerName, String text)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        static Entry of(ProblemEntry entry) {
            return new Entry(entry.kind(), entry.writtenAt(), entry.writerName(), entry.text());
        }
    }

    public static ProblemRow of(ProjectProblem problem, LocalDate today, String openStep) {
        return new ProblemRow(problem.id(), problem.project().id(), problem.category().name(),
                problem.description(), problem.raisedBy(), problem.raiserName(), problem.raiserRole(),
                problem.raisedOn(), problem.visit().map(EnterpriseVisit::visitedOn).orElse(null),
                problem.isImmediate(), problem.responsible(), problem.deadline(), problem.level(),
                problem.status(), problem.rounds(), problem.solvedOn(), problem.isOverdueOn(today),
                problem.entries().stream().map(Entry::of).toList(), openStep);
    }
}
