package cn.zoneflow.web.audit;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEntry;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditFilter;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.audit.ChainVerification;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.AuditCriteriaText;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * 审计日志: the auditor searches the trail by person, action, result and days, pages through it in the database,
 * has the hash chain recomputed, and exports what the search found. Only the auditor sees it; every search and
 * export is itself recorded.
 */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String AUDITOR = "auditor";

    @Inject
    private transient AuditTrail trail;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;

    @Inject
    private transient Messages messages;

    private String actor;
    private Keyword keyword;
    private AuditAction action;
    private AuditResult result;
    private LocalDate from;
    private LocalDate to;
    private final LazyDataModel<AuditEntry> model = new EntryModel();

    public void load() throws IOException {
        pageAccess.deniedUnless(AUDITOR);
    }

    private AuditFilter filter() {
        return new AuditFilter(actor == null || actor.isBlank() ? null : actor.strip(), action, result, null,
                AuditTimes.startOf(from), AuditTimes.startOf(to == null ? null : to.plusDays(1)), keyword);
    }

    /** Recomputes the chain and says whether it is whole, or where it breaks. */
    public void verify() {
        ChainVerification verification = trail.verify();
        FacesMessage message = verification.intact()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO,
                        messages.get("audit_trail.verify.intact", verification.checked()), null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("audit_trail.verify.broken",
                        verification.brokenAt(), messages.get("audit_trail.problem." + verification.problem())),
                        null);
        FacesContext.getCurrentInstance().addMessage("verification", message);
    }

    public StreamedContent getExport() {
        AuditFilter filter = filter();
        byte[] workbook;
        try (SheetWriter sheet = new SheetWriter(messages.get("audit_trail.sheet"))) {
            sheet.title(messages.get("audit_trail.export.title", ChinaTime.today().toString()));
            sheet.headers(List.of("sequence", "time", "actor", "action", "object", "address", "result", "detail")
                    .stream().map(column -> messages.get("audit_trail.column." + column)).toList());
            Page.readAll(number -> trail.search(filter, number, Page.MAX_SIZE), entry -> sheet.newLine()
                    .number(entry.sequenceNumber()).text(timeOf(entry)).text(entry.actor())
                    .text(actionName(entry.action())).text(objectOf(entry)).text(entry.address())
                    .text(resultName(entry.result())).text(entry.detail()));
            workbook = sheet.bytes();
        }
        trail.recordSeparately(AuditEvent.success(AuditAction.EXPORT, "audit", null)
                .withDetail(AuditCriteriaText.of(filter)));
        return DefaultStreamedContent.builder()
                .name("审计日志-" + ChinaTime.today() + ".xlsx")
                .contentType(SheetWriter.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(workbook))
                .build();
    }

    public String actionName(AuditAction value) {
        return messages.get("AuditAction." + value.name());
    }

    public String resultName(AuditResult value) {
        return messages.get("AuditResult." + value.name());
    }

    public String objectOf(AuditEntry entry) {
        return entry.objectType() == null ? "" : entry.objectType() + " " + (entry.objectId() == null ? ""
                : entry.objectId());
    }

    public String timeOf(AuditEntry entry) {
        return AuditTimes.beijing(entry.occurredAt()).toString().replace('T', ' ');
    }

    /** The trail in the database, newest first, one page at a time. */
    private final class EntryModel extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(trail.search(filter(), 0, 1).total());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Page<AuditEntry> page = trail.search(filter(), first / pageSize, pageSize);
            setRowCount(Math.toIntExact(page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.sequenceNumber());
        }
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditResult[] getResults() {
        return AuditResult.values();
    }

    /** What the auditor searches for in who acted, on what and in the details. */
    public Keyword getKeyword() {
        return keyword;
    }

    public void setKeyword(Keyword keyword) {
        this.keyword = keyword;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public AuditResult getResult() {
        return result;
    }

    public void setResult(AuditResult result) {
        this.result = result;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
