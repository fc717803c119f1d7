package cn.zoneflow.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A problem detail (RFC 9457) as the API answers every refusal: a title and detail in the caller's language and,
 * for bad input, every field that is wrong.
 */
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One wrong field: its name, why, in the caller's language, and what was sent. */
    public record FieldProblem(String field, String message, String rejectedValue) {
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
