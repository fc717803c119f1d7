package cn.zoneflow.web.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated {@code /openapi} document with what holds for every call alike, so that client generators
 * and gateways see the API as it answers: the problems (RFC 9457) a call can end in, by what the call takes, and a
 * server address relative to the document. Each call's own success answer is annotated on the call.
 */
public class OpenApiDocumentFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        dropPayaraEndpointList(document);
        document.setServers(List.of(OASFactory.createServer().url("/")
                .description("ZoneFlow, where this document was read")));
        document.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema());
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    nameSuccess(operation);
                    addProblems(path, method, operation);
                }));
    }

    /**
     * A call answering 200 is not annotated, so that its answer keeps the schema generated from what the method
     * returns; that answer is generated as {@code default}, which here becomes the 200 it is.
     */
    private static void nameSuccess(Operation operation) {
        APIResponses responses = operation.getResponses();
        APIResponse generated = responses.getDefaultValue();
        boolean annotated = responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (generated != null && !annotated) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            responses.addAPIResponse("200", generated.description(operation.getSummary()));
        }
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        boolean takesInput = operation.getRequestBody() != null || operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY);
        if (takesInput) {
            operation.getResponses().addAPIResponse("400", problem("The input is malformed or a field is wrong;"
                    + " every wrong field is named"));
        }
        operation.getResponses().addAPIResponse("401", problem("Not signed in, or the password is wrong"));
        operation.getResponses().addAPIResponse("403", problem("The caller's role or scope does not allow it"));
        if (path.contains("{")) {
            operation.getResponses().addAPIResponse("404", problem("No such object in the caller's scope"));
        }
        if (method != PathItem.HttpMethod.GET) {
            operation.getResponses().addAPIResponse("409", problem("Someone changed or completed it first"));
        }
        if (operation.getRequestBody() != null) {
            operation.getResponses().addAPIResponse("413", problem("The body is larger than the call takes"));
        }
        operation.getResponses().addAPIResponse("503", problem("The database is unavailable; nothing was changed"));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE.toString(), OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("A problem detail (RFC 9457), its title and detail in the caller's language")
                .properties(Map.of(
                        "type", text, "title", text, "detail", text,
                        "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER),
                        "errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                                .description("Every wrong field: its name, why, and the value sent")
                                .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT).properties(Map.of(
                                        "field", text, "message", text, "rejectedValue", text))),
                        "rows", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                                .description("Every wrong cell of an imported file")
                                .items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT).properties(Map.of(
                                        "line", OASFactory.createSchema().type(Schema.SchemaType.INTEGER),
                                        "column", text, "message", text, "value", text)))));
    }

    /**
     * Payara Micro adds a top-level {@code endpoints} list of its own, which OpenAPI does not allow and which
     * linters and gateways refuse; an empty list is left out of the document. Another implementation has none.
     */
    private static void dropPayaraEndpointList(OpenAPI document) {
        try {
            if (document.getClass().getMethod("getEndpoints").invoke(document) instanceof Map<?, ?> endpoints) {
                endpoints.clear();
            }
        } catch (ReflectiveOperationException noSuchList) {
            // nothing to drop
        }
    }
}
