package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.domain.application.Deadlines;
import cn.zoneflow.domain.model.calendar.CalendarYearMissingException;
import cn.zoneflow.domain.model.calendar.Deadline;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.processes.ProcedureHandling;
import cn.zoneflow.processes.ProjectLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Which limit a step's deadline follows: a department's answer (部门审批, or 登记部门办理结果 where the officer records
 * it) the procedure's statutory limit from
 * the day it was submitted; a stage-move request none from 储备; every other step the working days its home gives it
 * ({@link StepForm#workingDays()}), from the day the step began.
 */
@ApplicationScoped
public class StepDeadlines {

    private static final Set<String> DEPARTMENT_ANSWERS = Set.of(ProcedureHandling.Activities.DEPARTMENT_ANSWER,
            ProcedureHandling.Activities.RECORD_DEPARTMENT_ANSWER);
    private static final String STAGE_MOVE_REQUEST = ProjectLifecycle.Activities.REQUEST_STAGE_MOVE;

    @Inject
    private Deadlines deadlines;

    @Inject
    private StepHomes homes;

    @Inject
    private AgencyService agency;

    @Inject
    private ProjectRepository projects;

    /**
     * @param variables the process variables the step sees, by name
     * @throws CalendarYearMissingException when the limit reaches into a year the calendar lacks
     */
    Optional<Deadline> of(String step, LocalDate began, Function<String, Object> variables) {
        if (DEPARTMENT_ANSWERS.contains(step)) {
            ProjectProcedure procedure = agency.procedure((Long) variables.apply(ProcedureHandling.Variables.PROJECT_ID),
                    (String) variables.apply(ProcedureHandling.Variables.PROCEDURE_CODE));
            return deadlines.forProcedure(procedure.procedure(), procedure.submittedOn());
        }
        OptionalInt workingDays = homes.workingDaysOf(step);
        if (workingDays.isEmpty()) {
            return Optional.empty();
        }
        if (STAGE_MOVE_REQUEST.equals(step)) {
            long projectId = (Long) variables.apply(ProjectLifecycle.Variables.PROJECT_ID);
            return deadlines.forStageMoveRequest(workingDays.getAsInt(), projects.find(projectId).orElseThrow()
                    .stage(), began);
        }
        return Optional.of(deadlines.forStep(workingDays.getAsInt(), began));
    }

    /**
     * Whether a task of the step has a limit at all for a project at the given stage, so that a task without a
     * deadline is one waiting for the calendar.
     */
    public boolean hasLimit(String step, Stage projectStage) {
        if (STAGE_MOVE_REQUEST.equals(step) && !deadlines.stageMoveRequestHasLimit(projectStage)) {
            return false;
        }
        return withLimit().contains(step);
    }

    /** The steps that have a limit at all. */
    public Set<String> withLimit() {
        Set<String> steps = new HashSet<>(homes.withWorkingDays());
        steps.addAll(DEPARTMENT_ANSWERS);
        return steps;
    }
}
