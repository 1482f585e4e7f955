package dev.scalecfg.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The documented limits of the ESS {@code CreateScalingConfiguration} API, written once: the
 * model's Jakarta constraints (annotation attributes need compile-time constants, which these
 * {@code static final} fields are), the validator's rules, the testkit's generators and the
 * launcher's input checks all read them from here.
 *
 * <p>Where the sources disagree, the value is the one {@code scalecfg-validation} follows; the
 * choice and its sources are documented on the rule that checks it (see the codes table of
 * {@code docs/validation.md}). Lengths count UTF-16 characters, sizes are GiB, bandwidths Mbit/s.
 *
 * <pre>{@code
 * if (weight < ApiLimits.WEIGHTED_CAPACITY_MIN || weight > ApiLimits.WEIGHTED_CAPACITY_MAX) { … }
 * ApiLimits.dataDiskSize(DiskCategory.CLOUD_ESSD, PerformanceLevel.PL2)   // 461 to 32768 GiB
 * }</pre>
 *
 * @since 0.2.0
 */
public final class ApiLimits {

    // ---- names and texts -----------------------------------------------------------------------

    /** Fewest characters of {@code ScalingConfigurationName}. */
    public static final int CONFIGURATION_NAME_MIN = 2;
    /** Most characters of {@code ScalingConfigurationName}. */
    public static final int CONFIGURATION_NAME_MAX = 64;
    /** Fewest characters of a description ({@code InstanceDescription}, disk descriptions). */
    public static final int DESCRIPTION_MIN = 2;
    /** Most characters of a description. */
    public static final int DESCRIPTION_MAX = 256;
    /** Fewest characters of a disk name. */
    public static final int DISK_NAME_MIN = 2;
    /** Most characters of a disk name. */
    public static final int DISK_NAME_MAX = 128;
    /** Fewest characters of {@code KeyPairName}. */
    public static final int KEY_PAIR_NAME_MIN = 2;
    /** Most characters of {@code KeyPairName}. */
    public static final int KEY_PAIR_NAME_MAX = 128;
    /** Most characters of {@code ClientToken}. */
    public static final int CLIENT_TOKEN_MAX = 64;
    /** Fewest characters of an instance name (the first name a pattern generates). */
    public static final int INSTANCE_NAME_MIN = 2;
    /** Most characters of an instance name. */
    public static final int INSTANCE_NAME_MAX = 128;
    /** Fewest characters of a host name. */
    public static final int HOST_NAME_MIN = 2;
    /** Most characters of a Linux host name (also used when the OS is unknown: the weaker rule). */
    public static final int HOST_NAME_LINUX_MAX = 64;
    /** Most characters of a Windows host name. */
    public static final int HOST_NAME_WINDOWS_MAX = 15;
    /** Largest {@code begin} of a sequential name pattern {@code prefix(AUTO_INCREMENT)[begin,bits]}. */
    public static final int SEQUENTIAL_BEGIN_MAX = 999_999;
    /** Fewest digits ({@code bits}) of a sequential name pattern. */
    public static final int SEQUENTIAL_BITS_MIN = 1;
    /** Most digits ({@code bits}) of a sequential name pattern. */
    public static final int SEQUENTIAL_BITS_MAX = 6;
    /** Fewest digits the docs recommend for a group-wide sequence (fewer overflow and suspend scale-outs). */
    public static final int SEQUENTIAL_BITS_RECOMMENDED = 3;

    // ---- credentials and user data -------------------------------------------------------------

    /** Fewest characters of {@code Password}. */
    public static final int PASSWORD_MIN = 8;
    /** Most characters of {@code Password}. */
    public static final int PASSWORD_MAX = 30;
    /** Fewest of the four character classes (upper, lower, digit, special) a password uses. */
    public static final int PASSWORD_CLASSES_MIN = 3;
    /**
     * The special characters a password may contain (the ECS list, which is authoritative; ESS
     * variants adding {@code \} or {@code "} are unverified).
     */
    public static final String PASSWORD_SPECIALS = "()`~!@#$%^&*-_+=|{}[]:;'<>,.?/";
    /** Most bytes of {@code UserData} once decoded from Base64: 32 KiB (SDK docs from 2024-07; older said 16 KB). */
    public static final int USER_DATA_MAX_BYTES = 32 * 1024;

    // ---- instance types and patterns -----------------------------------------------------------

