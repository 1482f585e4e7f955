package dev.scalecfg.launcher.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordered naming pattern of an instance or host name: {@code prefix(AUTO_INCREMENT)[begin,bits]suffix}
 * (ESS, group-wide) or {@code prefix[begin,bits]suffix} (ECS batch); any other name is plain and
 * used unchanged.
 */
public final class NamePattern {
    private static final Pattern ORDERED =
            Pattern.compile("^(.*?)(\\(AUTO_INCREMENT\\))?\\[(\\d*)(?:,(\\d*))?\\](.*)$");

    private final String plain;
    private final String prefix;
    private final String suffix;
    private final long begin;
    private final int bits;
    private final boolean groupWide;

    private NamePattern(String plain, String prefix, String suffix, long begin, int bits, boolean groupWide) {
        this.plain = plain;
        this.prefix = prefix;
        this.suffix = suffix;
        this.begin = begin;
        this.bits = bits;
        this.groupWide = groupWide;
    }

    /**
     * Parses a name.
     *
     * @param name the configured name
     * @return the pattern
     */
    public static NamePattern parse(String name) {
        Matcher m = ORDERED.matcher(name);
        if (!m.matches()) {
            return new NamePattern(name, null, null, 0, 0, false);
        }
        String beginText = m.group(3);
        String bitsText = m.group(4);
        long begin = beginText.isEmpty() ? 0 : parseOr(beginText, 0);
        int bits = bitsText == null || bitsText.isEmpty() ? 6 : (int) parseOr(bitsText, 6);
        if (bits < 1 || bits > 6 || beginText.length() > bits) {
            bits = 6;
        }
        return new NamePattern(null, m.group(1), m.group(5), begin, bits, m.group(2) != null);
    }

    private static long parseOr(String digits, long fallback) {
        return digits.length() > 12 ? fallback : Long.parseLong(digits);
    }

    /**
     * Tells whether the name is ordered (has a sequence number).
     *
     * @return true for an ordered pattern
     */
    public boolean ordered() {
        return plain == null;
    }

    /**
     * Tells whether the pattern is ESS's group-wide {@code (AUTO_INCREMENT)} sequence, which
     * continues across scale-outs; the ECS batch form {@code prefix[begin,bits]suffix} restarts at
     * its begin number on every scale-out.
     *
     * @return true for an {@code (AUTO_INCREMENT)} pattern
     */
    public boolean groupWide() {
        return groupWide;
    }

    /**
     * Returns the begin number of an ordered pattern (0 for a plain name).
     *
     * @return the begin number
     */
    public long begin() {
        return begin;
    }

    /**
     * Returns the largest sequence number the pattern can show, or empty for a plain name.
     *
     * @return the largest number, or empty
     */
    public Optional<Long> maxNumber() {
        return ordered() ? Optional.of(pow10(bits) - 1) : Optional.empty();
    }

    /**
     * Formats the name of the instance with this sequence number.
     *
     * @param number the sequence number
     * @return the name
     */
    public String format(long number) {
        if (!ordered()) {
            return plain;
        }
        String digits = Long.toString(number);
        StringBuilder sb = new StringBuilder(prefix.length() + bits + suffix.length());
        sb.append(prefix);
        for (int i = digits.length(); i < bits; i++) {
            sb.append('0');
        }
        return sb.append(digits).append(suffix).toString();
    }

    private static long pow10(int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }
}
