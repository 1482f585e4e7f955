package dev.scalecfg.testkit.internal;

import dev.scalecfg.core.ApiLimits;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.EncryptAlgorithm;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.InternetChargeType;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.NetworkInterfaceSpec;
import dev.scalecfg.core.NetworkInterfaceTrafficMode;
import dev.scalecfg.core.NetworkInterfaceType;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.Password;
import dev.scalecfg.core.PerformanceLevel;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.UserData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid-by-construction parts of a scaling configuration, drawn from a {@link Draw}. Every method
 * respects the limits of the ESS API reference (the conservative side where sources disagree) and
 * makes the simplest choice on the smallest draw.
 */
public final class Parts {

    /** Cloud-disk categories usable in a fallback list ({@code Categories.N}). */
    static final List<DiskCategory> LIST_CATEGORIES = List.of(
            DiskCategory.CLOUD_ESSD, DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD, DiskCategory.CLOUD);

    /** Data-disk categories, simplest first. */
    static final List<DiskCategory> DATA_CATEGORIES = List.of(
            DiskCategory.CLOUD_ESSD, DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD, DiskCategory.CLOUD,
            DiskCategory.CLOUD_AUTO, DiskCategory.EPHEMERAL_SSD);

    /** System-disk categories (no {@code ephemeral_ssd}: it needs an account permission). */
    static final List<DiskCategory> SYSTEM_CATEGORIES = List.of(
            DiskCategory.CLOUD_ESSD, DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD, DiskCategory.CLOUD,
            DiskCategory.CLOUD_AUTO);

    /** Largest ephemeral data disk drawn: the most data disks still stay within the per-instance total. */
    static final int MAX_EPHEMERAL_SIZE = ApiLimits.EPHEMERAL_TOTAL_MAX_GIB / ApiLimits.DATA_DISKS_MAX;

    /** Largest system disk drawn: realistic sizes that every category accepts. */
    static final int MAX_SYSTEM_SIZE = ApiLimits.SYSTEM_DISK_CLOUD_MAX_GIB;

    private Parts() {}

    // ---- IDs ----------------------------------------------------------------------------------

    /** A resource ID: prefix, region infix and random lower-case alphanumerics. */
    public static String id(Draw d, String prefix, Catalog.Region region, int length) {
        return prefix + region.infix() + d.alnum(length);
    }

    /** A region; shrinks to cn-hangzhou. */
    public static Catalog.Region region(Draw d) {
        return d.pick(Catalog.REGIONS);
    }

    /** A zone of the region. */
    public static String zone(Draw d, Catalog.Region region) {
        return d.pick(region.zones());
    }

    // ---- names --------------------------------------------------------------------------------

    /** A configuration name: 2-64 letters, digits, '-', '_' and '.', starting with a letter. */
    public static String configurationName(Draw d) {
        StringBuilder name = new StringBuilder(d.pick(Catalog.WORDS));
        int extra = d.between(0, 2);
        for (int i = 0; i < extra; i++) {
            name.append(d.pick("-", "_", ".")).append(d.pick(Catalog.WORDS));
        }
        if (d.flip()) {
            name.append("-v").append(d.between(1, 99));
        }
        return name.toString();
    }

    /** A plain instance name: 2-128 characters, starting with a letter. */
    public static String instanceName(Draw d) {
        StringBuilder name = new StringBuilder(d.pick(Catalog.WORDS));
        if (d.flip()) {
            name.append(d.pick("-", "_", ".", ":")).append(d.pick(Catalog.WORDS));
        }
        if (d.flip()) {
            name.append('-').append(d.between(1, 999));
        }
        return name.toString();
    }

    /** A plain host name valid for the OS. */
    public static String hostName(Draw d, boolean windows) {
        if (windows) {
            // 2-15 letters, digits and '-', never all digits, no '.', no "--", no edge '-'
            String word = d.pick(Catalog.WORDS.subList(0, 11));
            return d.flip() ? word + "-" + d.between(1, 999) : word;
        }
        StringBuilder name = new StringBuilder(d.pick(Catalog.WORDS));
        if (d.flip()) {
            name.append('-').append(d.between(1, 99));
        }
        int segments = d.between(0, 2);
        for (int i = 0; i < segments; i++) {
            name.append('.').append(d.pick("prod", "internal", "local", "svc", "corp", "example"));
        }
        return name.toString();
    }

