package dev.scalecfg.validation;

import java.util.List;

/**
 * Thrown by {@link ValidationResult#throwIfInvalid()} when a configuration has at least one
 * {@link Severity#ERROR} violation. The message lists every violation (warnings included); like
 * violation messages, it never contains a secret, and each violation's message quotes values in
 * bounded form, so the message stays small whatever the configuration holds.
 *
 * @since 0.1.0
 */
public class InvalidConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Violations are immutable values; the list is an unmodifiable copy. */
    @SuppressWarnings("serial")
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations the violations, in the order of the result
     */
    public InvalidConfigurationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Returns every violation of the result, errors and warnings.
     *
     * @return the violations, unmodifiable
     */
    public List<Violation> getViolations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        long errors = violations.stream().filter(v -> v.getSeverity() == Severity.ERROR).count();
        long warnings = violations.stream().filter(v -> v.getSeverity() == Severity.WARNING).count();
        StringBuilder text = new StringBuilder("invalid scaling configuration: ")
                .append(errors).append(errors == 1 ? " error" : " errors")
                .append(", ").append(warnings).append(" warning(s)");
        long infos = violations.size() - errors - warnings;
        if (infos > 0) {
            text.append(", ").append(infos).append(" info(s)");
        }
        for (Violation violation : violations) {
            text.append(System.lineSeparator()).append("  ").append(violation);
        }
        return text.toString();
    }
}
