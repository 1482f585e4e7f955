package dev.scalecfg.validation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.scalecfg.core.ScalingStyle;
import org.immutables.value.Value;

/**
 * One problem found in a scaling configuration: an immutable value with a stable code, a
 * severity, the model path, the ESS API parameter and a message.
 *
 * <p>Codes are stable API (see the codes table of {@code docs/validation.md} and
 * {@link CodeRegistry}); match on {@link #getCode()} or {@link #is(ViolationCode)}, never on the
 * message. Messages state the value, the limit and the fix, quote values in bounded form
 * ({@code dev.scalecfg.core.Shown}), and never contain a secret (the password or the user data).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ScalingStyle
@JsonDeserialize(as = ImmutableViolation.class)
public abstract class Violation {

    /** For the generated implementation only. */
    Violation() {}

    /**
     * Creates a violation.
     *
     * @param code the stable UPPER_SNAKE code, such as {@code DISK_SIZE_OUT_OF_RANGE}
     * @param severity the severity
     * @param path the model path, such as {@code dataDisks[1].size}; empty for the whole configuration
     * @param parameter the ESS API parameter, such as {@code DataDisk.2.Size}
     * @param message the message: value, limit and fix, never a secret
     * @return the violation
     */
    public static Violation of(String code, Severity severity, String path, String parameter, String message) {
        return builder().code(code).severity(severity).path(path).parameter(parameter).message(message).build();
    }

    /**
     * Creates an {@link Severity#ERROR} violation.
     *
     * @param code the stable code
     * @param path the model path
     * @param parameter the ESS API parameter
     * @param message the message
     * @return the violation
     */
    public static Violation error(String code, String path, String parameter, String message) {
        return of(code, Severity.ERROR, path, parameter, message);
    }

    /**
     * Creates a {@link Severity#WARNING} violation.
     *
     * @param code the stable code
     * @param path the model path
     * @param parameter the ESS API parameter
     * @param message the message
     * @return the violation
     */
    public static Violation warning(String code, String path, String parameter, String message) {
        return of(code, Severity.WARNING, path, parameter, message);
    }

    /**
     * Creates a violation of a registered code, with the code's default severity.
     *
     * @param code the code
     * @param path the model path
     * @param parameter the ESS API parameter
     * @param message the message
     * @return the violation
     * @since 0.2.0
     */
    public static Violation of(ViolationCode code, String path, String parameter, String message) {
        return of(code.getCode(), code.getSeverity(), path, parameter, message);
    }

    /**
     * Returns an empty builder; every attribute is required.
     *
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this violation's attributes (to change its severity, for example).
     *
     * @return a builder
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Returns the stable code, such as {@code DISK_SIZE_OUT_OF_RANGE}.
     *
     * @return the code
     */
    public abstract String getCode();

    /**
     * Returns the severity.
     *
     * @return the severity
     */
    public abstract Severity getSeverity();

    /**
     * Returns the model path, such as {@code dataDisks[1].size} (Bean Validation property-path
     * syntax; list indexes are 0-based).
     *
     * @return the path, empty for the whole configuration
     */
    public abstract String getPath();

    /**
     * Returns the ESS API parameter in the API version of the validation context, such as
     * {@code DataDisk.2.Size} (indexes are 1-based).
     *
     * @return the parameter name
     */
    public abstract String getParameter();

    /**
     * Returns the message: the value, the limit and how to fix it. Never contains a secret.
     *
     * @return the message
     */
    public abstract String getMessage();

    /**
     * Tells whether this violation has the given code.
     *
     * @param code a registered code, such as {@code DiskRules.DISK_SIZE_OUT_OF_RANGE}
     * @return true when the codes are equal
     * @since 0.2.0
     */
    public boolean is(ViolationCode code) {
        return getCode().equals(code.getCode());
    }

    /**
     * Returns {@code SEVERITY CODE at parameter (path): message}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return getSeverity() + " " + getCode() + " at " + getParameter() + " (" + getPath() + "): " + getMessage();
    }

    /** Builds a {@link Violation}; {@code build()} fails naming every missing attribute. */
    public static final class Builder extends ImmutableViolation.Builder {
        /** Creates an empty builder; prefer {@link Violation#builder()}. */
        public Builder() {}
    }
}
