package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ScalingStyle;
import dev.scalecfg.core.ess.ApiVersion;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Facts a rule may need that are not in the configuration: the scaling group's network type and
 * VPC, the VPC of known security groups, the image's OS type and the API version used for
 * parameter names ({@link ApiVersion}). Immutable; build it with {@link #builder()}.
 *
 * <p>Every fact is optional. A rule that needs an unknown fact is skipped, never failed. The OS
 * type, when not given, is inferred from a public image ID ({@link OsType#inferFromImageId}); the
 * network type, when not given, is {@link NetworkType#VPC} if a VPC ID is given.
 *
 * <pre>{@code
 * ValidationContext context = ValidationContext.builder()
 *     .networkType(NetworkType.VPC)
 *     .vpcId("vpc-bp1xxxx")
 *     .putSecurityGroupVpc("sg-bp18kz60mefsxxxx", "vpc-bp1xxxx")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ScalingStyle
public abstract class ValidationContext {

    private static final ValidationContext EMPTY = builder().build();

    /** For the generated implementation only. */
    ValidationContext() {}

    /**
     * Returns the context that knows nothing (API version 2014-08-28).
     *
     * @return the empty context
     */
    public static ValidationContext empty() {
        return EMPTY;
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with this context's facts.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Returns the network type of the scaling group, as given.
     *
     * @return the network type, empty when unknown
     */
    public abstract Optional<NetworkType> getNetworkType();

    /**
     * Returns the VPC of the scaling group (the VPC of its vSwitches).
     *
     * @return the VPC ID, empty when unknown
     */
    public abstract Optional<String> getVpcId();

    /**
     * Returns the VPC of each known security group (security group ID to VPC ID).
     *
     * @return the map, unmodifiable, never null, in insertion order
     */
    public abstract Map<String, String> getSecurityGroupVpcs();

    /**
     * Returns the OS type of the image, as given.
     *
     * @return the OS type, empty when not given
     */
    public abstract Optional<OsType> getOsType();

    /**
     * Returns the ESS API version whose parameter names the violations use.
     *
     * @return the API version, {@link ApiVersion#V2014_08_28} unless set
     */
    @Value.Default
    public ApiVersion getApiVersion() {
        return ApiVersion.V2014_08_28;
    }

    /**
     * Resolves the network type: the given one, else {@link NetworkType#VPC} when a VPC ID is given.
     *
     * @return the network type, empty when unknown
     */
    public Optional<NetworkType> resolveNetworkType() {
        if (getNetworkType().isPresent()) {
            return getNetworkType();
        }
        return getVpcId().isPresent() ? Optional.of(NetworkType.VPC) : Optional.empty();
    }

    /**
     * Resolves the OS type for a configuration: the given one, else inferred from the
     * configuration's public image ID.
     *
     * @param configuration the configuration
     * @return the OS type, empty when unknown
     */
    public Optional<OsType> resolveOsType(ScalingConfiguration configuration) {
        if (getOsType().isPresent()) {
            return getOsType();
        }
        return configuration.getImage().getImageId().flatMap(OsType::inferFromImageId);
    }

    /** Builds a {@link ValidationContext}; not thread-safe, the built context is. Nulls are rejected. */
    public static final class Builder extends ImmutableValidationContext.Builder {
        /** Creates an empty builder; prefer {@link ValidationContext#builder()}. */
        public Builder() {}

        /**
         * Sets the API version from its text.
         *
         * @param apiVersion {@code 2014-08-28} or {@code 2022-02-22}
         * @return this builder
         * @throws IllegalArgumentException for another version
         */
        public Builder apiVersion(String apiVersion) {
            return apiVersion(ApiVersion.fromString(apiVersion));
        }
    }
}
