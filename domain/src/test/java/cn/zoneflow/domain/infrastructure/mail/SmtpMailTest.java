package cn.zoneflow.domain.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.user.EmailAddress;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mail as an enterprise's contact receives it, from an SMTP server on the loopback address. */
class SmtpMailTest {

    private final GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @BeforeEach
    void start() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void theContactReceivesTheChineseTextAndSubjectFromTheConfiguredSender() throws Exception {
        SmtpMail mail = new SmtpMail(settings(server.getSmtp().getPort()));

        mail.send(EmailAddress.of("wang@enterprise.example.cn"), "【开发区项目服务】手续已办结",
                "王经理，您好：\n\n「新能源装备制造」的建设工程规划许可已办结。");

        assertThat(server.waitForIncomingEmail(1)).isTrue();
        MimeMessage received = server.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()).extracting(Object::toString)
                .containsExactly("wang@enterprise.example.cn");
        assertThat(received.getFrom()).extracting(Object::toString).containsExactly("zoneflow@zone.example.cn");
        assertThat(received.getSubject()).isEqualTo("【开发区项目服务】手续已办结");
        assertThat(GreenMailUtil.getBody(received)).isNotBlank();
        assertThat(received.getContent().toString()).contains("建设工程规划许可已办结");
    }

    @Test
    void aServerThatIsNotThereIsAFailureOfTheSendingNotOfAnythingElse() {
        int port = server.getSmtp().getPort();
        server.stop();

        assertThatThrownBy(() -> new SmtpMail(settings(port)).send(EmailAddress.of("wang@enterprise.example.cn"),
                "subject", "text")).isInstanceOf(MessagingException.class);
    }

    private static MailSettings settings(int port) {
        return MailSettings.of(Map.of(MailSettings.HOST, "127.0.0.1", MailSettings.PORT, Integer.toString(port),
                MailSettings.FROM, "zoneflow@zone.example.cn")::get).orElseThrow();
    }
}
