package cn.zoneflow.domain.infrastructure.mail;

import cn.zoneflow.domain.model.user.EmailAddress;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends plain-text e-mail in UTF-8 through the configured SMTP server, waiting at most a few seconds for it, so that
 * a server that is down delays nobody's work for long.
 */
public final class SmtpMail {

    static final String TIMEOUT_MILLIS = "5000";

    private final MailSettings settings;
    private final Session session;

    public SmtpMail(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.user() != null));
        this.session = Session.getInstance(properties, settings.user() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        });
    }

    /** @throws MessagingException when the server cannot be reached or refuses the mail */
    public void send(EmailAddress to, String subject, String text) throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(settings.from().value()));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to.value()));
        mail.setSubject(subject, StandardCharsets.UTF_8.name());
        mail.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(mail);
    }
}
