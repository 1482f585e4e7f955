package dev.scalecfg.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One mistake found while reading a scaling configuration from JSON, ESS API parameters or an
 * {@code aliyun} command line.
 *
 * <p>An error names where the mistake is ({@link #location()}: a JSON field path such as
 * {@code dataDisks[1].size}, an API parameter such as {@code DataDisk.2.Size}, or a command-line
 * flag), where in the text it is when known ({@link #line()}, {@link #column()}), the offending
 * value when there is one ({@link #value()}) and what is wrong ({@link #message()}).
 *
 * <p>Every error has a stable {@link #code()} (such as {@code VALUE_NOT_AN_INTEGER}; the codes are
 * listed in {@link dev.scalecfg.core.io.ReadCodes}) and, when it concerns one attribute of the model,
 * that attribute's {@link #modelPath()}, so that the validator can report it as a violation among
 * the others.
 *
 * <p>Secrets never appear: when the location or the model path names a password or user data, the
 * value is replaced by {@code ****}.
 *
 * @since 0.1.0
 */
public final class FormatError {
    private static final String MASK = "****";

    private final String code;
    private final String location;
    private final String modelPath;
    private final int line;
    private final int column;
    private final String value;
    private final String message;

    private FormatError(String code, String location, String modelPath, int line, int column, String value,
            String message) {
        this.code = Objects.requireNonNull(code, "code");
        this.location = Objects.requireNonNull(location, "location");
        this.modelPath = modelPath;
        this.line = line;
        this.column = column;
        this.value = value == null ? null
                : (isSecret(location) || (modelPath != null && isSecret(modelPath)) ? MASK : value);
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * Creates an error without a position in the text.
     *
     * @param location the field path or API parameter name
     * @param value the offending value, or null when there is none
     * @param message what is wrong, as a phrase that follows the quoted value (for example
     *     {@code is not an integer})
     * @return the error
     */
    public static FormatError of(String location, String value, String message) {
        return new FormatError(dev.scalecfg.core.io.ReadCodes.MALFORMED, location, null, -1, -1, value, message);
    }

    /**
     * Creates an error with a position in the text.
     *
     * @param location the field path or API parameter name
     * @param line the 1-based line, or a value below 1 when unknown
     * @param column the 1-based column, or a value below 1 when unknown
     * @param value the offending value, or null when there is none
     * @param message what is wrong
     * @return the error
     */
    public static FormatError at(String location, int line, int column, String value, String message) {
        return new FormatError(dev.scalecfg.core.io.ReadCodes.MALFORMED, location, null, line > 0 ? line : -1,
                column > 0 ? column : -1, value, message);
    }

    /**
     * Returns a copy of this error with another code.
     *
     * @param code the stable code, such as {@code VALUE_NOT_AN_INTEGER}
     * @return the copy
     * @since 0.2.0
     */
    public FormatError withCode(String code) {
        return new FormatError(code, location, modelPath, line, column, value, message);
    }

    /**
     * Returns a copy of this error that names the model attribute it concerns.
     *
     * @param modelPath the model path, such as {@code dataDisks[1].size}
     * @return the copy
     * @since 0.2.0
     */
    public FormatError withModelPath(String modelPath) {
        Objects.requireNonNull(modelPath, "modelPath");
        return new FormatError(code, location, modelPath, line, column,
                value == null ? null : (isSecret(modelPath) ? MASK : value), message);
    }

    /**
     * Returns the stable code of the mistake, one of {@link dev.scalecfg.core.io.ReadCodes}.
     *
     * @return the code; {@code MALFORMED} unless a reader set a more precise one
     * @since 0.2.0
     */
    public String code() {
        return code;
    }

    /**
     * Returns the path of the model attribute the mistake concerns, such as
     * {@code dataDisks[1].size}, when it concerns one.
     *
     * @return the model path
     * @since 0.2.0
     */
    public Optional<String> modelPath() {
        return Optional.ofNullable(modelPath);
    }

    /**
     * Tells whether a location names a secret (a password or user data), whose value is masked.
     *
     * @param location a field path, API parameter or flag
     * @return true for {@code Password}, {@code credentials.password}, {@code UserData},
     *     {@code --Password} and the like
     */
    public static boolean isSecret(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.endsWith("password") || lower.endsWith("userdata");
    }

    /**
     * Returns where the mistake is: a JSON field path, an API parameter name or a flag.
     *
     * @return the location, never null (empty for the whole document)
     */
    public String location() {
        return location;
    }

    /**
     * Returns the 1-based line of the mistake in the text, when known.
     *
     * @return the line
     */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /**
     * Returns the 1-based column of the mistake in the text, when known.
     *
     * @return the column
     */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /**
     * Returns the offending value, masked as {@code ****} for secrets.
     *
     * @return the value, absent when the mistake has none (such as a missing field)
     */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns what is wrong, as a phrase such as {@code is not an integer}.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * Returns the error as one line:
     * {@code dataDisks[1].size (line 12, column 15): "abc" is not an integer}.
     *
     * @return the formatted error
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(location.isEmpty() ? "(document)" : location);
        if (line > 0) {
            text.append(" (line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
            text.append(')');
        }
        text.append(": ");
        if (value != null) {
            text.append('"').append(escape(value)).append("\" ");
        }
        return text.append(message).toString();
    }

    private static String escape(String raw) {
        return Shown.text(raw);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FormatError)) {
            return false;
        }
        FormatError that = (FormatError) other;
        return code.equals(that.code) && location.equals(that.location) && Objects.equals(modelPath, that.modelPath)
                && line == that.line && column == that.column && Objects.equals(value, that.value)
                && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, location, modelPath, line, column, value, message);
    }
}
