package dev.scalecfg.interop;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a writer could not carry over exactly: a parameter the target format cannot express,
 * a value the target's tooling changes, a value it sends anyway, or a default it adds. Issues name
 * the ESS API parameter and never quote a secret.
 *
 * @since 0.2.0
 */
public final class WriteIssue {
    /** What happens to the parameter. */
    public enum Kind {
        /** The target cannot express the parameter: it is left out (a comment or metadata names it). */
        UNSUPPORTED,
        /** The target's tooling sends another value than the configuration holds (rounded, encoded, dropped zero). */
        CHANGED,
        /** The parameter is not written because the target's tooling sends that very value anyway. */
        IMPLIED,
        /** The configuration does not set the parameter, and the target's tooling sends a default for it. */
        DEFAULTED
    }

    private final String entry;
    private final String parameter;
    private final Kind kind;
    private final String message;

    WriteIssue(String entry, String parameter, Kind kind, String message) {
        this.entry = entry;
        this.parameter = Objects.requireNonNull(parameter, "parameter");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the name the configuration is written under (a Terraform resource name, a ROS
     * logical id).
     *
     * @return the name, absent when the writer was given a single configuration without one
     */
    public Optional<String> getEntry() {
        return Optional.ofNullable(entry);
    }

    /**
     * Returns the ESS API parameter concerned (2014-08-28 spelling), such as {@code HttpTokens} or
     * {@code DataDisk.1.Categories.1}.
     *
     * @return the parameter name
     */
    public String getParameter() {
        return parameter;
    }

    /**
     * Returns what happens to the parameter.
     *
     * @return the kind
     */
    public Kind getKind() {
        return kind;
    }

    /**
     * Returns why, as a sentence without the value of any secret.
     *
     * @return the message
     */
    public String getMessage() {
        return message;
    }

    /**
     * Returns {@code entry: parameter (KIND): message}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return (entry == null ? "" : entry + ": ") + parameter + " (" + kind + "): " + message;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof WriteIssue)) {
            return false;
        }
        WriteIssue that = (WriteIssue) other;
        return Objects.equals(entry, that.entry) && parameter.equals(that.parameter) && kind == that.kind
                && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entry, parameter, kind, message);
    }
}
