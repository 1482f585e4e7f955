package dev.scalecfg.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of validating a configuration: every violation found, in a deterministic order
 * (sorted by model path, then code, then message).
 *
 * <pre>{@code
 * ValidationResult result = RuleChain.defaultChain().validate(config);
 * if (!result.isValid()) {
 *     result.errors().forEach(v -> System.err.println(v.getParameter() + ": " + v.getMessage()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ValidationResult {

    private final List<Violation> violations;

    private ValidationResult(List<Violation> violations) {
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates a result holding the given violations in their deterministic order (path, code,
     * message).
     *
     * @param violations the violations, in any order
     * @return the result
     */
    public static ValidationResult of(List<Violation> violations) {
        return new ValidationResult(violations.stream()
                .sorted(ViolationOrder.INSTANCE)
                .collect(Collectors.toList()));
    }

    /**
     * Returns every violation, errors and warnings.
     *
     * @return the violations, unmodifiable, deterministic order
     */
    public List<Violation> getViolations() {
        return violations;
    }

    /**
     * Tells whether the configuration has no {@link Severity#ERROR} violation (warnings allowed).
     *
     * @return true when there is no error
     */
    public boolean isValid() {
        return violations.stream().noneMatch(v -> v.getSeverity() == Severity.ERROR);
    }

    /**
     * Returns the {@link Severity#ERROR} violations.
     *
     * @return the errors, unmodifiable
     */
    public List<Violation> errors() {
        return violations.stream().filter(v -> v.getSeverity() == Severity.ERROR).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the {@link Severity#WARNING} violations.
     *
     * @return the warnings, unmodifiable
     */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> v.getSeverity() == Severity.WARNING).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the codes of all violations, in order (handy in tests).
     *
     * @return the codes
     */
    public List<String> codes() {
        return violations.stream().map(Violation::getCode).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Throws when the configuration has an error.
     *
     * @throws InvalidConfigurationException when {@link #isValid()} is false; it carries every violation
     */
    public void throwIfInvalid() {
        if (!isValid()) {
            throw new InvalidConfigurationException(violations);
        }
    }

    @Override
    public String toString() {
        return "ValidationResult" + violations;
    }
}
