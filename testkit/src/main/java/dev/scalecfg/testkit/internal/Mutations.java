package dev.scalecfg.testkit.internal;

import static dev.scalecfg.core.ApiLimits.*;

import dev.scalecfg.core.ApiLimits;
import dev.scalecfg.core.Affinity;
import dev.scalecfg.core.CreditSpecification;
import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.HttpEndpoint;
import dev.scalecfg.core.HttpTokens;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.InstanceTypeCandidateOptions;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.NetworkInterfaceSpec;
import dev.scalecfg.core.NetworkInterfaceType;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.Password;
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
import dev.scalecfg.core.Tag;
import dev.scalecfg.core.Tenancy;
import dev.scalecfg.core.UserData;
import dev.scalecfg.testkit.ConfigurationGenerator;
import dev.scalecfg.testkit.InvalidSample;
import dev.scalecfg.testkit.internal.DefaultConfigurationGenerator.Drawn;
import dev.scalecfg.validation.CodeRegistry;
import dev.scalecfg.validation.NetworkType;
import dev.scalecfg.validation.OsType;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One single-field mutation per violation code the built-in rules of {@code scalecfg-validation}
 * declare (their typed constants, so a renamed or removed code fails to compile here, and a test
 * fails while a registered code has no mutation). Each starts from a valid generated configuration
 * of a suitable kind (Linux, Windows, classic, weighted, ...) and changes exactly what the code is
 * about, replacing a whole sub-object where the base could otherwise add a second code.
 */
public final class Mutations {

    /** Changes a drawn valid configuration into an invalid one. */
    @FunctionalInterface
    interface Mutator {
        Outcome apply(Draw d, Drawn base);
    }

    /** A mutated configuration, what was changed, and the context the rule needs. */
    record Outcome(ScalingConfiguration configuration, String description, ValidationContext context) {
        Outcome(ScalingConfiguration configuration, String description) {
            this(configuration, description, ValidationContext.empty());
        }
    }

    /** A mutation: its code, the kind of base it needs, and the change. */
    record Mutation(ViolationCode code, UnaryOperator<ConfigurationGenerator> base, Mutator mutator) {}

    /** The mutations of each code, in draw order; a code may have several (one per attribute it limits). */
    private static final Map<String, List<Mutation>> ALL = new LinkedHashMap<>();

    private static final ValidationContext WINDOWS = ValidationContext.builder().osType(OsType.WINDOWS).build();
    private static final ValidationContext LINUX = ValidationContext.builder().osType(OsType.LINUX).build();
    private static final ValidationContext CLASSIC = ValidationContext.builder().networkType(NetworkType.CLASSIC).build();

    private Mutations() {}

    private static void add(ViolationCode code, UnaryOperator<ConfigurationGenerator> base, Mutator mutator) {
        ALL.computeIfAbsent(code.getCode(), unused -> new ArrayList<>()).add(new Mutation(code, base, mutator));
    }

    private static void add(ViolationCode code, Mutator mutator) {
        add(code, g -> g, mutator);
    }

    /** Codes with a mutation, in draw order. */
    public static List<String> codes() {
        return List.copyOf(ALL.keySet());
    }

