package cn.zoneflow.domain.model.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A sum of money in 万元 (ten thousand yuan), the unit every zone ledger uses. Exact to four decimals
 * (one yuan); never negative. Bulletins print 亿元, which {@link #inYi()} gives.
 */
public final class Amount implements Comparable<Amount> {

    public static final int SCALE = 4;
    public static final Amount ZERO = new Amount(BigDecimal.ZERO);
    /**
     * 一万亿元: more than any single project or month of one, and far within the columns (18 digits, four of them
     * decimals), so that a mistyped amount is refused with a reason instead of failing at the database.
     */
    public static final BigDecimal MAX_WAN = new BigDecimal("100000000");
    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

    private final BigDecimal wan;

    private Amount(BigDecimal wan) {
        this.wan = wan.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * @throws InvalidValueException when the value is negative or finer than one yuan
     */
    public static Amount ofWan(BigDecimal wan) {
        Objects.requireNonNull(wan, "wan");
        if (wan.compareTo(MAX_WAN) > 0) {
            throw new InvalidValueException("amount.tooLarge", wan.toPlainString());
        }
        return total(wan);
    }

    /**
     * A total of amounts recorded one by one, as a database adds them up: exact to one yuan and never negative, but
     * not bounded like a single amount typed in — a province's investment over the years passes 一万亿元.
     *
     * @throws InvalidValueException when the value is negative or finer than one yuan
     */
    public static Amount total(BigDecimal wan) {
        Objects.requireNonNull(wan, "wan");
        if (wan.signum() < 0) {
            throw new InvalidValueException("amount.negative", wan.toPlainString());
        }
        if (wan.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValueException("amount.tooPrecise", wan.toPlainString());
        }
        return new Amount(wan);
    }

    public static Amount ofWan(String wan) {
        try {
            return ofWan(new BigDecimal(wan.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("amount.notANumber", wan);
        }
    }

    public static Amount ofYi(String yi) {
        return ofWan(new BigDecimal(yi).multiply(WAN_PER_YI));
    }

    public BigDecimal wan() {
        return wan;
    }

    /** In 亿元, rounded half-up to two decimals as the bulletins print it. */
    public BigDecimal inYi() {
        return wan.divide(WAN_PER_YI, 2, RoundingMode.HALF_UP);
    }

    public Amount plus(Amount other) {
        return new Amount(wan.add(other.wan));
    }

    @Override
    public int compareTo(Amount other) {
        return wan.compareTo(other.wan);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount other && wan.compareTo(other.wan) == 0;
    }

    @Override
    public int hashCode() {
        return wan.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return wan.stripTrailingZeros().toPlainString() + " 万元";
    }
}
