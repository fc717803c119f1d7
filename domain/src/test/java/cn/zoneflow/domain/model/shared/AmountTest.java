package cn.zoneflow.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void keepsWanExactlyAndShowsYiToTwoDecimalsAsTheBulletinsDo() {
        Amount amount = Amount.ofWan("1923456.7");
        assertThat(amount.wan()).isEqualByComparingTo("1923456.7");
        assertThat(amount.inYi()).isEqualTo(new BigDecimal("192.35"));
    }

    @Test
    void aProvincesTotalPassesTheBoundOfOneAmountTypedInButStaysExactAndNeverNegative() {
        assertThat(Amount.total(new BigDecimal("137490490.5")).inYi()).isEqualByComparingTo("13749.05");
        assertThatThrownBy(() -> Amount.ofWan(new BigDecimal("137490490.5"))).as("one project of 1.37万亿")
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Amount.total(new BigDecimal("-1"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Amount.total(new BigDecimal("137490490.00001")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void convertsYiToWan() {
        assertThat(Amount.ofYi("16.5")).isEqualTo(Amount.ofWan("165000"));
    }

    @Test
    void addsWithoutFloatingPointDrift() {
        Amount sum = Amount.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Amount.ofWan("0.1"));
        }
        assertThat(sum).isEqualTo(Amount.ofWan("1"));
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> Amount.ofWan("-1")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("amount.negative");
    }

    @Test
    void refusesFractionsOfAYuan() {
        assertThatThrownBy(() -> Amount.ofWan("1.00001")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("amount.tooPrecise");
    }

    @Test
    void refusesText() {
        assertThatThrownBy(() -> Amount.ofWan("十万")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("amount.notANumber");
    }
}