    /** The registered code of each mutation, in draw order. */
    public static List<ViolationCode> typedCodes() {
        return ALL.values().stream().map(mutations -> mutations.get(0).code()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The codes the built-in rules of the default chain declare (the reader codes excepted): the
     * codes a configuration can break, derived from the validator's registry.
     */
    public static List<String> documented() {
        CodeRegistry registry = RuleChain.defaultChain().codes();
        return registry.codes().stream()
                .filter(code -> !registry.owners(code.getCode()).equals(List.of(CodeRegistry.READER)))
                .map(ViolationCode::getCode)
                .collect(Collectors.toUnmodifiableList());
    }

    /** Draws one invalid sample for one of {@code codes}. */
    public static InvalidSample draw(Draw d, List<String> codes, ConfigSettings baseSettings) {
        Mutation mutation = d.pick(ALL.get(d.pick(codes)));
        ConfigurationGenerator base = mutation.base().apply(new DefaultConfigurationGenerator(baseSettings));
        Drawn drawn = ((DefaultConfigurationGenerator) base).draw(d);
        Outcome outcome = mutation.mutator().apply(d, drawn);
        return new InvalidSample(outcome.configuration(), mutation.code(), outcome.description(), outcome.context());
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A count or length just above a maximum: {@code max + 1} to {@code max + spread}. */
    private static int over(Draw d, int max, int spread) {
        return d.between(max + 1, max + spread);
    }

    private static int over(Draw d, int max) {
        return over(d, max, 16);
    }

    private static ApiLimits.DiskSize systemSize(DiskCategory category, PerformanceLevel level) {
        return ApiLimits.systemDiskSize(category, level).orElseThrow();
    }

    private static ApiLimits.DiskSize dataSize(DiskCategory category, PerformanceLevel level) {
        return ApiLimits.dataDiskSize(category, level).orElseThrow();
    }

    /** A plain, valid ESSD data disk to change one attribute of. */
    private static DiskSpec essd(Draw d) {
        return DiskSpec.builder().category(DiskCategory.CLOUD_ESSD).size(d.between(40, 2000)).build();
    }

    /** One CPU architecture more than a pattern takes. */
    private static List<String> tooManyArchitectures() {
        List<String> architectures = new ArrayList<>();
        for (int i = 0; i <= PATTERN_CPU_ARCHITECTURES_MAX; i++) {
            architectures.add(i % 2 == 0 ? "X86" : "ARM");
        }
        return architectures;
    }

    private static ScalingConfiguration c(Drawn base) {
        return base.configuration();
    }

    private static String letters(Draw d, int length) {
        return d.chars(Draw.LOWER, length);
    }

    private static String sg(Draw d, Drawn base) {
        return Parts.id(d, "sg-", base.region(), 18);
    }

    /** Replaces the types; drops what referred to the old ones. */
    private static ScalingConfiguration withTypes(ScalingConfiguration config, List<InstanceTypeSpec> types) {
        boolean allBurstable = !types.isEmpty() && types.stream().allMatch(t -> {
            Catalog.Type known = Catalog.type(t.getInstanceType());
            return known != null && known.burstable();
        });
        ScalingConfiguration changed = config.withInstanceTypes(types).withCustomPriorities(List.of());
        return allBurstable ? changed : changed.withCreditSpecification(Optional.empty());
    }

    private static InstanceTypeSpec like(InstanceTypeSpec model, String name, Draw d) {
        InstanceTypeSpec.Builder spec = InstanceTypeSpec.builder().instanceType(name);
        model.getWeightedCapacity().ifPresent(w -> spec.weightedCapacity(d.between(1, 500)));
        model.getSpotPriceLimit().ifPresent(spec::spotPriceLimit);
        return spec.build();
    }

    private static InstancePatternSpec.Builder pattern() {
        return InstancePatternSpec.builder().cores(2).memory(BigDecimal.valueOf(4));
    }

    private static ScalingConfiguration withPattern(Drawn base, InstancePatternSpec pattern) {
        return c(base).withInstancePatterns(pattern);
    }

    private static Password validPassword(Draw d) {
        return Parts.password(d);
    }

    private static ScalingConfiguration withPassword(Drawn base, String password) {
        return c(base).withCredentials(CredentialsSpec.builder().password(Password.of(password)).build());
    }

    private static ScalingConfiguration withTags(Drawn base, Map<String, String> tags) {
        return c(base).withTags(tags);
    }

    private static ScalingConfiguration withNetwork(Drawn base, NetworkSpec network) {
        return c(base).withNetwork(network);
    }

    private static ScalingConfiguration withPools(Drawn base, PrivatePoolSpec privatePool, ResourcePoolSpec resourcePool) {
        return c(base).withPrivatePool(privatePool).withResourcePool(resourcePool);
    }

    private static ValidationContext osContext(Drawn base) {
        return base.windows() ? WINDOWS : ValidationContext.empty();
    }

    static {
        // ---- names and strings ----------------------------------------------------------------
        add(FieldRules.NAME_LENGTH, (d, b) -> {
            String name = d.flip() ? letters(d, d.between(65, 80)) : letters(d, 1);
            return new Outcome(c(b).withName(name), "name has " + name.length() + " characters (2-64)");
        });
        add(FieldRules.NAME_FORMAT, (d, b) -> {
            String name = d.pick("-web", ".web", "web tier", "web/tier", "_web", "web@tier");
            return new Outcome(c(b).withName(name), "name '" + name + "' breaks the character rule");
        });
        add(FieldRules.DESCRIPTION_LENGTH, (d, b) -> {
            String text = d.flip() ? letters(d, d.between(257, 300)) : "x";
            return new Outcome(c(b).withInstanceDescription(text), "instanceDescription has " + text.length() + " characters (2-256)");
        });
        add(FieldRules.DESCRIPTION_FORMAT, (d, b) -> {
            String text = d.pick("http://example.com", "https://runbook.example.com/web");
            return new Outcome(c(b).withInstanceDescription(text), "instanceDescription starts with a URL scheme");
        });
        add(FieldRules.DISK_NAME_LENGTH, (d, b) -> {
            String name = d.flip() ? "d" + letters(d, d.between(128, 140)) : "d";
            return new Outcome(c(b).withSystemDisk(c(b).getSystemDisk().withDiskName(name)),
                    "systemDisk.diskName has " + name.length() + " characters (2-128)");
        });
        add(FieldRules.DISK_NAME_FORMAT, (d, b) -> {
            String name = d.pick("1disk", "disk name", "_disk", "disk/root");
            return new Outcome(c(b).withSystemDisk(c(b).getSystemDisk().withDiskName(name)),
                    "systemDisk.diskName '" + name + "' breaks the character rule");
        });
        add(FieldRules.KEY_PAIR_NAME_LENGTH, ConfigurationGenerator::linux, (d, b) -> {
            String name = d.flip() ? "k" + letters(d, d.between(128, 140)) : "k";
            return new Outcome(c(b).withCredentials(CredentialsSpec.builder().keyPairName(name).build()),
                    "credentials.keyPairName has " + name.length() + " characters (2-128)");
        });
        add(FieldRules.KEY_PAIR_NAME_FORMAT, ConfigurationGenerator::linux, (d, b) -> {
            String name = d.pick("1key", "key pair", "key.pair", "-key");
            return new Outcome(c(b).withCredentials(CredentialsSpec.builder().keyPairName(name).build()),
                    "credentials.keyPairName '" + name + "' breaks the character rule");
        });
        add(FieldRules.CLIENT_TOKEN_LENGTH, (d, b) -> {
            String token = "t".repeat(d.between(65, 80));
            return new Outcome(c(b).withClientToken(token), "clientToken has " + token.length() + " characters (at most 64)");
        });
        add(FieldRules.CLIENT_TOKEN_FORMAT, (d, b) -> {
            String token = d.pick("t\u00f8ken", "token-\u00e9t\u00e9", "\u4ee4\u724c-1");
            return new Outcome(c(b).withClientToken(token), "clientToken '" + token + "' is not ASCII");
        });
        add(FieldRules.ID_FORMAT, (d, b) -> {
            String bare = b.region().infix() + d.alnum(18);
            switch (d.between(0, 3)) {
                case 0:
                    return new Outcome(c(b).withScalingGroupId(bare), "scalingGroupId '" + bare + "' lacks the asg- prefix");
                case 1:
                    return new Outcome(c(b).withPlacement(PlacementSpec.builder().deploymentSetId(bare).build()),
                            "placement.deploymentSetId '" + bare + "' lacks the ds- prefix");
                case 2:
                    return new Outcome(c(b).withResourceGroupId("acfm" + bare), "resourceGroupId lacks the rg- prefix");
                default:
                    return new Outcome(withNetwork(b, NetworkSpec.builder().securityGroupId(bare).build()),
                            "network.securityGroupId '" + bare + "' lacks the sg- prefix");
            }
        });
        add(ImageRules.IMAGE_ID_FORMAT, ConfigurationGenerator::linux, (d, b) -> {
            String id = d.pick("ubuntu_22_04", "aliyun_3_x64", "img-12345");
            return new Outcome(c(b).withImage(ImageSpec.builder().imageId(id).build()),
                    "image.imageId '" + id + "' is neither m-... nor ....vhd");
        });

        // ---- instance types -------------------------------------------------------------------
        add(FieldRules.INSTANCE_TYPE_FORMAT, (d, b) -> {
            List<InstanceTypeSpec> types = new ArrayList<>(c(b).getInstanceTypes());
            String old = types.get(0).getInstanceType();
            String bad = d.flip() ? old.substring(4) : old.substring(0, old.lastIndexOf('.'));
            types.set(0, types.get(0).withInstanceType(bad));
            return new Outcome(withTypes(c(b), types), "instanceTypes[0] '" + bad + "' is not ecs.<family>.<size>");
        });
        add(FieldRules.INSTANCE_TYPE_COUNT, (d, b) -> {
            InstanceTypeSpec model = c(b).getInstanceTypes().get(0);
            List<InstanceTypeSpec> types = new ArrayList<>();
            for (Catalog.Type type : d.distinct(Catalog.TYPES, d.between(11, 14))) {
                types.add(like(model, type.name(), d));
            }
            return new Outcome(withTypes(c(b), types), types.size() + " instance types (at most 10)");
        });
        add(FieldRules.WEIGHTED_CAPACITY_OUT_OF_RANGE, ConfigurationGenerator::weighted, (d, b) -> {
            List<InstanceTypeSpec> types = new ArrayList<>(c(b).getInstanceTypes());
            int index = d.between(0, types.size() - 1);
            int weight = d.pick(0, 501, d.between(502, 10_000), -1);
            types.set(index, types.get(index).withWeightedCapacity(weight));
            return new Outcome(c(b).withInstanceTypes(types), "instanceTypes[" + index + "].weightedCapacity = " + weight + " (1-500)");
        });
        add(FieldRules.PRICE_NOT_POSITIVE, (d, b) -> {
            BigDecimal price = d.pick(BigDecimal.ZERO, new BigDecimal("-0.5"));
            return new Outcome(c(b).withInstanceTypeCandidateOptions(InstanceTypeCandidateOptions.builder().maxPrice(price).build()),
                    "instanceTypeCandidateOptions.maxPrice = " + price + " (must be > 0)");
        });
        add(FieldRules.PRICE_PRECISION, (d, b) -> {
            BigDecimal price = d.pick(new BigDecimal("0.0125"), new BigDecimal("1.23456"), new BigDecimal("0.0001"));
            return new Outcome(c(b).withInstanceTypeCandidateOptions(InstanceTypeCandidateOptions.builder().maxPrice(price).build()),
                    "instanceTypeCandidateOptions.maxPrice = " + price + " (at most 3 decimals)");
        });
        add(FieldRules.VALUE_NOT_POSITIVE, ConfigurationGenerator::payAsYouGo, (d, b) -> {
            int cores = d.pick(0, -1, -4);
            return new Outcome(withPattern(b, pattern().cores(cores).build()), "instancePatterns[0].cores = " + cores + " (at least 1)");
        });
        add(FieldRules.VALUE_NEGATIVE, (d, b) -> {
            if (d.flip()) {
                return new Outcome(withNetwork(b, NetworkSpec.builder().securityGroupId(sg(d, b)).ipv6AddressCount(-1).build()),
                        "network.ipv6AddressCount = -1 (at least 0)");
            }
            return new Outcome(c(b).withSystemDisk(SystemDiskSpec.builder().provisionedIops(-d.longBetween(1, 1000)).build()),
                    "systemDisk.provisionedIops is negative");
        });
        add(FieldRules.PATTERN_FILTER_COUNT, ConfigurationGenerator::payAsYouGo, (d, b) -> {
            if (d.flip()) {
                List<String> families = new ArrayList<>();
                for (int i = 0; i <= PATTERN_FILTERS_MAX; i++) {
                    families.add("ecs." + Catalog.REGULAR.get(i).family() + i);
                }
                return new Outcome(withPattern(b, pattern().instanceTypeFamilies(families).build()),
                        "instancePatterns[0].instanceTypeFamilies has " + (PATTERN_FILTERS_MAX + 1) + " entries (at most " + PATTERN_FILTERS_MAX + ")");
            }
            return new Outcome(withPattern(b, pattern().cpuArchitectures(tooManyArchitectures()).build()),
                    "instancePatterns[0].cpuArchitectures has " + (PATTERN_CPU_ARCHITECTURES_MAX + 1) + " entries (at most " + PATTERN_CPU_ARCHITECTURES_MAX + ")");
        });
        add(FieldRules.ARCHITECTURE_UNKNOWN, ConfigurationGenerator::payAsYouGo, (d, b) -> {
            if (d.flip()) {
                return new Outcome(withPattern(b, pattern().cpuArchitectures(List.of("RISCV")).build()),
                        "instancePatterns[0].cpuArchitectures = [RISCV]");
            }
            return new Outcome(withPattern(b, pattern().architectures(List.of("Sparc")).build()),
                    "instancePatterns[0].architectures = [Sparc]");
        });
        add(FieldRules.SPOT_DURATION_OUT_OF_RANGE, ConfigurationGenerator::preemptible, (d, b) -> {
            int hours = d.pick(2, d.between(3, 6), -1);
            return new Outcome(c(b).withSpotDuration(hours), "spotDuration = " + hours + " (0-1)");
        });

        // ---- disks ----------------------------------------------------------------------------
        add(FieldRules.DATA_DISK_COUNT, (d, b) -> {
            int count = d.between(17, 20);
            List<DiskSpec> disks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                disks.add(Parts.dataDisk(d, i, false, DiskCategory.CLOUD_ESSD));
            }
            return new Outcome(c(b).withDataDisks(disks), count + " data disks (at most 16)");
        });
        add(FieldRules.DISK_CATEGORIES_COUNT, (d, b) -> {
            List<DiskCategory> categories = new ArrayList<>(Parts.LIST_CATEGORIES);
            categories.add(d.pick(Parts.LIST_CATEGORIES));
            return new Outcome(c(b).withSystemDisk(SystemDiskSpec.builder().categories(categories).build()),
                    "systemDisk.categories has 5 entries (at most 4)");
        });
        add(FieldRules.DEVICE_FORMAT, (d, b) -> {
            String device = d.pick("/dev/sda", "/dev/xvda", "/dev/vdb", "xvdb");
            List<DiskSpec> disks = new ArrayList<>(c(b).getDataDisks());
            DiskSpec disk = Parts.dataDisk(d, 0, false, DiskCategory.CLOUD_ESSD).withDevice(device);
            if (disks.isEmpty()) {
                disks.add(disk);
            } else {
                disks.set(0, disks.get(0).withDevice(device));
            }
            return new Outcome(c(b).withDataDisks(disks), "dataDisks[0].device = " + device + " (/dev/xvdb-/dev/xvdz)");
        });
        add(DiskRules.DISK_SIZE_OUT_OF_RANGE, (d, b) -> {
            switch (d.between(0, 2)) {
                case 0:
                    int small = d.between(5, 19);
                    return new Outcome(c(b).withSystemDisk(SystemDiskSpec.builder().category(DiskCategory.CLOUD_EFFICIENCY).size(small).build()),
                            "systemDisk.size = " + small + " for cloud_efficiency (20-2048)");
                case 1:
                    int big = d.between(2001, 5000);
                    return new Outcome(c(b).withDataDisks(DiskSpec.builder().category(DiskCategory.CLOUD).size(big).build()),
                            "dataDisks[0].size = " + big + " for cloud (5-2000)");
                default:
                    int pl2 = d.between(100, 460);
                    return new Outcome(c(b).withDataDisks(DiskSpec.builder().category(DiskCategory.CLOUD_ESSD)
                            .performanceLevel(PerformanceLevel.PL2).size(pl2).build()),
                            "dataDisks[0].size = " + pl2 + " for cloud_essd PL2 (461-32768)");
            }
        });
        add(DiskRules.DISK_CATEGORY_UNKNOWN, (d, b) -> {
            DiskCategory unknown = DiskCategory.of(d.pick("cloud_essd_entry", "cloud_regional_disk_auto", "local_disk"));
            return new Outcome(c(b).withSystemDisk(SystemDiskSpec.builder().category(unknown).build()),
                    "systemDisk.category = " + unknown + " (not a known category)");
        });
        add(DiskRules.DISK_CATEGORY_CONFLICT, (d, b) -> {
            DiskCategory category = d.pick(Parts.LIST_CATEGORIES);
            return new Outcome(c(b).withSystemDisk(SystemDiskSpec.builder().category(category).addCategory(category).build()),
                    "systemDisk has both category and categories");
        });
        add(DiskRules.DISK_CATEGORIES_NOT_ALLOWED, (d, b) -> {
            DiskCategory category = d.pick(DiskCategory.CLOUD_AUTO, DiskCategory.EPHEMERAL_SSD);
            return new Outcome(c(b).withSystemDisk(SystemDiskSpec.builder().addCategory(category).build()),
                    "systemDisk.categories = [" + category + "] (cloud disks only)");
        });
        add(DiskRules.PERFORMANCE_LEVEL_NOT_ESSD, (d, b) -> {
            SystemDiskSpec.Builder disk = SystemDiskSpec.builder().performanceLevel(d.pick(PerformanceLevel.PL1, PerformanceLevel.PL2));
            if (d.flip()) {
                disk.category(d.pick(DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD));
            }
            return new Outcome(c(b).withSystemDisk(disk.build()), "systemDisk.performanceLevel on a disk that is not ESSD");
        });
        add(DiskRules.DELETE_WITH_INSTANCE_CATEGORY, (d, b) -> {
            boolean ephemeral = d.flip();
            DiskSpec disk = DiskSpec.builder().category(ephemeral ? DiskCategory.EPHEMERAL_SSD : DiskCategory.CLOUD_AUTO)
                    .size(100).deleteWithInstance(true).build();
            return new Outcome(c(b).withDataDisks(disk), "dataDisks[0].deleteWithInstance on " + disk.getCategory().get());
        });
        add(DiskRules.BURSTING_REQUIRES_CLOUD_AUTO, (d, b) -> {
            SystemDiskSpec.Builder disk = SystemDiskSpec.builder().burstingEnabled(true);
            if (d.flip()) {
                disk.category(DiskCategory.CLOUD_ESSD);
            }
            return new Outcome(c(b).withSystemDisk(disk.build()), "systemDisk.burstingEnabled without cloud_auto");
        });
        add(DiskRules.EPHEMERAL_DISK_TOTAL, (d, b) -> {
            int count = d.between(3, 4);
            List<DiskSpec> disks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                disks.add(DiskSpec.builder().category(DiskCategory.EPHEMERAL_SSD).size(d.between(700, 800)).build());
            }
            return new Outcome(c(b).withDataDisks(disks), count + " ephemeral_ssd disks of 700-800 GiB (total at most 2048)");
        });
        add(DiskRules.ENCRYPTION_SETTINGS_IGNORED, (d, b) -> new Outcome(
                c(b).withSystemDisk(SystemDiskSpec.builder().kmsKeyId(Parts.kmsKeyId(d)).build()),
                "systemDisk.kmsKeyId without encrypted = true"));

        // ---- network --------------------------------------------------------------------------
        add(FieldRules.BANDWIDTH_OUT_OUT_OF_RANGE, (d, b) -> {
            int out = d.pick(101, d.between(102, 1024), -1);
            NetworkSpec network = c(b).getNetwork().withInternetMaxBandwidthOut(out).withInternetMaxBandwidthIn(Optional.empty());
            return new Outcome(withNetwork(b, network), "network.internetMaxBandwidthOut = " + out + " (0-100)");
        });
        add(FieldRules.BANDWIDTH_IN_OUT_OF_RANGE, (d, b) -> {
            int out;
            int in;
            if (d.flip()) {
                out = d.between(11, 100);
                in = d.between(out + 1, out + 100);
            } else {
                out = d.between(0, 10);
                in = d.pick(11, d.between(12, 200), 0);
            }
            NetworkSpec network = c(b).getNetwork().withInternetMaxBandwidthOut(out).withInternetMaxBandwidthIn(in);
            return new Outcome(withNetwork(b, network), "network.internetMaxBandwidthIn = " + in + " with out = " + out);
        });
        add(FieldRules.SECURITY_GROUP_COUNT, (d, b) -> new Outcome(
                withNetwork(b, NetworkSpec.builder().securityGroupIds(Parts.securityGroups(d, b.region(), SECURITY_GROUPS_MAX + 1, SECURITY_GROUPS_MAX + 4)).build()),
                "network.securityGroupIds has more than 16 entries"));
        add(FieldRules.SECONDARY_PRIVATE_IP_COUNT_OUT_OF_RANGE, (d, b) -> {
            int count = d.pick(50, 0, d.between(51, 100));
            NetworkInterfaceSpec primary = NetworkInterfaceSpec.builder().interfaceType(NetworkInterfaceType.PRIMARY)
                    .addSecurityGroupId(sg(d, b)).secondaryPrivateIpAddressCount(count).build();
            return new Outcome(withNetwork(b, NetworkSpec.builder().addNetworkInterface(primary).build()),
                    "networkInterfaces[0].secondaryPrivateIpAddressCount = " + count + " (1-49)");
        });
        add(NetworkRules.SECURITY_GROUP_MISSING, (d, b) -> {
            NetworkSpec network = NetworkSpec.builder().from(c(b).getNetwork()).securityGroupId(Optional.empty())
                    .securityGroupIds(List.of()).networkInterfaces(List.of()).build();
            return new Outcome(withNetwork(b, network), "network has no security group");
        });
        add(NetworkRules.SECURITY_GROUP_CONFLICT, (d, b) -> new Outcome(
                withNetwork(b, NetworkSpec.builder().securityGroupId(sg(d, b))
                        .securityGroupIds(Parts.securityGroups(d, b.region(), 1, 3)).build()),
                "network has both securityGroupId and securityGroupIds"));
        add(NetworkRules.SECURITY_GROUP_QUOTA, (d, b) -> new Outcome(
                withNetwork(b, NetworkSpec.builder().securityGroupIds(Parts.securityGroups(d, b.region(), SECURITY_GROUPS_DEFAULT_QUOTA + 1, SECURITY_GROUPS_MAX)).build()),
                "network.securityGroupIds has more than 5 entries (default ECS quota)"));
        add(NetworkRules.SECURITY_GROUP_VPC_MISMATCH, ConfigurationGenerator::vpc, (d, b) -> {
            String group = sg(d, b);
            String vpc = Parts.id(d, "vpc-", b.region(), 18);
            String other = vpc.substring(0, vpc.length() - 1) + (vpc.endsWith("z") ? "y" : "z");
            ValidationContext context = ValidationContext.builder().vpcId(vpc).putSecurityGroupVpc(group, other).build();
            return new Outcome(withNetwork(b, NetworkSpec.builder().securityGroupId(group).build()),
                    "network.securityGroupId lives in another VPC than the group", context);
        });
        add(NetworkRules.NETWORK_INTERFACE_CONFLICT, (d, b) -> {
            NetworkInterfaceSpec primary = NetworkInterfaceSpec.builder().interfaceType(NetworkInterfaceType.PRIMARY)
                    .addSecurityGroupId(sg(d, b)).build();
            NetworkSpec.Builder network = NetworkSpec.builder().addNetworkInterface(primary);
            if (d.flip()) {
                network.ipv6AddressCount(1);
                return new Outcome(withNetwork(b, network.build()), "network has both networkInterfaces and ipv6AddressCount");
            }
            network.securityGroupId(sg(d, b));
            return new Outcome(withNetwork(b, network.build()), "network has both networkInterfaces and securityGroupId");
        });
        add(NetworkRules.NETWORK_INTERFACE_PRIMARY, (d, b) -> {
            NetworkInterfaceType first = d.pick(NetworkInterfaceType.SECONDARY, NetworkInterfaceType.PRIMARY);
            NetworkSpec.Builder network = NetworkSpec.builder()
                    .addNetworkInterface(NetworkInterfaceSpec.builder().interfaceType(first).addSecurityGroupId(sg(d, b)).build());
            if (first == NetworkInterfaceType.PRIMARY) {
                network.addNetworkInterface(NetworkInterfaceSpec.builder().interfaceType(NetworkInterfaceType.PRIMARY)
                        .addSecurityGroupId(sg(d, b)).build());
                return new Outcome(withNetwork(b, network.build()), "two Primary network interfaces");
            }
            return new Outcome(withNetwork(b, network.build()), "no Primary network interface");
        });
        add(NetworkRules.NETWORK_INTERFACE_IPV6_NOT_PRIMARY, (d, b) -> {
            NetworkSpec network = NetworkSpec.builder()
                    .addNetworkInterface(NetworkInterfaceSpec.builder().interfaceType(NetworkInterfaceType.PRIMARY)
                            .addSecurityGroupId(sg(d, b)).build())
                    .addNetworkInterface(NetworkInterfaceSpec.builder().interfaceType(NetworkInterfaceType.SECONDARY)
                            .addSecurityGroupId(sg(d, b)).ipv6AddressCount(d.between(1, 2)).build())
                    .build();
            return new Outcome(withNetwork(b, network), "networkInterfaces[1] (Secondary) has an ipv6AddressCount");
        });

        // ---- tags, weights, storage set -------------------------------------------------------
        add(FieldRules.LOAD_BALANCER_WEIGHT_OUT_OF_RANGE, (d, b) -> {
            int weight = d.pick(101, 0, d.between(102, 1000), -1);
            return new Outcome(c(b).withLoadBalancerWeight(weight), "loadBalancerWeight = " + weight + " (1-100)");
        });
        add(FieldRules.TAG_COUNT, (d, b) -> new Outcome(withTags(b, Parts.tags(d, TAGS_MAX + 1, TAGS_MAX + 4)), "more than " + TAGS_MAX + " tags"));
        add(FieldRules.TAG_KEY_LENGTH, (d, b) -> {
            String key = d.flip() ? "" : "k" + letters(d, d.between(64, 80));
            return new Outcome(withTags(b, Map.of(key, "v")), "tag key has " + key.length() + " characters (1-64)");
        });
        add(FieldRules.TAG_VALUE_LENGTH, (d, b) -> {
            String value = "v" + letters(d, d.between(128, 150));
            return new Outcome(withTags(b, Map.of("env", value)), "tag value has " + value.length() + " characters (0-128)");
        });
        add(FieldRules.TAG_RESERVED_PREFIX, (d, b) -> {
            Map<String, String> tags = d.pick(Map.of("aliyun-env", "prod"), Map.of("acs:team", "web"), Map.of("env", "aliyun-prod"));
            return new Outcome(withTags(b, tags), "tag " + tags + " starts with aliyun or acs:");
        });
        add(FieldRules.TAG_URL, (d, b) -> {
            Map<String, String> tags = d.pick(Map.of("site", "see https://x"), Map.of("http://key", "v"), Map.of("doc", "http://example.com"));
            return new Outcome(withTags(b, tags), "tag " + tags + " contains a URL");
        });
        add(FieldRules.STORAGE_SET_PARTITION_OUT_OF_RANGE, (d, b) -> {
            int partitions = d.pick(1, 0, -1);
            return new Outcome(c(b).withStorageSetId(Parts.id(d, "ss-", b.region(), 18)).withStorageSetPartitionNumber(partitions),
                    "storageSetPartitionNumber = " + partitions + " (at least 2)");
        });
        add(FieldRules.PRIVATE_POOL_TAG_COUNT, ConfigurationGenerator::payAsYouGo, (d, b) -> {
            int count = d.between(21, 25);
            List<Tag> tags = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tags.add(Tag.of("k" + i, "v"));
            }
            return new Outcome(withPools(b, PrivatePoolSpec.builder().build(), ResourcePoolSpec.builder().privatePoolTags(tags).build()),
                    "resourcePool.privatePoolTags has " + count + " entries (at most 20)");
        });

        // ---- instance and host names ----------------------------------------------------------
        add(NameRules.INSTANCE_NAME_LENGTH, (d, b) -> {
            String name = d.flip() ? "a" : "a" + letters(d, d.between(128, 140));
            return new Outcome(c(b).withInstanceName(name), "instanceName has " + name.length() + " characters (2-128)");
        });
        add(NameRules.INSTANCE_NAME_FORMAT, (d, b) -> {
            String name = d.pick("1web", "web name", "-web", "web/1");
            return new Outcome(c(b).withInstanceName(name), "instanceName '" + name + "' breaks the character rule");
        });
        add(NameRules.HOST_NAME_LENGTH, (d, b) -> {
            String name;
            if (d.flip()) {
                name = "h";
            } else if (b.windows()) {
                name = "frontend-" + d.chars("0123456789", d.between(7, 11));
            } else {
                name = "web" + ".internal".repeat(d.between(7, 9));
            }
            return new Outcome(c(b).withHostName(name), "hostName has " + name.length() + " characters", osContext(b));
        });
        add(NameRules.HOST_NAME_FORMAT, (d, b) -> {
            String name = b.windows() ? d.pick("-web", "web-", "web.prod", "12345", "web--01")
                    : d.pick("-web", "web-", "web..prod", ".web", "web--01", "web_01");
            return new Outcome(c(b).withHostName(name), "hostName '" + name + "' breaks the character rule", osContext(b));
        });
        add(NameRules.SEQUENTIAL_NAME_PATTERN_INVALID, (d, b) -> {
            String pattern = d.pick("web-[0,7]", "web-(AUTO_INCREMENT)[1000000,6]", "web-[0, 3]", "(AUTO_INCREMENT)[0,3]",
                    "web-(AUTO_INCREMENT)[0,0]");
            return new Outcome(c(b).withInstanceName(pattern), "instanceName pattern '" + pattern + "' is malformed");
        });
        add(NameRules.SEQUENTIAL_NAME_BITS_LOW, (d, b) -> {
            String pattern = "web-(AUTO_INCREMENT)[0," + d.between(1, 2) + "]";
            return new Outcome(c(b).withInstanceName(pattern), "instanceName pattern '" + pattern + "' has fewer than 3 digits");
        });

        // ---- credentials ----------------------------------------------------------------------
        add(CredentialRules.PASSWORD_LENGTH, (d, b) -> {
            String text = validPassword(d).reveal();
            String bad = d.flip() ? text.substring(0, d.between(4, 7)) : (text + "Xy9#".repeat(9)).substring(0, d.between(31, 36));
            return new Outcome(withPassword(b, bad),
                    "credentials.password has the wrong length (8-30)", osContext(b));
        });
        add(CredentialRules.PASSWORD_COMPLEXITY, (d, b) -> {
            String text = d.chars("abcdefghijklmnopqrstuvwxyz", d.between(7, 20)) + d.chars("0123456789", 1);
            return new Outcome(withPassword(b, text), "credentials.password has only lower-case letters and digits", osContext(b));
        });
        add(CredentialRules.PASSWORD_CHARACTERS, (d, b) -> {
            String text = validPassword(d).reveal();
            String bad = text.substring(0, Math.min(text.length(), PASSWORD_MAX - 1)) + d.pick(" ", "\u00e9", "\\", "\"");
            return new Outcome(withPassword(b, bad), "credentials.password contains a character outside the ECS set", osContext(b));
        });
        add(CredentialRules.PASSWORD_WINDOWS_SLASH, ConfigurationGenerator::windows, (d, b) -> {
            String text = "/" + validPassword(d).reveal();
            return new Outcome(withPassword(b, text.substring(0, Math.min(PASSWORD_MAX, text.length()))),
                    "Windows credentials.password starts with '/'", WINDOWS);
        });
        add(CredentialRules.PASSWORD_AND_INHERIT, (d, b) -> new Outcome(
                c(b).withCredentials(CredentialsSpec.builder().password(validPassword(d)).passwordInherit(true).build()),
                "credentials has both password and passwordInherit = true", osContext(b)));
        add(CredentialRules.KEY_PAIR_ON_WINDOWS, ConfigurationGenerator::windows, (d, b) -> new Outcome(
                c(b).withCredentials(CredentialsSpec.builder().keyPairName(Parts.keyPairName(d)).build()),
                "credentials.keyPairName on a Windows image", WINDOWS));
        add(CredentialRules.KEY_PAIR_AND_PASSWORD, ConfigurationGenerator::linux, (d, b) -> new Outcome(
                c(b).withCredentials(CredentialsSpec.builder().keyPairName(Parts.keyPairName(d)).password(validPassword(d)).build()),
                "credentials has both keyPairName and password", LINUX));

        // ---- image and type modes -------------------------------------------------------------
        add(ScalingGroupRules.SCALING_GROUP_ID_MISSING, (d, b) -> new Outcome(c(b).withScalingGroupId(Optional.empty()),
                "scalingGroupId is not set", osContext(b)));
        add(ImageRules.IMAGE_MISSING, (d, b) -> new Outcome(c(b).withImage(ImageSpec.builder().build()), "image is empty", osContext(b)));
        add(ImageRules.IMAGE_ID_AND_FAMILY, ConfigurationGenerator::linux, (d, b) -> new Outcome(
                c(b).withImage(ImageSpec.builder().imageId(d.pick(Catalog.LINUX_IMAGES)).imageFamily(d.pick(Catalog.IMAGE_FAMILIES)).build()),
                "image has both imageId and imageFamily"));
        add(ImageRules.IMAGE_NAME_IGNORED, ConfigurationGenerator::linux, (d, b) -> new Outcome(
                c(b).withImage(ImageSpec.builder().imageId(d.pick(Catalog.LINUX_IMAGES)).imageName("my-image").build()),
                "image has both imageId and imageName"));
        add(InstanceTypeRules.INSTANCE_TYPE_MISSING, (d, b) -> new Outcome(
                withTypes(c(b), List.of()).withInstancePatterns(List.of()).withCpu(Optional.empty()).withMemory(Optional.empty()),
                "no instance type, pattern or cpu/memory"));
        add(InstanceTypeRules.INSTANCE_TYPE_WEIGHT_MIXED, g -> g.weighted().instanceTypes(2, 4), (d, b) -> {
            List<InstanceTypeSpec> types = new ArrayList<>(c(b).getInstanceTypes());
            int index = d.between(0, types.size() - 1);
            types.set(index, types.get(index).withWeightedCapacity(Optional.empty()));
            return new Outcome(c(b).withInstanceTypes(types), "instanceTypes[" + index + "] has no weight, the others do");
        });
        add(InstanceTypeRules.INSTANCE_TYPE_DUPLICATE, g -> g.instanceTypes(1, 9), (d, b) -> {
            List<InstanceTypeSpec> types = new ArrayList<>(c(b).getInstanceTypes());
            InstanceTypeSpec copy = types.get(d.between(0, types.size() - 1));
            types.add(d.between(0, types.size()), copy);
            return new Outcome(c(b).withInstanceTypes(types), copy.getInstanceType() + " is listed twice");
        });
        add(InstanceTypeRules.INSTANCE_TYPE_RETIRED, (d, b) -> {
            String retired = d.pick("ecs.n1.medium", "ecs.s2.large", "ecs.t1.small", "ecs.m2.medium", "ecs.c2.medium");
            InstanceTypeSpec model = c(b).getInstanceTypes().get(0);
            return new Outcome(withTypes(c(b), List.of(like(model, retired, d))), "instanceTypes = [" + retired + "] (retired family)");
        });
        add(InstanceTypeRules.CPU_MEMORY_INCOMPLETE, (d, b) -> d.flip()
                ? new Outcome(c(b).withCpu(d.pick(2, 4, 8)), "cpu without memory")
                : new Outcome(c(b).withMemory(d.pick(4, 8, 16)), "memory without cpu"));
        add(InstanceTypeRules.CPU_MEMORY_WITH_TYPES, (d, b) -> new Outcome(c(b).withCpu(2).withMemory(4), "cpu and memory together with instance types"));
        add(InstancePatternRules.INSTANCE_PATTERN_INCOMPLETE, ConfigurationGenerator::payAsYouGo, (d, b) -> d.flip()
                ? new Outcome(withPattern(b, InstancePatternSpec.builder().cores(2).build()), "instancePatterns[0] without memory")
                : new Outcome(withPattern(b, InstancePatternSpec.builder().memory(BigDecimal.valueOf(4)).build()), "instancePatterns[0] without cores"));
        add(InstancePatternRules.INSTANCE_PATTERN_REQUIRES_VPC, g -> g.classic().payAsYouGo(), (d, b) -> new Outcome(
                withPattern(b, pattern().build()), "instancePatterns in a classic-network group", CLASSIC));
        add(InstancePatternRules.INSTANCE_PATTERN_RANGE, ConfigurationGenerator::payAsYouGo, (d, b) -> {
            if (d.flip()) {
                int min = d.between(1, 8);
                return new Outcome(withPattern(b, pattern().minimumCpuCoreCount(min).maximumCpuCoreCount(4 * min + d.between(1, 8)).build()),
                        "instancePatterns[0].maximumCpuCoreCount is more than 4 x the minimum");
            }
            return new Outcome(withPattern(b, pattern().minimumMemorySize(BigDecimal.valueOf(16)).maximumMemorySize(BigDecimal.valueOf(8)).build()),
                    "instancePatterns[0].maximumMemorySize is below the minimum");
        });
        add(SpotRules.PATTERN_MAX_PRICE_REQUIRED, ConfigurationGenerator::preemptible, (d, b) -> new Outcome(
                withPattern(b, pattern().build()).withSpotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT),
                "instancePatterns[0] without maxPrice under SpotWithPriceLimit"));
        add(SpotRules.SPOT_PRICE_LIMIT_IGNORED, ConfigurationGenerator::payAsYouGo, (d, b) -> {
            List<InstanceTypeSpec> types = new ArrayList<>(c(b).getInstanceTypes());
            types.set(0, types.get(0).withSpotPriceLimit(Parts.spotPrice(d, Catalog.type(types.get(0).getInstanceType()))));
            return new Outcome(c(b).withInstanceTypes(types), "instanceTypes[0].spotPriceLimit without SpotWithPriceLimit");
        });
        add(SpotRules.SPOT_ON_DEDICATED_HOST, ConfigurationGenerator::preemptible, (d, b) -> new Outcome(
                c(b).withPlacement(PlacementSpec.builder().dedicatedHostId(Parts.id(d, "dh-", b.region(), 18)).build()),
                "a spot strategy together with placement.dedicatedHostId"));
        add(InstanceTypeRules.CREDIT_SPECIFICATION_NOT_BURSTABLE, (d, b) -> {
            ScalingConfiguration config = c(b);
            List<InstanceTypeSpec> types = new ArrayList<>(config.getInstanceTypes());
            types.removeIf(t -> Catalog.type(t.getInstanceType()).burstable());
            if (types.isEmpty()) {
                types.add(like(config.getInstanceTypes().get(0), d.pick(Catalog.REGULAR).name(), d));
            }
            CreditSpecification credit = d.pick(CreditSpecification.UNLIMITED, CreditSpecification.STANDARD);
            return new Outcome(withTypes(config, types).withCreditSpecification(credit),
                    "creditSpecification = " + credit + " with a type that is not burstable");
        });

