package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import java.util.Objects;
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

    /**
     * Someone passing some of their own work to a colleague (转交): anyone to an enabled account of the same role
     * and the same scope (the zone, or the city or province a supervisor works for). Whether the taker may work
     * on each task is the task's own question.
     *
     * @param to the account taking it over, as found by the name chosen
     * @throws InvalidInputException naming {@code to} when the taker is the giver or no colleague doing the same work
     */
    public static WorkHandover passedBy(UserAccount giver, String toName, Optional<UserAccount> to) {
        UserAccount taking = to.orElseThrow(() -> InvalidInputException.of("to", "handover.notSameWork", toName));
        if (taking.equals(giver)) {
            throw InvalidInputException.of("to", "handover.same", toName);
        }
        if (!doesTheSameWork(giver, taking)) {
            throw InvalidInputException.of("to", "handover.notSameWork", toName);
        }
        return new WorkHandover(giver, taking);
    }

    /** Whether the account may take the giver's work: enabled, of the same role and scope (the giver excepted). */
    public static boolean canTake(UserAccount giver, UserAccount account) {
        return !account.equals(giver) && doesTheSameWork(giver, account);
    }

    private static boolean doesTheSameWork(UserAccount giver, UserAccount taking) {
        return taking.role() == giver.role() && Objects.equals(taking.zone(), giver.zone())
                && Objects.equals(taking.city(), giver.city()) && taking.isEnabled();
    }

    private static boolean inZoneOf(UserAccount manager, UserAccount account) {
        return (account.role() == Role.OFFICER || account.role() == Role.MANAGER)
                && manager.zone().equals(account.zone());
    }
}
