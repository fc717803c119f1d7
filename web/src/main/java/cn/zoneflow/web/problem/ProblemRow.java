package cn.zoneflow.web.problem;

import cn.zoneflow.domain.model.problem.ProblemEntry;
import cn.zoneflow.domain.model.problem.ProblemEntryKind;
import cn.zoneflow.domain.model.problem.ProblemLevel;
import cn.zoneflow.domain.model.problem.ProblemStatus;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.problem.ReturnVisit;
import cn.zoneflow.domain.model.problem.ReturnVisitWay;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.visit.EnterpriseVisit;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A problem as its project's page and the API show it, with every step of its way.
 *
 * @param visitedOn the day of the 入企服务 visit it was raised on, none when raised otherwise
 * @param openStep the task the reader may work on now, none when the problem waits for someone else
 * @param overdue still open after its deadline's day
 * @param rectifiesBadRating a 服务整改 problem sent by a 差评, which the zone visits back (回访)
 */
public record ProblemRow(long id, long projectId, String category, String description, String raisedBy,
        String raiserName, Role raiserRole, LocalDate raisedOn, LocalDate visitedOn, boolean immediate, String responsible,
        LocalDate deadline, ProblemLevel level, ProblemStatus status, int rounds, LocalDate solvedOn, boolean overdue,
        List<Entry> entries, String openStep, boolean rectifiesBadRating) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One step or note: what, when, who, and the text given with it; for a 回访 also the day, the way and whom the zone
     * spoke to, the text being what the enterprise said.
     */
    public record Entry(ProblemEntryKind kind, LocalDateTime writtenAt, String writerName, String text,
            LocalDate visitedOn, ReturnVisitWay visitWay, String visited) implements Serializable {

        private static final long serialVersionUID = 1L;

        static Entry of(ProblemEntry entry) {
            Optional<ReturnVisit> visit = entry.returnVisit();
            return new Entry(entry.kind(), entry.writtenAt(), entry.writerName(), entry.text(),
                    visit.map(ReturnVisit::visitedOn).orElse(null), visit.map(ReturnVisit::way).orElse(null),
                    visit.map(ReturnVisit::visited).orElse(null));
        }
    }

    /** Whether the zone has gone back to the enterprise about the 差评 the problem rectifies. */
    public boolean returnVisited() {
        return entries.stream().anyMatch(entry -> entry.kind() == ProblemEntryKind.RETURN_VISIT);
    }

    public static ProblemRow of(ProjectProblem problem, LocalDate today, String openStep) {
        return new ProblemRow(problem.id(), problem.project().id(), problem.category().name(),
                problem.description(), problem.raisedBy(), problem.raiserName(), problem.raiserRole(),
                problem.raisedOn(), problem.visit().map(EnterpriseVisit::visitedOn).orElse(null),
                problem.isImmediate(), problem.responsible(), problem.deadline(), problem.level(),
                problem.status(), problem.rounds(), problem.solvedOn(), problem.isOverdueOn(today),
                problem.entries().stream().map(Entry::of).toList(), openStep,
                problem.category().rectifiesBadRatings());
    }
}
