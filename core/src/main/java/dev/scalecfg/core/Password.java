package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The logon password of created instances (API parameter {@code Password}).
 *
 * <p>A secret: {@link #toString()} never shows it, and neither do violation messages or logs.
 * Only {@link #reveal()} returns it, for the codecs that must send it to the API.
 *
 * @since 0.1.0
 */
public final class Password {
    private final String value;

    private Password(String value) {
        this.value = Objects.requireNonNull(value, "password");
    }

    /**
     * Wraps a password.
     *
     * @param value the password in clear text
     * @return the wrapped password
     * @throws NullPointerException if the value is null
     */
    @JsonCreator
    public static Password of(String value) {
        return new Password(value);
    }

    /**
     * Returns the password in clear text. Do not log it.
     *
     * @return the password
     */
    @JsonValue
    public String reveal() {
        return value;
    }

    /**
     * Returns the number of characters, which is safe to show.
     *
     * @return the length of the password
     */
    public int length() {
        return value.length();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Password && ((Password) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns {@code "Password[set]"}, never the password. */
    @Override
    public String toString() {
        return "Password[set]";
    }
}
