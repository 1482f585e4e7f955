package dev.scalecfg.validation.rules;

import static dev.scalecfg.core.ApiLimits.BANDWIDTH_IN_FLOOR;
import static dev.scalecfg.core.ApiLimits.BANDWIDTH_IN_MIN;
import static dev.scalecfg.core.ApiLimits.BANDWIDTH_OUT_MAX;
import static dev.scalecfg.core.ApiLimits.BANDWIDTH_OUT_MIN;
import static dev.scalecfg.core.ApiLimits.CLIENT_TOKEN_MAX;
import static dev.scalecfg.core.ApiLimits.CONFIGURATION_NAME_MAX;
import static dev.scalecfg.core.ApiLimits.CONFIGURATION_NAME_MIN;
import static dev.scalecfg.core.ApiLimits.DATA_DISKS_MAX;
import static dev.scalecfg.core.ApiLimits.DESCRIPTION_MAX;
import static dev.scalecfg.core.ApiLimits.DESCRIPTION_MIN;
import static dev.scalecfg.core.ApiLimits.DISK_CATEGORIES_MAX;
import static dev.scalecfg.core.ApiLimits.DISK_NAME_MAX;
import static dev.scalecfg.core.ApiLimits.DISK_NAME_MIN;
import static dev.scalecfg.core.ApiLimits.INSTANCE_TYPES_MAX;
import static dev.scalecfg.core.ApiLimits.KEY_PAIR_NAME_MAX;
import static dev.scalecfg.core.ApiLimits.KEY_PAIR_NAME_MIN;
import static dev.scalecfg.core.ApiLimits.LOAD_BALANCER_WEIGHT_MAX;
import static dev.scalecfg.core.ApiLimits.LOAD_BALANCER_WEIGHT_MIN;
import static dev.scalecfg.core.ApiLimits.PATTERN_CPU_ARCHITECTURES_MAX;
import static dev.scalecfg.core.ApiLimits.PATTERN_FILTERS_MAX;
import static dev.scalecfg.core.ApiLimits.PRICE_DECIMALS_MAX;
import static dev.scalecfg.core.ApiLimits.PRICE_INTEGER_DIGITS_MAX;
import static dev.scalecfg.core.ApiLimits.PRIVATE_POOL_TAGS_MAX;
import static dev.scalecfg.core.ApiLimits.SECONDARY_PRIVATE_IPS_MAX;
import static dev.scalecfg.core.ApiLimits.SECONDARY_PRIVATE_IPS_MIN;
import static dev.scalecfg.core.ApiLimits.SECURITY_GROUPS_MAX;
import static dev.scalecfg.core.ApiLimits.SPOT_DURATION_MAX;
import static dev.scalecfg.core.ApiLimits.SPOT_DURATION_MIN;
import static dev.scalecfg.core.ApiLimits.STORAGE_SET_PARTITIONS_MIN;
import static dev.scalecfg.core.ApiLimits.TAGS_MAX;
import static dev.scalecfg.core.ApiLimits.TAG_KEY_MAX;
import static dev.scalecfg.core.ApiLimits.TAG_KEY_MIN;
import static dev.scalecfg.core.ApiLimits.TAG_VALUE_MAX;
import static dev.scalecfg.core.ApiLimits.WEIGHTED_CAPACITY_MAX;
import static dev.scalecfg.core.ApiLimits.WEIGHTED_CAPACITY_MIN;

