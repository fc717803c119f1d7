package cn.zoneflow.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A problem detail (RFC 9457) as the API answers every refusal: a title and detail in the caller's language and,
 * for bad input, every field (or, for an import, every cell) that is wrong.
 */
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors,
        List<RowProblem> rows) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One wrong field: its name, why, in the caller's language, and what was sent. */
    public record FieldProblem(String field, String message, String rejectedValue) {
    }

    /** One wrong cell of an imported file: its line, its column's header, why, and what it held. */
    public record RowProblem(int line, String column, String message, String value) {
    }

    public Problem withFields(List<FieldProblem> fields) {
        return new Problem(type, title, status, detail, fields, rows);
    }

    public Problem withRows(List<RowProblem> wrongCells) {
        return new Problem(type, title, status, detail, errors, wrongCells);
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
