package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stable violation code and what it stands for: its default severity, the ESS API parameters it
 * concerns (2014-08-28 spellings, {@code N} for list indexes), a one-line description of the limit or
 * rule, and where that rule comes from. Every built-in rule declares the codes it reports
 * ({@link Rule#codes()}), and {@link CodeRegistry} collects them with the codes of the readers.
 *
 * <p>Register the codes of your own rule the same way:
 * <pre>{@code
 * static final ViolationCode COST_CENTER_TAG_MISSING = ViolationCode.error("COST_CENTER_TAG_MISSING")
 *     .addParameters("Tags")
 *     .description("every configuration carries a cost-center tag")
 *     .build();
 *
 * Rule costCenter = Rule.of("org.example.cost-center", List.of(COST_CENTER_TAG_MISSING), (config, context) -> …);
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
@ScalingStyle
public abstract class ViolationCode {

    /** For the generated implementation only. */
    ViolationCode() {}

    /**
     * Returns the code, such as {@code DISK_SIZE_OUT_OF_RANGE}: upper case letters, digits and
     * underscores, starting with a letter.
     *
     * @return the code
     */
    public abstract String getCode();

    /**
     * Returns the severity the code is reported with by default.
     *
     * @return the severity
     */
    public abstract Severity getSeverity();

    /**
     * Returns the ESS API parameters the code concerns, in 2014-08-28 spelling with {@code N} and
     * {@code M} for list indexes (such as {@code DataDisk.N.Size}); empty when it concerns the
     * document as a whole.
     *
     * @return the parameters, unmodifiable
     */
    public abstract List<String> getParameters();

    /**
     * Returns a one-line description of the limit or rule, such as {@code 2 to 64 characters}.
     *
     * @return the description
     */
    public abstract String getDescription();

    /**
     * Returns where the rule comes from (the API reference, an SDK version, a console page), when
     * known.
     *
     * @return the source
     */
    public abstract Optional<String> getSource();

    /** Rejects codes that are not UPPER_SNAKE and blank descriptions. */
    @Value.Check
    void check() {
        if (!getCode().matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("code '" + getCode() + "' is not UPPER_SNAKE (letters, digits, '_')");
        }
        if (getDescription().isBlank()) {
            throw new IllegalArgumentException("code " + getCode() + " needs a description");
        }
    }

    /**
     * Returns the code itself, such as {@code DISK_SIZE_OUT_OF_RANGE}.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return getCode();
    }

    /**
     * Returns an empty builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder of an {@link Severity#ERROR} code.
     *
     * @param code the code
     * @return a builder holding the code and its severity
     */
    public static Builder error(String code) {
        return builder().code(code).severity(Severity.ERROR);
    }

    /**
     * Returns a builder of a {@link Severity#WARNING} code.
     *
     * @param code the code
     * @return a builder holding the code and its severity
     */
    public static Builder warning(String code) {
        return builder().code(code).severity(Severity.WARNING);
    }

    /**
     * Returns a builder of an {@link Severity#INFO} code.
     *
     * @param code the code
     * @return a builder holding the code and its severity
     */
    public static Builder info(String code) {
        return builder().code(code).severity(Severity.INFO);
    }

    /** Builds a {@link ViolationCode}; {@code build()} fails on a missing code, severity or description. */
    public static final class Builder extends ImmutableViolationCode.Builder {
        /** Creates an empty builder; prefer {@link ViolationCode#error(String)} and its siblings. */
        public Builder() {}
    }
}
