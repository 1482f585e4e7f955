package dev.scalecfg.validation.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the sequential-name formats of instance and host names (spec §2.2) and computes the
 * first name they generate:
 * <ul>
 *   <li>{@code prefix(AUTO_INCREMENT)[begin,bits]suffix} — group-wide sequence (ESS);</li>
 *   <li>{@code prefix(extBegin,extBits)[begin,bits]suffix} — extended ESS sequence, base-62 part;</li>
 *   <li>{@code prefix[begin,bits]suffix} — ECS batch format.</li>
 * </ul>
 * {@code begin} is 0–999999 (default 0), {@code bits} 1–6 (default 6); {@code []} and {@code [,]}
 * mean {@code [0,6]}; no spaces inside the brackets; when {@code begin} has more digits than
 * {@code bits}, {@code bits} becomes 6.
 */
final class SequentialName {

    static final String AUTO_INCREMENT = "(AUTO_INCREMENT)";
    private static final Pattern NUMBERS = Pattern.compile("(\\d*)(?:,(\\d*))?");
    private static final Pattern EXTENDED = Pattern.compile("(.*)\\(([0-9a-zA-Z]{1,3}),([1-3])?\\)");

    /** The first generated name, or null for a plain name. */
    final String generated;
    /** Why the pattern is invalid, or null. */
    final String problem;
    /** True for the (AUTO_INCREMENT) form. */
    final boolean autoIncrement;
    /** The bits given explicitly, or -1. */
    final int explicitBits;

    private SequentialName(String generated, String problem, boolean autoIncrement, int explicitBits) {
        this.generated = generated;
        this.problem = problem;
        this.autoIncrement = autoIncrement;
        this.explicitBits = explicitBits;
    }

    /** The name checked against the naming rules: the first generated name, or the raw name. */
    String nameToCheck(String raw) {
        return generated != null ? generated : raw;
    }

    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    static SequentialName parse(String raw) {
        int open = raw.indexOf('[');
        if (open < 0) {
            if (raw.contains(AUTO_INCREMENT)) {
                return invalid("(AUTO_INCREMENT) must be followed by [begin,bits]");
            }
            return new SequentialName(null, null, false, -1);
        }
        int close = raw.indexOf(']', open);
        if (close < 0) {
            return invalid("'[' has no matching ']'");
        }
        String content = raw.substring(open + 1, close);
        if (content.chars().anyMatch(Character::isWhitespace)) {
            return invalid("[begin,bits] must not contain spaces");
        }
        Matcher numbers = NUMBERS.matcher(content);
        if (!numbers.matches()) {
            return invalid("[" + content + "] must be [begin,bits] with two numbers");
        }
        String beginText = numbers.group(1);
        String bitsText = numbers.group(2);
        if (beginText.length() > 6) {
            return invalid("begin number " + beginText + " exceeds 999999");
        }
        int begin = beginText.isEmpty() ? 0 : Integer.parseInt(beginText);
        int bits = 6;
        int explicitBits = -1;
        if (bitsText != null && !bitsText.isEmpty()) {
            if (bitsText.length() > 2 || Integer.parseInt(bitsText) < 1 || Integer.parseInt(bitsText) > 6) {
                return invalid("bits " + bitsText + " is outside 1 to 6");
            }
            bits = Integer.parseInt(bitsText);
            explicitBits = bits;
        }
        if (String.valueOf(begin).length() > bits) {
            bits = 6;
        }
        String suffix = raw.substring(close + 1);
        if (suffix.indexOf('[') >= 0 || suffix.contains(AUTO_INCREMENT)) {
            return invalid("only one [begin,bits] group is allowed");
        }
        String head = raw.substring(0, open);
        boolean autoIncrement = false;
        String prefix = head;
        String extended = "";
        if (head.endsWith(AUTO_INCREMENT)) {
            autoIncrement = true;
            prefix = head.substring(0, head.length() - AUTO_INCREMENT.length());
            if (prefix.isEmpty()) {
                return invalid("(AUTO_INCREMENT) needs a name prefix before it");
            }
        } else {
            Matcher ext = EXTENDED.matcher(head);
            if (ext.matches()) {
                prefix = ext.group(1);
                int extBits = ext.group(3) == null ? 3 : Integer.parseInt(ext.group(3));
                String extBegin = ext.group(2);
                if (extBegin.length() > extBits) {
                    return invalid("extended begin " + extBegin + " has more than " + extBits + " characters");
                }
                extended = "0".repeat(extBits - extBegin.length()) + extBegin;
                autoIncrement = true;
                if (prefix.isEmpty()) {
                    return invalid("the extended sequence needs a name prefix before it");
                }
            }
        }
        if (prefix.contains(AUTO_INCREMENT)) {
            return invalid("(AUTO_INCREMENT) must come right before [begin,bits]");
        }
        String number = String.format("%0" + bits + "d", begin);
        return new SequentialName(prefix + extended + number + suffix, null, autoIncrement, explicitBits);
    }

    private static SequentialName invalid(String problem) {
        return new SequentialName(null, problem, false, -1);
    }
}
