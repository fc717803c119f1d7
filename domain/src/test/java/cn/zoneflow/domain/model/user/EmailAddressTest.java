package cn.zoneflow.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"zhang.wei@example.cn", "project+2026@mail.taiyuan.gov.cn", " li_na@XN--FIQS8S.cn "})
    void takesOneMailboxOnADomain(String text) {
        EmailAddress address = EmailAddress.of(text);

        assertThat(address.value()).isEqualTo(text.strip().substring(0, text.strip().indexOf('@'))
                + text.strip().substring(text.strip().indexOf('@')).toLowerCase());
        assertThat(EmailAddress.of(address.value())).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "zhang", "@example.cn", "zhang@", "zhang@localhost", "zhang@@example.cn",
            "zhang wei@example.cn", "zhang@example.cn\r\nBcc: all@example.cn", "zhang@example.cn, li@example.cn",
            "张伟 <zhang@example.cn>", "zhang..wei@example.cn", ".zhang@example.cn", "zhang@-example.cn",
            "zhang@example..cn", "张伟@例子.中国", "<script>@example.cn"})
    void refusesAnythingButOneAddressSoNothingCanBeAddedToTheMailItIsWrittenInto(String text) {
        assertThatThrownBy(() -> EmailAddress.of(text)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("email.format");
    }

    @org.junit.jupiter.api.Test
    void refusesAnAddressLongerThanMailServersTake() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "cn";

        assertThatThrownBy(() -> EmailAddress.of(local + "@" + domain)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> EmailAddress.of("a".repeat(65) + "@example.cn"))
                .isInstanceOf(InvalidValueException.class);
    }
}
