package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEntry;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditFilter;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.audit.ChainVerification;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.web.audit.AuditTimes;
import cn.zoneflow.web.i18n.AuditCriteriaText;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail for the auditor, and for nobody else: search it (times in Beijing time, days from {@code from}
 * to {@code to} included) and have the chain recomputed. Reading the trail is itself audited.
 */
@Tag(name = "审计", description = "The audit trail, for the auditor")
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final String AUDITOR = "auditor";

    @Inject
    private AuditTrail trail;

    @Inject
    private CurrentUser currentUser;

    /** One entry, its time in Beijing time. */
    public record EntryJson(long sequence, LocalDateTime time, String actor, String action, String objectType,
            String objectId, String address, String result, String detail, String hash) {
        static EntryJson of(AuditEntry entry) {
            return new EntryJson(entry.sequenceNumber(), AuditTimes.beijing(entry.occurredAt()), entry.actor(),
                    entry.action().name(), entry.objectType(), entry.objectId(), entry.address(),
                    entry.result().name(), entry.detail(), entry.entryHash());
        }
    }

    @Operation(operationId = "searchAuditTrail", summary = "查询审计日志")
    @GET
    public PageJson<EntryJson> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("result") String result, @QueryParam("object") String object,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String keyword,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        requireAuditor();
        InputReader reader = new InputReader();
        AuditFilter filter = new AuditFilter(blankToNull(actor),
                reader.optional("action", action, written -> parse(AuditAction.class, written)).orElse(null),
                reader.optional("result", result, written -> parse(AuditResult.class, written)).orElse(null),
                blankToNull(object),
                AuditTimes.startOf(reader.date("from", from, false)),
                AuditTimes.startOf(nextDay(reader.date("to", to, false))),
                reader.optional("q", keyword, Keyword::parse).orElse(null));
        reader.finish();
        trail.recordSeparately(AuditEvent.success(AuditAction.AUDIT_TRAIL_READ, "audit", null)
                .withDetail(AuditCriteriaText.of(filter)));
        return PageJson.of(trail.search(filter, page, size).map(EntryJson::of));
    }

    /** Whether the chain is whole; when not, the number of the first broken entry and how it broke. */
    @JsonbNillable
    public record VerificationJson(boolean intact, long checked, Long brokenAt, String problem) {
        static VerificationJson of(ChainVerification verification) {
            return new VerificationJson(verification.intact(), verification.checked(), verification.brokenAt(),
                    verification.problem());
        }
    }

    @Operation(operationId = "verifyAuditChain", summary = "校验审计日志链")
    @GET
    @Path("verification")
    public VerificationJson verification() {
        requireAuditor();
        return VerificationJson.of(trail.verify());
    }

    private void requireAuditor() {
        if (!currentUser.hasRole(AUDITOR)) {
            throw new ForbiddenException();
        }
    }

    private static LocalDate nextDay(LocalDate day) {
        return day == null ? null : day.plusDays(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String written) {
        try {
            return Enum.valueOf(type, written.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("audit.unknownValue", written);
        }
    }
}
