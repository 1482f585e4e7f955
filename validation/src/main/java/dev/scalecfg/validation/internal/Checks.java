package dev.scalecfg.validation.internal;

import dev.scalecfg.core.Affinity;
import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.HttpEndpoint;
import dev.scalecfg.core.HttpTokens;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.NamePattern;
import dev.scalecfg.core.NetworkInterfaceSpec;
import dev.scalecfg.core.NetworkInterfaceType;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.PerformanceLevel;
import dev.scalecfg.core.PlacementSpec;
import dev.scalecfg.core.PrivatePoolMatchCriteria;
import dev.scalecfg.core.PrivatePoolSpec;
import dev.scalecfg.core.ResourcePoolSpec;
import dev.scalecfg.core.ResourcePoolStrategy;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SecurityEnhancementStrategy;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.Tenancy;
import dev.scalecfg.validation.NetworkType;
import dev.scalecfg.validation.OsType;
import dev.scalecfg.validation.ValidationContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-field and context checks behind the built-in rules. Each method is a pure function
 * writing into a {@link Report}; the public documentation (limits, sources, choices between
 * disagreeing sources) is on the constants of {@code dev.scalecfg.validation.BuiltInRules}.
 */
public final class Checks {

    /** Decoded user-data limit: 32 KiB (SDK docs from 2024-07; older docs said 16 KB). */
    public static final int USER_DATA_MAX_BYTES = 32 * 1024;
    /** Total ephemeral_ssd capacity per instance. */
    public static final int EPHEMERAL_TOTAL_MAX_GIB = 2048;

    private static final Pattern INSTANCE_NAME =
            Pattern.compile("(?!https?://)[A-Za-z\\p{IsHan}][A-Za-z0-9\\p{IsHan}:_.-]*");
    private static final Pattern TYPE = Pattern.compile("ecs\\.([a-z0-9-]+)\\.[a-z0-9-]+");
    private static final Pattern BURSTABLE = Pattern.compile("t([5-9]|[1-9][0-9])");
    private static final Set<String> RETIRED =
            Set.of("t1", "s1", "s2", "s3", "m1", "m2", "c1", "c2", "n1", "n2", "e3");
    private static final String PASSWORD_SPECIALS = "()`~!@#$%^&*-_+=|{}[]:;'<>,.?/";
    /** The size token of a public image file name: {@code _20G_} in {@code aliyun_3_x64_20G_alibase_….vhd}. */
    private static final Pattern PUBLIC_IMAGE_SIZE = Pattern.compile("(?:^|_)([1-9][0-9]{0,3})G(?=_|\\.)");
    private static final Set<DiskCategory> FALLBACK_CATEGORIES = Set.of(
            DiskCategory.CLOUD, DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD, DiskCategory.CLOUD_ESSD);

    private Checks() {}

    // ---- names ----------------------------------------------------------------------------------

    /** Instance name, host name and their sequential patterns. */
    public static void names(ScalingConfiguration c, ValidationContext ctx, Report r) {
        c.getInstanceName().ifPresent(raw -> {
            NamePattern seq = sequential(raw, "instanceName", r);
            if (seq == null) {
                return;
            }
            String name = seq.firstName();
            String what = seq.ordered() ? " generates \"" + shown(name) + "\", which" : " is \"" + shown(name) + "\"; it";
            if (name.length() < 2 || name.length() > 128) {
                r.error("INSTANCE_NAME_LENGTH", "instanceName", p -> p + what + " has " + characters(name.length())
                        + "; an instance name takes 2 to 128 characters");
            }
            if (!INSTANCE_NAME.matcher(name).matches()) {
                r.error("INSTANCE_NAME_FORMAT", "instanceName", p -> p + what + " breaks the naming rule; an instance"
                        + " name starts with a letter and contains only letters, digits, ':', '_', '.' and '-'");
            }
        });
        c.getHostName().ifPresent(raw -> {
            NamePattern seq = sequential(raw, "hostName", r);
            if (seq == null) {
                return;
            }
            String name = seq.firstName();
            boolean windows = ctx.resolveOsType(c).orElse(OsType.LINUX) == OsType.WINDOWS;
            String os = windows ? "a Windows host name" : "a Linux host name";
            String what = seq.ordered() ? " generates \"" + shown(name) + "\", which" : " is \"" + shown(name) + "\"; it";
            int max = windows ? 15 : 64;
            if (name.length() < 2 || name.length() > max) {
                r.error("HOST_NAME_LENGTH", "hostName", p -> p + what + " has " + characters(name.length()) + "; "
                        + os + " takes 2 to " + max + " characters");
            }
            String problem = hostNameProblem(name, windows);
            if (problem != null) {
                r.error("HOST_NAME_FORMAT", "hostName", p -> p + what + " " + problem + "; " + os
                        + (windows ? " uses letters, digits and '-', is not all digits"
                                : " uses dot-separated letters, digits and '-'")
                        + ", and does not begin or end with '.' or '-'");
            }
        });
    }

    private static NamePattern sequential(String raw, String path, Report r) {
        NamePattern seq = NamePattern.parse(raw);
        if (seq.problem().isPresent()) {
            r.error("SEQUENTIAL_NAME_PATTERN_INVALID", path, p -> p + " \"" + shown(raw) + "\" is not a valid sequential"
                    + " name: " + seq.problem().get() + "; write prefix(AUTO_INCREMENT)[begin,bits]suffix with begin 0 to 999999"
                    + " and bits 1 to 6");
            return null;
        }
        if (seq.groupWide() && seq.explicitBits().orElse(6) < 3) {
            r.warning("SEQUENTIAL_NAME_BITS_LOW", path, p -> p + " \"" + shown(raw) + "\" numbers instances with "
                    + seq.explicitBits().getAsInt() + " digit(s); the sequence stops scale-outs once it overflows, use bits of 3 or more");
        }
        return seq;
    }

