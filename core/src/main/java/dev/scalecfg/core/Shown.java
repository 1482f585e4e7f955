package dev.scalecfg.core;

import java.math.BigDecimal;

/**
 * Renders values for messages, bounded whatever the input: every error, violation, trace and
 * preview text that quotes a value goes through here, so that a hostile value (a number with a
 * billion digits, a string of a megabyte) can never make a message large or slow to build.
 *
 * <p>Secrets are not this class's concern: callers never pass a password or user data.
 *
 * @since 0.2.0
 */
public final class Shown {
    /** The most characters of a text that a message quotes. */
    public static final int MAX_TEXT_CHARS = 200;
    /** The most significant digits of a number that a message shows before switching to scientific notation. */
    public static final int MAX_NUMBER_DIGITS = 24;

    private Shown() {}

    /**
     * Renders a decimal in plain notation when it is short (such as {@code 0.062} or {@code 5000}),
     * otherwise rounded to {@value #MAX_NUMBER_DIGITS} significant digits in scientific notation
     * (such as {@code 1E+2147483647}). The exponent may be anything; the cost grows with the number of
     * digits, which every reader bounds ({@code ReadLimits#getMaxNumberChars()}).
     *
     * @param value the number
     * @return the rendering, at most about 40 characters
     */
    public static String number(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value;
        long integerDigits = (long) stripped.precision() - stripped.scale();
        boolean plain = stripped.precision() <= MAX_NUMBER_DIGITS && stripped.scale() >= -MAX_NUMBER_DIGITS
                && stripped.scale() <= MAX_NUMBER_DIGITS && integerDigits <= MAX_NUMBER_DIGITS;
        if (plain) {
            return stripped.toPlainString();
        }
        BigDecimal rounded = stripped.precision() > MAX_NUMBER_DIGITS
                ? stripped.round(new java.math.MathContext(MAX_NUMBER_DIGITS)) : stripped;
        // unscaled digits d1d2...dn with exponent (n - 1 - scale): built by hand, because toString()
        // of a value with a huge negative scale would be fine but toPlainString() would not
        String digits = rounded.unscaledValue().abs().toString();
        long exponent = (long) digits.length() - 1 - rounded.scale();
        StringBuilder text = new StringBuilder(rounded.signum() < 0 ? "-" : "");
        text.append(digits.charAt(0));
        String rest = digits.substring(1).replaceFirst("0+$", "");
        if (!rest.isEmpty()) {
            text.append('.').append(rest);
        }
        return text.append("E").append(exponent >= 0 ? "+" : "").append(exponent).toString();
    }

    /**
     * Renders a text for quoting: at most {@value #MAX_TEXT_CHARS} characters (then {@code …} and the
     * full length), with backslashes, quotes and control characters escaped so that it stays on one line.
     *
     * @param raw the text
     * @return the rendering, without surrounding quotes
     */
    public static String text(String raw) {
        int cut = Math.min(raw.length(), MAX_TEXT_CHARS);
        StringBuilder text = new StringBuilder(cut + 16);
        for (int i = 0; i < cut; i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '"' -> text.append("\\\"");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        if (cut < raw.length()) {
            text.append("… (").append(raw.length()).append(" characters)");
        }
        return text.toString();
    }
}
