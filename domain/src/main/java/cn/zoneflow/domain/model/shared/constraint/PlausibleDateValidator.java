package cn.zoneflow.domain.model.shared.constraint;

import cn.zoneflow.domain.model.shared.InputReader;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link PlausibleDate}. */
public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    @Override
    public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
        return day == null || !day.isBefore(InputReader.EARLIEST_DATE) && !day.isAfter(InputReader.LATEST_DATE);
    }
}