        // ---- VPC-only features and user data --------------------------------------------------
        add(NetworkRules.RAM_ROLE_REQUIRES_VPC, ConfigurationGenerator::classic, (d, b) -> new Outcome(
                c(b).withRamRoleName("EcsRamRole"), "ramRoleName in a classic-network group", CLASSIC));
        add(NetworkRules.USER_DATA_REQUIRES_VPC, ConfigurationGenerator::classic, (d, b) -> new Outcome(
                c(b).withUserData(Parts.userData(d, b.windows())), "userData in a classic-network group", CLASSIC));
        add(UserDataRules.USER_DATA_NOT_BASE64, (d, b) -> new Outcome(
                c(b).withUserData(UserData.ofBase64(d.pick("not base64!", "#!/bin/bash echo hi", "echo hello ecs"))), "userData is not Base64"));
        add(UserDataRules.USER_DATA_TOO_LARGE, (d, b) -> new Outcome(
                c(b).withUserData(UserData.ofPlainText("#".repeat(d.between(USER_DATA_MAX_BYTES + 1, USER_DATA_MAX_BYTES + 8_000)))), "userData decodes to more than 32 KiB"));

        // ---- placement and pools --------------------------------------------------------------
        add(PlacementRules.DEDICATED_HOST_SETTINGS, ConfigurationGenerator::payAsYouGo, (d, b) -> new Outcome(
                c(b).withPlacement(PlacementSpec.builder().affinity(Affinity.HOST).build()), "placement.affinity = host without a dedicated host"));
        add(PlacementRules.DEPLOYMENT_SET_ON_DEDICATED_HOST, ConfigurationGenerator::payAsYouGo, (d, b) -> new Outcome(
                c(b).withPlacement(PlacementSpec.builder().deploymentSetId(Parts.id(d, "ds-", b.region(), 18)).tenancy(Tenancy.HOST).build()),
                "placement.deploymentSetId on dedicated hosts"));
        add(PlacementRules.PRIVATE_POOL_CONFLICT, ConfigurationGenerator::payAsYouGo, (d, b) -> new Outcome(
                withPools(b, PrivatePoolSpec.builder().matchCriteria(PrivatePoolMatchCriteria.OPEN).build(),
                        ResourcePoolSpec.builder().strategy(ResourcePoolStrategy.PRIVATE_POOL_FIRST).build()),
                "both privatePool and resourcePool"));
        add(PlacementRules.PRIVATE_POOL_ID_REQUIRED, ConfigurationGenerator::payAsYouGo, (d, b) -> new Outcome(
                withPools(b, PrivatePoolSpec.builder().matchCriteria(PrivatePoolMatchCriteria.TARGET).build(), ResourcePoolSpec.builder().build()),
                "privatePool.matchCriteria = Target without an id"));
        add(PlacementRules.RESOURCE_POOL_IDS_REQUIRED, ConfigurationGenerator::payAsYouGo, (d, b) -> new Outcome(
                withPools(b, PrivatePoolSpec.builder().build(), ResourcePoolSpec.builder().strategy(ResourcePoolStrategy.PRIVATE_POOL_ONLY).build()),
                "resourcePool.strategy = PrivatePoolOnly without privatePoolIds"));
        add(PlacementRules.RESOURCE_POOL_IDS_AND_TAGS, ConfigurationGenerator::payAsYouGo, (d, b) -> new Outcome(
                withPools(b, PrivatePoolSpec.builder().build(), ResourcePoolSpec.builder()
                        .addPrivatePoolId(Parts.id(d, "eap-", b.region(), 17)).addPrivatePoolTag(Tag.of("pool", "gpu")).build()),
                "resourcePool has both privatePoolIds and privatePoolTags"));
        add(InstanceTypeRules.CUSTOM_PRIORITY_TYPE_NOT_LISTED, (d, b) -> {
            List<String> listed = new ArrayList<>();
            c(b).getInstanceTypes().forEach(t -> listed.add(t.getInstanceType()));
            List<String> others = new ArrayList<>(Catalog.TYPE_NAMES);
            others.removeAll(listed);
            String type = d.pick(others);
            return new Outcome(c(b).withCustomPriorities(CustomPriority.of(type, Parts.id(d, "vsw-", b.region(), 18))),
                    "customPriorities[0].instanceType " + type + " is not one of the configuration's types");
        });
        add(InstanceTypeRules.CANDIDATE_CIDR_REQUIRED, (d, b) -> new Outcome(
                c(b).withInstanceTypeCandidateOptions(InstanceTypeCandidateOptions.builder().allowCrossAz(true).build()),
                "instanceTypeCandidateOptions.allowCrossAz without allowCidrBlocks"));

