package cn.zoneflow.domain.model.enterprise;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.io.Serializable;
import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码) by GB 32100-2015: eighteen characters from a 31-character
 * alphabet (no I, O, Z, S, V), the last being a check character computed from the first seventeen.
 */
public final class CreditCode implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /**
     * @throws InvalidValueException when the text is not eighteen characters of the alphabet or its check
     *     character does not match
     */
    public static CreditCode of(String text) {
        Objects.requireNonNull(text, "text");
        String code = text.strip().toUpperCase();
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new InvalidValueException("creditCode.format", text);
        }
        if (code.charAt(LENGTH - 1) != checkCharacter(code.substring(0, LENGTH - 1))) {
            throw new InvalidValueException("creditCode.checkCharacter", text);
        }
        return new CreditCode(code);
    }

    /** Completes seventeen characters with their check character. */
    public static CreditCode completing(String firstSeventeen) {
        return of(firstSeventeen + checkCharacter(firstSeventeen.toUpperCase()));
    }

    static char checkCharacter(String firstSeventeen) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int digit = ALPHABET.indexOf(firstSeventeen.charAt(i));
            if (digit < 0) {
                throw new InvalidValueException("creditCode.format", firstSeventeen);
            }
            sum += digit * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
