package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The system disk of created instances: API parameters {@code SystemDisk.*} and {@code SystemDiskCategories.N}.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableSystemDiskSpec.class)
public interface SystemDiskSpec extends BaseDiskSpec, WithSystemDiskSpec {

    /**
     * Returns the encryption algorithm ({@code SystemDisk.EncryptAlgorithm}).
     *
     * @return the encryption algorithm
     */
    Optional<EncryptAlgorithm> getEncryptAlgorithm();

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
    final class Builder extends ImmutableSystemDiskSpec.Builder {
        /** Creates an empty builder; prefer {@link SystemDiskSpec#builder()}. */
        public Builder() {}
    }
}
