package cn.zoneflow.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The SMTP server the test ZoneFlow mails through (ZONEFLOW_SMTP_HOST/PORT of the container tests), on the loopback
 * address, for as long as a test needs it; the mail it received, by recipient and content.
 */
final class MailInbox implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final GreenMail server;

    private MailInbox(GreenMail server) {
        this.server = server;
    }

    static MailInbox open() {
        String port = System.getProperty("zoneflow.it.smtp.port");
        if (port == null) {
            throw new IllegalStateException("zoneflow.it.smtp.port is not set: run the container tests with mvn verify");
        }
        GreenMail server = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new MailInbox(server);
    }

    /** A mail to the address whose subject and text match, once it came; empty when none came in time. */
    Optional<Mail> awaitMail(String to, Predicate<Mail> which) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        do {
            Optional<Mail> found = Arrays.stream(server.getReceivedMessages()).map(Mail::of)
                    .filter(mail -> mail.to().equals(to)).filter(which).findFirst();
            if (found.isPresent()) {
                return found;
            }
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /**
     * What the supplier gives once it passes the check: ZoneFlow marks a message mailed when the server took it, a
     * moment after the mail arrived.
     */
    static <T> T once(Supplier<T> read, Predicate<T> check) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T value = read.get();
        while (!check.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A mail as its reader sees it. */
    record Mail(String to, String from, String subject, String text) {

        static Mail of(MimeMessage message) {
            try {
                return new Mail(message.getAllRecipients()[0].toString(), message.getFrom()[0].toString(),
                        message.getSubject(), message.getContent().toString());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
