package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.web.i18n.Texts;
import cn.zoneflow.workflow.task.TaskInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * Turns every failure into a problem detail in the caller's language. Bad input names its fields; something
 * that is not there, or not the caller's to see, is 404; a lost race is 409; anything unexpected is logged and
 * answered without internals.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Locale language(HttpHeaders headers) {
        return Texts.firstSupported(headers.getAcceptableLanguages());
    }

    static Problem problem(HttpHeaders headers, Response.Status status, String key, Object... arguments) {
        Locale locale = language(headers);
        return new Problem("about:blank", Texts.MESSAGES.get(locale, "api.problem." + key + ".title"),
                status.getStatusCode(), Texts.MESSAGES.get(locale, "api.problem." + key + ".detail", arguments), null);
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Context
        private HttpHeaders headers;

        InvalidInput withHeaders(HttpHeaders requestHeaders) {
            this.headers = requestHeaders;
            return this;
        }

        @Override
        public Response toResponse(InvalidInputException e) {
            Locale locale = language(headers);
            List<Problem.FieldProblem> fields = e.errors().stream()
                    .map(error -> new Problem.FieldProblem(error.field(),
                            Texts.VALIDATION.get(locale, error.messageKey()), error.rejectedValue()))
                    .toList();
            Problem base = problem(headers, Response.Status.BAD_REQUEST, "invalidInput", fields.size());
            return new Problem(base.type(), base.title(), base.status(), base.detail(), fields).response();
        }
    }

    @Provider
    public static class InvalidValue implements ExceptionMapper<InvalidValueException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(InvalidValueException e) {
            return new InvalidInput().withHeaders(headers)
                    .toResponse(InvalidInputException.of("value", e.messageKey(), e.rejectedValue()));
        }
    }

    @Provider
    public static class TaskInput implements ExceptionMapper<TaskInputException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(TaskInputException e) {
            return new InvalidInput().withHeaders(headers)
                    .toResponse(InvalidInputException.of(e.field(), e.messageKey(), ""));
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NoSuchElementException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(NoSuchElementException e) {
            return problem(headers, Response.Status.NOT_FOUND, "notFound").response();
        }
    }

    @Provider
    public static class AlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(TaskAlreadyClaimedException e) {
            return problem(headers, Response.Status.CONFLICT, "alreadyClaimed", e.getTaskAssignee()).response();
        }
    }

    @Provider
    public static class EngineConflict implements ExceptionMapper<OptimisticLockingException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(OptimisticLockingException e) {
            return problem(headers, Response.Status.CONFLICT, "conflict").response();
        }
    }

    @Provider
    public static class DataConflict implements ExceptionMapper<OptimisticLockException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return problem(headers, Response.Status.CONFLICT, "conflict").response();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Exception e) {
            if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
                return problem(headers, status == null ? Response.Status.BAD_REQUEST : status, "request",
                        web.getResponse().getStatus()).response();
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return problem(headers, Response.Status.INTERNAL_SERVER_ERROR, "internal").response();
        }
    }
}