    /**
     * A sequential name pattern. With {@code autoIncrement}:
     * {@code prefix(AUTO_INCREMENT)[begin,bits]suffix}; otherwise the ECS batch form
     * {@code prefix[begin,bits]suffix}. {@code begin} never has more digits than {@code bits}.
     */
    public static String orderedPattern(Draw d, boolean autoIncrement, int minBits, int maxBits, boolean hostSafe) {
        String prefix = d.pick(Catalog.WORDS) + "-";
        int bits = d.between(minBits, maxBits);
        int begin = d.between(0, (int) Math.min(999_999, Math.pow(10, bits) - 1));
        String suffix = d.flip() ? "-" + d.pick(hostSafe ? List.of("ecshost", "node", "prod") : List.of("ecshost", "node", "prod", "v2")) : "";
        return prefix + (autoIncrement ? "(AUTO_INCREMENT)" : "") + "[" + begin + "," + bits + "]" + suffix;
    }

    /** A key pair name: 2-128 characters, starting with a letter. */
    public static String keyPairName(Draw d) {
        return d.pick("KeyPairTest", "deploy", "ops-key", "FinanceJoshuaV23", "ci_runner", "team:web-2024");
    }

    /** A name for a disk: 2-128 characters, starting with a letter, letters, digits, ':', '_', '-'. */
    public static String diskName(Draw d) {
        return d.pick(Catalog.WORDS) + d.pick("-data", "-logs", "_scratch", ":root", "-disk");
    }

    /** A description: 2-256 characters, not starting with http:// or https://. */
    public static String description(Draw d) {
        return d.pick("created by scalecfg", "web tier", "nightly batch workers",
                "see https://example.com/runbook", "GPU inference nodes for the ranking service");
    }

    // ---- credentials and user data ------------------------------------------------------------

