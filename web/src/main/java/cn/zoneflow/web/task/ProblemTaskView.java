package cn.zoneflow.web.task;

import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.domain.model.problem.ProblemAssignment;
import cn.zoneflow.domain.model.problem.ProblemNote;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.processes.ProblemProcess.Activities;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.problem.ProblemQueries;
import cn.zoneflow.web.problem.ProblemRow;
import cn.zoneflow.workflow.problem.ProblemTasks;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The steps of 问题办理 on one page: the problem with every step so far, and the form of the step the task is — accept
 * and assign, or pass up; answer, or pass up; confirm, or reopen — with the form to note progress meanwhile.
 */
@Named
@ViewScoped
public class ProblemTaskView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "step";
    private static final Map<String, String> FIELDS = Map.of(
            ProblemAssignment.RESPONSIBLE, FORM + ":" + ProblemAssignment.RESPONSIBLE,
            ProblemAssignment.DEPARTMENT, FORM + ":" + ProblemAssignment.DEPARTMENT,
            ProblemAssignment.DEADLINE, FORM + ":" + ProblemAssignment.DEADLINE,
            ProblemTasks.ANSWER, FORM + ":" + ProblemTasks.ANSWER,
            ProblemTasks.REASON, FORM + ":" + ProblemTasks.REASON);

    @Inject
    private transient ProblemTasks problemTasks;

    @Inject
    private transient ProblemQueries queries;

    @Inject
    private transient ProjectProblems problems;

    @Inject
    private transient FieldMessages fieldMessages;

    private ProblemRow problem;
    private String responsible;
    private Long department;
    private Map<String, Long> departments;
    private LocalDate deadline;
    private boolean immediate;
    private String answer;
    private String reason;
    private String note;

    @Override
    protected void loaded() {
        problem = queries.ofTask(currentUser.actor(), getId());
    }

    @Override
    protected String doneOutcome() {
        return isLeader() ? "/leader/project.xhtml?faces-redirect=true&id=" + problem.projectId() : super.doneOutcome();
    }

    /** The project's page for the user: a leader's own page, the zone's project page for everyone else. */
    public String getProjectOutcome() {
        return isLeader() ? "/leader/project" : "/project/view";
    }

    /** Whether the user is a leader in charge, who reads the problem's files but adds none: the zone handles it. */
    public boolean isLeader() {
        return currentUser.required().role() == Role.LEADER;
    }

    public String assign() {
        return complete(() -> problemTasks.accept(currentUser.actor(), getId(), responsible,
                department == null ? null : department.toString(), deadline == null ? null : deadline.toString(),
                Boolean.toString(immediate)),
                "task_problem.message.info.assigned", FIELDS);
    }

    public String escalate() {
        return complete(() -> problemTasks.escalate(currentUser.actor(), getId(), reason),
                "task_problem.message.info.escalated", FIELDS);
    }

    public String answer() {
        return complete(() -> problemTasks.answer(currentUser.actor(), getId(), answer),
                "task_problem.message.info.answered", FIELDS);
    }

    public String solve() {
        return complete(() -> problemTasks.confirmSolved(currentUser.actor(), getId()),
                "task_problem.message.info.solved", FIELDS);
    }

    public String reopen() {
        return complete(() -> problemTasks.reopen(currentUser.actor(), getId(), reason),
                "task_problem.message.info.reopened", FIELDS);
    }

    /** Notes progress on the problem; the step stays open. */
    public void writeNote() {
        try {
            problems.note(currentUser.required(), problem.id(), ReadCommand.whole(new ProblemNote(note)));
            note = null;
            problem = queries.ofTask(currentUser.actor(), getId());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("problems.message.noted"), null));
        } catch (InvalidInputException e) {
            fieldMessages.show("note", e);
        }
    }

    public ProblemRow getProblem() {
        return problem;
    }

    public boolean isAccepting() {
        return isStep(Activities.ACCEPT_PROBLEM);
    }

    /** Whether the step answers the problem and may pass it up: the zone's and the city's. */
    public boolean isSolvingWithEscalation() {
        return isStep(Activities.HANDLE_PROBLEM) || isStep(Activities.COORDINATE_IN_CITY);
    }

    public boolean isSolvingInProvince() {
        return isStep(Activities.COORDINATE_IN_PROVINCE);
    }

    public boolean isConfirming() {
        return isStep(Activities.CONFIRM_PROBLEM);
    }

    private boolean isStep(String key) {
        return getTask() != null && key.equals(getTask().taskType());
    }

    public LocalDate getToday() {
        return ChinaTime.today();
    }

    /** The city's departments working in ZoneFlow the zone may give the problem to, by name. */
    public Map<String, Long> getDepartments() {
        if (departments == null) {
            departments = new LinkedHashMap<>();
            if (isAccepting()) {
                problemTasks.departmentsFor(currentUser.actor(), getId())
                        .forEach(choice -> departments.put(choice.name(), choice.id()));
            }
        }
        return departments;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isImmediate() {
        return immediate;
    }

    public void setImmediate(boolean immediate) {
        this.immediate = immediate;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
