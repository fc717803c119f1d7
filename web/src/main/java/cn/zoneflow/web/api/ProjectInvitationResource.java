package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.EnterpriseInvitations;
import cn.zoneflow.domain.model.enterprise.EnterpriseInvitation;
import cn.zoneflow.domain.model.enterprise.InvitationStatus;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 企业账号邀请 of one project, for the zone's officers and managers: the invitations issued for the enterprise's contact,
 * a new one (its code in the answer, this once), and revoking one still unused. Another zone's project answers 404.
 */
@Tag(name = "企业账号邀请", description = "The zone invites the enterprise's contact to the portal")
@BusinessData
@Path("projects/{id}/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectInvitationResource {

    /** An invitation as the API shows it; {@code code} only in the answer that issued it. */
    public record InvitationJson(long id, String contactName, String issuedBy, LocalDateTime issuedAt,
            LocalDateTime expiresAt, InvitationStatus status, String accountUsername, String code) {

        static InvitationJson of(EnterpriseInvitation invitation, String code) {
            return new InvitationJson(invitation.id(), invitation.contactName(), invitation.issuedBy(),
                    invitation.issuedAt(), invitation.expiresAt(), invitation.statusAt(ChinaTime.nowInChina()),
                    invitation.accountUsername(), code);
        }
    }

    @Inject
    private EnterpriseInvitations invitations;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "listInvitations", summary = "项目企业的账号邀请，最新的在前")
    @GET
    public List<InvitationJson> list(@PathParam("id") long projectId) {
        return invitations.ofProject(currentUser.required(), projectId).stream()
                .map(invitation -> InvitationJson.of(invitation, null)).toList();
    }

    /** Issues an invitation: {@code {"contactName": "张经理"}}; the answer holds the code, which is not kept. */
    @Operation(operationId = "issueInvitation", summary = "为企业联系人生成邀请码（仅显示一次）")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("id") long projectId, JsonObject body) {
        EnterpriseInvitations.Issued issued = invitations.issue(currentUser.required(), projectId,
                JsonFields.text(body, EnterpriseInvitations.CONTACT));
        return Response.status(Response.Status.CREATED)
                .entity(InvitationJson.of(issued.invitation(), issued.code().shown())).build();
    }

    @Operation(operationId = "revokeInvitation", summary = "撤销未使用的邀请")
    @DELETE
    @Path("{invitationId}")
    public InvitationJson revoke(@PathParam("id") long projectId, @PathParam("invitationId") long invitationId) {
        return InvitationJson.of(invitations.revoke(currentUser.required(), projectId, invitationId), null);
    }
}
