package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A scaling configuration: the template from which ESS Auto Scaling creates ECS instances on a
 * scale-out. It carries every parameter of the ESS {@code CreateScalingConfiguration} API, in both
 * API versions, so that nothing a user sends to the real API is lost.
 *
 * <p>Build one fluently:
 * <pre>{@code
 * ScalingConfiguration config = ScalingConfiguration.builder()
 *     .scalingGroupId("asg-bp14wlu85wrpchm0xxxx")
 *     .name("web-tier")
 *     .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
 *     .addInstanceType(InstanceTypeSpec.of("ecs.g7.large"))
 *     .addInstanceType(InstanceTypeSpec.of("ecs.g6.large"))
 *     .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefsxxxx").build())
 *     .build();
 * }</pre>
 *
 * <p>The builder only rejects nulls and missing required attributes; the documented API limits
 * are checked by {@code scalecfg-validation}, so an invalid configuration can be built and all of
 * its mistakes reported at once. Read and write it as JSON with {@code dev.scalecfg.core.json} and
 * as ESS API parameters with {@code dev.scalecfg.core.ess}.
 *
 * <p>{@code toString()} never shows the password or the user data.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableScalingConfiguration.class)
public interface ScalingConfiguration extends WithScalingConfiguration {

    // ---- identity -----------------------------------------------------------------------

    /**
     * Returns the scaling group the configuration belongs to ({@code ScalingGroupId}), the only
     * parameter the API requires.
     *
     * @return the scaling group ID, such as {@code asg-bp14wlu85wrpchm0xxxx}
     */
    Optional<
            @Pattern(regexp = "asg-\\S+", message = "must start with 'asg-' followed by the ID", payload = FieldCodes.IdFormat.class)
            String> getScalingGroupId();

    /**
     * Returns the region the request is sent to ({@code RegionId}, the common parameter of every
     * ESS request; {@code --region} on the aliyun command line).
     *
     * @return the region ID, such as {@code cn-hangzhou}
     */
    Optional<String> getRegionId();

    /**
     * Returns the name of the configuration ({@code ScalingConfigurationName}).
     *
     * @return the name; when absent ESS uses the configuration ID
     */
    Optional<
            @Size(min = ApiLimits.CONFIGURATION_NAME_MIN, max = ApiLimits.CONFIGURATION_NAME_MAX, message = "must be {min} to {max} characters long", payload = FieldCodes.NameLength.class)
            @Pattern(regexp = "[A-Za-z0-9\\p{IsHan}][A-Za-z0-9\\p{IsHan}_.-]*", message = "must start with a letter or digit and contain only letters, digits, '_', '-' and '.'", payload = FieldCodes.NameFormat.class)
            String> getName();

    /**
     * Returns the description of created instances ({@code InstanceDescription}).
     *
     * @return the description
     */
    Optional<
            @Size(min = ApiLimits.DESCRIPTION_MIN, max = ApiLimits.DESCRIPTION_MAX, message = "must be {min} to {max} characters long", payload = FieldCodes.DescriptionLength.class)
            @Pattern(regexp = "(?s)(?!https?://).*", message = "must not start with http:// or https://", payload = FieldCodes.DescriptionFormat.class)
            String> getInstanceDescription();

    /**
     * Returns the idempotency token of the request ({@code ClientToken}).
     *
     * @return the client token
     */
    Optional<
            @Size(max = ApiLimits.CLIENT_TOKEN_MAX, message = "must be at most {max} characters long", payload = FieldCodes.ClientTokenLength.class)
            @Pattern(regexp = "\\p{ASCII}*", message = "must contain ASCII characters only", payload = FieldCodes.ClientTokenFormat.class)
            String> getClientToken();

    /**
     * Returns the resource group of created instances ({@code ResourceGroupId}).
     *
     * @return the resource group ID, such as {@code rg-acfmxxxx}
     */
    Optional<
            @Pattern(regexp = "rg-\\S+", message = "must start with 'rg-' followed by the ID", payload = FieldCodes.IdFormat.class)
            String> getResourceGroupId();

