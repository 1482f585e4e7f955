package dev.scalecfg.validation.internal;

import java.util.Map;
import java.util.Set;

/**
 * The codes each built-in rule may report, by rule ID, for {@link dev.scalecfg.validation.Rule#codes()}.
 * {@code BuiltInRuleCodesTest} proves that every code a rule reports on the boundary cases is
 * declared here for that rule, and that the declared codes are exactly those of the documented codes
 * table.
 *
 * <p>Interim: this table goes away once the built-in rules own their code constants (issue #9 §2).
 */
public final class BuiltInCodes {
    private static final Map<String, Set<String>> BY_RULE = Map.ofEntries(
            Map.entry(FieldConstraintRule.ID, Set.of("NAME_LENGTH", "NAME_FORMAT", "DESCRIPTION_LENGTH",
                    "DESCRIPTION_FORMAT", "DISK_NAME_LENGTH", "DISK_NAME_FORMAT", "KEY_PAIR_NAME_LENGTH",
                    "KEY_PAIR_NAME_FORMAT", "CLIENT_TOKEN_LENGTH", "CLIENT_TOKEN_FORMAT", "ID_FORMAT",
                    "INSTANCE_TYPE_FORMAT", "INSTANCE_TYPE_COUNT", "WEIGHTED_CAPACITY_OUT_OF_RANGE",
                    "PRICE_NOT_POSITIVE", "PRICE_PRECISION", "VALUE_NOT_POSITIVE", "VALUE_NEGATIVE",
                    "PATTERN_FILTER_COUNT", "ARCHITECTURE_UNKNOWN", "SPOT_DURATION_OUT_OF_RANGE", "DATA_DISK_COUNT",
                    "DISK_CATEGORIES_COUNT", "DEVICE_FORMAT", "BANDWIDTH_OUT_OUT_OF_RANGE",
                    "BANDWIDTH_IN_OUT_OF_RANGE", "SECURITY_GROUP_COUNT", "SECONDARY_PRIVATE_IP_COUNT_OUT_OF_RANGE",
                    "LOAD_BALANCER_WEIGHT_OUT_OF_RANGE", "TAG_COUNT", "TAG_KEY_LENGTH", "TAG_VALUE_LENGTH",
                    "TAG_RESERVED_PREFIX", "TAG_URL", "STORAGE_SET_PARTITION_OUT_OF_RANGE",
                    "PRIVATE_POOL_TAG_COUNT")),
            Map.entry("names", Set.of("INSTANCE_NAME_LENGTH", "INSTANCE_NAME_FORMAT", "HOST_NAME_LENGTH",
                    "HOST_NAME_FORMAT", "SEQUENTIAL_NAME_PATTERN_INVALID", "SEQUENTIAL_NAME_BITS_LOW")),
            Map.entry("credentials", Set.of("PASSWORD_LENGTH", "PASSWORD_CHARACTERS", "PASSWORD_COMPLEXITY",
                    "PASSWORD_WINDOWS_SLASH", "PASSWORD_AND_INHERIT", "KEY_PAIR_ON_WINDOWS", "KEY_PAIR_AND_PASSWORD",
                    "KEY_PAIR_NOT_IO_OPTIMIZED")),
            Map.entry("scaling-group", Set.of("SCALING_GROUP_ID_MISSING")),
            Map.entry("image", Set.of("IMAGE_MISSING", "IMAGE_ID_AND_FAMILY", "IMAGE_NAME_IGNORED", "IMAGE_ID_FORMAT",
                    "IMAGE_NAME_AND_FAMILY", "SECURITY_ENHANCEMENT_CUSTOM_IMAGE")),
            Map.entry("instance-types", Set.of("INSTANCE_TYPE_MISSING", "INSTANCE_TYPE_WEIGHT_MIXED",
                    "INSTANCE_TYPE_DUPLICATE", "CPU_MEMORY_INCOMPLETE", "CPU_MEMORY_WITH_TYPES",
                    "CUSTOM_PRIORITY_TYPE_NOT_LISTED", "INSTANCE_TYPE_RETIRED", "IO_OPTIMIZED_NONE")),
            Map.entry("instance-patterns", Set.of("INSTANCE_PATTERN_INCOMPLETE", "INSTANCE_PATTERN_RANGE",
                    "INSTANCE_PATTERN_REQUIRES_VPC")),
            Map.entry("spot", Set.of("PATTERN_MAX_PRICE_REQUIRED", "SPOT_PRICE_LIMIT_IGNORED", "SPOT_ON_DEDICATED_HOST",
                    "DELETION_PROTECTION_WITH_SPOT")),
            Map.entry("credit-specification", Set.of("CREDIT_SPECIFICATION_NOT_BURSTABLE")),
            Map.entry("system-disk", Set.of("DISK_SIZE_OUT_OF_RANGE", "SYSTEM_DISK_SMALLER_THAN_IMAGE",
                    "DISK_CATEGORY_CONFLICT", "DISK_CATEGORIES_NOT_ALLOWED", "BURSTING_REQUIRES_CLOUD_AUTO",
                    "DISK_CATEGORY_UNKNOWN", "PERFORMANCE_LEVEL_NOT_ESSD", "ENCRYPTION_SETTINGS_IGNORED")),
            Map.entry("data-disks", Set.of("DISK_SIZE_OUT_OF_RANGE", "DISK_CATEGORY_CONFLICT",
                    "DISK_CATEGORIES_NOT_ALLOWED", "DELETE_WITH_INSTANCE_CATEGORY", "BURSTING_REQUIRES_CLOUD_AUTO",
                    "EPHEMERAL_DISK_TOTAL", "DISK_CATEGORY_UNKNOWN", "PERFORMANCE_LEVEL_NOT_ESSD",
                    "ENCRYPTION_SETTINGS_IGNORED")),
            Map.entry("bandwidth", Set.of("BANDWIDTH_IN_OUT_OF_RANGE")),
            Map.entry("security-groups", Set.of("SECURITY_GROUP_MISSING", "SECURITY_GROUP_CONFLICT",
                    "SECURITY_GROUP_VPC_MISMATCH", "SECURITY_GROUP_QUOTA")),
            Map.entry("network-interfaces", Set.of("NETWORK_INTERFACE_CONFLICT", "NETWORK_INTERFACE_PRIMARY",
                    "NETWORK_INTERFACE_IPV6_NOT_PRIMARY")),
            Map.entry("vpc-only", Set.of("RAM_ROLE_REQUIRES_VPC", "USER_DATA_REQUIRES_VPC")),
            Map.entry("user-data", Set.of("USER_DATA_NOT_BASE64", "USER_DATA_TOO_LARGE")),
            Map.entry("placement", Set.of("DEDICATED_HOST_SETTINGS", "DEPLOYMENT_SET_ON_DEDICATED_HOST")),
            Map.entry("pools", Set.of("PRIVATE_POOL_CONFLICT", "PRIVATE_POOL_ID_REQUIRED", "RESOURCE_POOL_IDS_REQUIRED",
                    "RESOURCE_POOL_IDS_AND_TAGS", "POOL_OPTIONS_WITH_SPOT")),
            Map.entry("metadata-service", Set.of("HTTP_TOKENS_ENDPOINT_DISABLED")),
            Map.entry("candidate-options", Set.of("CANDIDATE_CIDR_REQUIRED")));

    private BuiltInCodes() {}

    /**
     * Returns the codes a built-in rule may report.
     *
     * @param ruleId the rule ID, such as {@code system-disk}
     * @return the codes, empty for an unknown ID
     */
    public static Set<String> of(String ruleId) {
        return BY_RULE.getOrDefault(ruleId, Set.of());
    }
}
