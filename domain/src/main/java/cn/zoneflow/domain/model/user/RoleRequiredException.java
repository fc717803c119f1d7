package cn.zoneflow.domain.model.user;

/**
 * Someone asked for work their role does not do — an auditor managing accounts, say. The screens never offer it;
 * this is the service's own refusal for a request made around them.
 */
public class RoleRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RoleRequiredException(UserAccount actor, Role required) {
        super(actor.username() + " (" + actor.role() + ") is not " + required);
    }

    /** Refuses unless the actor has the role. */
    public static void check(UserAccount actor, Role required) {
        if (actor.role() != required) {
            throw new RoleRequiredException(actor, required);
        }
    }
}
