package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
public final class ValidationContext {

    private static final ValidationContext EMPTY = builder().build();

    private final NetworkType networkType;
    private final String vpcId;
    private final Map<String, String> securityGroupVpcs;
    private final OsType osType;
    private final ApiVersion apiVersion;

    private ValidationContext(Builder builder) {
        this.networkType = builder.networkType;
        this.vpcId = builder.vpcId;
        this.securityGroupVpcs = Collections.unmodifiableMap(new LinkedHashMap<>(builder.securityGroupVpcs));
        this.osType = builder.osType;
        this.apiVersion = builder.apiVersion;
    }

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
        Builder builder = new Builder();
        builder.networkType = networkType;
        builder.vpcId = vpcId;
        builder.securityGroupVpcs.putAll(securityGroupVpcs);
        builder.osType = osType;
        builder.apiVersion = apiVersion;
        return builder;
    }

    /**
     * Returns the network type of the scaling group, as given.
     *
     * @return the network type, empty when unknown
     */
    public Optional<NetworkType> getNetworkType() {
        return Optional.ofNullable(networkType);
    }

    /**
     * Returns the VPC of the scaling group (the VPC of its vSwitches).
     *
     * @return the VPC ID, empty when unknown
     */
    public Optional<String> getVpcId() {
        return Optional.ofNullable(vpcId);
    }

    /**
     * Returns the VPC of each known security group (security group ID to VPC ID).
     *
     * @return the map, unmodifiable, never null
     */
    public Map<String, String> getSecurityGroupVpcs() {
        return securityGroupVpcs;
    }

    /**
     * Returns the OS type of the image, as given.
     *
     * @return the OS type, empty when not given
     */
    public Optional<OsType> getOsType() {
        return Optional.ofNullable(osType);
    }

    /**
     * Returns the ESS API version whose parameter names the violations use.
     *
     * @return the API version, {@link ApiVersion#V2014_08_28} unless set
     */
    public ApiVersion getApiVersion() {
        return apiVersion;
    }

    /**
     * Resolves the network type: the given one, else {@link NetworkType#VPC} when a VPC ID is given.
     *
     * @return the network type, empty when unknown
     */
    public Optional<NetworkType> resolveNetworkType() {
        if (networkType != null) {
            return Optional.of(networkType);
        }
        return vpcId != null ? Optional.of(NetworkType.VPC) : Optional.empty();
    }

    /**
     * Resolves the OS type for a configuration: the given one, else inferred from the
     * configuration's public image ID.
     *
     * @param configuration the configuration
     * @return the OS type, empty when unknown
     */
    public Optional<OsType> resolveOsType(ScalingConfiguration configuration) {
        if (osType != null) {
            return Optional.of(osType);
        }
        return configuration.getImage().getImageId().flatMap(OsType::inferFromImageId);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ValidationContext)) {
            return false;
        }
        ValidationContext that = (ValidationContext) other;
        return networkType == that.networkType && Objects.equals(vpcId, that.vpcId)
                && securityGroupVpcs.equals(that.securityGroupVpcs) && osType == that.osType
                && apiVersion.equals(that.apiVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkType, vpcId, securityGroupVpcs, osType, apiVersion);
    }

    @Override
    public String toString() {
        return "ValidationContext{networkType=" + networkType + ", vpcId=" + vpcId + ", securityGroupVpcs="
                + securityGroupVpcs + ", osType=" + osType + ", apiVersion=" + apiVersion + "}";
    }

    /** Builds a {@link ValidationContext}; not thread-safe, the built context is. */
    public static final class Builder {
        private NetworkType networkType;
        private String vpcId;
        private final Map<String, String> securityGroupVpcs = new LinkedHashMap<>();
        private OsType osType;
        private ApiVersion apiVersion = ApiVersion.V2014_08_28;

        private Builder() {}

        /**
         * Sets the network type of the scaling group.
         *
         * @param networkType the network type
         * @return this builder
         */
        public Builder networkType(NetworkType networkType) {
            this.networkType = Objects.requireNonNull(networkType, "networkType");
            return this;
        }

        /**
         * Sets the VPC of the scaling group.
         *
         * @param vpcId the VPC ID
         * @return this builder
         */
        public Builder vpcId(String vpcId) {
            this.vpcId = Objects.requireNonNull(vpcId, "vpcId");
            return this;
        }

        /**
         * Records the VPC of one security group.
         *
         * @param securityGroupId the security group ID
         * @param vpcId its VPC ID
         * @return this builder
         */
        public Builder putSecurityGroupVpc(String securityGroupId, String vpcId) {
            securityGroupVpcs.put(Objects.requireNonNull(securityGroupId, "securityGroupId"),
                    Objects.requireNonNull(vpcId, "vpcId"));
            return this;
        }

        /**
         * Replaces the known security-group VPCs.
         *
         * @param securityGroupVpcs security group ID to VPC ID
         * @return this builder
         */
        public Builder securityGroupVpcs(Map<String, String> securityGroupVpcs) {
            this.securityGroupVpcs.clear();
            securityGroupVpcs.forEach(this::putSecurityGroupVpc);
            return this;
        }

        /**
         * Sets the OS type of the image (overrides the inference from the image ID).
         *
         * @param osType the OS type
         * @return this builder
         */
        public Builder osType(OsType osType) {
            this.osType = Objects.requireNonNull(osType, "osType");
            return this;
        }

        /**
         * Sets the API version whose parameter names violations use.
         *
         * @param apiVersion the version (default {@link ApiVersion#V2014_08_28})
         * @return this builder
         */
        public Builder apiVersion(ApiVersion apiVersion) {
            this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
            return this;
        }

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

        /**
         * Builds the context.
         *
         * @return the immutable context
         */
        public ValidationContext build() {
            return new ValidationContext(this);
        }
    }
}
