package cn.zoneflow.domain.model.user;

/** A user asked for figures of places beyond their scope, e.g. a zone's officer for the whole city. */
public class OutsideScopeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutsideScopeException(Scope asked, Scope allowed) {
        super("scope " + asked + " is outside " + allowed);
    }
}
