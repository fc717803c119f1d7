package cn.zoneflow.web.task;

import cn.zoneflow.domain.application.EvaluationService;
import cn.zoneflow.domain.model.evaluation.EvaluationFile;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.workflow.lifecycle.EvaluationTasks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Map;

/**
 * 达效评估: the officer enters a producing project's output, tax and energy use of the last twelve months, seeing
 * the parcel's standards and the earlier rounds; the manager then decides on it.
 */
@Named
@ViewScoped
public class EvaluateOutputView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(EvaluationService.ACTUAL_OUTPUT, "evaluation:actualOutput",
            EvaluationService.ANNUAL_TAX, "evaluation:annualTax", EvaluationService.ENERGY_USE, "evaluation:energyUse",
            Variables.EVIDENCE, "evaluation:evidence");

    @Inject
    private transient EvaluationTasks evaluations;

    private EvaluationFile evaluation;
    private BigDecimal actualOutput;
    private BigDecimal annualTax;
    private BigDecimal energyUse;
    private String evidence;

    @Override
    protected void loaded() {
        evaluation = evaluations.fileOf(currentUser.actor(), getId());
    }

    public String submit() {
        return complete(() -> evaluations.evaluate(currentUser.actor(), getId(), text(actualOutput), text(annualTax),
                text(energyUse), evidence), "task_evaluate_output.message.info.submitted", FIELDS);
    }

    private static String text(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    public EvaluationFile getEvaluation() {
        return evaluation;
    }

    public BigDecimal getActualOutput() {
        return actualOutput;
    }

    public void setActualOutput(BigDecimal actualOutput) {
        this.actualOutput = actualOutput;
    }

    public BigDecimal getAnnualTax() {
        return annualTax;
    }

    public void setAnnualTax(BigDecimal annualTax) {
        this.annualTax = annualTax;
    }

    public BigDecimal getEnergyUse() {
        return energyUse;
    }

    public void setEnergyUse(BigDecimal energyUse) {
        this.energyUse = energyUse;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
