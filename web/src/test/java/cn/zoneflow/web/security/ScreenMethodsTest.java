package cn.zoneflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Only a POST submits a screen's form; a page is only read by GET or HEAD, and only without a form's state. */
class ScreenMethodsTest {

    @ParameterizedTest
    @CsvSource({
        "GET, false, false",
        "HEAD, false, false",
        "POST, true, false",
        "post, false, false",
        "GET, true, true",
        "head, true, true",
        "PUT, false, true",
        "DELETE, false, true",
        "PATCH, true, true",
        "OPTIONS, false, true",
        "TRACE, false, true"})
    void onlyPostSubmitsAForm(String method, boolean carriesViewState, boolean refused) {
        assertThat(ScreenMethods.refused(method, carriesViewState)).isEqualTo(refused);
    }
}
