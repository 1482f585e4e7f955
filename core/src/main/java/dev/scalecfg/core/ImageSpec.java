package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The image created instances boot from: API parameters {@code ImageId}, {@code ImageName}, {@code ImageFamily} and {@code ImageOptions.LoginAsNonRoot}. At least one image source must be set and {@code ImageId} excludes {@code ImageFamily}; the validator checks both.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableImageSpec.class)
public interface ImageSpec extends WithImageSpec {
    /**
     * Returns the image ID ({@code ImageId}): a public image such as {@code ubuntu_22_04_x64_20G_alibase_20240101.vhd} or a custom image {@code m-…}.
     *
     * @return the image ID
     */
    Optional<String> getImageId();

    /**
     * Returns the image name ({@code ImageName}), ignored by ESS when an image ID is set.
     *
     * @return the image name
     */
    Optional<String> getImageName();

    /**
     * Returns the image family ({@code ImageFamily}): the newest usable image of the family at launch.
     *
     * @return the image family
     */
    Optional<String> getImageFamily();

    /**
     * Returns whether to log in as {@code ecs-user} instead of root ({@code ImageOptions.LoginAsNonRoot}).
     *
     * @return whether to log in as {@code ecs-user} instead of root
     */
    Optional<Boolean> getLoginAsNonRoot();

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
    final class Builder extends ImmutableImageSpec.Builder {
        /** Creates an empty builder; prefer {@link ImageSpec#builder()}. */
        public Builder() {}
    }
}
