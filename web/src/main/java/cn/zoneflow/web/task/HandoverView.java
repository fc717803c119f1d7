package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.TaskHandover;
import cn.zoneflow.workflow.task.TaskHandover.Colleague;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * 移交在办事项: the zone's manager sees what each officer and manager of the zone holds and passes everything one
 * of them holds to a colleague of the same role, when they leave or are away.
 */
@Named
@RequestScoped
public class HandoverView {

    @Inject
    private TaskHandover handover;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private Messages messages;

    private List<Colleague> colleagues;
    private String from;
    private String to;

    public List<Colleague> getColleagues() {
        if (colleagues == null) {
            colleagues = handover.colleagues(currentUser.required());
        }
        return colleagues;
    }

    public String handOver() {
        int handedOver;
        try {
            handedOver = handover.handOver(currentUser.required(), from, to);
        } catch (InvalidInputException e) {
            fieldMessages.show("handover", e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        messages.tell(FacesMessage.SEVERITY_INFO, "task_handover.message.info.done", handedOver, from, to);
        return "/task/handover?faces-redirect=true";
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