    /**
     * Returns whether the configuration is the one the group uses, as
     * {@code DescribeScalingConfigurations} reports it. Not a parameter of
     * {@code CreateScalingConfiguration}: kept in JSON only.
     *
     * @return the lifecycle state
     */
    Optional<LifecycleState> getLifecycleState();

    // ---- image and instance types ---------------------------------------------------------

    /**
     * Returns the image of created instances.
     *
     * @return the image settings, empty when none is set
     */
    @Value.Default
    @Valid
    default ImageSpec getImage() {
        return ImageSpec.builder().build();
    }

    /**
     * Returns the instance types in priority order: the first is tried first. Each entry carries
     * its weighted capacity and spot price limit. Sent as {@code InstanceTypes.N}, or as
     * {@code InstanceTypeOverride.N} when weights are given; the legacy single
     * {@code InstanceType} parameter is read as a list of one.
     *
     * @return the instance types, never null
     */
    @Size(max = ApiLimits.INSTANCE_TYPES_MAX, message = "must list at most {max} instance types", payload = FieldCodes.InstanceTypeCount.class)
    List<@Valid InstanceTypeSpec> getInstanceTypes();

    /**
     * Returns the vCPU count for the cost-optimization policy without explicit types ({@code Cpu}).
     *
     * @return the vCPU count
     */
    Optional<
            @Min(value = 1, message = "must be at least {value}", payload = FieldCodes.ValueNotPositive.class)
            Integer> getCpu();

    /**
     * Returns the memory in GiB for the cost-optimization policy without explicit types
     * ({@code Memory}).
     *
     * @return the memory in GiB
     */
    Optional<
            @Min(value = 1, message = "must be at least {value}", payload = FieldCodes.ValueNotPositive.class)
            Integer> getMemory();

    /**
     * Returns the intelligent-mode instance patterns ({@code InstancePatternInfos.N}).
     *
     * @return the patterns, never null
     */
    List<@Valid InstancePatternSpec> getInstancePatterns();

    /**
     * Returns the performance mode of burstable types ({@code CreditSpecification}).
     *
     * @return the credit specification
     */
    Optional<CreditSpecification> getCreditSpecification();

    /**
     * Returns the (type, vSwitch) pairs tried first under the priority policy
     * ({@code CustomPriorities.N}).
     *
     * @return the custom priorities, never null
     */
    List<@Valid CustomPriority> getCustomPriorities();

    /**
     * Returns the options for candidate types added when stock runs out
     * ({@code InstanceTypeCandidateOptions.*}).
     *
     * @return the candidate options
     */
    Optional<@Valid InstanceTypeCandidateOptions> getInstanceTypeCandidateOptions();

    // ---- billing --------------------------------------------------------------------------

    /**
     * Returns the billing method: pay-as-you-go or preemptible ({@code SpotStrategy}).
     *
     * @return the spot strategy; absent means {@code NoSpot}
     */
    Optional<SpotStrategy> getSpotStrategy();

    /**
     * Returns the protection period of preemptible instances in hours ({@code SpotDuration}).
     *
     * @return the spot duration
     */
    Optional<
            @Min(value = ApiLimits.SPOT_DURATION_MIN, message = "must be " + ApiLimits.SPOT_DURATION_MIN + " or " + ApiLimits.SPOT_DURATION_MAX + " hour", payload = FieldCodes.SpotDurationOutOfRange.class)
            @Max(value = ApiLimits.SPOT_DURATION_MAX, message = "must be " + ApiLimits.SPOT_DURATION_MIN + " or " + ApiLimits.SPOT_DURATION_MAX + " hour", payload = FieldCodes.SpotDurationOutOfRange.class)
            Integer> getSpotDuration();

    /**
     * Returns what happens when a preemptible instance is reclaimed
     * ({@code SpotInterruptionBehavior}).
     *
     * @return the interruption behaviour
     */
    Optional<SpotInterruptionBehavior> getSpotInterruptionBehavior();

