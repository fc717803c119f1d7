package cn.zoneflow.domain.model.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @Test
    void acceptsACodeWhoseCheckCharacterMatches() {
        assertThat(CreditCode.of("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpacesAsPeopleTypeThem() {
        assertThat(CreditCode.of(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThatThrownBy(() -> CreditCode.of("91350100M000100Y44"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo("creditCode.checkCharacter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100I43", "9135010OM000100Y43"})
    void refusesWrongLengthOrLettersOutsideTheAlphabet(String text) {
        assertThatThrownBy(() -> CreditCode.of(text))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo("creditCode.format");
    }

    @Test
    void completesSeventeenCharactersWithTheirCheckCharacter() {
        assertThat(CreditCode.completing("91350100M000100Y4").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void usesZeroWhenTheWeightedSumIsAMultipleOf31() {
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }
}