    /**
     * A password of 8-30 characters with an upper-case letter, a lower-case letter, a digit and a
     * special character; it never starts with '/' (a Windows rule).
     */
    public static Password password(Draw d) {
        int length = d.between(ApiLimits.PASSWORD_MIN, ApiLimits.PASSWORD_MAX);
        StringBuilder text = new StringBuilder(length);
        text.append(d.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1));
        text.append(d.chars("abcdefghijklmnopqrstuvwxyz", 1));
        text.append(d.chars("0123456789", 1));
        text.append(d.chars(ApiLimits.PASSWORD_SPECIALS, 1));
        String all = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + ApiLimits.PASSWORD_SPECIALS;
        text.append(d.chars(all, length - 4));
        return Password.of(text.toString());
    }

    /** User data: Base64 of a realistic script, far below the decoded limit ({@link ApiLimits#USER_DATA_MAX_BYTES}). */
    public static UserData userData(Draw d, boolean windows) {
        String script = d.pick(windows ? Catalog.WINDOWS_SCRIPTS : Catalog.LINUX_SCRIPTS);
        int padding = d.between(0, 4);
        StringBuilder text = new StringBuilder(script);
        for (int i = 0; i < padding; i++) {
            text.append(windows ? "\r\nWrite-Output step" : "\necho step ").append(i);
        }
        return UserData.ofPlainText(text.toString());
    }

    // ---- instance types -----------------------------------------------------------------------

    /** Distinct instance types in priority order. */
    public static List<InstanceTypeSpec> instanceTypes(Draw d, int min, int max, boolean burstableOnly,
            boolean weighted, boolean spotLimits) {
        List<Catalog.Type> pool = burstableOnly ? Catalog.BURSTABLE : Catalog.TYPES;
        int count = d.between(min, Math.min(max, pool.size()));
        List<InstanceTypeSpec> specs = new ArrayList<>(count);
        for (Catalog.Type type : d.distinct(pool, count)) {
            specs.add(instanceType(d, type, weighted, spotLimits));
        }
        return specs;
    }

    /** One instance type spec. */
    public static InstanceTypeSpec instanceType(Draw d, Catalog.Type type, boolean weighted, boolean spotLimit) {
        InstanceTypeSpec.Builder spec = InstanceTypeSpec.builder().instanceType(type.name());
        if (weighted) {
            spec.weightedCapacity(d.pick(1, 2, 4, 8, d.between(ApiLimits.WEIGHTED_CAPACITY_MIN, ApiLimits.WEIGHTED_CAPACITY_MAX)));
        }
        if (spotLimit) {
            spec.spotPriceLimit(spotPrice(d, type));
        }
        return spec.build();
    }

    /** A spot price limit around the on-demand price: three decimals at most. */
    public static BigDecimal spotPrice(Draw d, Catalog.Type type) {
        int onDemand = (int) Math.round(type.pricePerHour() * 1000);
        return d.price(Math.max(1, onDemand / 10), Math.max(2, onDemand));
    }

    // ---- disks --------------------------------------------------------------------------------

    /**
     * A system disk for an image of {@code imageSizeGib}: a size that fits every effective category
     * at its performance level ({@link ApiLimits#systemDiskSize}), at least the image size and at
     * most {@link #MAX_SYSTEM_SIZE}; PL0/PL1 only.
     */
    public static SystemDiskSpec systemDisk(Draw d, int imageSizeGib, boolean optionals) {
        SystemDiskSpec.Builder disk = SystemDiskSpec.builder();
        boolean auto = false;
        List<DiskCategory> effective;
        PerformanceLevel level = ApiLimits.DEFAULT_PERFORMANCE_LEVEL;
        int mode = d.between(0, 2); // 0: nothing, 1: one category, 2: fallback list
        if (mode == 1) {
            DiskCategory category = d.pick(SYSTEM_CATEGORIES);
            disk.category(category);
            effective = List.of(category);
            auto = category.equals(DiskCategory.CLOUD_AUTO);
            if (category.equals(DiskCategory.CLOUD_ESSD) && d.flip()) {
                level = d.pick(PerformanceLevel.PL1, PerformanceLevel.PL0);
                disk.performanceLevel(level);
            }
        } else if (mode == 2) {
            effective = d.distinct(LIST_CATEGORIES, d.between(1, 4));
            disk.categories(effective);
        } else {
            effective = List.of(DiskCategory.CLOUD_EFFICIENCY); // the default category
        }
        PerformanceLevel at = level;
        ApiLimits.DiskSize range = fitEvery(effective, category -> ApiLimits.systemDiskSize(category, at));
        int floor = Math.max(range.min(), imageSizeGib);
        int ceiling = Math.min(range.max(), MAX_SYSTEM_SIZE);
        if (d.flip()) {
            disk.size(d.pick(Math.max(floor, 40), floor, d.between(floor, ceiling)));
        }
        if (!optionals) {
            return disk.build();
        }
        if (auto) {
            d.maybe(2, () -> d.flip()).ifPresent(disk::burstingEnabled);
            d.maybe(3, () -> d.longBetween(0, 50_000)).ifPresent(disk::provisionedIops);
        }
        d.maybe(4, () -> diskName(d)).ifPresent(disk::diskName);
        d.maybe(4, () -> description(d)).ifPresent(disk::description);
        d.maybe(4, () -> "sp-" + d.alnum(20)).ifPresent(disk::autoSnapshotPolicyId);
        if (d.chance(4)) {
            disk.encrypted(true);
            d.maybe(2, () -> d.pick(EncryptAlgorithm.AES_256, EncryptAlgorithm.SM4_128)).ifPresent(disk::encryptAlgorithm);
            d.maybe(2, () -> kmsKeyId(d)).ifPresent(disk::kmsKeyId);
        }
        return disk.build();
    }

    /** A KMS key ID shaped like a UUID. */
    public static String kmsKeyId(Draw d) {
        String hex = "0123456789abcdef";
        return d.chars(hex, 8) + "-" + d.chars(hex, 4) + "-" + d.chars(hex, 4) + "-" + d.chars(hex, 4) + "-" + d.chars(hex, 12);
    }

    /** A data disk; its size respects the category's range and the ESSD performance-level floor. */
    public static DiskSpec dataDisk(Draw d, int index, boolean optionals) {
        return dataDisk(d, index, optionals, null);
    }

    /**
     * A data disk of the fixed category, or of any category when {@code fixed} is null; its size fits
     * every effective category at its performance level ({@link ApiLimits#dataDiskSize}).
     */
    public static DiskSpec dataDisk(Draw d, int index, boolean optionals, DiskCategory fixed) {
        DiskSpec.Builder disk = DiskSpec.builder();
        boolean listMode = fixed == null && d.chance(4);
        DiskCategory category;
        List<DiskCategory> effective;
        PerformanceLevel level = ApiLimits.DEFAULT_PERFORMANCE_LEVEL;
        if (listMode) {
            effective = d.distinct(LIST_CATEGORIES, d.between(1, 4));
            disk.categories(effective);
            category = null;
        } else {
            category = fixed != null ? fixed : d.pick(DATA_CATEGORIES);
            disk.category(category);
            effective = List.of(category);
            if (category.equals(DiskCategory.CLOUD_ESSD) && d.flip()) {
                level = d.pick(PerformanceLevel.PL1, PerformanceLevel.PL0, PerformanceLevel.PL2, PerformanceLevel.PL3);
                disk.performanceLevel(level);
            }
        }
        PerformanceLevel at = level;
        ApiLimits.DiskSize range = fitEvery(effective, cat -> ApiLimits.dataDiskSize(cat, at));
        int min = range.min();
        int max = DiskCategory.EPHEMERAL_SSD.equals(category) ? Math.min(range.max(), MAX_EPHEMERAL_SIZE) : range.max();
        boolean snapshot = optionals && category != null && category.isCloudDisk() && d.chance(6);
        if (snapshot) {
            disk.snapshotId("s-" + d.alnum(17));
        } else {
            disk.size(d.pick(Math.min(Math.max(min, 40), max), min, d.between(min, Math.min(max, 2000)), d.between(min, max)));
        }
        if (!optionals) {
            return disk.build();
        }
        if (category != null && category.isCloudDisk()) {
            d.maybe(4, () -> d.flip()).ifPresent(disk::deleteWithInstance);
        }
        if (DiskCategory.CLOUD_AUTO.equals(category)) {
            d.maybe(2, () -> d.flip()).ifPresent(disk::burstingEnabled);
            d.maybe(3, () -> d.longBetween(0, 50_000)).ifPresent(disk::provisionedIops);
        }
        d.maybe(4, () -> diskName(d)).ifPresent(disk::diskName);
        d.maybe(5, () -> description(d)).ifPresent(disk::description);
        d.maybe(6, () -> "sp-" + d.alnum(20)).ifPresent(disk::autoSnapshotPolicyId);
        if (d.chance(5)) {
            disk.encrypted(true);
            d.maybe(2, () -> kmsKeyId(d)).ifPresent(disk::kmsKeyId);
        }
        if (d.chance(8)) {
            disk.device("/dev/xvd" + (char) ('b' + index));
        }
        return disk.build();
    }

    /** The sizes every listed category accepts: the intersection of their ranges (all of them known). */
    static ApiLimits.DiskSize fitEvery(List<DiskCategory> categories,
            java.util.function.Function<DiskCategory, java.util.Optional<ApiLimits.DiskSize>> ranges) {
        int min = Integer.MIN_VALUE;
        int max = Integer.MAX_VALUE;
        for (DiskCategory category : categories) {
            ApiLimits.DiskSize range = ranges.apply(category).orElseThrow();
            min = Math.max(min, range.min());
            max = Math.min(max, range.max());
        }
        return new ApiLimits.DiskSize(min, max);
    }

    // ---- network ------------------------------------------------------------------------------

    /** Network settings: always a primary security group; NICs and IPv6 only for VPC groups. */
    public static NetworkSpec network(Draw d, Catalog.Region region, boolean vpc, boolean optionals, boolean api2022) {
        NetworkSpec.Builder net = NetworkSpec.builder();
        int sgMode = d.between(0, vpc ? 2 : 1); // 0: SecurityGroupId, 1: SecurityGroupIds, 2: NetworkInterfaces
        if (sgMode == 0) {
            net.securityGroupId(id(d, "sg-", region, 18));
        } else if (sgMode == 1) {
            net.securityGroupIds(securityGroups(d, region, 1, ApiLimits.SECURITY_GROUPS_DEFAULT_QUOTA));
        } else {
            net.networkInterfaces(networkInterfaces(d, region, api2022));
        }
        if (!optionals) {
            return net.build();
        }
        int chargeMode = d.between(0, 2); // 0: none, 1: PayByBandwidth, 2: PayByTraffic
        Integer out = null;
        if (chargeMode == 1) {
            net.internetChargeType(InternetChargeType.PAY_BY_BANDWIDTH);
            out = d.chance(2) ? bandwidthOut(d) : null;
        } else if (chargeMode == 2) {
            net.internetChargeType(InternetChargeType.PAY_BY_TRAFFIC);
            out = bandwidthOut(d); // older docs: PayByTraffic needs an explicit value
        } else if (d.chance(3)) {
            out = bandwidthOut(d);
        }
        if (out != null) {
            net.internetMaxBandwidthOut(out);
            if (d.chance(3)) {
                int inMax = out <= ApiLimits.BANDWIDTH_IN_FLOOR ? ApiLimits.BANDWIDTH_IN_FLOOR : out;
                net.internetMaxBandwidthIn(d.between(ApiLimits.BANDWIDTH_IN_MIN, inMax));
            }
        }
        if (vpc && sgMode != 2 && d.chance(4)) {
            net.ipv6AddressCount(d.between(0, 1));
        }
        if (d.chance(4)) {
            net.ioOptimized(IoOptimized.OPTIMIZED);
        }
        return net.build();
    }

    /** An outbound bandwidth within the API's range. */
    private static int bandwidthOut(Draw d) {
        return d.between(ApiLimits.BANDWIDTH_OUT_MIN, ApiLimits.BANDWIDTH_OUT_MAX);
    }

    /** 1..max distinct security group IDs. */
    public static List<String> securityGroups(Draw d, Catalog.Region region, int min, int max) {
        int count = d.between(min, max);
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String candidate = id(d, "sg-", region, 18);
            // distinct by construction: the index is the last character
            ids.add(candidate.substring(0, candidate.length() - 1) + Draw.LOWER_ALNUM.charAt(i));
        }
        return ids;
    }

    /** A primary interface first, then at most one secondary. */
    public static List<NetworkInterfaceSpec> networkInterfaces(Draw d, Catalog.Region region, boolean api2022) {
        List<NetworkInterfaceSpec> nics = new ArrayList<>();
        NetworkInterfaceSpec.Builder primary = NetworkInterfaceSpec.builder()
                .interfaceType(NetworkInterfaceType.PRIMARY)
                .securityGroupIds(securityGroups(d, region, 1, 2));
        d.maybe(4, () -> d.between(1, 2)).ifPresent(primary::ipv6AddressCount);
        d.maybe(4, () -> d.pick(NetworkInterfaceTrafficMode.STANDARD, NetworkInterfaceTrafficMode.HIGH_PERFORMANCE))
                .ifPresent(primary::trafficMode);
        if (api2022) {
            d.maybe(5, () -> d.between(ApiLimits.SECONDARY_PRIVATE_IPS_MIN, ApiLimits.SECONDARY_PRIVATE_IPS_MAX))
                    .ifPresent(primary::secondaryPrivateIpAddressCount);
        }
        nics.add(primary.build());
        if (d.chance(3)) {
            NetworkInterfaceSpec.Builder secondary = NetworkInterfaceSpec.builder()
                    .interfaceType(NetworkInterfaceType.SECONDARY)
                    .securityGroupIds(securityGroups(d, region, 1, 2));
            d.maybe(4, () -> NetworkInterfaceTrafficMode.STANDARD).ifPresent(secondary::trafficMode);
            nics.add(secondary.build());
        }
        return nics;
    }

    // ---- tags ---------------------------------------------------------------------------------

    /** Distinct tags, insertion-ordered; keys and values from the catalog, within the API's lengths. */
    public static Map<String, String> tags(Draw d, int min, int max) {
        int count = d.between(min, Math.min(max, Catalog.TAG_KEYS.size()));
        Map<String, String> tags = new LinkedHashMap<>();
        for (String key : d.distinct(Catalog.TAG_KEYS, count)) {
            tags.put(key, d.pick(Catalog.TAG_VALUES));
        }
        return tags;
    }
}