    // ---- storage --------------------------------------------------------------------------

    /**
     * Returns the system disk.
     *
     * @return the system disk settings, empty when none is set
     */
    @Value.Default
    @Valid
    default SystemDiskSpec getSystemDisk() {
        return SystemDiskSpec.builder().build();
    }

    /**
     * Returns the data disks, in order ({@code DataDisk.N}).
     *
     * @return the data disks, never null
     */
    @Size(max = ApiLimits.DATA_DISKS_MAX, message = "must list at most {max} data disks", payload = FieldCodes.DataDiskCount.class)
    List<@Valid DiskSpec> getDataDisks();

    /**
     * Returns the storage set ({@code StorageSetId}).
     *
     * @return the storage set ID
     */
    Optional<
            @Pattern(regexp = "ss-\\S+", message = "must start with 'ss-' followed by the ID", payload = FieldCodes.IdFormat.class)
            String> getStorageSetId();

    /**
     * Returns the number of partitions of the storage set ({@code StorageSetPartitionNumber}).
     *
     * @return the partition count
     */
    Optional<
            @Min(value = ApiLimits.STORAGE_SET_PARTITIONS_MIN, message = "must be at least {value}", payload = FieldCodes.StorageSetPartitionOutOfRange.class)
            Integer> getStorageSetPartitionNumber();

    // ---- network and security -------------------------------------------------------------

    /**
     * Returns the network settings: security groups, public bandwidth, IPv6 and interfaces.
     *
     * @return the network settings, empty when none is set
     */
    @Value.Default
    @Valid
    default NetworkSpec getNetwork() {
        return NetworkSpec.builder().build();
    }

    /**
     * Returns whether the security hardening agent is installed
     * ({@code SecurityEnhancementStrategy}).
     *
     * @return the strategy
     */
    Optional<SecurityEnhancementStrategy> getSecurityEnhancementStrategy();

    /**
     * Returns whether the metadata service is reachable ({@code HttpEndpoint}).
     *
     * @return the setting
     */
    Optional<HttpEndpoint> getHttpEndpoint();

    /**
     * Returns whether the metadata service requires tokens ({@code HttpTokens}).
     *
     * @return the setting
     */
    Optional<HttpTokens> getHttpTokens();

    /**
     * Returns the confidential computing mode ({@code SecurityOptions.ConfidentialComputingMode}).
     *
     * @return the mode
     */
    Optional<ConfidentialComputingMode> getConfidentialComputingMode();

    /**
     * Returns whether created instances are protected from manual release
     * ({@code DeletionProtection}).
     *
     * @return the setting
     */
    Optional<Boolean> getDeletionProtection();

    // ---- system settings ------------------------------------------------------------------

    /**
     * Returns the logon credentials.
     *
     * @return the credentials, empty when none is set
     */
    @Value.Default
    @Valid
    default CredentialsSpec getCredentials() {
        return CredentialsSpec.builder().build();
    }

    /**
     * Returns the instance name, possibly a sequential pattern such as
     * {@code web-(AUTO_INCREMENT)[0,3]} ({@code InstanceName}).
     *
     * @return the instance name
     */
    Optional<String> getInstanceName();

    /**
     * Returns the host name, possibly a sequential pattern ({@code HostName}).
     *
     * @return the host name
     */
    Optional<String> getHostName();

    /**
     * Returns the instance RAM role ({@code RamRoleName}).
     *
     * @return the role name
     */
    Optional<String> getRamRoleName();

    /**
     * Returns the user data ({@code UserData}); never shown by {@code toString()}.
     *
     * @return the user data
     */
    Optional<UserData> getUserData();

