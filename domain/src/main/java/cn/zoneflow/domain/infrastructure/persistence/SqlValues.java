package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.shared.Amount;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

/** Reads the columns of native query rows, whose Java types differ between H2 and MySQL's driver. */
final class SqlValues {

    private SqlValues() {
    }

    static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** A date column: LocalDate from one driver, java.sql.Date from another; null stays null. */
    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    /** A sum of amounts: BigDecimal on both databases, but a sum over no rows arrives as null. */
    static Amount amount(Object value) {
        if (value == null) {
            return Amount.ZERO;
        }
        return Amount.total(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
    }
}
