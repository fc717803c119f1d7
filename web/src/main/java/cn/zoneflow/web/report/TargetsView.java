package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.Targets;
import cn.zoneflow.domain.model.annualtarget.PlaceProgress;
import cn.zoneflow.domain.model.annualtarget.TargetBoard;
import cn.zoneflow.domain.model.annualtarget.TargetIndicator;
import cn.zoneflow.domain.model.annualtarget.TargetProgress;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.OutsideScopeException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 目标任务: the year's progress of the reader's scope ({@code ?scope=}, bookmarkable, drilling down from the province
 * to a city to a zone) and of each place below it, every indicator against its target and 序时进度 with its light; a
 * supervisor sets the targets of the places below them.
 */
@Named
@ViewScoped
public class TargetsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/report/targets.xhtml";

    @Inject
    private transient Targets targets;

    @Inject
    private transient ReportScopes scopes;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private String scope;
    private Integer year;
    private TargetBoard board;
    private String place;
    private TargetIndicator indicator;
    private BigDecimal value;

    public void load() throws IOException {
        if (year == null) {
            year = ChinaTime.today().getYear();
        }
        try {
            board = targets.board(resolved(), year, ChinaTime.today());
        } catch (InvalidInputException e) {
            fieldMessages.showOnPage("report_targets.field.", e);
        } catch (OutsideScopeException e) {
            pageAccess.deny();
        }
    }

    private Scope resolved() {
        return scopes.resolve(scope, currentUser.required().scope());
    }

    /** Opens the chosen year as a bookmarkable address. */
    public String search() {
        return PAGE + "?faces-redirect=true" + ReportLinks.parameter("year", year == null ? null : year.toString())
                + ReportLinks.parameter(ReportScopes.PARAMETER, scope);
    }

    /** Whether the reader sets targets here: a supervisor, with places below their scope to set them for. */
    public boolean isSetting() {
        return board != null && !board.places().isEmpty() && currentUser.hasRole(Role.SUPERVISOR.roleName());
    }

    /** Sets the chosen target against the version this page showed; a change made meanwhile is refused. */
    public void save() {
        try {
            Scope chosen = scopes.resolve(place, currentUser.required().scope());
            TargetProgress shown = board.places().stream().filter(row -> row.scope().equals(chosen)).findFirst()
                    .map(row -> row.of(indicator)).orElse(null);
            Long version = shown == null || shown.target() == null ? null : shown.targetVersion();
            if (value == null) {
                throw InvalidInputException.of("value", "field.required", "");
            }
            targets.set(currentUser.required(), year, chosen, indicator, value, version);
            messages.tell(FacesMessage.SEVERITY_INFO, "report_targets.message.saved",
                    messages.get("TargetIndicator." + indicator.name()));
            board = targets.board(resolved(), year, ChinaTime.today());
            value = null;
        } catch (InvalidInputException e) {
            fieldMessages.show("target", e);
        } catch (OptimisticLockException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "report_targets.message.conflict");
            board = targets.board(resolved(), year, ChinaTime.today());
        } catch (OutsideScopeException e) {
            messages.tell(FacesMessage.SEVERITY_ERROR, "report_targets.message.outside");
        }
    }

    /** The scope's own row first, then each place below it. */
    public List<PlaceProgress> getRows() {
        List<PlaceProgress> rows = new ArrayList<>();
        if (board != null) {
            rows.add(board.total());
            rows.addAll(board.places());
        }
        return rows;
    }

    /** The scope a row opens: a place below is drilled into, the scope's own row and a zone open nothing more. */
    public String drill(PlaceProgress row) {
        return row == board.total() || row.scope().isOneZone() ? null
                : ReportScopes.written(row.name(), row.scope());
    }

    /** A row's place as the form and the links write it. */
    public String written(PlaceProgress row) {
        return ReportScopes.written(row.name(), row.scope());
    }

    public List<TargetIndicator> getIndicators() {
        return List.of(TargetIndicator.values());
    }

    public TargetBoard getBoard() {
        return board;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public TargetIndicator getIndicator() {
        return indicator;
    }

    public void setIndicator(TargetIndicator indicator) {
        this.indicator = indicator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
