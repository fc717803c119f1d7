package cn.zoneflow.domain.application;

import cn.zoneflow.domain.infrastructure.mail.MailSettings;
import cn.zoneflow.domain.model.message.EnterpriseMessageRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When enterprise messages are mailed: each within a second of the change it tells of being on disk, apart from the
 * work that made it (a slow or absent mail server delays and fails nobody's step), and whatever could not be sent then
 * again at the hourly sweep, for a few days. Without a mail server configured nothing is mailed and nothing fails.
 * <p>
 * The committing thread only queues the message; a task scheduled once at start-up mails the queue. A task handed to
 * the platform's executor from the committing thread would carry that thread's invocation, whose registry of
 * non-transactional entity managers Payara shares with the task's copy, and the task's end would close the entity
 * manager the request still reads with.
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

    /** The platform's default scheduler, by its standard name: a library jar's own resource reference is not bound. */
    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    private final Queue<Long> told = new ConcurrentLinkedQueue<>();

    private volatile ScheduledFuture<?> mailing;

    /** Mails what is told from now on, when a mail server is configured; called last as ZoneFlow starts. */
    public synchronized void start() {
        settings().ifPresent(settings -> mailing = scheduler.scheduleWithFixedDelay(() -> mailTold(settings),
                1, 1, TimeUnit.SECONDS));
    }

    public synchronized void stop() {
        if (mailing != null) {
            mailing.cancel(false);
            mailing = null;
        }
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnterpriseMessageTold message) {
        if (mailing != null) {
            told.add(message.messageId());
        }
    }

    private void mailTold(MailSettings settings) {
        for (Long id = told.poll(); id != null; id = told.poll()) {
            send(id, settings);
        }
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
