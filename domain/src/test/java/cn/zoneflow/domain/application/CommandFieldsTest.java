package cn.zoneflow.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The smaller commands: each wrong field is refused under its own name, the way the screens and the API show it. */
class CommandFieldsTest {

    @Test
    void aLeaderNameTooLongIsRefusedUnderTheLeaderFieldWithItsOwnLimit() {
        AssignmentChange change = new AssignmentChange(3L, "王".repeat(61), null, ReserveTier.KEY);

        assertThat(refusalsOf(change)).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("leaderInCharge", "leaderInCharge.tooLong"));
    }

    @Test
    void anAssignmentNeedsTheVersionItWasMadeAgainstAndAnEmptyLeaderIsNone() {
        AssignmentChange change = new AssignmentChange(null, "  ", " ", null);

        assertThat(change.leaderInCharge()).isNull();
        assertThat(change.leaderAccount()).isNull();
        assertThat(refusalsOf(change)).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("version", "field.required"));
    }

    @Test
    void anInvestmentReportReadFromTextNamesTheMonthAndTheAmountItCouldNotRead() {
        ReadCommand<InvestmentReport> read = InvestmentReport.read("2026/10", "-5");

        Refusals refusals = new Refusals(read.unreadable());
        CommandCheck.check(read.command(), refusals);

        assertThat(refusals.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("month", "month.format"), tuple("completed", "amount.negative"));
    }

    @Test
    void anInvestmentReportReadsTheMonthAndTheExactAmount() {
        ReadCommand<InvestmentReport> read = InvestmentReport.read(" 2026-10 ", "1200.5");

        assertThat(read.unreadable()).isEmpty();
        assertThat(read.command()).isEqualTo(new InvestmentReport(YearMonth.of(2026, 10), Amount.ofWan("1200.5")));
        assertThat(refusalsOf(InvestmentReport.read("", null).command()))
                .extracting(FieldError::field).containsExactly("month", "completed");
    }

    @Test
    void aNewActivityNeedsANameAndADayInRange() {
        NewActivity activity = new NewActivity(" ", LocalDate.of(1970, 1, 1), "太原\u202E");

        assertThat(refusalsOf(activity)).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                tuple("name", "field.required"), tuple("heldOn", "date.range"), tuple("venue", "text.direction"));
    }

    @Test
    void aPresentationNeedsTheProjectAndTheBatch() {
        assertThat(refusalsOf(new Presentation(ProjectCode.of("2026-140700-44-01-900001"), null)))
                .extracting(FieldError::field).containsExactly("batch");
    }

    private static List<FieldError> refusalsOf(Object command) {
        Refusals refusals = new Refusals();
        CommandCheck.check(command, refusals);
        return refusals.errors();
    }
}