        // ---- spec-coverage pass (validation2) ------------------------------------------------
        add(DiskRules.SYSTEM_DISK_SMALLER_THAN_IMAGE, ConfigurationGenerator::windows, (d, b) -> {
            DiskCategory category = d.pick(DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD, DiskCategory.CLOUD_ESSD);
            // within the category's range (one code only) and below the 40 GiB of the Windows images
            int size = d.between(systemSize(category, DEFAULT_PERFORMANCE_LEVEL).min(), 39);
            return new Outcome(c(b).withSystemDisk(SystemDiskSpec.builder().category(category).size(size).build()),
                    "systemDisk.size = " + size + " below the 40 GiB public Windows image", WINDOWS);
        });
        add(ImageRules.SECURITY_ENHANCEMENT_CUSTOM_IMAGE, ConfigurationGenerator::linux, (d, b) -> new Outcome(
                c(b).withImage(ImageSpec.builder().imageId("m-" + b.region().infix() + d.alnum(18)).build())
                        .withSecurityEnhancementStrategy(SecurityEnhancementStrategy.ACTIVE),
                "securityEnhancementStrategy = Active with a custom image"));
        add(ImageRules.IMAGE_NAME_AND_FAMILY, ConfigurationGenerator::linux, (d, b) -> new Outcome(
                c(b).withImage(ImageSpec.builder().imageName(d.pick("web-golden-2024", "app-base-v3"))
                        .imageFamily(d.pick(Catalog.IMAGE_FAMILIES)).build()),
                "image has both imageName and imageFamily"));
        add(InstanceTypeRules.IO_OPTIMIZED_NONE, (d, b) -> new Outcome(
                c(b).withNetwork(c(b).getNetwork().withIoOptimized(IoOptimized.NONE))
                        .withCredentials(c(b).getCredentials().withKeyPairName(Optional.empty())),
                "network.ioOptimized = none with current instance types", osContext(b)));
        add(CredentialRules.KEY_PAIR_NOT_IO_OPTIMIZED, ConfigurationGenerator::linux, (d, b) -> new Outcome(
                withTypes(c(b), List.of()).withInstancePatterns(List.of()).withCpu(2).withMemory(4)
                        .withNetwork(c(b).getNetwork().withIoOptimized(IoOptimized.NONE))
                        .withCredentials(CredentialsSpec.builder().keyPairName(Parts.keyPairName(d)).build()),
                "credentials.keyPairName with network.ioOptimized = none (Cpu and Memory instead of types)", LINUX));
        add(SpotRules.DELETION_PROTECTION_WITH_SPOT, ConfigurationGenerator::preemptible, (d, b) -> new Outcome(
                c(b).withDeletionProtection(true), "deletionProtection = true with a spot strategy"));
        add(PlacementRules.POOL_OPTIONS_WITH_SPOT, ConfigurationGenerator::preemptible, (d, b) -> d.flip()
                ? new Outcome(withPools(b, PrivatePoolSpec.builder().build(),
                        ResourcePoolSpec.builder().strategy(ResourcePoolStrategy.PRIVATE_POOL_FIRST).build()),
                        "resourcePool.strategy with a spot strategy")
                : new Outcome(withPools(b, PrivatePoolSpec.builder().matchCriteria(PrivatePoolMatchCriteria.OPEN).build(),
                        ResourcePoolSpec.builder().build()), "privatePool.matchCriteria = Open with a spot strategy"));
        add(MetadataServiceRules.HTTP_TOKENS_ENDPOINT_DISABLED, (d, b) -> new Outcome(
                c(b).withHttpEndpoint(HttpEndpoint.DISABLED).withHttpTokens(HttpTokens.REQUIRED),
                "httpTokens = required with httpEndpoint = disabled"));

