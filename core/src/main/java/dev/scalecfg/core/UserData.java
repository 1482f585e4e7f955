package dev.scalecfg.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * User data run by created instances at first boot (API parameter {@code UserData}), held as the
 * Base64 text the API takes.
 *
 * <p>May hold secrets: {@link #toString()} shows only the decoded size, never the content.
 * The text is kept exactly as given, even when it is not valid Base64, so that the validator can
 * report it; {@link #decodedSize()} is empty in that case.
 *
 * @since 0.1.0
 */
public final class UserData {
    private final String base64;

    private UserData(String base64) {
        this.base64 = Objects.requireNonNull(base64, "userData");
    }

    /**
     * Wraps user data that is already Base64 encoded, as the API takes it.
     *
     * @param base64 the Base64 text, kept as given
     * @return the user data
     * @throws NullPointerException if the text is null
     */
    @JsonCreator
    public static UserData ofBase64(String base64) {
        return new UserData(base64);
    }

    /**
     * Encodes a plain-text script (UTF-8) as Base64 user data.
     *
     * @param script the script in plain text
     * @return the user data
     * @throws NullPointerException if the script is null
     */
    public static UserData ofPlainText(String script) {
        Objects.requireNonNull(script, "script");
        return new UserData(Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Returns the Base64 text exactly as given. It may hold secrets: do not log it.
     *
     * @return the Base64 text
     */
    @JsonValue
    public String base64() {
        return base64;
    }

    /**
     * Returns the decoded payload, or empty when the text is not valid Base64.
     *
     * @return the decoded bytes
     */
    public Optional<byte[]> decode() {
        try {
            return Optional.of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /**
     * Returns the size in bytes of the decoded payload, the size the API limits; empty when the
     * text is not valid Base64.
     *
     * @return the decoded size in bytes
     */
    public Optional<Integer> decodedSize() {
        return decode().map(bytes -> bytes.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserData && ((UserData) other).base64.equals(base64);
    }

    @Override
    public int hashCode() {
        return base64.hashCode();
    }

    /** Returns {@code "UserData[N bytes]"} (or {@code "UserData[not Base64]"}), never the content. */
    @Override
    public String toString() {
        return decodedSize().map(size -> "UserData[" + size + " bytes]").orElse("UserData[not Base64]");
    }
}