import dev.scalecfg.core.FieldCodes;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.FieldConstraintRule;
import jakarta.validation.Payload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The field constraints: the Jakarta constraints on the model's getters (the same a stock
 * {@code Validator} sees), run through one Hibernate Validator factory built once. Each constraint
 * names its code with a payload of {@link FieldCodes} ({@code payload = FieldCodes.NameLength.class});
 * the limits are the constants of {@link dev.scalecfg.core.ApiLimits}. {@link #forPayload(Class)} is
 * the one mapping from a constraint to its code, for any engine that evaluates the same constraints.
 *
 * <p>Choices: at most 10 instance types (2021 API doc, Limits doc, Terraform; the 2026-06 SDK text
 * allowing 20 overrides has no Limits-page counterpart); SpotDuration 0–1 (newest SDK doc and
 * Terraform; older docs said 0–6 with 2–6 invitational only); at most 16 security groups (the
 * highest ECS quota, Terraform's MaxItems; more than the default 5 is the warning
 * {@link NetworkRules#SECURITY_GROUP_QUOTA}); InternetMaxBandwidthIn has its lower bound here and
 * its upper bound, tied to the outbound bandwidth, in {@link NetworkRules#BANDWIDTH}.
 *
 * @since 0.2.0
 */
public final class FieldRules {

    /** ScalingConfigurationName length. */
    public static final ViolationCode NAME_LENGTH = ViolationCode.error("NAME_LENGTH")
            .addParameters("ScalingConfigurationName")
            .description(CONFIGURATION_NAME_MIN + " to " + CONFIGURATION_NAME_MAX + " characters")
            .source("2021 API doc, SDK docs").build();
    /** ScalingConfigurationName characters. */
    public static final ViolationCode NAME_FORMAT = ViolationCode.error("NAME_FORMAT")
            .addParameters("ScalingConfigurationName")
            .description("starts with a letter, digit or CJK character; letters, digits, '_', '-' and '.'")
            .source("2021 API doc, SDK 2026").build();
    /** Description length. */
    public static final ViolationCode DESCRIPTION_LENGTH = ViolationCode.error("DESCRIPTION_LENGTH")
            .addParameters("InstanceDescription", "SystemDisk.Description", "DataDisk.N.Description")
            .description(DESCRIPTION_MIN + " to " + DESCRIPTION_MAX + " characters")
            .source("API doc, Terraform").build();
    /** Description must not start with a URL scheme. */
    public static final ViolationCode DESCRIPTION_FORMAT = ViolationCode.error("DESCRIPTION_FORMAT")
            .addParameters("InstanceDescription", "SystemDisk.Description", "DataDisk.N.Description")
            .description("must not start with http:// or https://")
            .source("API doc").build();
    /** Disk name length. */
    public static final ViolationCode DISK_NAME_LENGTH = ViolationCode.error("DISK_NAME_LENGTH")
            .addParameters("SystemDisk.DiskName", "DataDisk.N.DiskName")
            .description(DISK_NAME_MIN + " to " + DISK_NAME_MAX + " characters")
            .source("API doc").build();
    /** Disk name characters. */
    public static final ViolationCode DISK_NAME_FORMAT = ViolationCode.error("DISK_NAME_FORMAT")
            .addParameters("SystemDisk.DiskName", "DataDisk.N.DiskName")
            .description("starts with a letter or CJK character; letters, digits, ':', '_', '-' and '.'; no http(s)://")
            .source("API doc, ECS").build();
    /** KeyPairName length. */
    public static final ViolationCode KEY_PAIR_NAME_LENGTH = ViolationCode.error("KEY_PAIR_NAME_LENGTH")
            .addParameters("KeyPairName")
            .description(KEY_PAIR_NAME_MIN + " to " + KEY_PAIR_NAME_MAX + " characters")
            .source("ECS CreateKeyPair").build();
    /** KeyPairName characters. */
    public static final ViolationCode KEY_PAIR_NAME_FORMAT = ViolationCode.error("KEY_PAIR_NAME_FORMAT")
            .addParameters("KeyPairName")
            .description("starts with a letter; letters, digits, ':', '_' and '-'")
            .source("ECS CreateKeyPair").build();
    /** ClientToken length. */
    public static final ViolationCode CLIENT_TOKEN_LENGTH = ViolationCode.error("CLIENT_TOKEN_LENGTH")
            .addParameters("ClientToken")
            .description("at most " + CLIENT_TOKEN_MAX + " characters")
            .source("API doc").build();
    /** ClientToken characters. */
    public static final ViolationCode CLIENT_TOKEN_FORMAT = ViolationCode.error("CLIENT_TOKEN_FORMAT")
            .addParameters("ClientToken")
            .description("ASCII only")
            .source("API doc").build();
    /** A resource ID without its prefix. */
    public static final ViolationCode ID_FORMAT = ViolationCode.error("ID_FORMAT")
            .addParameters("ScalingGroupId", "ResourceGroupId", "SecurityGroupId", "SecurityGroupIds.N",
                    "NetworkInterfaces.N.SecurityGroupIds.M", "CustomPriorities.N.VswitchId",
                    "SystemDisk.AutoSnapshotPolicyId", "DataDisk.N.AutoSnapshotPolicyId", "DataDisk.N.SnapshotId",
                    "DeploymentSetId", "DedicatedHostId", "DedicatedHostClusterId", "PrivatePoolOptions.Id",
                    "ResourcePoolOptions.PrivatePoolIds.N", "StorageSetId")
            .description("the resource's prefix (asg-, rg-, sg-, vsw-, sp-, s-, ds-, dh-, dc-, eap-, ss-) and at least"
                    + " one more non-blank character")
            .source("API doc (ID formats)").build();
    /** Instance type name. */
    public static final ViolationCode INSTANCE_TYPE_FORMAT = ViolationCode.error("INSTANCE_TYPE_FORMAT")
            .addParameters("InstanceTypes.N", "InstanceTypeOverride.N.InstanceType", "CustomPriorities.N.InstanceType")
            .description("ecs.family.size, such as ecs.g7.large")
            .source("Terraform, ECS instance families").build();
    /** Instance type count. */
    public static final ViolationCode INSTANCE_TYPE_COUNT = ViolationCode.error("INSTANCE_TYPE_COUNT")
            .addParameters("InstanceTypes.N", "InstanceTypeOverride.N")
            .description("at most " + INSTANCE_TYPES_MAX + " entries")
            .source("2021 API doc, Limits doc, Terraform (the SDK 2026-06 \"20\" for overrides is not followed)").build();
    /** Weighted capacity range. */
    public static final ViolationCode WEIGHTED_CAPACITY_OUT_OF_RANGE = ViolationCode.error("WEIGHTED_CAPACITY_OUT_OF_RANGE")
            .addParameters("InstanceTypeOverride.N.WeightedCapacity")
            .description(WEIGHTED_CAPACITY_MIN + " to " + WEIGHTED_CAPACITY_MAX)
            .source("API doc").build();
    /** Prices are positive. */
    public static final ViolationCode PRICE_NOT_POSITIVE = ViolationCode.error("PRICE_NOT_POSITIVE")
            .addParameters("SpotPriceLimit.N.PriceLimit", "InstancePatternInfo.N.MaxPrice",
                    "InstanceTypeCandidateOptions.MaxPrice")
            .description("greater than 0")
            .source("ECS, ROS").build();
    /** Price decimals. */
    public static final ViolationCode PRICE_PRECISION = ViolationCode.error("PRICE_PRECISION")
            .addParameters("SpotPriceLimit.N.PriceLimit", "InstancePatternInfo.N.MaxPrice",
                    "InstanceTypeCandidateOptions.MaxPrice")
            .description("at most " + PRICE_INTEGER_DIGITS_MAX + " integer digits and "
                    + PRICE_DECIMALS_MAX + " decimal places")
            .source("ECS, ROS").build();
    /** Counts and sizes that must be positive. */
    public static final ViolationCode VALUE_NOT_POSITIVE = ViolationCode.error("VALUE_NOT_POSITIVE")
            .addParameters("Cpu", "Memory", "InstancePatternInfo.N.Cores", "InstancePatternInfo.N.Memory",
                    "InstancePatternInfo.N.MinimumCpuCoreCount", "InstancePatternInfo.N.MaximumCpuCoreCount",
                    "InstancePatternInfo.N.MinimumMemorySize", "InstancePatternInfo.N.MaximumMemorySize",
                    "InstancePatternInfo.N.MinimumGpuAmount", "InstancePatternInfo.N.MaximumGpuAmount")
            .description("at least 1 (greater than 0 for decimals)")
            .source("spec §1.2.1").build();
    /** Counts that must not be negative. */
    public static final ViolationCode VALUE_NEGATIVE = ViolationCode.error("VALUE_NEGATIVE")
            .addParameters("Ipv6AddressCount", "NetworkInterfaces.N.Ipv6AddressCount", "SystemDisk.ProvisionedIops",
                    "DataDisk.N.ProvisionedIops", "InstancePatternInfo.N.MinimumInitialCredit",
                    "InstancePatternInfo.N.MinimumBaselineCredit", "InstancePatternInfo.N.MinimumEniQuantity",
                    "InstancePatternInfo.N.MinimumEniPrivateIpAddressQuantity",
                    "InstancePatternInfo.N.MinimumEniIpv6AddressQuantity")
            .description("0 or more")
            .source("ROS validator").build();
    /** Instance-pattern filter lists. */
    public static final ViolationCode PATTERN_FILTER_COUNT = ViolationCode.error("PATTERN_FILTER_COUNT")
            .addParameters("InstancePatternInfo.N.InstanceTypeFamilies.M", "InstancePatternInfo.N.InstanceCategories.M",
                    "InstancePatternInfo.N.PhysicalProcessorModels.M", "InstancePatternInfo.N.CpuArchitectures.M")
            .description("at most " + PATTERN_FILTERS_MAX + " entries; CpuArchitectures at most "
                    + PATTERN_CPU_ARCHITECTURES_MAX)
            .source("SDK docs").build();
    /** Instance-pattern architectures. */
    public static final ViolationCode ARCHITECTURE_UNKNOWN = ViolationCode.error("ARCHITECTURE_UNKNOWN")
            .addParameters("InstancePatternInfo.N.Architecture.M", "InstancePatternInfo.N.CpuArchitectures.M")
            .description("Architecture one of X86, Heterogeneous, BareMetal, BareMental, Arm, SuperComputeCluster;"
                    + " CpuArchitectures X86 or ARM")
            .source("SDK docs").build();
    /** SpotDuration range. */
    public static final ViolationCode SPOT_DURATION_OUT_OF_RANGE = ViolationCode.error("SPOT_DURATION_OUT_OF_RANGE")
            .addParameters("SpotDuration")
            .description(SPOT_DURATION_MIN + " to " + SPOT_DURATION_MAX + " hours")
            .source("SDK doc 2026, Terraform (the old 0–6 is not followed)").build();
    /** Data disk count. */
    public static final ViolationCode DATA_DISK_COUNT = ViolationCode.error("DATA_DISK_COUNT")
            .addParameters("DataDisk.N")
            .description("at most " + DATA_DISKS_MAX + " data disks")
            .source("2021 API doc, ROS").build();
    /** Disk category fallback list length. */
    public static final ViolationCode DISK_CATEGORIES_COUNT = ViolationCode.error("DISK_CATEGORIES_COUNT")
            .addParameters("SystemDiskCategories.N", "DataDisk.N.Categories.M")
            .description("at most " + DISK_CATEGORIES_MAX + " categories")
            .source("SDK doc 2023-01").build();
    /** Data disk device name. */
    public static final ViolationCode DEVICE_FORMAT = ViolationCode.error("DEVICE_FORMAT")
            .addParameters("DataDisk.N.Device")
            .description("/dev/xvdb to /dev/xvdz")
            .source("API doc").build();
    /** Outbound bandwidth range. */
    public static final ViolationCode BANDWIDTH_OUT_OUT_OF_RANGE = ViolationCode.error("BANDWIDTH_OUT_OUT_OF_RANGE")
            .addParameters("InternetMaxBandwidthOut")
            .description(BANDWIDTH_OUT_MIN + " to " + BANDWIDTH_OUT_MAX + " Mbit/s")
            .source("API doc, ROS").build();
    /** Inbound bandwidth range: the lower bound here, the upper bound in {@link NetworkRules#BANDWIDTH}. */
    public static final ViolationCode BANDWIDTH_IN_OUT_OF_RANGE = ViolationCode.error("BANDWIDTH_IN_OUT_OF_RANGE")
            .addParameters("InternetMaxBandwidthIn")
            .description("at least " + BANDWIDTH_IN_MIN + "; at most " + BANDWIDTH_IN_FLOOR
                    + " while InternetMaxBandwidthOut is " + BANDWIDTH_IN_FLOOR
                    + " or less, otherwise at most InternetMaxBandwidthOut")
            .source("SDK docs from 2024-12 (the old 1–200 is not followed)").build();
    /** Security group count. */
    public static final ViolationCode SECURITY_GROUP_COUNT = ViolationCode.error("SECURITY_GROUP_COUNT")
            .addParameters("SecurityGroupIds.N")
            .description("at most " + SECURITY_GROUPS_MAX + " security groups")
            .source("ECS quota maximum, Terraform MaxItems").build();
    /** Secondary private IP count range. */
    public static final ViolationCode SECONDARY_PRIVATE_IP_COUNT_OUT_OF_RANGE = ViolationCode
            .error("SECONDARY_PRIVATE_IP_COUNT_OUT_OF_RANGE")
            .addParameters("NetworkInterfaces.N.SecondaryPrivateIpAddressCount")
            .description(SECONDARY_PRIVATE_IPS_MIN + " to " + SECONDARY_PRIVATE_IPS_MAX)
            .source("SDK 2026").build();
    /** Load balancer weight range. */
    public static final ViolationCode LOAD_BALANCER_WEIGHT_OUT_OF_RANGE = ViolationCode
            .error("LOAD_BALANCER_WEIGHT_OUT_OF_RANGE")
            .addParameters("LoadBalancerWeight")
            .description(LOAD_BALANCER_WEIGHT_MIN + " to " + LOAD_BALANCER_WEIGHT_MAX)
            .source("API doc").build();
    /** Tag count. */
    public static final ViolationCode TAG_COUNT = ViolationCode.error("TAG_COUNT")
            .addParameters("Tags")
            .description("at most " + TAGS_MAX + " tags")
            .source("API doc, ECS").build();
    /** Tag key length. */
    public static final ViolationCode TAG_KEY_LENGTH = ViolationCode.error("TAG_KEY_LENGTH")
            .addParameters("Tags")
            .description("a key has " + TAG_KEY_MIN + " to " + TAG_KEY_MAX + " characters")
            .source("ESS").build();
    /** Tag value length. */
    public static final ViolationCode TAG_VALUE_LENGTH = ViolationCode.error("TAG_VALUE_LENGTH")
            .addParameters("Tags")
            .description("a value has at most " + TAG_VALUE_MAX + " characters")
            .source("ESS").build();
    /** Reserved tag prefixes. */
    public static final ViolationCode TAG_RESERVED_PREFIX = ViolationCode.error("TAG_RESERVED_PREFIX")
            .addParameters("Tags")
            .description("no key or value starts with aliyun or acs:")
            .source("ECS tag limits").build();
    /** URLs in tags. */
    public static final ViolationCode TAG_URL = ViolationCode.error("TAG_URL")
            .addParameters("Tags")
            .description("no key or value contains http:// or https://")
            .source("ECS tag limits").build();
    /** Storage set partitions. */
    public static final ViolationCode STORAGE_SET_PARTITION_OUT_OF_RANGE = ViolationCode
            .error("STORAGE_SET_PARTITION_OUT_OF_RANGE")
            .addParameters("StorageSetPartitionNumber")
            .description("at least " + STORAGE_SET_PARTITIONS_MIN)
            .source("API doc").build();
    /** Private pool tag count. */
    public static final ViolationCode PRIVATE_POOL_TAG_COUNT = ViolationCode.error("PRIVATE_POOL_TAG_COUNT")
            .addParameters("ResourcePoolOptions.PrivatePoolTags.N")
            .description("at most " + PRIVATE_POOL_TAGS_MAX + " tags")
            .source("SDK 2026").build();

    /** Every code of the field constraints, in the order of the codes table. */
    public static final List<ViolationCode> CODES = List.of(NAME_LENGTH, NAME_FORMAT, DESCRIPTION_LENGTH,
            DESCRIPTION_FORMAT, DISK_NAME_LENGTH, DISK_NAME_FORMAT, KEY_PAIR_NAME_LENGTH, KEY_PAIR_NAME_FORMAT,
            CLIENT_TOKEN_LENGTH, CLIENT_TOKEN_FORMAT, ID_FORMAT, INSTANCE_TYPE_FORMAT, INSTANCE_TYPE_COUNT,
            WEIGHTED_CAPACITY_OUT_OF_RANGE, PRICE_NOT_POSITIVE, PRICE_PRECISION, VALUE_NOT_POSITIVE, VALUE_NEGATIVE,
            PATTERN_FILTER_COUNT, ARCHITECTURE_UNKNOWN, SPOT_DURATION_OUT_OF_RANGE, DATA_DISK_COUNT,
            DISK_CATEGORIES_COUNT, DEVICE_FORMAT, BANDWIDTH_OUT_OUT_OF_RANGE, BANDWIDTH_IN_OUT_OF_RANGE,
            SECURITY_GROUP_COUNT, SECONDARY_PRIVATE_IP_COUNT_OUT_OF_RANGE, LOAD_BALANCER_WEIGHT_OUT_OF_RANGE, TAG_COUNT,
            TAG_KEY_LENGTH, TAG_VALUE_LENGTH, TAG_RESERVED_PREFIX, TAG_URL, STORAGE_SET_PARTITION_OUT_OF_RANGE,
            PRIVATE_POOL_TAG_COUNT);

    private static final Map<String, ViolationCode> BY_CODE =
            CODES.stream().collect(Collectors.toUnmodifiableMap(ViolationCode::getCode, Function.identity()));

    /** The rule: the Jakarta constraints of the model, one violation per broken constraint. */
    public static final Rule FIELD_CONSTRAINTS = new FieldConstraintRule();

    private FieldRules() {}

    /**
     * Returns the code a constraint payload names: the one mapping from the model's constraints to
     * violation codes, for the Hibernate Validator path and any compiled evaluation of the same
     * constraints.
     *
     * @param payload a payload of {@link FieldCodes}, such as {@code FieldCodes.NameLength.class}
     * @return the registered code
     * @throws IllegalArgumentException when the payload is not one of {@link FieldCodes} or its code is not registered here
     */
    public static ViolationCode forPayload(Class<? extends Payload> payload) {
        String code = FieldCodes.code(payload);
        ViolationCode found = BY_CODE.get(code);
        if (found == null) {
            throw new IllegalArgumentException("field code " + code + " is not registered in FieldRules");
        }
        return found;
    }

    /**
     * Returns the code among the payloads of one constraint.
     *
     * @param payloads the payloads ({@code ConstraintDescriptor.getPayload()})
     * @return the registered code, empty when the constraint names none
     */
    public static Optional<ViolationCode> forPayloads(Set<Class<? extends Payload>> payloads) {
        return FieldCodes.codeOf(payloads).map(code -> {
            ViolationCode found = BY_CODE.get(code);
            if (found == null) {
                throw new IllegalArgumentException("field code " + code + " is not registered in FieldRules");
            }
            return found;
        });
    }
}
