package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.shared.Page;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The problems raised for the province's projects, and the catalogue of their categories. */
public interface ProblemRepository {

    void add(ProjectProblem problem);

    Optional<ProjectProblem> find(long id);

    /** The problem the process carries; none for any other case. */
    Optional<ProjectProblem> carriedBy(String caseId);

    /** A project's problems, the open ones first, then the latest raised. */
    List<ProjectProblem> ofProject(long projectId);

    /**
     * The problems raised from {@code from} to {@code to} in the scope, counted by zone id and category code; solved
     * means by {@code to}, overdue means open after its deadline on {@code today}.
     */
    Map<Long, Map<String, ProblemCounts>> figures(Scope scope, LocalDate from, LocalDate to, LocalDate today);

    /** 问题台账: every problem raised from {@code from} to {@code to} in the scope, by zone, then as raised. */
    List<ProjectProblem> ledger(Scope scope, LocalDate from, LocalDate to);

    /**
     * The problems of the scope behind one figure of {@link #figures}, with their projects and zones, the latest raised
     * first.
     */
    Page<ProjectProblem> selected(Scope scope, ProblemSelection selection, int page, int size);

    /** The open problems of each of the projects that has any. */
    Map<Long, OpenProblems> openOf(Collection<Long> projectIds);

    /** The categories of the problems raised on each of the visits that raised any, by visit id. */
    Map<Long, List<String>> raisedOnVisits(Collection<Long> visitIds);

    /** The categories in the catalogue's order. */
    List<ProblemCategory> categories();

    Optional<ProblemCategory> category(String code);

    void addCategory(ProblemCategory category);
}
