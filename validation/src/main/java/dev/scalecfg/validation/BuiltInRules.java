package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.internal.BuiltInCodes;
import dev.scalecfg.validation.internal.Checks;
import dev.scalecfg.validation.internal.FieldConstraintRule;
import dev.scalecfg.validation.internal.Report;
import java.util.List;

/**
 * The built-in rules, as public constants so users can compose their own chain. Each rule's
 * Javadoc lists the codes it emits, their limits, and — where the sources disagree — which rule
 * was chosen and why. {@link #all()} is the order of {@link RuleChain#defaultChain()}.
 *
 * <pre>{@code
 * RuleChain onlyFieldsAndDisks = RuleChain.builder()
 *     .add(BuiltInRules.FIELD_CONSTRAINTS)
 *     .add(BuiltInRules.SYSTEM_DISK)
 *     .add(BuiltInRules.DATA_DISKS)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class BuiltInRules {

    /**
     * The Jakarta constraints on the model getters (the same a stock {@code Validator} sees), run
     * through one Hibernate Validator factory built once. The code of each violation is the
     * prefix of its constraint message ({@code "NAME_LENGTH: must be …"}). Emits NAME_LENGTH,
     * NAME_FORMAT, DESCRIPTION_LENGTH, DESCRIPTION_FORMAT, DISK_NAME_LENGTH, DISK_NAME_FORMAT,
     * KEY_PAIR_NAME_LENGTH, KEY_PAIR_NAME_FORMAT, CLIENT_TOKEN_LENGTH, CLIENT_TOKEN_FORMAT,
     * ID_FORMAT, INSTANCE_TYPE_FORMAT, INSTANCE_TYPE_COUNT, WEIGHTED_CAPACITY_OUT_OF_RANGE,
     * PRICE_NOT_POSITIVE, PRICE_PRECISION, VALUE_NOT_POSITIVE, VALUE_NEGATIVE,
     * PATTERN_FILTER_COUNT, ARCHITECTURE_UNKNOWN, SPOT_DURATION_OUT_OF_RANGE, DATA_DISK_COUNT,
     * DISK_CATEGORIES_COUNT, DEVICE_FORMAT, BANDWIDTH_OUT_OUT_OF_RANGE, BANDWIDTH_IN_OUT_OF_RANGE
     * (lower bound), SECURITY_GROUP_COUNT, SECONDARY_PRIVATE_IP_COUNT_OUT_OF_RANGE,
     * LOAD_BALANCER_WEIGHT_OUT_OF_RANGE, TAG_COUNT, TAG_KEY_LENGTH, TAG_VALUE_LENGTH,
     * TAG_RESERVED_PREFIX, TAG_URL, STORAGE_SET_PARTITION_OUT_OF_RANGE, PRIVATE_POOL_TAG_COUNT.
     *
     * <p>Choices: at most 10 instance types (2021 API doc, Limits doc, Terraform; the 2026-06 SDK
     * text allowing 20 overrides has no Limits-page counterpart); SpotDuration 0–1 (newest SDK
     * doc and Terraform; older docs said 0–6 with 2–6 invitational only); at most 16 security
     * groups (the highest ECS quota, Terraform's MaxItems; more than the default 5 is a warning
     * from {@link #SECURITY_GROUPS}).
     */
    public static final Rule FIELD_CONSTRAINTS = new FieldConstraintRule();

    /**
     * Instance and host names, checked on the first name a sequential pattern generates.
     * INSTANCE_NAME_LENGTH (2–128), INSTANCE_NAME_FORMAT (starts with a letter; letters, digits,
     * {@code : _ . -}; no http(s)://), HOST_NAME_LENGTH (Windows 2–15, Linux and unknown OS
     * 2–64: the Linux rule is the weaker one, so it is always safe), HOST_NAME_FORMAT, and for
     * the patterns {@code prefix(AUTO_INCREMENT)[begin,bits]suffix} and
     * {@code prefix[begin,bits]suffix}: SEQUENTIAL_NAME_PATTERN_INVALID (begin 0–999999, bits
     * 1–6, no spaces, one group, a prefix before (AUTO_INCREMENT)) and the warning
     * SEQUENTIAL_NAME_BITS_LOW (bits below 3 in a group-wide sequence; the docs recommend 3 or
     * more because an overflow suspends scale-outs).
     */
    public static final Rule NAMES = rule("names", Checks::names);

    /**
     * Logon credentials; never puts the password in a message. PASSWORD_LENGTH (8–30),
     * PASSWORD_CHARACTERS (letters, digits and the ECS special set
     * {@code ()`~!@#$%^&*-_+=|{}[]:;'<>,.?/}: the ECS list is authoritative, the ESS variants
     * adding {@code \} or {@code "} are unverified), PASSWORD_COMPLEXITY (3 of 4 classes),
     * PASSWORD_WINDOWS_SLASH (Windows, known or inferred), PASSWORD_AND_INHERIT; warnings
     * KEY_PAIR_ON_WINDOWS (the ESS API doc says the key pair is ignored for Windows, so a
     * warning, although its error table also lists InvalidParameter), KEY_PAIR_AND_PASSWORD
     * (Linux: a key pair disables password logon) and KEY_PAIR_NOT_IO_OPTIMIZED (a key pair with
     * IoOptimized=none: spec §3 rule 10 says key pairs are "not supported" on non-I/O-optimized
     * generation-I instances; no source says whether the call fails or the key pair is dropped, so a
     * warning; checked only for an explicit IoOptimized=none, not on the OS Windows, which has its
     * own warning).
     */
    public static final Rule CREDENTIALS = rule("credentials", Checks::credentials);

    /**
     * The scaling group: SCALING_GROUP_ID_MISSING when {@code ScalingGroupId}, the only parameter
     * the API requires ({@code InvalidScalingGroupId.NotFound} otherwise), is not set. A template
     * meant for several groups can leave it out and remove this rule by its id
     * ({@code "scaling-group"}).
     */
    public static final Rule SCALING_GROUP = rule("scaling-group", Checks::scalingGroup);

    /**
     * Image sources: IMAGE_MISSING (one of ImageId, ImageName, ImageFamily),
     * IMAGE_ID_AND_FAMILY; warnings IMAGE_NAME_IGNORED (ImageId wins), IMAGE_ID_FORMAT
     * (neither {@code m-…} nor {@code ….vhd}), IMAGE_NAME_AND_FAMILY (ImageName with ImageFamily
     * and no ImageId: the precedence between them is undocumented, spec §3 rule 6, so one of them is
     * silently ignored — a warning, no source says the call fails) and
     * SECURITY_ENHANCEMENT_CUSTOM_IMAGE (SecurityEnhancementStrategy=Active with a custom
     * {@code m-…} image: the API doc says Active applies to public images only and Deactive to all;
     * it does not say a custom image is rejected, so a warning; image names and families are not
     * known to be custom or public offline and are skipped).
     */
    public static final Rule IMAGE = rule("image", Checks::image);

    /**
     * Instance type sources: INSTANCE_TYPE_MISSING (types, patterns, or Cpu and Memory),
     * INSTANCE_TYPE_WEIGHT_MIXED (the weighted list InstanceTypeOverride excludes InstanceTypes,
     * so every entry has a weight or none has), INSTANCE_TYPE_DUPLICATE, CPU_MEMORY_INCOMPLETE,
     * CPU_MEMORY_WITH_TYPES (the 2022 operation doc: modes are not mixed),
     * CUSTOM_PRIORITY_TYPE_NOT_LISTED; warnings INSTANCE_TYPE_RETIRED (families t1, s1–s3,
     * m1–m2, c1–c2, n1–n2, e3) and IO_OPTIMIZED_NONE (IoOptimized=none with a current, not retired,
     * type: the API default is optimized and only retired types run non-I/O-optimized, spec §1.3 and
     * §5.1, Terraform's {@code is_outdated}; no source says the call fails, so a warning).
     */
    public static final Rule INSTANCE_TYPES = rule("instance-types", Checks::instanceTypes);

    /**
     * Intelligent mode: INSTANCE_PATTERN_INCOMPLETE (Cores and Memory both),
     * INSTANCE_PATTERN_RANGE (minimum ≤ maximum; MaximumCpuCoreCount ≤ 4 × minimum),
     * INSTANCE_PATTERN_REQUIRES_VPC (skipped when the network type is unknown).
     */
    public static final Rule INSTANCE_PATTERNS = rule("instance-patterns", Checks::instancePatterns);

    /**
     * Spot: PATTERN_MAX_PRICE_REQUIRED (MaxPrice on every pattern with SpotWithPriceLimit);
     * warnings SPOT_PRICE_LIMIT_IGNORED (the API doc says price limits are only read with
     * SpotWithPriceLimit, so otherwise they are ignored, not rejected), SPOT_ON_DEDICATED_HOST
     * (DedicatedHostId disables spot settings) and DELETION_PROTECTION_WITH_SPOT
     * (DeletionProtection=true with a spot strategy: the API doc says release protection is for
     * pay-as-you-go instances, and it never stops a reclaim; not documented as rejected, so a
     * warning; DeletionProtection=false, which Terraform always sends, is fine). Price sign and
     * precision are field constraints. SpotInterruptionBehavior takes only Terminate: the model's
     * enum enforces it when parsing.
     */
    public static final Rule SPOT = rule("spot", Checks::spot);

    /**
     * Warning CREDIT_SPECIFICATION_NOT_BURSTABLE: a credit specification with instance types none
     * of which is burstable (families {@code t5}, {@code t6} and later {@code t<n>}, n ≥ 5). The
     * sources say it is "only meaningful" for burstable types, hence a warning. Skipped when only
     * patterns are used.
     */
    public static final Rule CREDIT_SPECIFICATION = rule("credit-specification", Checks::creditSpecification);

    /**
     * The system disk: DISK_SIZE_OUT_OF_RANGE per category and performance level following the
     * newest documented rule (SDK docs from 2025-02, which superseded the flat 20–500): cloud
     * 20–500; cloud_essd PL0 1–2048, PL1 20–2048, PL2 461–2048, PL3 1261–2048; cloud_auto 1–2048;
     * other categories 20–2048. SYSTEM_DISK_SMALLER_THAN_IMAGE: the size must be at least the
     * image size (API doc: "must be ≥ image size", all versions); known offline only for public
     * images, whose file name states it ({@code _20G_}, {@code _40G_}); custom images, image names
     * and families are skipped. Reported only when the size fits the category range, so one wrong
     * size yields one code. The default category is cloud_efficiency (cloud when IoOptimized
     * is none); the default ESSD level is PL1 (newest docs; older ones said PL0). With a fallback
     * list the size must fit every listed category. Also DISK_CATEGORY_CONFLICT,
     * DISK_CATEGORIES_NOT_ALLOWED, BURSTING_REQUIRES_CLOUD_AUTO, and warnings
     * DISK_CATEGORY_UNKNOWN (size checks skipped), PERFORMANCE_LEVEL_NOT_ESSD,
     * ENCRYPTION_SETTINGS_IGNORED.
     */
    public static final Rule SYSTEM_DISK = rule("system-disk", Checks::systemDisk);

    /**
     * Each data disk: DISK_SIZE_OUT_OF_RANGE (cloud 5–2000; cloud_efficiency and cloud_ssd
     * 20–32768; cloud_essd PL0 and PL1 20–32768, PL2 461–32768, PL3 1261–32768; ephemeral_ssd
     * 5–800; cloud_auto 1–32768). The PL0 floor: the ESS data-disk sources agree on 20 GiB while
     * the 2021 ECS ESSD doc says 40; the newest ESS text lowers PL0 floors (to 1 GiB on system
     * disks), so the 40 GiB floor is treated as obsolete and 20 is kept. cloud_auto has no
     * data-disk source: the system-disk floor (1) and the ESSD maximum are used. A disk with a
     * SnapshotId gets no size check: the API ignores Size then and uses the snapshot's size (API
     * doc 2014, SDK doc 2022; Terraform sends Size=0 for a snapshot-only disk). Also
     * DISK_CATEGORY_CONFLICT, DISK_CATEGORIES_NOT_ALLOWED, DELETE_WITH_INSTANCE_CATEGORY,
     * BURSTING_REQUIRES_CLOUD_AUTO (the disk's own category), EPHEMERAL_DISK_TOTAL (≤ 2048 GiB),
     * and warnings DISK_CATEGORY_UNKNOWN, PERFORMANCE_LEVEL_NOT_ESSD, ENCRYPTION_SETTINGS_IGNORED.
     * The count (≤ 16) is a field constraint.
     */
    public static final Rule DATA_DISKS = rule("data-disks", Checks::dataDisks);

    /**
     * BANDWIDTH_IN_OUT_OF_RANGE upper bound, newest rule (SDK docs from 2024-12, matching newer
     * ECS): when InternetMaxBandwidthOut ≤ 10 the inbound limit is 10, otherwise it is Out. The
     * older flat 1–200 is not followed.
     */
    public static final Rule BANDWIDTH = rule("bandwidth", Checks::bandwidth);

    /**
     * Security groups: SECURITY_GROUP_MISSING, SECURITY_GROUP_CONFLICT (SecurityGroupId XOR
     * SecurityGroupIds), SECURITY_GROUP_VPC_MISMATCH (context: a known security group in another
     * VPC, or a VPC security group in a classic group); warning SECURITY_GROUP_QUOTA (6–16 ids
     * exceed the default ECS quota of 5).
     */
    public static final Rule SECURITY_GROUPS = rule("security-groups", Checks::securityGroups);

    /**
     * Network interfaces: NETWORK_INTERFACE_CONFLICT (not with SecurityGroupId(s) or top-level
     * Ipv6AddressCount), NETWORK_INTERFACE_PRIMARY (exactly one Primary),
     * NETWORK_INTERFACE_IPV6_NOT_PRIMARY (an IPv6 address count above 0 on a Secondary interface; 0
     * asks for nothing and is what the Terraform provider sends for every interface).
     */
    public static final Rule NETWORK_INTERFACES = rule("network-interfaces", Checks::networkInterfaces);

    /** Context: RAM_ROLE_REQUIRES_VPC and USER_DATA_REQUIRES_VPC when the group is classic-network. */
    public static final Rule VPC_ONLY = rule("vpc-only", Checks::vpcOnly);

    /**
     * User data, never printed: USER_DATA_NOT_BASE64 and USER_DATA_TOO_LARGE, decoded size ≤ 32 KiB
     * (SDK docs from 2024-07; the 2021 API doc and older SDK docs said 16 KB — the newest rule is
     * followed).
     */
    public static final Rule USER_DATA = rule("user-data", Checks::userData);

    /**
     * Placement warnings: DEDICATED_HOST_SETTINGS (Affinity=host without a dedicated host;
     * DedicatedHostId with an explicit Tenancy=default) and DEPLOYMENT_SET_ON_DEDICATED_HOST
     * (ECS rule, unverified for ESS). Warnings because the sources only say these settings "make
     * sense together".
     */
    public static final Rule PLACEMENT = rule("placement", Checks::placement);

    /**
     * Pools: PRIVATE_POOL_CONFLICT (ResourcePoolOptions XOR PrivatePoolOptions),
     * PRIVATE_POOL_ID_REQUIRED (MatchCriteria=Target), RESOURCE_POOL_IDS_REQUIRED
     * (PrivatePoolOnly), RESOURCE_POOL_IDS_AND_TAGS; warning POOL_OPTIONS_WITH_SPOT
     * (ResourcePoolOptions, or PrivatePoolOptions other than MatchCriteria=None, with a spot
     * strategy: the SDK docs and spec §3 rule 17 say pools are for pay-as-you-go instances only,
     * in the "takes effect only" wording, so ignored rather than rejected).
     */
    public static final Rule POOLS = rule("pools", Checks::pools);

    /**
     * Warning HTTP_TOKENS_ENDPOINT_DISABLED: HttpTokens=required (hardened IMDSv2 access) with
     * HttpEndpoint=disabled. The API accepts it, but the settings contradict each other: tokens
     * only matter when the metadata service is reachable, so the user most likely meant one of them.
     */
    public static final Rule METADATA_SERVICE = rule("metadata-service", Checks::metadataService);

    /** CANDIDATE_CIDR_REQUIRED: AllowCrossAz=true needs AllowCidrBlocks. */
    public static final Rule CANDIDATE_OPTIONS = rule("candidate-options", Checks::candidateOptions);

    private static final List<Rule> ALL = List.of(FIELD_CONSTRAINTS, NAMES, CREDENTIALS, IMAGE, SCALING_GROUP, INSTANCE_TYPES,
            INSTANCE_PATTERNS, SPOT, CREDIT_SPECIFICATION, SYSTEM_DISK, DATA_DISKS, BANDWIDTH, SECURITY_GROUPS,
            NETWORK_INTERFACES, VPC_ONLY, USER_DATA, PLACEMENT, POOLS, METADATA_SERVICE, CANDIDATE_OPTIONS);

    private BuiltInRules() {}

    /**
     * Returns every built-in rule in the order of the default chain.
     *
     * @return the rules, unmodifiable
     */
    public static List<Rule> all() {
        return ALL;
    }

    /** A check writing into a report. */
    @FunctionalInterface
    private interface Check {
        void run(ScalingConfiguration configuration, ValidationContext context, Report report);
    }

    private static Rule rule(String id, Check check) {
        return Rule.of(id, BuiltInCodes.of(id), (configuration, context) -> {
            Report report = new Report(configuration, context);
            check.run(configuration, context, report);
            return report.violations();
        });
    }
}
