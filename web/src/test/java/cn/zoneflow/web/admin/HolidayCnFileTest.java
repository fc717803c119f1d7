package cn.zoneflow.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.calendar.CalendarDay;
import cn.zoneflow.domain.model.calendar.CalendarYear;
import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A year's file in the holiday-cn format the calendar was seeded from, as the system administrator uploads it. */
class HolidayCnFileTest {

    @Test
    void aFileBecomesTheLinesAnAdministratorWouldTypeAndReadsAsTheYear() {
        CalendarYear year = HolidayCnFile.read(bytes("""
                {"$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
                 "year": 2027,
                 "papers": ["https://www.gov.cn/zhengce/zhengceku/202611/content_0000000.htm"],
                 "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                          {"name": "春节", "date": "2027-02-07", "isOffDay": false}]}
                """)).read();

        assertThat(year.year()).isEqualTo(2027);
        assertThat(year.noticeUrl()).isEqualTo("https://www.gov.cn/zhengce/zhengceku/202611/content_0000000.htm");
        assertThat(year.days()).containsExactly(new CalendarDay(LocalDate.of(2027, 1, 1), true, "元旦"),
                new CalendarDay(LocalDate.of(2027, 2, 7), false, "春节"));
    }

    @Test
    void aDayThatDoesNotSayWhetherItIsOffIsRefusedNotGuessed() {
        assertThatThrownBy(HolidayCnFile.read(bytes("""
                {"year": "2027", "papers": ["https://www.gov.cn/n.htm"],
                 "days": [{"name": "元旦", "date": "2027-01-01"}]}
                """))::read).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("days", "calendar.day.kind")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1, 2]", "{\"year\": 2027, \"days\": {\"date\": 1}}",
            "{\"year\": 2027, \"papers\": \"https://www.gov.cn/n.htm\"}",
            "{\"year\": 2027, \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": \"yes\"}]}"})
    void contentThatIsNoSuchFileIsRefusedAsAWhole(String content) {
        assertThatThrownBy(() -> HolidayCnFile.read(bytes(content)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .containsExactly(new FieldError("file", "calendar.file.unreadable", "")));
    }

    @Test
    void aFileFarLargerThanAYearIsNotRead() {
        byte[] large = new byte[HolidayCnFile.MAX_BYTES + 1];

        assertThatThrownBy(() -> HolidayCnFile.read(large)).isInstanceOf(InvalidInputException.class);
    }

    private static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
