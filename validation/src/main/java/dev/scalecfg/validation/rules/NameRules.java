package dev.scalecfg.validation.rules;

import static dev.scalecfg.core.ApiLimits.HOST_NAME_LINUX_MAX;
import static dev.scalecfg.core.ApiLimits.HOST_NAME_MIN;
import static dev.scalecfg.core.ApiLimits.HOST_NAME_WINDOWS_MAX;
import static dev.scalecfg.core.ApiLimits.INSTANCE_NAME_MAX;
import static dev.scalecfg.core.ApiLimits.INSTANCE_NAME_MIN;
import static dev.scalecfg.core.ApiLimits.SEQUENTIAL_BEGIN_MAX;
import static dev.scalecfg.core.ApiLimits.SEQUENTIAL_BITS_MAX;
import static dev.scalecfg.core.ApiLimits.SEQUENTIAL_BITS_MIN;
import static dev.scalecfg.core.ApiLimits.SEQUENTIAL_BITS_RECOMMENDED;

import dev.scalecfg.core.NamePattern;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.validation.OsType;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Instance and host names, checked on the first name a sequential pattern generates. Host names
 * follow the Windows rule (2–15 characters) when the OS is Windows, known or inferred, and the Linux
 * rule (2–64) otherwise: the Linux rule is the weaker one, so it is always safe. The patterns
 * {@code prefix(AUTO_INCREMENT)[begin,bits]suffix} and {@code prefix[begin,bits]suffix} take begin 0 to
 * 999999, bits 1 to 6, no spaces, one group, and a prefix before {@code (AUTO_INCREMENT)}; the docs
 * recommend 3 or more bits in a group-wide sequence because an overflow suspends scale-outs, hence
 * the warning {@link #SEQUENTIAL_NAME_BITS_LOW}.
 *
 * @since 0.2.0
 */
public final class NameRules {

    /** InstanceName length. */
    public static final ViolationCode INSTANCE_NAME_LENGTH = ViolationCode.error("INSTANCE_NAME_LENGTH")
            .addParameters("InstanceName")
            .description(INSTANCE_NAME_MIN + " to " + INSTANCE_NAME_MAX + " characters, checked on the generated name")
            .source("ECS RunInstances, Terraform").build();
    /** InstanceName characters. */
    public static final ViolationCode INSTANCE_NAME_FORMAT = ViolationCode.error("INSTANCE_NAME_FORMAT")
            .addParameters("InstanceName")
            .description("starts with a letter or CJK character; letters, digits, ':', '_', '.' and '-'; no http(s)://")
            .source("ECS RunInstances").build();
    /** HostName length. */
    public static final ViolationCode HOST_NAME_LENGTH = ViolationCode.error("HOST_NAME_LENGTH")
            .addParameters("HostName")
            .description("Linux or unknown OS " + HOST_NAME_MIN + " to " + HOST_NAME_LINUX_MAX + " characters, Windows "
                    + HOST_NAME_MIN + " to " + HOST_NAME_WINDOWS_MAX + ", checked on the generated name")
            .source("spec §2.1").build();
    /** HostName characters. */
    public static final ViolationCode HOST_NAME_FORMAT = ViolationCode.error("HOST_NAME_FORMAT")
            .addParameters("HostName")
            .description("letters, digits, '-' and '.'; no leading or trailing '.' or '-', no '..' or '--';"
                    + " Windows: no '.', not all digits")
            .source("spec §2.1").build();
    /** A malformed sequential name pattern. */
    public static final ViolationCode SEQUENTIAL_NAME_PATTERN_INVALID = ViolationCode.error("SEQUENTIAL_NAME_PATTERN_INVALID")
            .addParameters("InstanceName", "HostName")
            .description("[begin,bits] with begin 0 to " + SEQUENTIAL_BEGIN_MAX + ", bits " + SEQUENTIAL_BITS_MIN + " to "
                    + SEQUENTIAL_BITS_MAX + ", no spaces, one group; (AUTO_INCREMENT) needs a prefix and [..] right after")
            .source("spec §2.2").build();
    /** A group-wide sequence with few digits. */
    public static final ViolationCode SEQUENTIAL_NAME_BITS_LOW = ViolationCode.warning("SEQUENTIAL_NAME_BITS_LOW")
            .addParameters("InstanceName", "HostName")
            .description("(AUTO_INCREMENT) with fewer than " + SEQUENTIAL_BITS_RECOMMENDED + " bits overflows soon")
            .source("spec §2.2 (the docs recommend " + SEQUENTIAL_BITS_RECOMMENDED + " or more)").build();

    /** Every code of {@link #NAMES}. */
    public static final List<ViolationCode> CODES = List.of(INSTANCE_NAME_LENGTH, INSTANCE_NAME_FORMAT,
            HOST_NAME_LENGTH, HOST_NAME_FORMAT, SEQUENTIAL_NAME_PATTERN_INVALID, SEQUENTIAL_NAME_BITS_LOW);

    /** The rule {@code names}. */
    public static final Rule NAMES = ReportingRule.of("names", CODES, NameRules::names);

    private static final Pattern INSTANCE_NAME =
            Pattern.compile("(?!https?://)[A-Za-z\\p{IsHan}][A-Za-z0-9\\p{IsHan}:_.-]*");

    private NameRules() {}

    private static void names(ScalingConfiguration c, ValidationContext ctx, Report r) {
        c.getInstanceName().ifPresent(raw -> {
            NamePattern seq = sequential(raw, "instanceName", r);
            if (seq == null) {
                return;
            }
            String name = seq.firstName();
            String what = what(seq, name);
            if (name.length() < INSTANCE_NAME_MIN || name.length() > INSTANCE_NAME_MAX) {
                r.add(INSTANCE_NAME_LENGTH, "instanceName", p -> p + what + " has " + characters(name.length())
                        + "; an instance name takes " + INSTANCE_NAME_MIN + " to " + INSTANCE_NAME_MAX + " characters");
            }
            if (!INSTANCE_NAME.matcher(name).matches()) {
                r.add(INSTANCE_NAME_FORMAT, "instanceName", p -> p + what + " breaks the naming rule; an instance"
                        + " name starts with a letter and contains only letters, digits, ':', '_', '.' and '-'");
            }
        });
        c.getHostName().ifPresent(raw -> {
            NamePattern seq = sequential(raw, "hostName", r);
            if (seq == null) {
                return;
            }
            String name = seq.firstName();
            boolean windows = ctx.resolveOsType(c).orElse(OsType.LINUX) == OsType.WINDOWS;
            String os = windows ? "a Windows host name" : "a Linux host name";
            String what = what(seq, name);
            int max = windows ? HOST_NAME_WINDOWS_MAX : HOST_NAME_LINUX_MAX;
            if (name.length() < HOST_NAME_MIN || name.length() > max) {
                r.add(HOST_NAME_LENGTH, "hostName", p -> p + what + " has " + characters(name.length()) + "; "
                        + os + " takes " + HOST_NAME_MIN + " to " + max + " characters");
            }
            String problem = hostNameProblem(name, windows);
            if (problem != null) {
                r.add(HOST_NAME_FORMAT, "hostName", p -> p + what + " " + problem + "; " + os
                        + (windows ? " uses letters, digits and '-', is not all digits"
                                : " uses dot-separated letters, digits and '-'")
                        + ", and does not begin or end with '.' or '-'");
            }
        });
    }

    private static String what(NamePattern seq, String name) {
        return seq.ordered() ? " generates \"" + Shown.text(name) + "\", which" : " is \"" + Shown.text(name) + "\"; it";
    }

    private static NamePattern sequential(String raw, String path, Report r) {
        NamePattern seq = NamePattern.parse(raw);
        if (seq.problem().isPresent()) {
            r.add(SEQUENTIAL_NAME_PATTERN_INVALID, path, p -> p + " \"" + Shown.text(raw) + "\" is not a valid sequential"
                    + " name: " + Shown.text(seq.problem().get()) + "; write prefix(AUTO_INCREMENT)[begin,bits]suffix with begin 0 to "
                    + SEQUENTIAL_BEGIN_MAX + " and bits " + SEQUENTIAL_BITS_MIN + " to " + SEQUENTIAL_BITS_MAX);
            return null;
        }
        if (seq.groupWide() && seq.explicitBits().orElse(SEQUENTIAL_BITS_MAX) < SEQUENTIAL_BITS_RECOMMENDED) {
            r.add(SEQUENTIAL_NAME_BITS_LOW, path, p -> p + " \"" + Shown.text(raw) + "\" numbers instances with "
                    + seq.explicitBits().getAsInt() + " digit(s); the sequence stops scale-outs once it overflows, use bits of "
                    + SEQUENTIAL_BITS_RECOMMENDED + " or more");
        }
        return seq;
    }

    private static String hostNameProblem(String name, boolean windows) {
        if (name.startsWith(".") || name.startsWith("-") || name.endsWith(".") || name.endsWith("-")) {
            return "begins or ends with '.' or '-'";
        }
        if (name.contains("..") || name.contains("--")) {
            return "contains '..' or '--'";
        }
        String allowed = windows ? "[A-Za-z0-9-]*" : "[A-Za-z0-9.-]*";
        if (!name.matches(allowed)) {
            return windows ? "contains a character other than a letter, a digit or '-'"
                    : "contains a character other than a letter, a digit, '.' or '-'";
        }
        if (windows && name.chars().allMatch(Character::isDigit)) {
            return "is all digits";
        }
        return null;
    }

    static String characters(int n) {
        return n + (n == 1 ? " character" : " characters");
    }
}
