package cn.zoneflow.domain.application;

import cn.zoneflow.domain.infrastructure.mail.MailSettings;
import cn.zoneflow.domain.infrastructure.mail.SmtpMail;
import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.message.EnterpriseMessageRepository;
import cn.zoneflow.domain.model.message.EnterpriseMessageText;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Mails one enterprise message to each enabled account of its enterprise that gave an address, once: the message is
 * locked while it is sent and marked with the addresses it went to, so that two servers never both send it, and one
 * that could not be sent stays to be sent again.
 */
@ApplicationScoped
public class EnterpriseMail {

    @Inject
    private EnterpriseMessageRepository messages;

    @Inject
    private UserAccountRepository accounts;

    /**
     * @return whether it was sent now (or found to have no address to go to)
     * @throws MailNotSentException when the SMTP server could not take it; it stays unsent
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long messageId, MailSettings settings) {
        EnterpriseMessage message = messages.lockUnmailed(messageId).orElse(null);
        if (message == null) {
            return false;
        }
        SmtpMail mail = new SmtpMail(settings);
        EnterpriseMessageText text = EnterpriseMessageText.chinese();
        String page = settings.projectPage(message.project().id()).orElse(null);
        List<String> sentTo = new ArrayList<>();
        for (UserAccount account : accounts.enabledAccountsOf(message.enterprise())) {
            if (account.email().isPresent()) {
                try {
                    mail.send(account.email().get(), text.mailSubject(message.kind()),
                            text.mail(message, account.displayName(), page));
                } catch (MessagingException e) {
                    throw new MailNotSentException(messageId, e);
                }
                sentTo.add(account.email().get().value());
            }
        }
        message.mailed(ChinaTime.nowInChina(), sentTo);
        return true;
    }

    /** The SMTP server did not take an e-mail; the message stays to be sent again. */
    public static class MailNotSentException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MailNotSentException(long messageId, MessagingException cause) {
            super("enterprise message " + messageId + " not mailed: " + cause.getMessage(), cause);
        }
    }
}
