package cn.zoneflow.domain.model.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A catalogue entry's terms as the system administrator types them. */
class ProcedureTermsInputTest {

    @Test
    void readsTheTermsWithTheFlagsAsTheFormSendsThem() {
        assertThat(new ProcedureTermsInput(" 环境影响评价审批 ", "市生态环境局", "15", "true", "否").read())
                .isEqualTo(new ProcedureTerms("环境影响评价审批", "市生态环境局", 15, true, false));
    }

    @Test
    void refusesEveryWrongFieldAtOnce() {
        assertThatThrownBy(new ProcedureTermsInput("", "部".repeat(61), "0", "也许", null)::read)
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(
                                tuple("name", "field.required"),
                                tuple("department", "field.tooLong"),
                                tuple("statutoryDays", "procedure.statutoryDays.range"),
                                tuple("commitmentEligible", "flag.format")));
    }
}
