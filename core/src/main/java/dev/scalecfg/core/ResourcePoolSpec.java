package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How public and private resource pools are used: API parameters {@code ResourcePoolOptions.*} (2022-02-22). Pay-as-you-go only; excludes {@code PrivatePoolOptions}.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableResourcePoolSpec.class)
public interface ResourcePoolSpec extends WithResourcePoolSpec {
    /**
     * Returns the strategy ({@code ResourcePoolOptions.Strategy}).
     *
     * @return the strategy
     */
    Optional<ResourcePoolStrategy> getStrategy();

    /**
     * Returns the private pools ({@code ResourcePoolOptions.PrivatePoolIds.N}); excludes tags.
     *
     * @return the private pools
     */
    List<@Pattern(regexp = "eap-\\S+", message = "must start with 'eap-' followed by the ID", payload = FieldCodes.IdFormat.class) String> getPrivatePoolIds();

    /**
     * Returns the tags a private pool must carry ({@code ResourcePoolOptions.PrivatePoolTags.N}).
     *
     * @return the tags a private pool must carry
     */
    @Size(max = ApiLimits.PRIVATE_POOL_TAGS_MAX, message = "must list at most {max} tags", payload = FieldCodes.PrivatePoolTagCount.class)
    List<Tag> getPrivatePoolTags();

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
    final class Builder extends ImmutableResourcePoolSpec.Builder {
        /** Creates an empty builder; prefer {@link ResourcePoolSpec#builder()}. */
        public Builder() {}
    }
}
