package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.application.projectimport.ImportRefusedException;
import cn.zoneflow.domain.infrastructure.persistence.ConcurrentChange;
import cn.zoneflow.domain.infrastructure.persistence.DatabaseOutage;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.document.DocumentSubmittedException;
import cn.zoneflow.domain.model.material.MaterialDecidedException;
import cn.zoneflow.domain.model.plan.PlanChangePendingException;
import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.OutsideScopeException;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.web.i18n.Texts;
import cn.zoneflow.web.outage.Unavailable;
import cn.zoneflow.workflow.task.TaskAlreadyCompletedException;
import cn.zoneflow.workflow.task.TaskChangedMeanwhileException;
import cn.zoneflow.workflow.task.TaskInputException;
import cn.zoneflow.workflow.task.TaskTakenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into a problem detail in the caller's language. Bad input names its fields;
 * something that is not there, or not the caller's to see, is 404; a lost race is 409; anything unexpected is
 * logged and answered without internals.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private Request request;

    @Context
    private UriInfo uri;

    @Inject
    private AuditTrail audit;

    @Override
    public Response toResponse(Exception failure) {
        if (DatabaseOutage.causedBy(failure)) {
            LOG.warning(() -> "Database out of reach: " + request.getMethod() + " " + uri.getPath() + " answered 503");
            return Response.fromResponse(problem(Response.Status.SERVICE_UNAVAILABLE, "unavailable").response())
                    .header("Retry-After", Unavailable.RETRY_AFTER_SECONDS).build();
        }
        Problem problem = problemFor(failure);
        if (problem.status() == Response.Status.NOT_FOUND.getStatusCode()
                || problem.status() == Response.Status.FORBIDDEN.getStatusCode()) {
            // asking for what is not there or not one's own is how probing looks: auditors see every attempt
            audit.recordSeparately(new AuditEvent(AuditAction.ACCESS_DENIED, "api", uri.getPath(),
                    AuditResult.DENIED, request.getMethod() + " " + problem.status()));
        }
        return problem.response();
    }

    private Problem problemFor(Exception failure) {
        if (failure instanceof InvalidInputException invalid) {
            return invalidInput(invalid.errors());
        }
        if (failure instanceof InvalidValueException invalid) {
            return invalidInput(List.of(new FieldError("value", invalid.messageKey(), invalid.rejectedValue())));
        }
        if (failure instanceof TaskInputException invalid) {
            return invalidInput(List.of(new FieldError(invalid.field(), invalid.messageKey(), invalid.detail())));
        }
        if (failure instanceof MalformedBodyException malformed) {
            return malformedBody(malformed);
        }
        if (failure instanceof DocumentSubmittedException submitted) {
            return problem(Response.Status.CONFLICT, "documentSubmitted", submitted.fileName());
        }
        if (failure instanceof MaterialDecidedException decided) {
            return problem(Response.Status.CONFLICT, "materialDecided", decided.fileName());
        }
        if (failure instanceof PlanChangePendingException pending) {
            return problem(Response.Status.CONFLICT, "planChangePending", Integer.toString(pending.pendingVersion()));
        }
        if (failure instanceof TaskAlreadyCompletedException) {
            return problem(Response.Status.CONFLICT, "alreadyCompleted");
        }
        if (failure instanceof NoSuchElementException) {
            return problem(Response.Status.NOT_FOUND, "notFound");
        }
        if (failure instanceof ImportRefusedException refused) {
            return importRefused(refused);
        }
        if (failure instanceof RoleRequiredException) {
            return problem(Response.Status.FORBIDDEN, "roleRequired");
        }
        if (failure instanceof OutsideScopeException) {
            return problem(Response.Status.FORBIDDEN, "outsideScope");
        }
        if (failure instanceof TaskTakenException taken) {
            return problem(Response.Status.CONFLICT, "alreadyClaimed", taken.holder());
        }
        if (failure instanceof TaskChangedMeanwhileException || ConcurrentChange.causedBy(failure)) {
            return problem(Response.Status.CONFLICT, "conflict");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
            return problem(status == null ? Response.Status.BAD_REQUEST : status, "request",
                    web.getResponse().getStatus());
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return problem(Response.Status.INTERNAL_SERVER_ERROR, "internal");
    }

    /** What was wrong with the body; what came instead of an object is named in the caller's language. */
    private Problem malformedBody(MalformedBodyException malformed) {
        Object[] arguments = malformed.arguments();
        if (malformed.reason() == MalformedBodyException.Reason.NOT_AN_OBJECT) {
            arguments = new Object[] {Texts.MESSAGES.get(language(), "api.problem.body.kind." + arguments[0])};
        }
        return problem(malformed.reason() == MalformedBodyException.Reason.TOO_LARGE
                ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST,
                "body." + malformed.reason().name().toLowerCase(Locale.ROOT), arguments);
    }

    private Problem invalidInput(List<FieldError> errors) {
        Locale locale = language();
        List<Problem.FieldProblem> fields = errors.stream()
                .map(error -> new Problem.FieldProblem(error.field(),
                        Texts.VALIDATION.get(locale, error.messageKey(), error.rejectedValue()), error.rejectedValue()))
                .toList();
        return problem(Response.Status.BAD_REQUEST, "invalidInput", fields.size()).withFields(fields);
    }

    /** The file's problem as the detail; every wrong cell listed when lines were wrong. */
    private Problem importRefused(ImportRefusedException refused) {
        Locale locale = language();
        Problem problem = new Problem("about:blank", Texts.MESSAGES.get(locale, "api.problem.importRefused.title"),
                Response.Status.BAD_REQUEST.getStatusCode(),
                Texts.VALIDATION.get(locale, refused.messageKey(), refused.arguments()), null, null);
        if (refused.rowErrors().isEmpty()) {
            return problem;
        }
        return problem.withRows(refused.rowErrors().stream()
                .map(error -> new Problem.RowProblem(error.line(), error.column(),
                        Texts.VALIDATION.get(locale, error.messageKey(), error.value()), error.value()))
                .toList());
    }

    private Problem problem(Response.Status status, String key, Object... arguments) {
        Locale locale = language();
        return new Problem("about:blank", Texts.MESSAGES.get(locale, "api.problem." + key + ".title"),
                status.getStatusCode(), Texts.MESSAGES.get(locale, "api.problem." + key + ".detail", arguments), null,
                null);
    }

    private Locale language() {
        return Texts.firstSupported(headers.getAcceptableLanguages());
    }
}
