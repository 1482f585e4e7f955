package dev.scalecfg.launcher.internal;

import dev.scalecfg.core.NamePattern;
import dev.scalecfg.core.ScalingConfiguration;
import java.util.Optional;

/**
 * The numbering of ordered instance and host names: where a scale-out's numbers start, and
 * whether its last instance still fits the pattern's digits.
 */
public final class Naming {
    private Naming() {}

    /**
     * Returns the number of the first planned instance for a pattern: the request's first sequence
     * number for a group-wide {@code (AUTO_INCREMENT)} pattern (default: its begin number), the
     * begin number for an ECS batch pattern (restarted on every scale-out), and the first
     * sequence number (or 0) for no pattern or a plain name.
     *
     * @param pattern the pattern, or null
     * @param firstSequenceNumber the request's first sequence number
     * @return the first number
     */
    public static long first(NamePattern pattern, Optional<Long> firstSequenceNumber) {
        if (pattern == null || !pattern.ordered()) {
            return firstSequenceNumber.orElse(0L);
        }
        return pattern.groupWide() ? firstSequenceNumber.orElse(pattern.begin()) : pattern.begin();
    }

    /**
     * Tells why {@code instances} new instances cannot be named, if they cannot: the sequence
     * number of the last one exceeds the digits of the instance or host name pattern.
     *
     * @param cfg the configuration
     * @param firstSequenceNumber the request's first sequence number
     * @param instances the planned instance count
     * @return the problem, naming the field, or empty
     */
    static Optional<String> overflow(ScalingConfiguration cfg, Optional<Long> firstSequenceNumber, long instances) {
        if (instances == 0) {
            return Optional.empty();
        }
        Optional<String> name = overflow("InstanceName", cfg.getInstanceName(), firstSequenceNumber, instances);
        return name.isPresent() ? name : overflow("HostName", cfg.getHostName(), firstSequenceNumber, instances);
    }

    private static Optional<String> overflow(String field, Optional<String> raw, Optional<Long> firstSequenceNumber,
            long instances) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        NamePattern pattern = NamePattern.parse(raw.get());
        if (!pattern.ordered() || pattern.maxNumber().isEmpty()) {
            return Optional.empty();
        }
        long last = first(pattern, firstSequenceNumber) + instances - 1;
        long max = pattern.maxNumber().get();
        if (last <= max) {
            return Optional.empty();
        }
        return Optional.of(field + ": the sequence number " + last + " of the last of " + instances
                + " planned instances does not fit the pattern's digits (at most " + max
                + "); ESS would fail and suspend this scale-out");
    }
}
