package cn.zoneflow.domain.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectCodeTest {

    @Test
    void readsYearAndDivisionFromTheCode() {
        ProjectCode code = ProjectCode.of("2024-140700-44-01-000123");
        assertThat(code.year()).isEqualTo(2024);
        assertThat(code.divisionCode()).isEqualTo("140700");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-14070-44-01-000123", "2024140700-44-01-000123", "2024-140700-4A-01-000123",
        "2024-140700-44-01-00012", " ", "2024-140700-44-01-000123-1"})
    void refusesAnythingButTheNationalFormat(String text) {
        assertThatThrownBy(() -> ProjectCode.of(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("projectCode.format");
    }

    @Test
    void refusesAnImplausibleYear() {
        assertThatThrownBy(() -> ProjectCode.of("1999-140700-44-01-000123"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("projectCode.year");
    }
}
