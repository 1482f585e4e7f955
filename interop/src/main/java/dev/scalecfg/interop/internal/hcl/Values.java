package dev.scalecfg.interop.internal.hcl;

import dev.scalecfg.core.Shown;
import java.math.BigDecimal;

/** Conversions between values as the Terraform language does them (strings, numbers, bools). */
public final class Values {
    /** Numbers with more integer digits or decimals than this are shown in scientific notation. */
    private static final int MAX_PLAIN_DIGITS = 100;

    private Values() {}

    /**
     * The text of a number as Terraform renders it: no trailing zeros, no exponent ({@code 50},
     * {@code 0.5}); absurdly large or small numbers in bounded scientific notation.
     */
    public static String plain(BigDecimal number) {
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (integerDigits > MAX_PLAIN_DIGITS || stripped.scale() > MAX_PLAIN_DIGITS) {
            return Shown.number(stripped);
        }
        return stripped.toPlainString();
    }

    /** The value as a string, as a template interpolation or a string attribute converts it; null if it cannot be. */
    public static String asText(Value value) {
        switch (value.kind()) {
            case STRING:
                return value.asString();
            case NUMBER:
                return plain(value.asNumber());
            case BOOL:
                return value.asBool() ? "true" : "false";
            default:
                return null;
        }
    }

    /** The value as a number (strings are converted); null if it cannot be. */
    public static BigDecimal asNumber(Value value) {
        if (value.kind() == Value.Kind.NUMBER) {
            return value.asNumber();
        }
        if (value.kind() == Value.Kind.STRING) {
            String text = value.asString().trim();
            if (text.length() > 60 || !text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,4})?")) {
                return null;
            }
            return new BigDecimal(text);
        }
        return null;
    }

    /** The value as a bool ({@code "true"}/{@code "false"} strings are converted); null if it cannot be. */
    public static Boolean asBool(Value value) {
        if (value.kind() == Value.Kind.BOOL) {
            return value.asBool();
        }
        if (value.kind() == Value.Kind.STRING) {
            if (value.asString().equals("true")) {
                return Boolean.TRUE;
            }
            if (value.asString().equals("false")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }
}