    private static String hostNameProblem(String name, boolean windows) {
        if (name.startsWith(".") || name.startsWith("-") || name.endsWith(".") || name.endsWith("-")) {
            return "begins or ends with '.' or '-'";
        }
        if (name.contains("..") || name.contains("--")) {
            return "contains '..' or '--'";
        }
        String allowed = windows ? "[A-Za-z0-9-]*" : "[A-Za-z0-9.-]*";
        if (!name.matches(allowed)) {
            return windows ? "contains a character other than a letter, a digit or '-'"
                    : "contains a character other than a letter, a digit, '.' or '-'";
        }
        if (windows && name.chars().allMatch(Character::isDigit)) {
            return "is all digits";
        }
        return null;
    }

    // ---- credentials ----------------------------------------------------------------------------

    /** Password complexity, Windows rules, password vs inherit vs key pair. Never prints the password. */
    public static void credentials(ScalingConfiguration c, ValidationContext ctx, Report r) {
        CredentialsSpec cred = c.getCredentials();
        Optional<OsType> os = ctx.resolveOsType(c);
        cred.getPassword().ifPresent(password -> {
            String secret = password.reveal();
            int length = secret.length();
            if (length < 8 || length > 30) {
                r.error("PASSWORD_LENGTH", "credentials.password", p -> p + ": the password has " + length
                        + " characters; it must have 8 to 30");
            }
            int upper = 0;
            int lower = 0;
            int digit = 0;
            int special = 0;
            int other = 0;
            for (int i = 0; i < secret.length(); i++) {
                char ch = secret.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    upper = 1;
                } else if (ch >= 'a' && ch <= 'z') {
                    lower = 1;
                } else if (ch >= '0' && ch <= '9') {
                    digit = 1;
                } else if (PASSWORD_SPECIALS.indexOf(ch) >= 0) {
                    special = 1;
                } else {
                    other++;
                }
            }
            int classes = upper + lower + digit + special;
            if (other > 0) {
                int others = other;
                r.error("PASSWORD_CHARACTERS", "credentials.password", p -> p + ": the password has " + others
                        + " character(s) that are not letters, digits or one of " + PASSWORD_SPECIALS + "; remove them");
            }
            if (classes < 3) {
                r.error("PASSWORD_COMPLEXITY", "credentials.password", p -> p + ": the password uses " + classes
                        + " of the 4 character classes (upper case, lower case, digits, special characters);"
                        + " it must use at least 3");
            }
            if (os.orElse(null) == OsType.WINDOWS && secret.startsWith("/")) {
                r.error("PASSWORD_WINDOWS_SLASH", "credentials.password", p -> p
                        + ": the password starts with '/'; a Windows password must not start with '/'");
            }
            if (cred.getPasswordInherit().orElse(false)) {
                r.error("PASSWORD_AND_INHERIT", "credentials.password", p -> p
                        + " is set while PasswordInherit is true; remove the password or set PasswordInherit to false");
            }
            if (cred.getKeyPairName().isPresent() && os.orElse(null) == OsType.LINUX) {
                r.warning("KEY_PAIR_AND_PASSWORD", "credentials.password", p -> p
                        + " is set together with KeyPairName on a Linux image; the key pair disables password logon,"
                        + " so remove one of them");
            }
        });
        cred.getKeyPairName().ifPresent(keyPair -> {
            if (os.orElse(null) == OsType.WINDOWS) {
                r.warning("KEY_PAIR_ON_WINDOWS", "credentials.keyPairName", p -> p + " is \"" + shown(keyPair)
                        + "\" but the image is Windows, which ignores key pairs; use a password instead");
            } else if (c.getNetwork().getIoOptimized().orElse(null) == IoOptimized.NONE) {
                r.warning("KEY_PAIR_NOT_IO_OPTIMIZED", "credentials.keyPairName", p -> p + " is \"" + shown(keyPair)
                        + "\" but IoOptimized is none; key pairs are not supported on non-I/O-optimized instances,"
                        + " use a password or set IoOptimized to optimized");
            }
        });
    }

    // ---- image ----------------------------------------------------------------------------------

    /** Image sources and their exclusivity. */
    /** The scaling group: ScalingGroupId is the only parameter the API requires. */
    public static void scalingGroup(ScalingConfiguration c, ValidationContext ctx, Report r) {
        if (c.getScalingGroupId().isEmpty()) {
            r.error("SCALING_GROUP_ID_MISSING", "scalingGroupId", p -> p + " is not set; the API requires the ID of"
                    + " the scaling group the configuration belongs to (asg-…)");
        }
    }

    public static void image(ScalingConfiguration c, ValidationContext ctx, Report r) {
        ImageSpec image = c.getImage();
        if (image.getImageId().isEmpty() && image.getImageName().isEmpty() && image.getImageFamily().isEmpty()) {
            r.error("IMAGE_MISSING", "image.imageId", p -> "no image is set; set ImageId, ImageName or ImageFamily");
        }
        image.getImageId().ifPresent(id -> {
            if (image.getImageFamily().isPresent()) {
                r.error("IMAGE_ID_AND_FAMILY", "image.imageFamily", p -> p + " is \"" + shown(image.getImageFamily().get())
                        + "\" while ImageId is set; ImageFamily must not be combined with ImageId, remove one");
            }
            if (image.getImageName().isPresent()) {
                r.warning("IMAGE_NAME_IGNORED", "image.imageName", p -> p + " is \"" + shown(image.getImageName().get())
                        + "\" but ImageId is set, so the name is ignored; remove one of them");
            }
            if (!id.startsWith("m-") && !id.endsWith(".vhd")) {
                r.warning("IMAGE_ID_FORMAT", "image.imageId", p -> p + " is \"" + shown(id)
                        + "\", neither a custom image ID (m-…) nor a public image file name (….vhd); check the ID");
            }
            if (id.startsWith("m-") && c.getSecurityEnhancementStrategy().orElse(null) == SecurityEnhancementStrategy.ACTIVE) {
                r.warning("SECURITY_ENHANCEMENT_CUSTOM_IMAGE", "securityEnhancementStrategy", p -> p + " is Active but"
                        + " the image " + shown(id) + " is a custom image; Active applies to public images only, set"
                        + " Deactive or remove it");
            }
        });
        if (image.getImageId().isEmpty() && image.getImageName().isPresent() && image.getImageFamily().isPresent()) {
            r.warning("IMAGE_NAME_AND_FAMILY", "image.imageName", p -> p + " is \"" + shown(image.getImageName().get())
                    + "\" while ImageFamily is \"" + shown(image.getImageFamily().get()) + "\"; which of them ESS uses"
                    + " is undocumented, remove one");
        }
    }

    /**
     * Returns the size in GiB that a public image's file name states ({@code _20G_}, {@code _40G_});
     * empty for custom images ({@code m-…}), image names and families, whose size is unknown offline.
     *
     * @param image the image settings
     * @return the image size in GiB, when the image ID states it
     */
    public static Optional<Integer> publicImageSizeGib(ImageSpec image) {
        return image.getImageId().filter(id -> !id.startsWith("m-") && id.endsWith(".vhd")).flatMap(id -> {
            Matcher m = PUBLIC_IMAGE_SIZE.matcher(id);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        });
    }

    // ---- instance types -------------------------------------------------------------------------

    /** Instance type sources, exclusivity, duplicates, retired families, custom priorities. */
    public static void instanceTypes(ScalingConfiguration c, ValidationContext ctx, Report r) {
        List<InstanceTypeSpec> types = c.getInstanceTypes();
        if (types.isEmpty() && c.getInstancePatterns().isEmpty() && c.getCpu().isEmpty() && c.getMemory().isEmpty()) {
            r.error("INSTANCE_TYPE_MISSING", "instanceTypes", p -> "no instance type is set; list InstanceTypes, add an"
                    + " InstancePatternInfo, or give Cpu and Memory");
        }
        boolean anyWeighted = types.stream().anyMatch(t -> t.getWeightedCapacity().isPresent());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            InstanceTypeSpec type = types.get(i);
            String name = type.getInstanceType();
            int index = i;
            if (anyWeighted && type.getWeightedCapacity().isEmpty()) {
                r.error("INSTANCE_TYPE_WEIGHT_MIXED", "instanceTypes[" + i + "].weightedCapacity", p -> p
                        + " is missing for " + shown(name) + " while other types have a weight; give every type a"
                        + " weighted capacity (1 to 500) or none");
            }
            if (!seen.add(name)) {
                r.error("INSTANCE_TYPE_DUPLICATE", "instanceTypes[" + i + "].instanceType", p -> p + " repeats "
                        + shown(name) + ", already listed earlier; list each type once");
            }
            family(name).filter(RETIRED::contains).ifPresent(family -> r.warning("INSTANCE_TYPE_RETIRED",
                    "instanceTypes[" + index + "].instanceType", p -> p + " is " + shown(name) + " of the retired family "
                            + family + "; choose a current family such as g7 or c7"));
        }
        if (c.getCpu().isPresent() != c.getMemory().isPresent()) {
            String present = c.getCpu().isPresent() ? "cpu" : "memory";
            String missing = c.getCpu().isPresent() ? "Memory" : "Cpu";
            r.error("CPU_MEMORY_INCOMPLETE", present, p -> p + " is set but " + missing + " is not; give both or neither");
        } else if (c.getCpu().isPresent() && !types.isEmpty()) {
            r.error("CPU_MEMORY_WITH_TYPES", "cpu", p -> p + " and Memory are set together with " + types.size()
                    + " instance type(s); use either instance types or Cpu and Memory, not both");
        }
        if (c.getNetwork().getIoOptimized().orElse(null) == IoOptimized.NONE) {
            types.stream().map(InstanceTypeSpec::getInstanceType)
                    .filter(name -> family(name).filter(f -> !RETIRED.contains(f)).isPresent())
                    .findFirst().ifPresent(name -> r.warning("IO_OPTIMIZED_NONE", "network.ioOptimized", p -> p
                            + " is none but " + shown(name) + " is a current instance type; only retired types run"
                            + " without I/O optimization, remove IoOptimized or set it to optimized"));
        }
        Set<String> listed = new HashSet<>();
        types.forEach(t -> listed.add(t.getInstanceType()));
        for (int i = 0; i < c.getCustomPriorities().size(); i++) {
            String type = c.getCustomPriorities().get(i).getInstanceType();
            if (!listed.contains(type)) {
                r.error("CUSTOM_PRIORITY_TYPE_NOT_LISTED", "customPriorities[" + i + "].instanceType", p -> p + " is "
                        + shown(type) + ", which is not one of the configuration's instance types; add it to"
                        + " InstanceTypes or remove the priority");
            }
        }
    }

    /** The family of {@code ecs.<family>.<size>} without its spec suffix ({@code t5} for {@code ecs.t5-lc1m2.large}). */
    static Optional<String> family(String instanceType) {
        Matcher m = TYPE.matcher(instanceType);
        if (!m.matches()) {
            return Optional.empty();
        }
        String family = m.group(1);
        int dash = family.indexOf('-');
        return Optional.of(dash < 0 ? family : family.substring(0, dash));
    }

    // ---- instance patterns ----------------------------------------------------------------------

    /** Intelligent mode: cores and memory, ranges, VPC only. */
    public static void instancePatterns(ScalingConfiguration c, ValidationContext ctx, Report r) {
        List<InstancePatternSpec> patterns = c.getInstancePatterns();
        if (!patterns.isEmpty() && ctx.resolveNetworkType().orElse(null) == NetworkType.CLASSIC) {
            r.error("INSTANCE_PATTERN_REQUIRES_VPC", "instancePatterns", p -> p + " is set but the scaling group is"
                    + " classic-network; intelligent mode needs a VPC scaling group, remove the patterns");
        }
        for (int i = 0; i < patterns.size(); i++) {
            InstancePatternSpec pattern = patterns.get(i);
            String base = "instancePatterns[" + i + "].";
            if (pattern.getCores().isEmpty() || pattern.getMemory().isEmpty()) {
                String missing = pattern.getCores().isEmpty() ? "cores" : "memory";
                r.error("INSTANCE_PATTERN_INCOMPLETE", base + missing, p -> p + " is missing; an instance pattern"
                        + " needs both Cores and Memory");
            }
            range(r, base, "CpuCoreCount", pattern.getMinimumCpuCoreCount().map(BigDecimal::valueOf),
                    pattern.getMaximumCpuCoreCount().map(BigDecimal::valueOf));
            range(r, base, "MemorySize", pattern.getMinimumMemorySize(), pattern.getMaximumMemorySize());
            range(r, base, "GpuAmount", pattern.getMinimumGpuAmount().map(BigDecimal::valueOf),
                    pattern.getMaximumGpuAmount().map(BigDecimal::valueOf));
            if (pattern.getMinimumCpuCoreCount().isPresent() && pattern.getMaximumCpuCoreCount().isPresent()) {
                int min = pattern.getMinimumCpuCoreCount().get();
                int max = pattern.getMaximumCpuCoreCount().get();
                if (min <= max && max > 4L * min) {
                    r.error("INSTANCE_PATTERN_RANGE", base + "maximumCpuCoreCount", p -> p + " is " + max
                            + " but MinimumCpuCoreCount is " + min + "; the maximum may be at most 4 times the minimum ("
                            + 4L * min + ")");
                }
            }
        }
    }

    private static void range(Report r, String base, String what, Optional<BigDecimal> min, Optional<BigDecimal> max) {
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            r.error("INSTANCE_PATTERN_RANGE", base + "maximum" + what, p -> p + " is " + max.get().toPlainString()
                    + " but Minimum" + what + " is " + min.get().toPlainString() + "; the maximum must not be below the minimum");
        }
    }

    // ---- spot ----------------------------------------------------------------------------------

    /** Spot strategy vs price limits, MaxPrice on patterns, spot on dedicated hosts. */
    public static void spot(ScalingConfiguration c, ValidationContext ctx, Report r) {
        SpotStrategy strategy = c.getSpotStrategy().orElse(SpotStrategy.NO_SPOT);
        List<InstanceTypeSpec> types = c.getInstanceTypes();
        if (strategy != SpotStrategy.SPOT_WITH_PRICE_LIMIT) {
            for (int i = 0; i < types.size(); i++) {
                InstanceTypeSpec type = types.get(i);
                type.getSpotPriceLimit().ifPresent(limit -> r.warning("SPOT_PRICE_LIMIT_IGNORED",
                        "instanceTypes[" + types.indexOf(type) + "].spotPriceLimit", p -> p + " is "
                                + limit.toPlainString() + " for " + shown(type.getInstanceType()) + " but SpotStrategy is "
                                + strategy.apiValue() + ", so it is ignored; set SpotStrategy to SpotWithPriceLimit or"
                                + " remove the limit"));
            }
        } else {
            for (int i = 0; i < c.getInstancePatterns().size(); i++) {
                if (c.getInstancePatterns().get(i).getMaxPrice().isEmpty()) {
                    r.error("PATTERN_MAX_PRICE_REQUIRED", "instancePatterns[" + i + "].maxPrice", p -> p
                            + " is missing while SpotStrategy is SpotWithPriceLimit; give the pattern a MaxPrice");
                }
            }
        }
        if (c.preemptible() && c.getDeletionProtection().orElse(false)) {
            r.warning("DELETION_PROTECTION_WITH_SPOT", "deletionProtection", p -> p + " is true but SpotStrategy is "
                    + strategy.apiValue() + "; release protection is for pay-as-you-go instances and does not stop"
                    + " preemptible instances from being reclaimed, remove one of them");
        }
        if (c.preemptible() && c.getPlacement().getDedicatedHostId().isPresent()) {
            r.warning("SPOT_ON_DEDICATED_HOST", "spotStrategy", p -> p + " is " + strategy.apiValue()
                    + " but DedicatedHostId is set, and dedicated hosts ignore spot settings; remove one of them");
        }
    }

    /** Credit specification only on burstable families. */
    public static void creditSpecification(ScalingConfiguration c, ValidationContext ctx, Report r) {
        if (c.getCreditSpecification().isEmpty() || c.getInstanceTypes().isEmpty()) {
            return;
        }
        boolean anyBurstable = c.getInstanceTypes().stream()
                .map(t -> family(t.getInstanceType()))
                .anyMatch(f -> f.filter(name -> BURSTABLE.matcher(name).matches()).isPresent());
        if (!anyBurstable) {
            r.warning("CREDIT_SPECIFICATION_NOT_BURSTABLE", "creditSpecification", p -> p + " is "
                    + c.getCreditSpecification().get().apiValue() + " but none of the " + c.getInstanceTypes().size()
                    + " instance type(s) is burstable (t5, t6, …); remove it or list a burstable type");
        }
    }

    // ---- disks ---------------------------------------------------------------------------------

    /** Size limits of one disk category at a performance level. */
    static final class SizeRange {
        final int min;
        final int max;
        final String label;

        SizeRange(int min, int max, String label) {
            this.min = min;
            this.max = max;
            this.label = label;
        }
    }

    /**
     * System-disk size range, newest rule (SDK docs from 2025-02): cloud 20–500; cloud_essd PL0
     * 1–2048, PL1 20–2048, PL2 461–2048, PL3 1261–2048; cloud_auto 1–2048; other known
     * categories 20–2048.
     */
    static SizeRange systemRange(DiskCategory category, PerformanceLevel level) {
        if (category.equals(DiskCategory.CLOUD)) {
            return new SizeRange(20, 500, "cloud");
        }
        if (category.equals(DiskCategory.CLOUD_ESSD)) {
            return essd(level, 2048, 1, 20);
        }
        if (category.equals(DiskCategory.CLOUD_AUTO)) {
            return new SizeRange(1, 2048, "cloud_auto");
        }
        return new SizeRange(20, 2048, category.apiValue());
    }

    /**
     * Data-disk size range: cloud 5–2000; cloud_efficiency, cloud_ssd 20–32768; cloud_essd
     * PL0/PL1 20–32768, PL2 461–32768, PL3 1261–32768; ephemeral_ssd 5–800; cloud_auto 1–32768.
     */
    static SizeRange dataRange(DiskCategory category, PerformanceLevel level) {
        if (category.equals(DiskCategory.CLOUD)) {
            return new SizeRange(5, 2000, "cloud");
        }
        if (category.equals(DiskCategory.CLOUD_ESSD)) {
            return essd(level, 32768, 20, 20);
        }
        if (category.equals(DiskCategory.EPHEMERAL_SSD)) {
            return new SizeRange(5, 800, "ephemeral_ssd");
        }
        if (category.equals(DiskCategory.CLOUD_AUTO)) {
            return new SizeRange(1, 32768, "cloud_auto");
        }
        return new SizeRange(20, 32768, category.apiValue());
    }

    private static SizeRange essd(PerformanceLevel level, int max, int pl0Min, int pl1Min) {
        switch (level) {
            case PL0:
                return new SizeRange(pl0Min, max, "cloud_essd at PL0");
            case PL2:
                return new SizeRange(461, max, "cloud_essd at PL2");
            case PL3:
                return new SizeRange(1261, max, "cloud_essd at PL3");
            default:
                return new SizeRange(pl1Min, max, "cloud_essd at PL1");
        }
    }

    private static DiskCategory defaultCategory(ScalingConfiguration c) {
        return c.getNetwork().getIoOptimized().orElse(IoOptimized.OPTIMIZED) == IoOptimized.NONE
                ? DiskCategory.CLOUD : DiskCategory.CLOUD_EFFICIENCY;
    }

    /** The system disk: categories, size per category and PL, PL, bursting, encryption. */
    public static void systemDisk(ScalingConfiguration c, ValidationContext ctx, Report r) {
        SystemDiskSpec disk = c.getSystemDisk();
        List<DiskCategory> effective = categories(r, "systemDisk", disk.getCategory(), disk.getCategories(), defaultCategory(c));
        PerformanceLevel level = disk.getPerformanceLevel().orElse(PerformanceLevel.PL1);
        disk.getSize().ifPresent(size -> {
            boolean inRange = checkSize(r, "systemDisk.size", size, effective, cat -> systemRange(cat, level));
            Optional<Integer> imageSize = publicImageSizeGib(c.getImage());
            if (inRange && imageSize.isPresent() && size < imageSize.get()) {
                r.error("SYSTEM_DISK_SMALLER_THAN_IMAGE", "systemDisk.size", p -> p + " is " + size + " GiB but the image "
                        + shown(c.getImage().getImageId().get()) + " is " + imageSize.get() + " GiB; the system disk must be"
                        + " at least as large as the image, use " + imageSize.get() + " GiB or more");
            }
        });
        commonDiskChecks(r, "systemDisk", effective, disk.getPerformanceLevel(), disk.getBurstingEnabled());
        if (!disk.getEncrypted().orElse(false)) {
            if (disk.getKmsKeyId().isPresent()) {
                r.warning("ENCRYPTION_SETTINGS_IGNORED", "systemDisk.kmsKeyId", p -> p
                        + " is set but Encrypted is not true, so it is ignored; set SystemDisk.Encrypted to true");
            } else if (disk.getEncryptAlgorithm().isPresent()) {
                r.warning("ENCRYPTION_SETTINGS_IGNORED", "systemDisk.encryptAlgorithm", p -> p + " is "
                        + disk.getEncryptAlgorithm().get().apiValue()
                        + " but Encrypted is not true, so it is ignored; set SystemDisk.Encrypted to true");
            }
        }
    }

    /** Each data disk, plus the total ephemeral capacity. */
    public static void dataDisks(ScalingConfiguration c, ValidationContext ctx, Report r) {
        List<DiskSpec> disks = c.getDataDisks();
        long ephemeral = 0;
        for (int i = 0; i < disks.size(); i++) {
            DiskSpec disk = disks.get(i);
            String base = "dataDisks[" + i + "]";
            List<DiskCategory> effective = categories(r, base, disk.getCategory(), disk.getCategories(), defaultCategory(c));
            PerformanceLevel level = disk.getPerformanceLevel().orElse(PerformanceLevel.PL1);
            if (disk.getSnapshotId().isEmpty()) {
                // with a snapshot, Size is ignored and the disk takes the snapshot's size (API doc 2014
                // and SDK 2022); Terraform sends Size=0 for a snapshot-only disk
                disk.getSize().ifPresent(size ->
                        checkSize(r, base + ".size", size, effective, cat -> dataRange(cat, level)));
            }
            commonDiskChecks(r, base, effective, disk.getPerformanceLevel(), disk.getBurstingEnabled());
            if (disk.getDeleteWithInstance().isPresent()) {
                effective.stream().filter(cat -> cat.isKnown() && !cat.isCloudDisk()).findFirst().ifPresent(cat ->
                        r.error("DELETE_WITH_INSTANCE_CATEGORY", base + ".deleteWithInstance", p -> p + " is set for the "
                                + cat.apiValue() + " disk; only cloud, cloud_efficiency, cloud_ssd and cloud_essd disks"
                                + " take it, remove it"));
            }
            if (disk.getKmsKeyId().isPresent() && !disk.getEncrypted().orElse(false)) {
                r.warning("ENCRYPTION_SETTINGS_IGNORED", base + ".kmsKeyId", p -> p
                        + " is set but Encrypted is not true, so it is ignored; set Encrypted to true");
            }
            if (effective.size() == 1 && effective.get(0).equals(DiskCategory.EPHEMERAL_SSD)) {
                ephemeral += disk.getSize().orElse(0);
            }
        }
        if (ephemeral > EPHEMERAL_TOTAL_MAX_GIB) {
            long total = ephemeral;
            r.error("EPHEMERAL_DISK_TOTAL", "dataDisks", p -> p + ": the ephemeral_ssd data disks total " + total
                    + " GiB; an instance takes at most " + EPHEMERAL_TOTAL_MAX_GIB + " GiB of ephemeral disks, shrink them");
        }
    }

    private static List<DiskCategory> categories(Report r, String base, Optional<DiskCategory> category,
            List<DiskCategory> categories, DiskCategory fallback) {
        if (category.isPresent() && !categories.isEmpty()) {
            r.error("DISK_CATEGORY_CONFLICT", base + ".categories", p -> p + " is set together with the single"
                    + " category " + category.get().apiValue() + "; give either one category or a fallback list");
        }
        for (int j = 0; j < categories.size(); j++) {
            DiskCategory cat = categories.get(j);
            if (!FALLBACK_CATEGORIES.contains(cat)) {
                r.error("DISK_CATEGORIES_NOT_ALLOWED", base + ".categories[" + j + "]", p -> p + " is " + cat.apiValue()
                        + "; a fallback list takes only cloud, cloud_efficiency, cloud_ssd and cloud_essd");
            }
        }
        category.filter(cat -> !cat.isKnown()).ifPresent(cat -> r.warning("DISK_CATEGORY_UNKNOWN",
                base + ".category", p -> p + " is " + shown(cat.apiValue()) + ", not a documented category (cloud,"
                        + " cloud_efficiency, cloud_ssd, cloud_essd, ephemeral_ssd, cloud_auto); check the spelling"));
        if (category.isPresent()) {
            return List.of(category.get());
        }
        if (!categories.isEmpty()) {
            List<DiskCategory> allowed = new ArrayList<>();
            categories.stream().filter(FALLBACK_CATEGORIES::contains).forEach(allowed::add);
            return allowed;
        }
        return List.of(fallback);
    }

    /** Reports DISK_SIZE_OUT_OF_RANGE at most once; returns true when the size fits every known category. */
    private static boolean checkSize(Report r, String path, int size, List<DiskCategory> categories,
            java.util.function.Function<DiskCategory, SizeRange> ranges) {
        for (DiskCategory cat : categories) {
            if (!cat.isKnown()) {
                continue;
            }
            SizeRange range = ranges.apply(cat);
            if (size < range.min || size > range.max) {
                r.error("DISK_SIZE_OUT_OF_RANGE", path, p -> p + " is " + size + " GiB; " + range.label + " takes "
                        + range.min + " to " + range.max + " GiB");
                return false;
            }
        }
        return true;
    }

    private static void commonDiskChecks(Report r, String base, List<DiskCategory> effective,
            Optional<PerformanceLevel> level, Optional<Boolean> bursting) {
        boolean allKnown = !effective.isEmpty() && effective.stream().allMatch(DiskCategory::isKnown);
        if (level.isPresent() && allKnown && !effective.contains(DiskCategory.CLOUD_ESSD)) {
            r.warning("PERFORMANCE_LEVEL_NOT_ESSD", base + ".performanceLevel", p -> p + " is " + level.get().apiValue()
                    + " but the disk is " + names(effective) + "; performance levels apply to cloud_essd only, remove it");
        }
        if (bursting.orElse(false) && allKnown && !effective.contains(DiskCategory.CLOUD_AUTO)) {
            r.error("BURSTING_REQUIRES_CLOUD_AUTO", base + ".burstingEnabled", p -> p + " is true but the disk is "
                    + names(effective) + "; bursting needs the cloud_auto category");
        }
    }

    private static String names(List<DiskCategory> categories) {
        List<String> out = new ArrayList<>();
        categories.forEach(cat -> out.add(cat.apiValue()));
        return String.join("/", out);
    }

    // ---- network --------------------------------------------------------------------------------

    /** Inbound bandwidth tied to outbound (SDK docs from 2024-12). */
    public static void bandwidth(ScalingConfiguration c, ValidationContext ctx, Report r) {
        NetworkSpec network = c.getNetwork();
        network.getInternetMaxBandwidthIn().filter(in -> in >= 1).ifPresent(in -> {
            int out = network.getInternetMaxBandwidthOut().orElse(0);
            int max = out <= 10 ? 10 : out;
            if (in > max) {
                r.error("BANDWIDTH_IN_OUT_OF_RANGE", "network.internetMaxBandwidthIn", p -> p + " is " + in
                        + " Mbit/s; with InternetMaxBandwidthOut " + out + " it takes 1 to " + max + " Mbit/s");
            }
        });
    }

    /** Security group id vs ids, presence, quota, VPC membership. */
    public static void securityGroups(ScalingConfiguration c, ValidationContext ctx, Report r) {
        NetworkSpec network = c.getNetwork();
        if (network.getSecurityGroupId().isPresent() && !network.getSecurityGroupIds().isEmpty()) {
            r.error("SECURITY_GROUP_CONFLICT", "network.securityGroupIds", p -> p + " is set together with"
                    + " SecurityGroupId; use one of them");
        }
        if (network.getSecurityGroupId().isEmpty() && network.getSecurityGroupIds().isEmpty()
                && network.getNetworkInterfaces().isEmpty()) {
            r.error("SECURITY_GROUP_MISSING", "network.securityGroupId", p -> "no security group is set; set"
                    + " SecurityGroupId, SecurityGroupIds or a Primary network interface");
        }
        int count = network.getSecurityGroupIds().size();
        if (count > 5 && count <= 16) {
            r.warning("SECURITY_GROUP_QUOTA", "network.securityGroupIds", p -> p + " lists " + count
                    + " security groups; an instance joins at most 5 unless the ECS quota was raised (up to 16)");
        }
        Optional<NetworkType> type = ctx.resolveNetworkType();
        List<String[]> groups = new ArrayList<>();
        network.getSecurityGroupId().ifPresent(id -> groups.add(new String[] {"network.securityGroupId", id}));
        for (int i = 0; i < network.getSecurityGroupIds().size(); i++) {
            groups.add(new String[] {"network.securityGroupIds[" + i + "]", network.getSecurityGroupIds().get(i)});
        }
        for (int n = 0; n < network.getNetworkInterfaces().size(); n++) {
            List<String> ids = network.getNetworkInterfaces().get(n).getSecurityGroupIds();
            for (int i = 0; i < ids.size(); i++) {
                groups.add(new String[] {"network.networkInterfaces[" + n + "].securityGroupIds[" + i + "]", ids.get(i)});
            }
        }
        for (String[] group : groups) {
            String vpc = ctx.getSecurityGroupVpcs().get(group[1]);
            if (vpc == null || type.isEmpty()) {
                continue;
            }
            if (type.get() == NetworkType.CLASSIC) {
                r.error("SECURITY_GROUP_VPC_MISMATCH", group[0], p -> p + " is " + group[1] + ", a VPC security group ("
                        + vpc + "), but the scaling group is classic-network; use a classic security group");
            } else if (ctx.getVpcId().isPresent() && !ctx.getVpcId().get().equals(vpc)) {
                r.error("SECURITY_GROUP_VPC_MISMATCH", group[0], p -> p + " is " + group[1] + " in " + vpc
                        + " but the scaling group is in " + ctx.getVpcId().get() + "; use a security group of that VPC");
            }
        }
    }

    /** Network interfaces: exclusivity with top-level settings, one primary, IPv6 on the primary. */
    public static void networkInterfaces(ScalingConfiguration c, ValidationContext ctx, Report r) {
        NetworkSpec network = c.getNetwork();
        List<NetworkInterfaceSpec> nics = network.getNetworkInterfaces();
        if (nics.isEmpty()) {
            return;
        }
        if (network.getSecurityGroupId().isPresent() || !network.getSecurityGroupIds().isEmpty()
                || network.getIpv6AddressCount().isPresent()) {
            r.error("NETWORK_INTERFACE_CONFLICT", "network.networkInterfaces", p -> p + " is set together with"
                    + " SecurityGroupId, SecurityGroupIds or Ipv6AddressCount; move those settings into the Primary interface");
        }
        long primaries = nics.stream()
                .filter(n -> n.getInterfaceType().orElse(NetworkInterfaceType.SECONDARY) == NetworkInterfaceType.PRIMARY)
                .count();
        if (primaries != 1) {
            r.error("NETWORK_INTERFACE_PRIMARY", "network.networkInterfaces", p -> p + " has " + primaries
                    + " Primary interfaces; exactly one interface must be Primary");
        }
        for (int i = 0; i < nics.size(); i++) {
            NetworkInterfaceSpec nic = nics.get(i);
            // a count of 0 asks for nothing: the Terraform provider sends Ipv6AddressCount=0 for every interface
            if (nic.getIpv6AddressCount().filter(count -> count > 0).isPresent()
                    && nic.getInterfaceType().orElse(NetworkInterfaceType.SECONDARY) != NetworkInterfaceType.PRIMARY) {
                r.error("NETWORK_INTERFACE_IPV6_NOT_PRIMARY", "network.networkInterfaces[" + i + "].ipv6AddressCount",
                        p -> p + " is set on a Secondary interface; only the Primary interface takes IPv6 addresses");
            }
        }
    }

    /** RAM role and user data only in VPC groups. */
    public static void vpcOnly(ScalingConfiguration c, ValidationContext ctx, Report r) {
        if (ctx.resolveNetworkType().orElse(null) != NetworkType.CLASSIC) {
            return;
        }
        c.getRamRoleName().ifPresent(role -> r.error("RAM_ROLE_REQUIRES_VPC", "ramRoleName", p -> p + " is \""
                + shown(role) + "\" but the scaling group is classic-network; RAM roles need a VPC scaling group"));
        c.getUserData().ifPresent(data -> r.error("USER_DATA_REQUIRES_VPC", "userData", p -> p
                + " is set but the scaling group is classic-network; user data needs a VPC scaling group"));
    }

    /** User data: Base64 and decoded size. Never prints the user data. */
    public static void userData(ScalingConfiguration c, ValidationContext ctx, Report r) {
        c.getUserData().ifPresent(data -> {
            Optional<Integer> size = data.decodedSize();
            if (size.isEmpty()) {
                r.error("USER_DATA_NOT_BASE64", "userData", p -> p + " is not valid Base64 text; encode the script,"
                        + " for example with UserData.ofPlainText(script)");
            } else if (size.get() > USER_DATA_MAX_BYTES) {
                r.error("USER_DATA_TOO_LARGE", "userData", p -> p + " decodes to " + size.get() + " bytes; the limit is "
                        + USER_DATA_MAX_BYTES + " bytes (32 KiB), shorten the script");
            }
        });
    }

    /** Dedicated hosts, tenancy, affinity, deployment sets. */
    public static void placement(ScalingConfiguration c, ValidationContext ctx, Report r) {
        PlacementSpec placement = c.getPlacement();
        boolean hostTenancy = placement.getTenancy().orElse(Tenancy.DEFAULT) == Tenancy.HOST;
        boolean dedicated = hostTenancy || placement.getDedicatedHostId().isPresent();
        if (placement.getAffinity().orElse(Affinity.DEFAULT) == Affinity.HOST && !dedicated) {
            r.warning("DEDICATED_HOST_SETTINGS", "placement.affinity", p -> p + " is host but neither Tenancy=host nor"
                    + " DedicatedHostId is set, so it has no effect; set Tenancy to host or remove Affinity");
        }
        if (placement.getDedicatedHostId().isPresent() && placement.getTenancy().orElse(null) == Tenancy.DEFAULT) {
            r.warning("DEDICATED_HOST_SETTINGS", "placement.tenancy", p -> p + " is default but DedicatedHostId is set;"
                    + " set Tenancy to host or remove it");
        }
        if (placement.getDeploymentSetId().isPresent() && dedicated) {
            r.warning("DEPLOYMENT_SET_ON_DEDICATED_HOST", "placement.deploymentSetId", p -> p + " is set for instances"
                    + " on dedicated hosts; deployment sets do not place instances on dedicated hosts, remove one of them");
        }
    }

    /** Private pool vs resource pool options. */
    public static void pools(ScalingConfiguration c, ValidationContext ctx, Report r) {
        PrivatePoolSpec privatePool = c.getPrivatePool();
        ResourcePoolSpec resourcePool = c.getResourcePool();
        boolean resourceSet = resourcePool.getStrategy().filter(s -> s != ResourcePoolStrategy.NONE).isPresent()
                || !resourcePool.getPrivatePoolIds().isEmpty() || !resourcePool.getPrivatePoolTags().isEmpty();
        boolean privateSet = privatePool.getMatchCriteria().isPresent() || privatePool.getId().isPresent();
        if (resourceSet && privateSet) {
            r.error("PRIVATE_POOL_CONFLICT", "resourcePool.strategy", p -> "ResourcePoolOptions are set together with"
                    + " PrivatePoolOptions; use one of them");
        }
        if (privatePool.getMatchCriteria().orElse(null) == PrivatePoolMatchCriteria.TARGET && privatePool.getId().isEmpty()) {
            r.error("PRIVATE_POOL_ID_REQUIRED", "privatePool.id", p -> p + " is missing while MatchCriteria is Target;"
                    + " give the private pool ID (eap-…)");
        }
        if (resourcePool.getStrategy().orElse(null) == ResourcePoolStrategy.PRIVATE_POOL_ONLY
                && resourcePool.getPrivatePoolIds().isEmpty() && resourcePool.getPrivatePoolTags().isEmpty()) {
            r.error("RESOURCE_POOL_IDS_REQUIRED", "resourcePool.privatePoolIds", p -> p + " is empty while Strategy is"
                    + " PrivatePoolOnly; list the private pools (eap-…) to use");
        }
        boolean privateUsed = privatePool.getMatchCriteria().filter(m -> m != PrivatePoolMatchCriteria.NONE).isPresent()
                || privatePool.getId().isPresent();
        if (c.preemptible() && (resourceSet || privateUsed)) {
            String which = resourceSet ? "ResourcePoolOptions" : "PrivatePoolOptions";
            r.warning("POOL_OPTIONS_WITH_SPOT", resourceSet ? "resourcePool.strategy" : "privatePool.matchCriteria", p -> p
                    + ": " + which + " are set while SpotStrategy is " + c.getSpotStrategy().get().apiValue()
                    + "; private pools serve pay-as-you-go instances only, remove the pool options or the spot strategy");
        }
        if (!resourcePool.getPrivatePoolIds().isEmpty() && !resourcePool.getPrivatePoolTags().isEmpty()) {
            r.error("RESOURCE_POOL_IDS_AND_TAGS", "resourcePool.privatePoolTags", p -> p + " is set together with"
                    + " PrivatePoolIds; select pools either by ID or by tags");
        }
    }

    /** Instance metadata service: tokens required while the endpoint is disabled. */
    public static void metadataService(ScalingConfiguration c, ValidationContext ctx, Report r) {
        if (c.getHttpTokens().orElse(null) == HttpTokens.REQUIRED && c.getHttpEndpoint().orElse(null) == HttpEndpoint.DISABLED) {
            r.warning("HTTP_TOKENS_ENDPOINT_DISABLED", "httpTokens", p -> p + " is required but HttpEndpoint is disabled,"
                    + " so instances cannot reach the metadata service at all; enable HttpEndpoint for hardened (IMDSv2)"
                    + " access or remove HttpTokens");
        }
    }

    /** Candidate options: cross-AZ supplementing needs CIDR blocks. */
    public static void candidateOptions(ScalingConfiguration c, ValidationContext ctx, Report r) {
        c.getInstanceTypeCandidateOptions().ifPresent(options -> {
            if (options.getAllowCrossAz().orElse(false) && options.getAllowCidrBlocks().isEmpty()) {
                r.error("CANDIDATE_CIDR_REQUIRED", "instanceTypeCandidateOptions.allowCidrBlocks", p -> p
                        + " is empty while AllowCrossAz is true; list the CIDR blocks instances may use in other zones");
            }
        });
    }

    private static String characters(int n) {
        return n + (n == 1 ? " character" : " characters");
    }

    private static String shown(String text) {
        return FieldConstraintRule.abbreviate(text);
    }
}
