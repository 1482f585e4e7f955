package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

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
@Value.Immutable
@ScalingStyle
public abstract class ValidationResult {

    /** For the generated implementation only. */
    ValidationResult() {}

    /**
     * Creates a result holding the given violations in their deterministic order (path, code,
     * message).
     *
     * @param violations the violations, in any order
     * @return the result
     */
    public static ValidationResult of(List<Violation> violations) {
        return ImmutableValidationResult.builder().violations(violations).build();
    }

    /**
     * Returns every violation, errors, warnings and infos.
     *
     * @return the violations, unmodifiable, deterministic order
     */
    public abstract List<Violation> getViolations();

    /** Sorts the violations, whichever way the result was built. */
    @Value.Check
    ValidationResult sorted() {
        List<Violation> sorted = getViolations().stream().sorted(ViolationOrder.INSTANCE).collect(Collectors.toList());
        return sorted.equals(getViolations()) ? this : ImmutableValidationResult.builder().violations(sorted).build();
    }

    /**
     * Tells whether the configuration has no {@link Severity#ERROR} violation (warnings and infos
     * allowed).
     *
     * @return true when there is no error
     */
    public boolean isValid() {
        return getViolations().stream().noneMatch(v -> v.getSeverity() == Severity.ERROR);
    }

    /**
     * Returns the {@link Severity#ERROR} violations.
     *
     * @return the errors, unmodifiable
     */
    public List<Violation> errors() {
        return withSeverity(Severity.ERROR);
    }

    /**
     * Returns the {@link Severity#WARNING} violations.
     *
     * @return the warnings, unmodifiable
     */
    public List<Violation> warnings() {
        return withSeverity(Severity.WARNING);
    }

    /**
     * Returns the {@link Severity#INFO} violations.
     *
     * @return the infos, unmodifiable
     * @since 0.2.0
     */
    public List<Violation> infos() {
        return withSeverity(Severity.INFO);
    }

    private List<Violation> withSeverity(Severity severity) {
        return getViolations().stream().filter(v -> v.getSeverity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the codes of all violations, in order (handy in tests).
     *
     * @return the codes
     */
    public List<String> codes() {
        return getViolations().stream().map(Violation::getCode).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Throws when the configuration has an error.
     *
     * @throws InvalidConfigurationException when {@link #isValid()} is false; it carries every violation
     */
    public void throwIfInvalid() {
        if (!isValid()) {
            throw new InvalidConfigurationException(getViolations());
        }
    }

    @Override
    public String toString() {
        return "ValidationResult" + getViolations();
    }
}
