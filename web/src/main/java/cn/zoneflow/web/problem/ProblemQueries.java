package cn.zoneflow.web.problem;

import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.workflow.problem.ProblemTasks;
import cn.zoneflow.workflow.task.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Problems read for screens and the API in one transaction each, with the steps the reader may work on. */
@ApplicationScoped
@Transactional
public class ProblemQueries {

    @Inject
    private ProjectProblems problems;

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProblemTasks tasks;

    public List<ProblemCategory> categories() {
        return problems.categories();
    }

    /** The catalogue's categories as a form offers them: each name with its code, in the catalogue's order. */
    public Map<String, String> categoryChoices() {
        return categories().stream().collect(Collectors.toMap(ProblemCategory::name, ProblemCategory::code,
                (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * A project's problems, the open ones first.
     *
     * @throws java.util.NoSuchElementException when the project does not exist for the reader
     */
    public List<ProblemRow> ofProject(UserAccount reader, long projectId) {
        List<ProjectProblem> found = problems.ofProject(reader, projectId);
        Map<Long, String> steps = found.isEmpty() ? Map.of()
                : tasks.openStepsOf(Actor.of(reader), projects.find(projectId).orElseThrow().code().value());
        return found.stream().map(problem -> ProblemRow.of(problem, ChinaTime.today(), steps.get(problem.id())))
                .toList();
    }

    /**
     * One problem with every step.
     *
     * @throws java.util.NoSuchElementException when it is not the reader's to see
     */
    public ProblemRow problem(UserAccount reader, long problemId) {
        ProjectProblem problem = problems.problem(reader, problemId);
        String step = tasks.openStepsOf(Actor.of(reader), problem.project().code().value()).get(problemId);
        return ProblemRow.of(problem, ChinaTime.today(), step);
    }

    /** The problem a task is about, read by one who may see the task. */
    public ProblemRow ofTask(Actor actor, String taskId) {
        return ProblemRow.of(tasks.problemOf(actor, taskId), ChinaTime.today(), taskId);
    }
}
