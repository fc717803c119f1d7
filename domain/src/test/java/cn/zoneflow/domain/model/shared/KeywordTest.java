package cn.zoneflow.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeywordTest {

    @Test
    void anEmptySearchBoxSearchesForNothing() {
        assertThat(Keyword.of("   ")).isEmpty();
        assertThat(Keyword.of(null)).isEmpty();
    }

    @Test
    void searchesForTheTypedTextAnywhereWhateverTheCaseWithWildcardsAsTyped() {
        assertThat(Keyword.of(" PV光伏 ").orElseThrow().containedPattern()).isEqualTo("%pv光伏%");
        assertThat(Keyword.of("50%_!").orElseThrow().containedPattern()).isEqualTo("%50!%!_!!%");
    }

    @Test
    void refusesWhatNoTypedTextMayBe() {
        assertThatThrownBy(() -> Keyword.of("光".repeat(101))).isInstanceOfSatisfying(InvalidValueException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("keyword.tooLong"));
        assertThatThrownBy(() -> Keyword.of("=cmd")).isInstanceOfSatisfying(InvalidValueException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("text.formula"));
    }
}
