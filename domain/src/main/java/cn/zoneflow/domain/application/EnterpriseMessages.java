package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.commitment.CommitmentRepository;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.message.EnterpriseMessageRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.user.EmailAddress;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.NoSuchElementException;

/**
 * What changed on an enterprise's projects, told to the enterprise in the transaction of the change (a message never
 * tells of a change that rolled back) and once per change; read on the portal by the enterprise's accounts, each of
 * which sees as new what came after it last looked, and mailed to the addresses they gave.
 */
@ApplicationScoped
@Transactional
public class EnterpriseMessages {

    /** 承诺期满前提醒: how many working days before its promised date an enterprise is reminded of its commitment. */
    public static final int COMMITMENT_DUE_WORKING_DAYS = 10;

    public static final String EMAIL = "email";

    @Inject
    private EnterpriseMessageRepository messages;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private CommitmentRepository commitments;

    @Inject
    private Deadlines deadlines;

    @Inject
    private Event<EnterpriseMessageTold> told;

    /** Tells the project's enterprise, unless it was told of this change already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(EnterpriseMessage message) {
        if (messages.told(message.enterprise().id(), message.kind(), message.about())) {
            return;
        }
        messages.add(message);
        told.fire(new EnterpriseMessageTold(message.id()));
    }

    /**
     * 承诺期满前提醒: every enterprise whose signed commitment falls due within the coming working days is told so,
     * once per promised date.
     *
     * @return how many commitments fall due that soon
     */
    public int remindCommitmentsDue() {
        LocalDate today = ChinaTime.today();
        LocalDate last = deadlines.calendar().plusWorkingDaysOrWeekdays(today, COMMITMENT_DUE_WORKING_DAYS);
        int due = 0;
        for (Commitment commitment : commitments.signedAndDueBetween(today, last)) {
            tell(EnterpriseMessage.commitmentDue(commitment, ChinaTime.nowInChina()));
            due++;
        }
        return due;
    }

    /** The messages of the reader's enterprise, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EnterpriseMessage> of(UserAccount reader, int page, int size) {
        Page.check(page, size);
        return messages.of(enterpriseOf(reader).id(), page, size);
    }

    /** How many came since the reader last opened their messages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long newCount(UserAccount reader) {
        return messages.countAfter(enterpriseOf(reader).id(), reader.messagesSeenAt().orElse(null));
    }

    /**
     * The reader opened their messages: those until now are no longer new to them.
     *
     * @return when they last looked from now on
     */
    public LocalDateTime seen(String username) {
        UserAccount account = account(username);
        account.sawMessages(ChinaTime.nowInChina());
        return account.messagesSeenAt().orElseThrow();
    }

    /**
     * The address the reader's messages are mailed to from now on; blank for none.
     *
     * @throws InvalidInputException naming {@code email} when it is not one address
     */
    public UserAccount mailTo(String username, String address) {
        UserAccount account = account(username);
        enterpriseOf(account);
        account.mailMessagesTo(address == null || address.isBlank() ? null : emailAddress(address));
        return account;
    }

    private static EmailAddress emailAddress(String text) {
        try {
            return EmailAddress.of(text);
        } catch (InvalidValueException e) {
            throw InvalidInputException.of(EMAIL, e.messageKey(), e.rejectedValue());
        }
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NoSuchElementException(username));
    }

    private static Enterprise enterpriseOf(UserAccount reader) {
        RoleRequiredException.check(reader, Role.ENTERPRISE);
        return reader.enterprise().orElseThrow();
    }
}
