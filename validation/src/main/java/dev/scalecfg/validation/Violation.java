package dev.scalecfg.validation;

import java.util.Objects;

/**
 * One problem found in a scaling configuration: an immutable value with a stable code, a
 * severity, the model path, the ESS API parameter and a message.
 *
 * <p>Codes are stable API (see the codes table in the README); match on {@link #getCode()},
 * never on the message. Messages state the value, the limit and the fix, and never contain a
 * secret (the password or the user data).
 *
 * @since 0.1.0
 */
public final class Violation {

    private final String code;
    private final Severity severity;
    private final String path;
    private final String parameter;
    private final String message;

    private Violation(String code, Severity severity, String path, String parameter, String message) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.path = Objects.requireNonNull(path, "path");
        this.parameter = Objects.requireNonNull(parameter, "parameter");
        this.message = Objects.requireNonNull(message, "message");
    }

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
        return new Violation(code, severity, path, parameter, message);
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
        return new Violation(code, Severity.ERROR, path, parameter, message);
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
        return new Violation(code, Severity.WARNING, path, parameter, message);
    }

    /**
     * Returns the stable code, such as {@code DISK_SIZE_OUT_OF_RANGE}.
     *
     * @return the code
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the severity.
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns the model path, such as {@code dataDisks[1].size} (Bean Validation property-path
     * syntax; list indexes are 0-based).
     *
     * @return the path, empty for the whole configuration
     */
    public String getPath() {
        return path;
    }

    /**
     * Returns the ESS API parameter in the API version of the validation context, such as
     * {@code DataDisk.2.Size} (indexes are 1-based).
     *
     * @return the parameter name
     */
    public String getParameter() {
        return parameter;
    }

    /**
     * Returns the message: the value, the limit and how to fix it. Never contains a secret.
     *
     * @return the message
     */
    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Violation)) {
            return false;
        }
        Violation that = (Violation) other;
        return code.equals(that.code) && severity == that.severity && path.equals(that.path)
                && parameter.equals(that.parameter) && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, path, parameter, message);
    }

    /**
     * Returns {@code SEVERITY CODE at parameter (path): message}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return severity + " " + code + " at " + parameter + " (" + path + "): " + message;
    }
}
