package dev.scalecfg.core;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sequential name pattern of {@code InstanceName} or {@code HostName}, the one place that reads
 * the naming grammar of ESS and ECS (the validator checks the names it generates, the launcher
 * names planned instances with it):
 * <ul>
 *   <li>{@code prefix(AUTO_INCREMENT)[begin,bits]suffix}: ESS's group-wide sequence, which
 *       continues across scale-outs;</li>
 *   <li>{@code prefix(extBegin,extBits)[begin,bits]suffix}: the extended ESS sequence, whose
 *       base-62 part ({@code 0-9a-zA-Z}, {@code extBits} 1 to 3 characters, default 3) goes up by
 *       one each time the decimal part wraps;</li>
 *   <li>{@code prefix[begin,bits]suffix}: the ECS batch form, numbered from {@code begin} on every
 *       scale-out.</li>
 * </ul>
 * {@code begin} is 0 to 999999 (default 0) and {@code bits} 1 to 6 (default 6); {@code []} and
 * {@code [,]} mean {@code [0,6]}; when {@code begin} has more digits than {@code bits},
 * {@code bits} becomes 6. Any other name is plain and used as it is.
 *
 * <p>Numbers: a pattern's sequence numbers run from {@link #begin()} to {@link #maxNumber()}. For
 * the extended form a number counts through both parts: {@code extended × 10^bits + decimal}.
 *
 * @since 0.1.0
 */
public final class NamePattern {
    private static final String AUTO_INCREMENT = "(AUTO_INCREMENT)";
    private static final Pattern NUMBERS = Pattern.compile("(\\d*)(?:,(\\d*))?");
    private static final Pattern EXTENDED = Pattern.compile("(.*)\\(([0-9a-zA-Z]{1,3}),([1-3])?\\)");
    private static final String BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final String raw;
    private final String problem;
    private final String prefix;
    private final String suffix;
    private final long begin;
    private final int bits;
    private final int explicitBits;
    private final int extBits;
    private final boolean groupWide;

    private NamePattern(String raw, String problem, String prefix, String suffix, long begin, int bits,
            int explicitBits, int extBits, boolean groupWide) {
        this.raw = raw;
        this.problem = problem;
        this.prefix = prefix;
        this.suffix = suffix;
        this.begin = begin;
        this.bits = bits;
        this.explicitBits = explicitBits;
        this.extBits = extBits;
        this.groupWide = groupWide;
    }

    /**
     * Reads a name. Never throws: a name that looks ordered but breaks the grammar is kept plain
     * and reports why in {@link #problem()}.
     *
     * @param name the configured instance or host name
     * @return the pattern
     * @throws NullPointerException if the name is null
     */
    public static NamePattern parse(String name) {
        int open = name.indexOf('[');
        if (open < 0) {
            return name.contains(AUTO_INCREMENT) ? invalid(name, "(AUTO_INCREMENT) must be followed by [begin,bits]")
                    : plain(name);
        }
        int close = name.indexOf(']', open);
        if (close < 0) {
            return invalid(name, "'[' has no matching ']'");
        }
        String content = name.substring(open + 1, close);
        if (content.chars().anyMatch(Character::isWhitespace)) {
            return invalid(name, "[begin,bits] must not contain spaces");
        }
        Matcher numbers = NUMBERS.matcher(content);
        if (!numbers.matches()) {
            return invalid(name, "[" + content + "] must be [begin,bits] with two numbers");
        }
        String beginText = numbers.group(1);
        String bitsText = numbers.group(2);
        if (beginText.length() > 6) {
            return invalid(name, "begin number " + beginText + " exceeds 999999");
        }
        int decimalBegin = beginText.isEmpty() ? 0 : Integer.parseInt(beginText);
        int bits = 6;
        int explicitBits = -1;
        if (bitsText != null && !bitsText.isEmpty()) {
            int value = bitsText.length() > 2 ? -1 : Integer.parseInt(bitsText);
            if (value < 1 || value > 6) {
                return invalid(name, "bits " + bitsText + " is outside 1 to 6");
            }
            bits = value;
            explicitBits = value;
        }
        if (String.valueOf(decimalBegin).length() > bits) {
            bits = 6;
        }
        String suffix = name.substring(close + 1);
        if (suffix.indexOf('[') >= 0 || suffix.contains(AUTO_INCREMENT)) {
            return invalid(name, "only one [begin,bits] group is allowed");
        }
        String head = name.substring(0, open);
        String prefix = head;
        boolean groupWide = false;
        int extBits = 0;
        long extBegin = 0;
        Matcher ext = EXTENDED.matcher(head);
        if (head.endsWith(AUTO_INCREMENT)) {
            groupWide = true;
            prefix = head.substring(0, head.length() - AUTO_INCREMENT.length());
            if (prefix.isEmpty()) {
                return invalid(name, "(AUTO_INCREMENT) needs a name prefix before it");
            }
        } else if (ext.matches()) {
            prefix = ext.group(1);
            extBits = ext.group(3) == null ? 3 : Integer.parseInt(ext.group(3));
            String extText = ext.group(2);
            if (extText.length() > extBits) {
                return invalid(name, "extended begin " + extText + " has more than " + extBits + " characters");
            }
            if (prefix.isEmpty()) {
                return invalid(name, "the extended sequence needs a name prefix before it");
            }
            for (char c : extText.toCharArray()) {
                extBegin = extBegin * 62 + BASE62.indexOf(c);
            }
            groupWide = true;
        }
        if (prefix.contains(AUTO_INCREMENT)) {
            return invalid(name, "(AUTO_INCREMENT) must come right before [begin,bits]");
        }
        long start = extBegin * pow(10, bits) + decimalBegin;
        return new NamePattern(name, null, prefix, suffix, start, bits, explicitBits, extBits, groupWide);
    }

