package cn.zoneflow.domain.model.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A zone's terms as the system administrator types them. */
class ZoneInputTest {

    @Test
    void theOtherSpellingsMayBeSeparatedAsPeopleWriteThemAndRepeatNothing() {
        ZoneTerms terms = new ZoneInput(" 太谷经济开发区 ", "太谷经开区，太谷开发区、太谷经开区 太谷经济开发区", "INDUSTRIAL",
                "PROVINCIAL").read();

        assertThat(terms).isEqualTo(new ZoneTerms("太谷经济开发区", List.of("太谷经开区", "太谷开发区"),
                ZoneCategory.INDUSTRIAL, ZoneLevel.PROVINCIAL));
        assertThat(terms.storedAliases()).isEqualTo("太谷经开区,太谷开发区");
    }

    @Test
    void refusesEveryWrongFieldAtOnce() {
        assertThatThrownBy(new ZoneInput(" ", "区".repeat(61), "TOURISM", null)::read)
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("name", "field.required"), tuple("aliases", "field.tooLong"),
                                tuple("category", "zone.category.unknown"), tuple("level", "field.required")));
    }
}
