package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.shared.Amount;
import java.math.BigDecimal;

/** Reads the columns of native query rows, whose Java types differ between H2 and MySQL's driver. */
final class SqlValues {

    private SqlValues() {
    }

    static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** A sum of amounts: BigDecimal on both databases, but a sum over no rows arrives as null. */
    static Amount amount(Object value) {
        if (value == null) {
            return Amount.ZERO;
        }
        return Amount.ofWan(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
    }
}
