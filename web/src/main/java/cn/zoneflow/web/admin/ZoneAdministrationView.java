package cn.zoneflow.web.admin;

import cn.zoneflow.domain.application.ZoneAdministration;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import cn.zoneflow.domain.model.zone.ZoneInput;
import cn.zoneflow.domain.model.zone.ZoneLevel;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.place.CityItem;
import cn.zoneflow.web.place.ReferenceLists;
import cn.zoneflow.web.place.ZoneItem;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * 开发区管理: the system administrator sees every zone with its city, other spellings, category and level, adds a
 * zone the province approved and changes one. Officers and managers of a new zone get their accounts from the
 * security administrator afterwards.
 */
@Named
@ViewScoped
public class ZoneAdministrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ZoneAdministration administration;

    @Inject
    private transient ReferenceLists referenceLists;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private final ZoneForm added = new ZoneForm();
    private String addedCity;
    /** The zone being changed and the version it was read at. */
    private Long selected;
    private long version;
    private ZoneForm changed = new ZoneForm();

    private transient List<ZoneItem> all;

    public void load() throws IOException {
        pageAccess.deniedUnless(Role.ADMIN.roleName());
    }

    public List<ZoneItem> getZones() {
        if (all == null) {
            all = administration.zones(currentUser.required()).stream().map(ZoneItem::of).toList();
        }
        return all;
    }

    public List<CityItem> getCities() {
        return referenceLists.cities();
    }

    public String aliasesOf(ZoneItem zone) {
        return String.join("、", zone.aliases());
    }

    public List<ZoneCategory> getCategories() {
        return List.of(ZoneCategory.values());
    }

    public List<ZoneLevel> getLevels() {
        return List.of(ZoneLevel.values());
    }

    public void add() {
        try {
            administration.add(currentUser.required(), addedCity, added.input());
        } catch (InvalidInputException e) {
            fieldMessages.show("add", e);
            return;
        }
        done(FacesMessage.SEVERITY_INFO, "admin_zones.message.added", added.getName());
        added.clear();
        addedCity = null;
    }

    public void select(ZoneItem zone) {
        selected = zone.id();
        version = zone.version();
        changed = ZoneForm.of(zone);
    }

    public void save() {
        try {
            administration.change(currentUser.required(), selected, version, changed.input());
        } catch (InvalidInputException e) {
            fieldMessages.show("change", e);
            return;
        } catch (OptimisticLockException e) {
            done(FacesMessage.SEVERITY_WARN, "admin_zones.message.conflict", changed.getName());
            selected = null;
            return;
        }
        done(FacesMessage.SEVERITY_INFO, "admin_zones.message.saved", changed.getName());
        selected = null;
    }

    private void done(FacesMessage.Severity severity, String key, String zone) {
        all = null;
        messages.tell(severity, key, zone);
    }

    public ZoneForm getAdded() {
        return added;
    }

    public String getAddedCity() {
        return addedCity;
    }

    public void setAddedCity(String addedCity) {
        this.addedCity = addedCity;
    }

    public Long getSelected() {
        return selected;
    }

    public ZoneForm getChanged() {
        return changed;
    }
}
