package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.CommitmentSignatures;
import cn.zoneflow.domain.application.DocumentService;
import cn.zoneflow.domain.application.EnterpriseMaterials;
import cn.zoneflow.domain.application.EnterpriseMessages;
import cn.zoneflow.domain.application.ServiceRatings;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.material.EnterpriseMaterial;
import cn.zoneflow.domain.model.rating.RatingInput;
import cn.zoneflow.domain.model.rating.ServiceRating;
import cn.zoneflow.web.i18n.Texts;
import cn.zoneflow.web.material.MaterialRow;
import cn.zoneflow.web.portal.PortalMessageItem;
import cn.zoneflow.web.portal.PortalMessages;
import cn.zoneflow.web.portal.PortalQueries;
import cn.zoneflow.web.rating.RatingRow;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.commitment.CommitmentTasks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The enterprise portal's calls: the signed-in enterprise's own projects with their procedures and what it must do,
 * the materials it submits for them, its 好差评 of them, and its messages with the address they are mailed to.
 * Only enterprises' accounts reach them (the container's constraint on {@code /api/portal/*}); another enterprise's
 * project answers 404, whatever its id.
 */
@Tag(name = "企业门户", description = "The enterprise's own projects, for the enterprise's account")
@Path("portal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortalResource {

    /** The enterprise's projects and, first, what it must do. */
    public record PortalJson(List<PortalQueries.ToDo> toDo, List<PortalQueries.PortalProject> projects) {
    }

    @Inject
    private PortalQueries queries;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ServiceRatings ratings;

    @Inject
    private EnterpriseMaterials materials;

    @Inject
    private CommitmentTasks commitments;

    @Inject
    private DocumentService documents;

    @Inject
    private PortalMessages messages;

    /**
     * The enterprise's messages, newest first: what changed on its projects, each {@code isNew} when it came after
     * the account last marked them seen, with {@code newCount} in all and the address they are mailed to.
     */
    public record PortalMessagesJson(long newCount, String email, List<PortalMessageItem> items, long total, int page,
            int size) {
    }

    /** Where the account's messages are mailed: an address, or empty for none. */
    public record MailSettingJson(String email) {
    }

    @Operation(operationId = "portalProjects", summary = "本企业的项目、手续和待办事项")
    @GET
    @Path("projects")
    public PortalJson projects() {
        List<PortalQueries.PortalProject> projects = queries.projectsOf(currentUser.enterprise());
        return new PortalJson(PortalQueries.toDo(projects), projects);
    }

    @Operation(operationId = "portalMessages", summary = "本企业项目的消息（补正、退回、办结、承诺即将到期），最新的在前")
    @GET
    @Path("messages")
    public PortalMessagesJson messages(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size, @Context HttpHeaders headers) {
        PageJson<PortalMessageItem> listed = PageJson.of(messages.page(page, size,
                Texts.firstSupported(headers.getAcceptableLanguages()), messages.seenBefore()));
        return new PortalMessagesJson(messages.newCount(), messages.email(), listed.items(), listed.total(),
                listed.page(), listed.size());
    }

    /** The account has seen its messages: none is new until the next change. */
    @Operation(operationId = "portalMessagesSeen", summary = "消息标为已读")
    @POST
    @Path("messages/seen")
    public PortalMessagesJson messagesSeen(@Context HttpHeaders headers) {
        messages.seen();
        return messages(0, 20, headers);
    }

    /**
     * {@code {"email": "wang@example.cn"}}: every message from now on is also mailed there; {@code ""} or null stops
     * the e-mail. One plain address (field {@code email} when it is not).
     */
    @Operation(operationId = "portalMailSetting", summary = "设置接收消息的电子邮箱")
    @PUT
    @Path("messages/email")
    @Consumes(MediaType.APPLICATION_JSON)
    public MailSettingJson mailTo(JsonObject body) {
        return new MailSettingJson(messages.mailTo(JsonFields.text(body, EnterpriseMessages.EMAIL)));
    }

    @Operation(operationId = "portalProject", summary = "本企业的一个项目及其手续")
    @GET
    @Path("projects/{id}")
    public PortalQueries.PortalProject project(@PathParam("id") long projectId) {
        return queries.project(currentUser.enterprise(), projectId);
    }

    @Operation(operationId = "portalRatings", summary = "本企业对项目手续和代办服务的评价，最新的在前")
    @GET
    @Path("projects/{id}/ratings")
    public List<RatingRow> ratings(@PathParam("id") long projectId) {
        return ratings.ofProject(currentUser.required(), projectId).stream().map(RatingRow::of).toList();
    }

    /**
     * 好差评: {@code {"procedure": "PROJECT_FILING", "overall": "SATISFIED", "efficiency": 5, "guideAccuracy": 4,
     * "convenience": 4, "platform": 5, "comment": "…"}} — a closed procedure by its code, or no procedure for the agency
     * service; each level by name or score (5 非常满意 … 1 非常不满意). A 不满意 or 非常不满意 needs a comment and goes to the
     * zone as a 服务整改 problem.
     */
    @Operation(operationId = "portalRate", summary = "评价已办结的手续或代办服务（好差评）")
    @APIResponse(responseCode = "201", description = "Rated", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingRow.class)))
    @POST
    @Path("projects/{id}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("id") long projectId, JsonObject body) {
        ServiceRating rating = ratings.rate(currentUser.required(), projectId, new RatingInput(
                JsonFields.text(body, RatingInput.PROCEDURE), JsonFields.text(body, RatingInput.OVERALL),
                JsonFields.text(body, RatingInput.EFFICIENCY), JsonFields.text(body, RatingInput.GUIDE_ACCURACY),
                JsonFields.text(body, RatingInput.CONVENIENCE), JsonFields.text(body, RatingInput.PLATFORM),
                JsonFields.text(body, RatingInput.COMMENT)));
        return Response.status(Response.Status.CREATED).entity(RatingRow.of(rating)).build();
    }

    /**
     * 承诺制 on line: signs the credit commitment the project's {@code toSign} shows, named by its SHA-256 —
     * {@code {"textSha256": "…", "password": "…"}} with the account's own password. A text changed since it was read
     * is refused (field {@code textSha256}: read it again); 404 when nothing waits for the enterprise's signature.
     */
    @Operation(operationId = "portalSignCommitment", summary = "签署企业信用承诺书（再次输入密码）")
    @POST
    @Path("projects/{id}/commitment/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    public PortalQueries.PortalProject signCommitment(@PathParam("id") long projectId, JsonObject body) {
        queries.project(currentUser.enterprise(), projectId);
        commitments.signAsEnterprise(currentUser.actor(), signingStep(projectId),
                JsonFields.text(body, CommitmentSignatures.TEXT_SHA256),
                JsonFields.text(body, CommitmentSignatures.PASSWORD));
        return queries.project(currentUser.enterprise(), projectId);
    }

    /**
     * 承诺制 on line: declines to sign the credit commitment the project's {@code toSign} shows —
     * {@code {"reason": "承诺办结日期过紧，环评需三个月"}} (required) — and the zone agrees it anew: its own signature
     * lapses, kept with the reason; 404 when nothing waits for the enterprise's signature.
     */
    @Operation(operationId = "portalDeclineCommitment", summary = "不同意签署企业信用承诺书（说明原因，退回开发区重新商定）")
    @POST
    @Path("projects/{id}/commitment/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public PortalQueries.PortalProject declineCommitment(@PathParam("id") long projectId, JsonObject body) {
        queries.project(currentUser.enterprise(), projectId);
        commitments.declineAsEnterprise(currentUser.actor(), signingStep(projectId),
                JsonFields.text(body, CommitmentSignatures.REASON));
        return queries.project(currentUser.enterprise(), projectId);
    }

    private String signingStep(long projectId) {
        return commitments.enterpriseSigning(currentUser.actor(), projectId)
                .orElseThrow(() -> new NoSuchElementException("nothing to sign on project " + projectId)).taskId();
    }

    /**
     * One of the enterprise's own files of the project: a material it submitted, or a commitment signed on line (the
     * PDF). Any other document, or another enterprise's, answers 404.
     */
    @Operation(operationId = "portalDownloadDocument", summary = "下载本企业提交的材料或已签署的承诺书")
    @GET
    @Path("projects/{id}/documents/{documentId}")
    public Response download(@PathParam("id") long projectId, @PathParam("documentId") long documentId) {
        queries.project(currentUser.enterprise(), projectId);
        Document document = documents.open(currentUser.required(), documentId);
        if (document.project().id() != projectId) {
            throw new NoSuchElementException("document " + documentId + " is not of project " + projectId);
        }
        return DocumentResource.downloaded(document);
    }

    @Operation(operationId = "portalMaterials", summary = "本企业提交的申报材料及开发区的接收或退回，最新的在前")
    @GET
    @Path("projects/{id}/materials")
    public List<MaterialRow> materials(@PathParam("id") long projectId) {
        return materials.ofProject(currentUser.required(), projectId).stream().map(MaterialRow::of).toList();
    }

    /**
     * Submits a file for a procedure (by its code) that takes materials now: one still to be handled, or returned by
     * the department for correction. The zone's officers accept or return it at 收集申报材料.
     */
    @Operation(operationId = "portalSubmitMaterial", summary = "为手续提交申报材料")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialRow.class)))
    @POST
    @Path("projects/{id}/materials")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submitForm(@PathParam("id") long projectId, @QueryParam("procedure") String procedureCode,
            @FormParam("file") EntityPart file) throws IOException {
        return submit(projectId, procedureCode, UploadedFile.of(file));
    }

    @Operation(operationId = "portalSubmitMaterial", summary = "为手续提交申报材料")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialRow.class)))
    @POST
    @Path("projects/{id}/materials")
    @Consumes(MediaType.WILDCARD)
    public Response submitBody(@PathParam("id") long projectId, @QueryParam("procedure") String procedureCode,
            @QueryParam("name") String fileName, InputStream body) throws IOException {
        return submit(projectId, procedureCode, UploadedFile.of(fileName, body));
    }

    private Response submit(long projectId, String procedureCode, UploadedFile file) {
        EnterpriseMaterial material = materials.submit(currentUser.required(), projectId, procedureCode, file.name(),
                file.content());
        return Response.status(Response.Status.CREATED).entity(MaterialRow.of(material)).build();
    }
}
