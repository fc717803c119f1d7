package cn.zoneflow.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(nullValues = "none", textBlock = """
            officer.jinzhong, Ab#45678,          none
            officer.jinzhong, abcd123#,          none
            officer.jinzhong, abcd1234,          password.tooSimple
            officer.jinzhong, ABCD#efg,          none
            officer.jinzhong, Ab#4567,           password.tooShort
            officer.jinzhong, abcdefgh1,         password.tooSimple
            officer.jinzhong, ABCDEFGH,          password.tooSimple
            officer.jinzhong, 开发区项目管理平台,      password.tooSimple
            zoneflow.admin9,  ZONEFLOW.ADMIN9,   password.sameAsUsername
            officer.jinzhong, none,              password.tooShort
            """)
    void acceptsEightCharactersOfThreeKindsThatAreNotTheUserName(String username, String password, String problem) {
        assertThat(PasswordPolicy.problem(username, password)).isEqualTo(Optional.ofNullable(problem));
    }

    @ParameterizedTest
    @CsvSource({"128, true", "129, false"})
    void boundsTheLengthSoThatASignInNeverHashesMegabytes(int length, boolean accepted) {
        String password = "Aa1" + "x".repeat(length - 3);

        assertThat(PasswordPolicy.problem("officer.jinzhong", password).isEmpty()).isEqualTo(accepted);
    }
}
