package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import java.util.Optional;

/**
 * Passing all of one person's open work to a colleague (移交), when they leave or are away: decided by their zone's
 * manager, to someone of the same role in the same zone whose account can work. A task given to a group goes back
 * to nobody in particular only when its holder gives it back; here every task changes hands.
 */
public record WorkHandover(UserAccount from, UserAccount to) {

    /**
     * @param from the account whose work is passed on, as found by the name written
     * @param to   the account taking it over, as found
     * @throws RoleRequiredException unless the one deciding is a zone's manager
     * @throws InvalidInputException naming {@code from} or {@code to} when either is no colleague of the manager's
     *     zone, both are the same, or the taker cannot do the same work
     */
    public static WorkHandover decidedBy(UserAccount manager, String fromName, Optional<UserAccount> from,
            String toName, Optional<UserAccount> to) {
        RoleRequiredException.check(manager, Role.MANAGER);
        UserAccount leaving = from.filter(account -> inZoneOf(manager, account))
                .orElseThrow(() -> InvalidInputException.of("from", "handover.notInZone", fromName));
        UserAccount taking = to.filter(account -> inZoneOf(manager, account))
                .orElseThrow(() -> InvalidInputException.of("to", "handover.notInZone", toName));
        if (leaving.equals(taking)) {
            throw InvalidInputException.of("to", "handover.same", toName);
        }
        if (taking.role() != leaving.role() || !taking.isEnabled()) {
            throw InvalidInputException.of("to", "handover.notSameWork", toName);
        }
        return new WorkHandover(leaving, taking);
    }

    private static boolean inZoneOf(UserAccount manager, UserAccount account) {
        return (account.role() == Role.OFFICER || account.role() == Role.MANAGER)
                && manager.zone().equals(account.zone());
    }
}
