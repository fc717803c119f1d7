package cn.zoneflow.web.activity;

import cn.zoneflow.domain.application.ActivityService;
import cn.zoneflow.domain.application.NewActivity;
import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.web.activity.ActivityQueries.ActivityItem;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** 三个一批活动: every activity, the latest first; supervisors create new ones here. */
@Named
@RequestScoped
public class ActivityListView {

    static final String ORGANISER = "supervisor";

    @Inject
    private ActivityQueries activities;

    @Inject
    private ActivityService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FieldMessages fieldMessages;

    private String name;
    private LocalDate heldOn;
    private String venue;
    private List<ActivityItem> list;

    public List<ActivityItem> getActivities() {
        if (list == null) {
            list = activities.list();
        }
        return list;
    }

    public boolean isOrganiser() {
        return currentUser.hasRole(ORGANISER);
    }

    /** Creates the activity and opens it, or shows each wrong field beside it. */
    public String create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isOrganiser()) {
            faces.getExternalContext().setResponseStatus(403);
            return null;
        }
        try {
            Activity activity = service.create(ReadCommand.whole(new NewActivity(name, heldOn, venue)));
            return "/activity/view.xhtml?faces-redirect=true&id=" + activity.id();
        } catch (InvalidInputException e) {
            fieldMessages.show("create", e);
            return null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }
}
