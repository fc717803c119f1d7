package cn.zoneflow.web.admin;

import cn.zoneflow.domain.application.DepartmentAdministration;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.department.DepartmentTerms;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.zone.Zone;
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
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * 联动审批部门 for the system administrator: the issuing departments that answer the zones' procedures themselves,
 * per city and kind; one form lists another, each row stops or resumes a department's taking part.
 */
@Named
@ViewScoped
public class DepartmentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "add";

    @Inject
    private transient DepartmentAdministration administration;

    @Inject
    private transient ReferenceLists referenceLists;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient PageAccess pageAccess;

    private List<Row> rows = List.of();
    private String city;
    private String zone;
    private String kind;
    private String name;

    /** One department as listed; zone is empty for a city's office. */
    public record Row(long id, String city, String zone, String kind, String name, boolean takesPart)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        static Row of(Department department) {
            return new Row(department.id(), department.city().fullName(),
                    department.zone().map(Zone::name).orElse(""), department.kind(), department.name(),
                    department.takesPart());
        }
    }

    public void load() throws IOException {
        if (pageAccess.deniedUnless(Role.ADMIN.roleName())) {
            return;
        }
        read();
    }

    private void read() {
        rows = administration.departments(currentUser.required()).stream().map(Row::of).toList();
    }

    public void add() {
        try {
            Department added = administration.add(currentUser.required(),
                    ReadCommand.whole(new DepartmentTerms(city, zone, kind, name)));
            messages.tell(FacesMessage.SEVERITY_INFO, "admin_departments.message.added", added.name());
            city = null;
            zone = null;
            kind = null;
            name = null;
            read();
        } catch (InvalidInputException e) {
            fieldMessages.show(FORM, e);
        }
    }

    public void takePart(Row row, boolean takesPart) {
        Department changed = administration.takePart(currentUser.required(), row.id(), takesPart);
        messages.tell(FacesMessage.SEVERITY_INFO, takesPart ? "admin_departments.message.resumed"
                : "admin_departments.message.stopped", changed.name());
        read();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getCityNames() {
        return referenceLists.cities().stream().map(CityItem::fullName).toList();
    }

    /** The zones of the city chosen, whose own office the department may be. */
    public List<String> getZoneNames() {
        return referenceLists.zones().stream().filter(item -> item.cityFullName().equals(city)).map(ZoneItem::name)
                .toList();
    }

    public List<String> getKinds() {
        return administration.kinds();
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
