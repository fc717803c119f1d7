package cn.zoneflow.domain.application;

import cn.zoneflow.domain.infrastructure.mail.MailSettings;
import cn.zoneflow.domain.model.message.EnterpriseMessageRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When enterprise messages are mailed: each right after the change it tells of is on disk, apart from the work that
 * made it (a slow or absent mail server delays and fails nobody's step), and whatever could not be sent then again at
 * the hourly sweep, for a few days. Without a mail server configured nothing is mailed and nothing fails.
 */
@ApplicationScoped
public class EnterpriseMailOutbox {

    /** How long a message that could not be mailed is tried again. */
    static final Duration RETRIED_FOR = Duration.ofDays(3);

    /** The oldest first; more wait for the next sweep. */
    static final int MAX_PER_SWEEP = 200;

    private static final Logger LOG = Logger.getLogger(EnterpriseMailOutbox.class.getName());

    @Inject
    private EnterpriseMail mail;

    @Inject
    private EnterpriseMessageRepository messages;

    /** The platform's default executor, by its standard name: a library jar's own resource reference is not bound. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnterpriseMessageTold told) {
        settings().ifPresent(settings -> executor.execute(() -> send(told.messageId(), settings)));
    }

    /**
     * 补发企业消息邮件: mails again what could not be mailed in the last days, until the server refuses one.
     *
     * @return how many were sent now
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int resendUnmailed() {
        Optional<MailSettings> settings = settings();
        if (settings.isEmpty()) {
            return 0;
        }
        List<Long> unmailed = messages.unmailedAfter(ChinaTime.nowInChina().minus(RETRIED_FOR), MAX_PER_SWEEP);
        int sent = 0;
        try {
            for (long id : unmailed) {
                if (mail.send(id, settings.get())) {
                    sent++;
                }
            }
        } catch (EnterpriseMail.MailNotSentException e) {
            LOG.log(Level.WARNING, "the mail server took {0} of {1} unsent enterprise messages, the rest waits: {2}",
                    new Object[] {sent, unmailed.size(), e.getMessage()});
        }
        return sent;
    }

    private void send(long messageId, MailSettings settings) {
        try {
            mail.send(messageId, settings);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "enterprise message {0} stays to be mailed again: {1}",
                    new Object[] {messageId, e.getMessage()});
        }
    }

    private static Optional<MailSettings> settings() {
        try {
            return MailSettings.configured();
        } catch (IllegalStateException e) {
            LOG.log(Level.SEVERE, "ZoneFlow mails no message: {0}", e.getMessage());
            return Optional.empty();
        }
    }
}
