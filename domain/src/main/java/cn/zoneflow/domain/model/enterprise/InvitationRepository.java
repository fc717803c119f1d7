package cn.zoneflow.domain.model.enterprise;

import java.util.List;
import java.util.Optional;

/** The zones' invitations of enterprises to the portal. */
public interface InvitationRepository {

    void add(EnterpriseInvitation invitation);

    Optional<EnterpriseInvitation> find(long id);

    Optional<EnterpriseInvitation> findByCode(InvitationCode code);

    /** The invitations issued from a project, the latest first. */
    List<EnterpriseInvitation> ofProject(long projectId);
}
