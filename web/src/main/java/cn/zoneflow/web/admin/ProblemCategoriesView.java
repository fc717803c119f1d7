package cn.zoneflow.web.admin;

import cn.zoneflow.domain.application.ProblemCatalogue;
import cn.zoneflow.domain.model.problem.CategoryTerms;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * 问题类别 for the system administrator: the catalogue with each category's default working days; one form changes
 * the chosen category or, with none chosen, adds a new one.
 */
@Named
@ViewScoped
public class ProblemCategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "edit";

    @Inject
    private transient ProblemCatalogue catalogue;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient PageAccess pageAccess;

    private List<Row> rows = List.of();
    private String selected;
    private String code;
    private String name;
    private Integer workingDays;

    /** One category as listed. */
    public record Row(String code, String name, int workingDays) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    public void load() throws IOException {
        if (pageAccess.deniedUnless(Role.ADMIN.roleName())) {
            return;
        }
        read();
    }

    private void read() {
        rows = catalogue.categories(currentUser.required()).stream()
                .map(category -> new Row(category.code(), category.name(), category.workingDays())).toList();
    }

    public void select(Row row) {
        selected = row.code();
        code = row.code();
        name = row.name();
        workingDays = row.workingDays();
    }

    /** Empties the form for a new category. */
    public void cancel() {
        selected = null;
        code = null;
        name = null;
        workingDays = null;
    }

    public void save() {
        try {
            CategoryTerms terms = new CategoryTerms(code, name, workingDays);
            ProblemCategory saved = selected == null ? catalogue.add(currentUser.required(), ReadCommand.whole(terms))
                    : catalogue.change(currentUser.required(), selected, ReadCommand.whole(terms));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("admin_problem_categories.message.saved", saved.name()), null));
            cancel();
            read();
        } catch (InvalidInputException e) {
            fieldMessages.show(FORM, e);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getSelected() {
        return selected;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(Integer workingDays) {
        this.workingDays = workingDays;
    }
}
