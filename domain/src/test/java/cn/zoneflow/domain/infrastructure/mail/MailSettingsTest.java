package cn.zoneflow.domain.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void withoutAHostNothingIsMailed() {
        assertThat(MailSettings.of(Map.of(MailSettings.PORT, "2525")::get)).isEmpty();
        assertThat(MailSettings.of(Map.of(MailSettings.HOST, "  ")::get)).isEmpty();
    }

    @Test
    void aHostAloneMailsOnPort25AsZoneflowOfThatHostWithoutSignInOrTls() {
        MailSettings settings = MailSettings.of(Map.of(MailSettings.HOST, "smtp.example.cn")::get).orElseThrow();

        assertThat(settings.port()).isEqualTo(25);
        assertThat(settings.from().value()).isEqualTo("zoneflow@smtp.example.cn");
        assertThat(settings.user()).isNull();
        assertThat(settings.startTls()).isFalse();
        assertThat(settings.projectPage(7)).as("no link without the public address").isEmpty();
    }

    @Test
    void thePublicAddressGivesEachProjectsPortalPage() {
        MailSettings settings = MailSettings.of(Map.of(MailSettings.HOST, "smtp.example.cn",
                MailSettings.PUBLIC_URL, "https://zoneflow.example.cn/zf")::get).orElseThrow();

        assertThat(settings.projectPage(7)).hasValue("https://zoneflow.example.cn/zf/portal/project.xhtml?id=7");
    }

    @Test
    void aWrongSettingIsNamed() {
        assertThatThrownBy(() -> MailSettings.of(Map.of(MailSettings.HOST, "smtp.example.cn",
                MailSettings.PORT, "smtp")::get)).hasMessageStartingWith("ZONEFLOW_SMTP_PORT is no port");
        assertThatThrownBy(() -> MailSettings.of(Map.of(MailSettings.HOST, "smtp.example.cn",
                MailSettings.PORT, "70000")::get)).hasMessageStartingWith("ZONEFLOW_SMTP_PORT");
        assertThatThrownBy(() -> MailSettings.of(Map.of(MailSettings.HOST, "smtp.example.cn",
                MailSettings.FROM, "ZoneFlow")::get)).hasMessageStartingWith("ZONEFLOW_SMTP_FROM");
        assertThatThrownBy(() -> MailSettings.of(Map.of(MailSettings.HOST, "smtp.example.cn",
                MailSettings.STARTTLS, "yes")::get)).hasMessageStartingWith("ZONEFLOW_SMTP_STARTTLS");
        assertThatThrownBy(() -> MailSettings.of(Map.of(MailSettings.HOST, "smtp.example.cn",
                MailSettings.PUBLIC_URL, "zoneflow.example.cn")::get)).hasMessageStartingWith("ZONEFLOW_PUBLIC_URL");
    }
}