    /** Most entries of {@code InstanceTypes.N} / {@code InstanceTypeOverride.N}. */
    public static final int INSTANCE_TYPES_MAX = 10;
    /** Smallest {@code WeightedCapacity}. */
    public static final int WEIGHTED_CAPACITY_MIN = 1;
    /** Largest {@code WeightedCapacity}. */
    public static final int WEIGHTED_CAPACITY_MAX = 500;
    /** Most decimal places of a price ({@code SpotPriceLimit.N.PriceLimit}, {@code MaxPrice}). */
    public static final int PRICE_DECIMALS_MAX = 3;
    /** Most integer digits of a price. */
    public static final int PRICE_INTEGER_DIGITS_MAX = 12;
    /**
     * The largest price, {@value #PRICE_INTEGER_DIGITS_MAX} integer digits and
     * {@value #PRICE_DECIMALS_MAX} decimals, as the text a {@code @DecimalMax} constraint needs (it
     * also catches exponents such as {@code 1E+2147483647} that {@code @Digits} implementations
     * miss through integer overflow).
     */
    public static final String PRICE_MAX = "999999999999.999";
    /** Most entries of an instance-pattern filter list ({@code InstanceTypeFamilies}, …). */
    public static final int PATTERN_FILTERS_MAX = 10;
    /** Most entries of {@code InstancePatternInfo.N.CpuArchitectures}. */
    public static final int PATTERN_CPU_ARCHITECTURES_MAX = 2;
    /** {@code MaximumCpuCoreCount} may be at most this many times {@code MinimumCpuCoreCount}. */
    public static final int PATTERN_CPU_CORE_RATIO_MAX = 4;
    /** Shortest {@code SpotDuration}, hours. */
    public static final int SPOT_DURATION_MIN = 0;
    /** Longest {@code SpotDuration}, hours. */
    public static final int SPOT_DURATION_MAX = 1;

    // ---- storage -------------------------------------------------------------------------------

    /** Most data disks ({@code DataDisk.N}). */
    public static final int DATA_DISKS_MAX = 16;
    /** Most entries of a disk-category fallback list ({@code SystemDiskCategories.N}, {@code DataDisk.N.Categories.M}). */
    public static final int DISK_CATEGORIES_MAX = 4;
    /** Most GiB of {@code ephemeral_ssd} data disks of one instance, all together. */
    public static final int EPHEMERAL_TOTAL_MAX_GIB = 2048;
    /** Fewest partitions of a storage set ({@code StorageSetPartitionNumber}). */
    public static final int STORAGE_SET_PARTITIONS_MIN = 2;
    /** The ESSD performance level when none is given (newest docs; older ones said PL0). */
    public static final PerformanceLevel DEFAULT_PERFORMANCE_LEVEL = PerformanceLevel.PL1;

    // ---- network -------------------------------------------------------------------------------

    /** Smallest {@code InternetMaxBandwidthOut}. */
    public static final int BANDWIDTH_OUT_MIN = 0;
    /** Largest {@code InternetMaxBandwidthOut}. */
    public static final int BANDWIDTH_OUT_MAX = 100;
    /** Smallest {@code InternetMaxBandwidthIn}. */
    public static final int BANDWIDTH_IN_MIN = 1;
    /**
     * Largest {@code InternetMaxBandwidthIn} while {@code InternetMaxBandwidthOut} is at most this
     * value; above it, the inbound limit is the outbound bandwidth (SDK docs from 2024-12).
     */
    public static final int BANDWIDTH_IN_FLOOR = 10;
    /** Most security groups of an instance (the highest ECS quota). */
    public static final int SECURITY_GROUPS_MAX = 16;
    /** Security groups of an instance under the default ECS quota; more is a warning. */
    public static final int SECURITY_GROUPS_DEFAULT_QUOTA = 5;
    /** Fewest {@code NetworkInterfaces.N.SecondaryPrivateIpAddressCount}. */
    public static final int SECONDARY_PRIVATE_IPS_MIN = 1;
    /** Most {@code NetworkInterfaces.N.SecondaryPrivateIpAddressCount}. */
    public static final int SECONDARY_PRIVATE_IPS_MAX = 49;
    /** Smallest {@code LoadBalancerWeight}. */
    public static final int LOAD_BALANCER_WEIGHT_MIN = 1;
    /** Largest {@code LoadBalancerWeight}. */
    public static final int LOAD_BALANCER_WEIGHT_MAX = 100;

    // ---- tags ----------------------------------------------------------------------------------

    /** Most tags of a configuration ({@code Tags}). */
    public static final int TAGS_MAX = 20;
    /** Fewest characters of a tag key. */
    public static final int TAG_KEY_MIN = 1;
    /** Most characters of a tag key. */
    public static final int TAG_KEY_MAX = 64;
    /** Most characters of a tag value. */
    public static final int TAG_VALUE_MAX = 128;
    /** Most entries of {@code ResourcePoolOptions.PrivatePoolTags.N}. */
    public static final int PRIVATE_POOL_TAGS_MAX = 20;

    // ---- disk sizes ----------------------------------------------------------------------------

    /** Largest system disk of every category but {@code cloud}. */
    public static final int SYSTEM_DISK_MAX_GIB = 2048;
    /** Largest system disk of the {@code cloud} category. */
    public static final int SYSTEM_DISK_CLOUD_MAX_GIB = 500;
    /** Largest data disk of every category but {@code cloud} and {@code ephemeral_ssd}. */
    public static final int DATA_DISK_MAX_GIB = 32_768;
    /** Largest data disk of the {@code cloud} category. */
    public static final int DATA_DISK_CLOUD_MAX_GIB = 2000;
    /** Largest {@code ephemeral_ssd} data disk. */
    public static final int DATA_DISK_EPHEMERAL_MAX_GIB = 800;

