package cn.zoneflow.web.admin;

import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import cn.zoneflow.workflow.incident.IncidentSummary;
import cn.zoneflow.workflow.incident.Incidents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * 故障处理: the system administrator's list of process steps that failed for good, each with its project, process,
 * step, cause and time, and a retry for those the engine can run again.
 */
@Named
@RequestScoped
public class IncidentsView {

    private static final String ADMIN = "admin";

    @Inject
    private Incidents incidents;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PageAccess pageAccess;

    @Inject
    private Messages messages;

    private List<IncidentSummary> open;

    public void load() throws IOException {
        pageAccess.deniedUnless(ADMIN);
    }

    public void retry(String incidentId) {
        String key = "admin_incidents.message.retried";
        try {
            incidents.retry(currentUser.required(), incidentId);
        } catch (NoSuchElementException e) {
            key = "admin_incidents.message.gone";
        }
        open = null;
        messages.tell(FacesMessage.SEVERITY_INFO, key);
    }

    public List<IncidentSummary> getOpen() {
        if (open == null) {
            open = incidents.open(currentUser.required());
        }
        return open;
    }
}
