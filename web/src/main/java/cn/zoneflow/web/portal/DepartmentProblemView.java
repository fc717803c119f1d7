package cn.zoneflow.web.portal;

import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.problem.ProblemRow;
import cn.zoneflow.web.task.TaskPageView;
import cn.zoneflow.workflow.problem.DepartmentProblems;
import cn.zoneflow.workflow.problem.ProblemTasks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * One problem a zone gave the department: its project, its way so far and its files, and the department's written
 * answer, which whoever raised it then confirms.
 */
@Named
@ViewScoped
public class DepartmentProblemView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final String DESK = "/portal/department/index.xhtml?faces-redirect=true";
    private static final Map<String, String> FIELDS = Map.of(ProblemTasks.ANSWER, "answer:text");

    @Inject
    private transient DepartmentProblems problems;

    private ProblemRow problem;
    private transient List<DocumentSummary> files;
    private String answer;

    @Override
    protected void loaded() {
        DepartmentProblems.GivenProblem given = problems.problem(currentUser.actor(), getId());
        problem = ProblemRow.of(given.problem(), ChinaTime.today(), getId());
        files = given.files();
    }

    public String answered() {
        return complete(() -> problems.answer(currentUser.actor(), getId(), answer),
                "department_problem.message.info.answered", FIELDS);
    }

    @Override
    protected String doneOutcome() {
        return DESK;
    }

    public ProblemRow getProblem() {
        return problem;
    }

    /** The files as they are now: read again after a refused answer, which this view outlives. */
    public List<DocumentSummary> getFiles() {
        if (files == null && getTask() != null) {
            files = problems.problem(currentUser.actor(), getId()).files();
        }
        return files;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
