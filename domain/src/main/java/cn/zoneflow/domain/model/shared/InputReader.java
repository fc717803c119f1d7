package cn.zoneflow.domain.model.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the fields of an input as people typed them (text), turning each into its value object and collecting
 * every problem with the field's name, instead of stopping at the first. {@link #finish()} refuses the whole
 * input if anything was wrong.
 */
public final class InputReader extends Refusals {

    /**
     * The earliest and the latest day ZoneFlow takes: no development zone is older (the first opened in 1984), and
     * no plan reaches further. Beyond them a date is a slip of the keyboard (0000-01-01, 20266-01-01).
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1980, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);
    /** Beyond any area in 亩 or standard per 亩, and within the narrowest column a quantity goes to (10 digits). */
    static final BigDecimal MAX_QUANTITY = new BigDecimal("100000000");

    public InputReader() {
    }

    /** Starts from what the edge could not read (see {@link ReadCommand}). */
    public InputReader(List<FieldError> earlier) {
        super(earlier);
    }

    /** A field that must be there, made into a value; null (and an error recorded) when it cannot be. */
    public <T> T required(String field, String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            reject(field, "field.required", "");
            return null;
        }
        return optional(field, text, parse).orElse(null);
    }

    public <T> Optional<T> optional(String field, String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parse.apply(text.strip()));
        } catch (InvalidValueException e) {
            reject(field, e.messageKey(), text);
            return Optional.empty();
        }
    }

    /**
     * A value a screen has already converted (a number, a date) made into a value object; null (and an error
     * recorded) when the value object refuses it.
     */
    public <S, T> T convert(String field, S value, Function<S, T> make) {
        if (value == null) {
            return null;
        }
        try {
            return make.apply(value);
        } catch (InvalidValueException e) {
            reject(field, e.messageKey(), e.rejectedValue());
            return null;
        }
    }

    public String text(String field, String text, int maxLength, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                reject(field, "field.required", "");
            }
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            reject(field, "field.tooLong", stripped);
            return null;
        }
        Optional<String> problem = TypedText.problemOf(stripped);
        if (problem.isPresent()) {
            reject(field, problem.get(), stripped);
            return null;
        }
        return stripped;
    }

    public Amount amount(String field, String text, boolean required) {
        return required ? required(field, text, Amount::ofWan) : optional(field, text, Amount::ofWan).orElse(null);
    }

    /** An amount that must be there and more than zero, as a project's total investment is. */
    public Amount positiveAmount(String field, String text) {
        Amount amount = amount(field, text, true);
        if (amount != null && amount.equals(Amount.ZERO)) {
            reject(field, "amount.zero", text);
            return null;
        }
        return amount;
    }

    /** A plain decimal that is no amount of money (an area, a standard, tonnes of coal), zero or more. */
    public BigDecimal quantity(String field, String text, boolean required) {
        Function<String, BigDecimal> parse = InputReader::parseQuantity;
        return required ? required(field, text, parse) : optional(field, text, parse).orElse(null);
    }

    public static BigDecimal parseQuantity(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("quantity.notANumber", text);
        }
        if (value.signum() < 0) {
            throw new InvalidValueException("quantity.negative", text);
        }
        if (value.compareTo(MAX_QUANTITY) > 0) {
            throw new InvalidValueException("quantity.tooLarge", text);
        }
        return value;
    }

    public LocalDate date(String field, String text, boolean required) {
        Function<String, LocalDate> parse = InputReader::parseDate;
        return required ? required(field, text, parse) : optional(field, text, parse).orElse(null);
    }

    public boolean flag(String field, String text) {
        return optional(field, text, InputReader::parseFlag).orElse(false);
    }

    public static LocalDate parseDate(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date.format", text);
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            throw new InvalidValueException("date.range", text);
        }
        return date;
    }

    /** 是/否 as the zones' spreadsheets write it, or true/false as programs do. */
    public static boolean parseFlag(String text) {
        return switch (text.strip().toLowerCase()) {
            case "是", "true", "y", "yes" -> true;
            case "否", "false", "n", "no" -> false;
            default -> throw new InvalidValueException("flag.format", text);
        };
    }
}