    private static NamePattern plain(String name) {
        return new NamePattern(name, null, null, null, 0, 0, -1, 0, false);
    }

    private static NamePattern invalid(String name, String problem) {
        return new NamePattern(name, problem, null, null, 0, 0, -1, 0, false);
    }

    /**
     * Returns the name as configured.
     *
     * @return the raw name
     */
    public String raw() {
        return raw;
    }

    /**
     * Tells whether the name carries a sequence number.
     *
     * @return true for the three ordered forms
     */
    public boolean ordered() {
        return prefix != null;
    }

    /**
     * Tells whether the sequence continues across scale-outs: the {@code (AUTO_INCREMENT)} and
     * extended forms; the ECS batch form restarts at its begin number.
     *
     * @return true for a group-wide sequence
     */
    public boolean groupWide() {
        return groupWide;
    }

    /**
     * Tells whether this is the extended form with a base-62 part.
     *
     * @return true for {@code prefix(extBegin,extBits)[begin,bits]suffix}
     */
    public boolean extended() {
        return extBits > 0;
    }

    /**
     * Returns why a name that looks ordered breaks the grammar.
     *
     * @return the problem, empty for a valid pattern or a plain name
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * Returns the number of decimal digits given in the brackets, when given.
     *
     * @return the explicit bits
     */
    public OptionalInt explicitBits() {
        return explicitBits < 0 ? OptionalInt.empty() : OptionalInt.of(explicitBits);
    }

    /**
     * Returns the decimal digits of the number (after the rules above).
     *
     * @return the bits, 0 for a plain name
     */
    public int bits() {
        return bits;
    }

    /**
     * Returns the first sequence number (0 for a plain name).
     *
     * @return the begin number
     */
    public long begin() {
        return begin;
    }

    /**
     * Returns the largest sequence number the pattern can show; ESS fails a scale-out that would
     * need a larger one.
     *
     * @return the largest number, empty for a plain name
     */
    public Optional<Long> maxNumber() {
        if (!ordered()) {
            return Optional.empty();
        }
        return Optional.of(pow(62, extBits) * pow(10, bits) - 1);
    }

    /**
     * Returns the first name the pattern generates, or the name itself when it is plain.
     *
     * @return the first name
     */
    public String firstName() {
        return format(begin);
    }

    /**
     * Formats the name with this sequence number; a plain name is returned as it is.
     *
     * @param number the sequence number, from {@link #begin()} to {@link #maxNumber()}
     * @return the name
     * @throws IllegalArgumentException if the number is negative or above {@link #maxNumber()}
     */
    public String format(long number) {
        if (!ordered()) {
            return raw;
        }
        if (number < 0 || number > maxNumber().orElseThrow()) {
            throw new IllegalArgumentException("sequence number " + number + " does not fit " + raw
                    + " (0 to " + maxNumber().orElseThrow() + ")");
        }
        long decimal = number % pow(10, bits);
        long extendedPart = number / pow(10, bits);
        StringBuilder sb = new StringBuilder(prefix.length() + extBits + bits + suffix.length()).append(prefix);
        char[] ext = new char[extBits];
        for (int i = extBits - 1; i >= 0; i--) {
            ext[i] = BASE62.charAt((int) (extendedPart % 62));
            extendedPart /= 62;
        }
        sb.append(ext);
        String digits = Long.toString(decimal);
        for (int i = digits.length(); i < bits; i++) {
            sb.append('0');
        }
        return sb.append(digits).append(suffix).toString();
    }

    private static long pow(long base, int exponent) {
        long r = 1;
        for (int i = 0; i < exponent; i++) {
            r *= base;
        }
        return r;
    }

    /** Returns the raw name. */
    @Override
    public String toString() {
        return raw;
    }
}
