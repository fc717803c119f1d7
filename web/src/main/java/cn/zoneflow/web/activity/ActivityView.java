package cn.zoneflow.web.activity;

import cn.zoneflow.domain.application.ActivityService;
import cn.zoneflow.domain.application.Presentation;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.activity.BatchFigures;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.web.activity.ActivityQueries.ActivityItem;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.i18n.Percents;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * One "三个一批" activity: its summary exactly as the bulletins print it — per city each batch and the city's
 * total, then the province's batches and total, over the projects within the reader's scope — and presenting a
 * project of one's scope in a batch it has reached.
 */
@Named
@ViewScoped
public class ActivityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ActivityQueries activities;

    @Inject
    private transient ActivityService service;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Percents percents;

    @Inject
    private transient SummaryTable table;

    @Inject
    private transient ActivitySummaryExport export;

    private long id;
    private ActivityItem activity;
    private List<SummaryRow> rows;
    private String projectCode;
    private Batch batch;

    public void load() throws IOException {
        activity = activities.find(id).orElse(null);
        if (activity == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        rows = table.rowsOf(activities.summary(id, currentUser.required().scope()), currentUser.required().scope(),
                currentUser.getScopeName());
    }

    /** Presents the project in the batch and shows the summary with it, or says beside each field what is wrong. */
    public void enrol() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            InputReader reader = new InputReader();
            Presentation presentation = new Presentation(
                    reader.optional(Presentation.PROJECT_CODE, projectCode, ProjectCode::of).orElse(null), batch);
            service.enrol(currentUser.required().scope(), id, ReadCommand.of(presentation, reader));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("activity_view.enrolled", projectCode.strip(), batch.chineseName()), null));
            projectCode = null;
            rows = table.rowsOf(activities.summary(id, currentUser.required().scope()), currentUser.required().scope(),
                currentUser.getScopeName());
        } catch (InvalidInputException e) {
            fieldMessages.show("enrol", e);
        }
    }

    /** The summary as shown, as an Excel workbook. */
    public StreamedContent getWorkbook() {
        byte[] workbook = export.workbook(activity, currentUser.required().scope(), currentUser.getScopeName());
        return WorkbookDownload.forScreen(ActivitySummaryExport.fileName(activity), workbook);
    }

    /** 1亿 and more, as the bulletins count: how many, and how they spread over the buckets. */
    public String bigProjects(BatchFigures figures) {
        return messages.get("activity_view.buckets", figures.atLeast1Yi(), figures.from1To5Yi(),
                figures.from5To10Yi(), figures.from10Yi());
    }

    public String industries(BatchFigures figures) {
        return String.join("、", figures.industries());
    }

    public String share(BatchFigures figures) {
        return percents.percent(figures.strategicEmergingSharePercent());
    }

    public Batch[] getBatches() {
        return Batch.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ActivityItem getActivity() {
        return activity;
    }

    public List<SummaryRow> getRows() {
        return rows;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public void setProjectCode(String projectCode) {
        this.projectCode = projectCode;
    }

    public Batch getBatch() {
        return batch;
    }

    public void setBatch(Batch batch) {
        this.batch = batch;
    }
}