    private ApiLimits() {}

    /**
     * The size range of one disk, in GiB, both ends inclusive.
     *
     * @param min the smallest size
     * @param max the largest size
     * @since 0.2.0
     */
    public record DiskSize(int min, int max) {

        /**
         * Checks the range.
         *
         * @param min the smallest size
         * @param max the largest size
         */
        public DiskSize {
            if (min > max) {
                throw new IllegalArgumentException("min " + min + " > max " + max);
            }
        }

        /**
         * Tells whether a size lies in the range.
         *
         * @param size the size in GiB
         * @return true when {@code min <= size <= max}
         */
        public boolean contains(long size) {
            return size >= min && size <= max;
        }
    }

    /**
     * The system-disk size range of a category at a performance level, newest documented rule (SDK
     * docs from 2025-02, which superseded the flat 20–500): {@code cloud} 20–500;
     * {@code cloud_essd} PL0 1–2048, PL1 20–2048, PL2 461–2048, PL3 1261–2048; {@code cloud_auto}
     * 1–2048; other known categories 20–2048.
     *
     * @param category the disk category
     * @param level the ESSD performance level ({@link #DEFAULT_PERFORMANCE_LEVEL} when none is set);
     *     ignored for other categories
     * @return the range; empty for a category that is not {@linkplain DiskCategory#isKnown() known}
     */
    public static Optional<DiskSize> systemDiskSize(DiskCategory category, PerformanceLevel level) {
        Objects.requireNonNull(level, "level");
        if (!category.isKnown()) {
            return Optional.empty();
        }
        if (category.equals(DiskCategory.CLOUD)) {
            return Optional.of(new DiskSize(20, SYSTEM_DISK_CLOUD_MAX_GIB));
        }
        if (category.equals(DiskCategory.CLOUD_ESSD)) {
            return Optional.of(new DiskSize(essdMin(level, 1), SYSTEM_DISK_MAX_GIB));
        }
        if (category.equals(DiskCategory.CLOUD_AUTO)) {
            return Optional.of(new DiskSize(1, SYSTEM_DISK_MAX_GIB));
        }
        return Optional.of(new DiskSize(20, SYSTEM_DISK_MAX_GIB));
    }

    /**
     * The data-disk size range of a category at a performance level: {@code cloud} 5–2000;
     * {@code cloud_efficiency}, {@code cloud_ssd} 20–32768; {@code cloud_essd} PL0 and PL1
     * 20–32768, PL2 461–32768, PL3 1261–32768; {@code ephemeral_ssd} 5–800 (and
     * {@link #EPHEMERAL_TOTAL_MAX_GIB} in all); {@code cloud_auto} 1–32768. The PL0 floor: the ESS
     * data-disk sources agree on 20 GiB while the 2021 ECS ESSD doc says 40; the newest ESS text
     * lowers PL0 floors, so 20 is kept. {@code cloud_auto} has no data-disk source: the system-disk
     * floor and the ESSD maximum are used.
     *
     * @param category the disk category
     * @param level the ESSD performance level ({@link #DEFAULT_PERFORMANCE_LEVEL} when none is set);
     *     ignored for other categories
     * @return the range; empty for a category that is not {@linkplain DiskCategory#isKnown() known}
     */
    public static Optional<DiskSize> dataDiskSize(DiskCategory category, PerformanceLevel level) {
        Objects.requireNonNull(level, "level");
        if (!category.isKnown()) {
            return Optional.empty();
        }
        if (category.equals(DiskCategory.CLOUD)) {
            return Optional.of(new DiskSize(5, DATA_DISK_CLOUD_MAX_GIB));
        }
        if (category.equals(DiskCategory.CLOUD_ESSD)) {
            return Optional.of(new DiskSize(essdMin(level, 20), DATA_DISK_MAX_GIB));
        }
        if (category.equals(DiskCategory.EPHEMERAL_SSD)) {
            return Optional.of(new DiskSize(5, DATA_DISK_EPHEMERAL_MAX_GIB));
        }
        if (category.equals(DiskCategory.CLOUD_AUTO)) {
            return Optional.of(new DiskSize(1, DATA_DISK_MAX_GIB));
        }
        return Optional.of(new DiskSize(20, DATA_DISK_MAX_GIB));
    }

    /** The smallest ESSD at a level: PL0 differs between system and data disks, PL1 is 20, PL2 461, PL3 1261. */
    private static int essdMin(PerformanceLevel level, int pl0Min) {
        switch (level) {
            case PL0:
                return pl0Min;
            case PL2:
                return 461;
            case PL3:
                return 1261;
            default:
                return 20;
        }
    }
}
