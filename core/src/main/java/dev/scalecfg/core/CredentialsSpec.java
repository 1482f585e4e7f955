package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Logon credentials of created instances: a key pair (Linux only), a password, or the password baked into the image.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCredentialsSpec.class)
public interface CredentialsSpec extends WithCredentialsSpec {
    /**
     * Returns the key pair ({@code KeyPairName}); Linux only.
     *
     * @return the key pair
     */
    Optional<
            @Size(min = ApiLimits.KEY_PAIR_NAME_MIN, max = ApiLimits.KEY_PAIR_NAME_MAX, message = "must be {min} to {max} characters long", payload = FieldCodes.KeyPairNameLength.class)
            @Pattern(regexp = "[A-Za-z][A-Za-z0-9:_-]*", message = "must start with a letter and contain only letters, digits, ':', '_' and '-'", payload = FieldCodes.KeyPairNameFormat.class)
            String> getKeyPairName();

    /**
     * Returns the password ({@code Password}); never shown by {@code toString()}.
     *
     * @return the password
     */
    Optional<Password> getPassword();

    /**
     * Returns whether to use the password of the image ({@code PasswordInherit}).
     *
     * @return whether to use the password of the image
     */
    Optional<Boolean> getPasswordInherit();

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with every attribute of this value.
     *
     * @return a builder
     */
    default Builder toBuilder() {
        return new Builder().from(this);
    }

    /** A fluent builder; {@code build()} fails fast on a null or a missing required attribute. */
    final class Builder extends ImmutableCredentialsSpec.Builder {
        /** Creates an empty builder; prefer {@link CredentialsSpec#builder()}. */
        public Builder() {}
    }
}
