package dev.scalecfg.validation;

import dev.scalecfg.validation.rules.CredentialRules;
import dev.scalecfg.validation.rules.DiskRules;
import dev.scalecfg.validation.rules.FieldRules;
import dev.scalecfg.validation.rules.ImageRules;
import dev.scalecfg.validation.rules.InstancePatternRules;
import dev.scalecfg.validation.rules.InstanceTypeRules;
import dev.scalecfg.validation.rules.MetadataServiceRules;
import dev.scalecfg.validation.rules.NameRules;
import dev.scalecfg.validation.rules.NetworkRules;
import dev.scalecfg.validation.rules.PlacementRules;
import dev.scalecfg.validation.rules.ScalingGroupRules;
import dev.scalecfg.validation.rules.SpotRules;
import dev.scalecfg.validation.rules.UserDataRules;
import java.util.List;

/**
 * The built-in rules, as public constants so users can compose their own chain. {@link #all()} is
 * the order of {@link RuleChain#defaultChain()}. Each rule declares the codes it reports
 * ({@link Rule#codes()}); the rule classes of {@code dev.scalecfg.validation.rules} own those codes
 * as typed constants and document their limits and, where the sources disagree, which rule was
 * chosen and why.
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
     * through one Hibernate Validator factory built once; the code of each violation is the
     * constraint's {@code FieldCodes} payload. Codes and choices: {@link FieldRules}.
     */
    public static final Rule FIELD_CONSTRAINTS = FieldRules.FIELD_CONSTRAINTS;

    /** Instance and host names, checked on the first name a sequential pattern generates: {@link NameRules}. */
    public static final Rule NAMES = NameRules.NAMES;

    /** Logon credentials; never puts the password in a message: {@link CredentialRules}. */
    public static final Rule CREDENTIALS = CredentialRules.CREDENTIALS;

    /**
     * The scaling group ({@code ScalingGroupId}, the only parameter the API requires):
     * {@link ScalingGroupRules}. A template meant for several groups can remove it by its id
     * ({@code "scaling-group"}).
     */
    public static final Rule SCALING_GROUP = ScalingGroupRules.SCALING_GROUP;

    /** Image sources and their exclusivity: {@link ImageRules}. */
    public static final Rule IMAGE = ImageRules.IMAGE;

    /** Instance type sources, weights, duplicates, retired families, custom priorities: {@link InstanceTypeRules}. */
    public static final Rule INSTANCE_TYPES = InstanceTypeRules.INSTANCE_TYPES;

    /** Intelligent mode (instance patterns): {@link InstancePatternRules}. */
    public static final Rule INSTANCE_PATTERNS = InstancePatternRules.INSTANCE_PATTERNS;

    /** Spot strategy, price limits, spot with dedicated hosts or deletion protection: {@link SpotRules}. */
    public static final Rule SPOT = SpotRules.SPOT;

    /** A credit specification only with burstable types: {@link InstanceTypeRules}. */
    public static final Rule CREDIT_SPECIFICATION = InstanceTypeRules.CREDIT_SPECIFICATION;

    /** The system disk: sizes per category and performance level, categories, bursting, encryption: {@link DiskRules}. */
    public static final Rule SYSTEM_DISK = DiskRules.SYSTEM_DISK;

    /** Each data disk and the total ephemeral capacity: {@link DiskRules}. */
    public static final Rule DATA_DISKS = DiskRules.DATA_DISKS;

    /** The inbound bandwidth tied to the outbound one: {@link NetworkRules}. */
    public static final Rule BANDWIDTH = NetworkRules.BANDWIDTH;

    /** Security groups: presence, exclusivity, quota, VPC membership: {@link NetworkRules}. */
    public static final Rule SECURITY_GROUPS = NetworkRules.SECURITY_GROUPS;

    /** Network interfaces: exclusivity, one Primary, IPv6 on the Primary: {@link NetworkRules}. */
    public static final Rule NETWORK_INTERFACES = NetworkRules.NETWORK_INTERFACES;

    /** RAM roles and user data need a VPC scaling group (context): {@link NetworkRules}. */
    public static final Rule VPC_ONLY = NetworkRules.VPC_ONLY;

    /** User data, never printed: Base64 and decoded size: {@link UserDataRules}. */
    public static final Rule USER_DATA = UserDataRules.USER_DATA;

    /** Dedicated hosts, tenancy, affinity, deployment sets: {@link PlacementRules}. */
    public static final Rule PLACEMENT = PlacementRules.PLACEMENT;

    /** Private pool and resource pool options: {@link PlacementRules}. */
    public static final Rule POOLS = PlacementRules.POOLS;

    /** The instance metadata service: {@link MetadataServiceRules}. */
    public static final Rule METADATA_SERVICE = MetadataServiceRules.METADATA_SERVICE;

    /** Candidate options: cross-AZ supplementing needs CIDR blocks: {@link InstanceTypeRules}. */
    public static final Rule CANDIDATE_OPTIONS = InstanceTypeRules.CANDIDATE_OPTIONS;

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
}