    /**
     * Returns the tags of created instances, in insertion order ({@code Tags}, a JSON object).
     *
     * @return the tags, never null
     */
    @Size(max = ApiLimits.TAGS_MAX, message = "must hold at most {max} tags", payload = FieldCodes.TagCount.class)
    Map<
            @Size(min = ApiLimits.TAG_KEY_MIN, max = ApiLimits.TAG_KEY_MAX, message = "a tag key must be {min} to {max} characters long", payload = FieldCodes.TagKeyLength.class)
            @Pattern(regexp = "(?s)(?!aliyun)(?!acs:).*", message = "a tag key must not start with 'aliyun' or 'acs:'", payload = FieldCodes.TagReservedPrefix.class)
            @Pattern(regexp = "(?s)(?!.*https?://).*", message = "a tag key must not contain http:// or https://", payload = FieldCodes.TagUrl.class)
            String,
            @Size(max = ApiLimits.TAG_VALUE_MAX, message = "a tag value must be at most {max} characters long", payload = FieldCodes.TagValueLength.class)
            @Pattern(regexp = "(?s)(?!aliyun)(?!acs:).*", message = "a tag value must not start with 'aliyun' or 'acs:'", payload = FieldCodes.TagReservedPrefix.class)
            @Pattern(regexp = "(?s)(?!.*https?://).*", message = "a tag value must not contain http:// or https://", payload = FieldCodes.TagUrl.class)
            String>
            getTags();

    /**
     * Returns the weight of created instances behind a load balancer ({@code LoadBalancerWeight}).
     *
     * @return the weight
     */
    Optional<
            @Min(value = ApiLimits.LOAD_BALANCER_WEIGHT_MIN, message = "must be " + ApiLimits.LOAD_BALANCER_WEIGHT_MIN + " to " + ApiLimits.LOAD_BALANCER_WEIGHT_MAX, payload = FieldCodes.LoadBalancerWeightOutOfRange.class)
            @Max(value = ApiLimits.LOAD_BALANCER_WEIGHT_MAX, message = "must be " + ApiLimits.LOAD_BALANCER_WEIGHT_MIN + " to " + ApiLimits.LOAD_BALANCER_WEIGHT_MAX, payload = FieldCodes.LoadBalancerWeightOutOfRange.class)
            Integer> getLoadBalancerWeight();

    // ---- placement and pools --------------------------------------------------------------

    /**
     * Returns where instances are placed: zone, deployment set, HPC cluster, dedicated hosts.
     *
     * @return the placement settings, empty when none is set
     */
    @Value.Default
    @Valid
    default PlacementSpec getPlacement() {
        return PlacementSpec.builder().build();
    }

    /**
     * Returns the private pool options ({@code PrivatePoolOptions.*}).
     *
     * @return the private pool settings, empty when none is set
     */
    @Value.Default
    @Valid
    default PrivatePoolSpec getPrivatePool() {
        return PrivatePoolSpec.builder().build();
    }

    /**
     * Returns the resource pool options ({@code ResourcePoolOptions.*}).
     *
     * @return the resource pool settings, empty when none is set
     */
    @Value.Default
    @Valid
    default ResourcePoolSpec getResourcePool() {
        return ResourcePoolSpec.builder().build();
    }

    /**
     * Returns the scheduler options as the JSON text the API takes ({@code SchedulerOptions}).
     *
     * @return the scheduler options, kept verbatim
     */
    Optional<String> getSchedulerOptions();

    // ---- factories ------------------------------------------------------------------------

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with every attribute of this configuration.
     *
     * @return a builder
     */
    default Builder toBuilder() {
        return new Builder().from(this);
    }

    /**
     * Tells whether created instances are preemptible (a spot strategy other than
     * {@code NoSpot}).
     *
     * @return true for {@code SpotWithPriceLimit} and {@code SpotAsPriceGo}
     */
    default boolean preemptible() {
        return getSpotStrategy().map(strategy -> strategy != SpotStrategy.NO_SPOT).orElse(false);
    }

    /** A fluent builder; {@code build()} fails fast on a null or a missing required attribute. */
    final class Builder extends ImmutableScalingConfiguration.Builder {
        /** Creates an empty builder; prefer {@link ScalingConfiguration#builder()}. */
        public Builder() {}
    }
}