        // ---- more attributes of the same codes: every attribute a field constraint limits is broken
        // by some mutation (the parameter guard of integration-tests checks it) ----------------------
        add(FieldRules.ID_FORMAT, ConfigurationGenerator::payAsYouGo, (d, b) -> {
            String bare = b.region().infix() + d.alnum(18);
            switch (d.between(0, 2)) {
                case 0:
                    return new Outcome(c(b).withPlacement(PlacementSpec.builder().tenancy(Tenancy.HOST).dedicatedHostId(bare).build()),
                            "placement.dedicatedHostId '" + bare + "' lacks the dh- prefix");
                case 1:
                    return new Outcome(withPools(b, PrivatePoolSpec.builder().matchCriteria(PrivatePoolMatchCriteria.TARGET).id(bare)
                            .build(), ResourcePoolSpec.builder().build()), "privatePool.id '" + bare + "' lacks the eap- prefix");
                default:
                    return new Outcome(withPools(b, PrivatePoolSpec.builder().build(), ResourcePoolSpec.builder()
                            .strategy(ResourcePoolStrategy.PRIVATE_POOL_FIRST).addPrivatePoolId(bare).build()),
                            "resourcePool.privatePoolIds[0] '" + bare + "' lacks the eap- prefix");
            }
        });
        add(FieldRules.ID_FORMAT, (d, b) -> {
            String bare = b.region().infix() + d.alnum(18);
            switch (d.between(0, 7)) {
                case 0:
                    return new Outcome(c(b).withPlacement(PlacementSpec.builder().dedicatedHostClusterId(bare).build()),
                            "placement.dedicatedHostClusterId '" + bare + "' lacks the dc- prefix");
                case 1:
                    return new Outcome(c(b).withStorageSetId(bare), "storageSetId '" + bare + "' lacks the ss- prefix");
                case 2:
                    return new Outcome(c(b).withSystemDisk(c(b).getSystemDisk().withAutoSnapshotPolicyId(bare)),
                            "systemDisk.autoSnapshotPolicyId '" + bare + "' lacks the sp- prefix");
                case 3:
                    return new Outcome(c(b).withDataDisks(essd(d).withAutoSnapshotPolicyId(bare)),
                            "dataDisks[0].autoSnapshotPolicyId '" + bare + "' lacks the sp- prefix");
                case 4:
                    return new Outcome(c(b).withDataDisks(essd(d).withSnapshotId(bare)),
                            "dataDisks[0].snapshotId '" + bare + "' lacks the s- prefix");
                case 5:
                    return new Outcome(withNetwork(b, NetworkSpec.builder().addSecurityGroupId(bare).build()),
                            "network.securityGroupIds[0] '" + bare + "' lacks the sg- prefix");
                case 6:
                    return new Outcome(withNetwork(b, NetworkSpec.builder().addNetworkInterface(NetworkInterfaceSpec.builder()
                            .interfaceType(NetworkInterfaceType.PRIMARY).addSecurityGroupId(bare).build()).build()),
                            "network.networkInterfaces[0].securityGroupIds[0] '" + bare + "' lacks the sg- prefix");
                default:
                    String type = c(b).getInstanceTypes().get(0).getInstanceType();
                    return new Outcome(c(b).withCustomPriorities(CustomPriority.of(type, bare)),
                            "customPriorities[0].vswitchId '" + bare + "' lacks the vsw- prefix");
            }
        });
        add(FieldRules.DESCRIPTION_LENGTH, (d, b) -> {
            String text = d.flip() ? letters(d, over(d, DESCRIPTION_MAX)) : "x".repeat(DESCRIPTION_MIN - 1);
            return d.flip()
                    ? new Outcome(c(b).withSystemDisk(c(b).getSystemDisk().withDescription(text)),
                            "systemDisk.description has " + text.length() + " characters")
                    : new Outcome(c(b).withDataDisks(essd(d).withDescription(text)),
                            "dataDisks[0].description has " + text.length() + " characters");
        });
        add(FieldRules.DESCRIPTION_FORMAT, (d, b) -> {
            String text = d.pick("http://example.com", "https://runbook.example.com/disk");
            return d.flip()
                    ? new Outcome(c(b).withSystemDisk(c(b).getSystemDisk().withDescription(text)),
                            "systemDisk.description starts with a URL scheme")
                    : new Outcome(c(b).withDataDisks(essd(d).withDescription(text)), "dataDisks[0].description starts with a URL scheme");
        });
        add(FieldRules.DISK_NAME_LENGTH, (d, b) -> {
            String name = d.flip() ? "d" + letters(d, over(d, DISK_NAME_MAX) - 1) : "d".repeat(DISK_NAME_MIN - 1);
            return new Outcome(c(b).withDataDisks(essd(d).withDiskName(name)), "dataDisks[0].diskName has " + name.length()
                    + " characters");
        });
        add(FieldRules.DISK_NAME_FORMAT, (d, b) -> {
            String name = d.pick("1disk", "disk name", "_disk", "disk/data");
            return new Outcome(c(b).withDataDisks(essd(d).withDiskName(name)), "dataDisks[0].diskName '" + name
                    + "' breaks the character rule");
        });
        add(FieldRules.DISK_CATEGORIES_COUNT, (d, b) -> {
            List<DiskCategory> categories = new ArrayList<>(Parts.LIST_CATEGORIES);
            categories.add(d.pick(Parts.LIST_CATEGORIES));
            return new Outcome(c(b).withDataDisks(DiskSpec.builder().categories(categories).size(d.between(40, 2000)).build()),
                    "dataDisks[0].categories has " + categories.size() + " entries (at most " + DISK_CATEGORIES_MAX + ")");
        });
        add(FieldRules.VALUE_NEGATIVE, (d, b) -> new Outcome(c(b).withDataDisks(DiskSpec.builder().category(DiskCategory.CLOUD_AUTO)
                .size(d.between(40, 2000)).provisionedIops(-d.longBetween(1, 1000)).build()), "dataDisks[0].provisionedIops is negative"));
        add(FieldRules.VALUE_NEGATIVE, ConfigurationGenerator::payAsYouGo, (d, b) -> {
            int negative = -d.between(1, 10);
            InstancePatternSpec.Builder pattern = pattern();
            switch (d.between(0, 4)) {
                case 0:
                    pattern.minimumInitialCredit(negative);
                    break;
                case 1:
                    pattern.minimumBaselineCredit(negative);
                    break;
                case 2:
                    pattern.minimumEniQuantity(negative);
                    break;
                case 3:
                    pattern.minimumEniPrivateIpAddressQuantity(negative);
                    break;
                default:
                    pattern.minimumEniIpv6AddressQuantity(negative);
            }
            return new Outcome(withPattern(b, pattern.build()), "an instancePatterns[0] minimum is " + negative);
        });
        add(FieldRules.VALUE_NOT_POSITIVE, ConfigurationGenerator::payAsYouGo, (d, b) -> {
            int count = d.pick(0, -1, -4);
            InstancePatternSpec.Builder pattern = pattern();
            switch (d.between(0, 5)) {
                case 0:
                    pattern.minimumCpuCoreCount(count);
                    break;
                case 1:
                    pattern.maximumCpuCoreCount(count);
                    break;
                case 2:
                    pattern.minimumGpuAmount(count);
                    break;
                case 3:
                    pattern.maximumGpuAmount(count);
                    break;
                case 4:
                    pattern.minimumMemorySize(BigDecimal.valueOf(count));
                    break;
                default:
                    pattern.maximumMemorySize(BigDecimal.valueOf(count));
            }
            return new Outcome(withPattern(b, pattern.build()), "an instancePatterns[0] count or size is " + count);
        });
        add(FieldRules.PATTERN_FILTER_COUNT, ConfigurationGenerator::payAsYouGo, (d, b) -> {
            List<String> entries = new ArrayList<>();
            for (int i = 0; i <= PATTERN_FILTERS_MAX; i++) {
                entries.add("entry-" + i);
            }
            return d.flip()
                    ? new Outcome(withPattern(b, pattern().instanceCategories(entries).build()),
                            "instancePatterns[0].instanceCategories has " + entries.size() + " entries")
                    : new Outcome(withPattern(b, pattern().physicalProcessorModels(entries).build()),
                            "instancePatterns[0].physicalProcessorModels has " + entries.size() + " entries");
        });
    }
}
