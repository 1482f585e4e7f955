package dev.scalecfg.testkit.internal;

import dev.scalecfg.core.Affinity;
import dev.scalecfg.core.ApiLimits;
import dev.scalecfg.core.BurstablePerformance;
import dev.scalecfg.core.ConfidentialComputingMode;
import dev.scalecfg.core.CreditSpecification;
import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.HttpEndpoint;
import dev.scalecfg.core.HttpTokens;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceFamilyLevel;
import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.InstanceTypeCandidateOptions;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.PlacementSpec;
import dev.scalecfg.core.PrivatePoolMatchCriteria;
import dev.scalecfg.core.PrivatePoolSpec;
import dev.scalecfg.core.ResourcePoolSpec;
import dev.scalecfg.core.ResourcePoolStrategy;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SecurityEnhancementStrategy;
import dev.scalecfg.core.SpotInterruptionBehavior;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.Tag;
import dev.scalecfg.core.Tenancy;
import dev.scalecfg.testkit.ConfigurationGenerator;
import dev.scalecfg.testkit.internal.ConfigSettings.Choice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.RandomnessSource;

/** The standard {@link ConfigurationGenerator}. */
public final class DefaultConfigurationGenerator implements ConfigurationGenerator {

    private final ConfigSettings settings;

    /**
     * Creates a generator.
     *
     * @param settings the knobs
     */
    public DefaultConfigurationGenerator(ConfigSettings settings) {
        this.settings = settings;
    }

    /** Returns the knobs. */
    public ConfigSettings settings() {
        return settings;
    }

    /** A configuration plus the facts the generator decided that the configuration cannot show. */
    public record Drawn(ScalingConfiguration configuration, boolean windows, boolean vpc, Catalog.Region region) {}

    @Override
    public ScalingConfiguration generate(RandomnessSource source) {
        return draw(new Draw(source)).configuration();
    }

    /** Draws a configuration with its context. */
    public Drawn draw(Draw d) {
        ConfigSettings s = settings;
        boolean optionals = !s.minimal();
        Catalog.Region region = Parts.region(d);
        boolean windows = s.os().second(d);
        boolean vpc = s.network().second(d);
        boolean weighted = s.weights().second(d);
        // minimal(): a spot strategy only when preemptible() asks for one
        Optional<SpotStrategy> spot = s.minimal() && s.billing() != Choice.SECOND
                ? Optional.empty() : spotStrategy(d, s.billing());
        boolean preemptible = spot.map(strategy -> strategy != SpotStrategy.NO_SPOT).orElse(false);
        boolean priceLimits = spot.filter(SpotStrategy.SPOT_WITH_PRICE_LIMIT::equals).isPresent();

        ScalingConfiguration.Builder config = ScalingConfiguration.builder();
        config.scalingGroupId(Parts.id(d, "asg-", region, 18));
        if (optionals && d.flip()) {
            config.regionId(region.id());
        }
        if (optionals && d.flip()) {
            config.name(Parts.configurationName(d));
        }

        // image
        ImageSpec.Builder image = ImageSpec.builder();
        int imageSize;
        boolean publicImage;
        boolean customImage = false;
        if (windows) {
            image.imageId(d.pick(Catalog.WINDOWS_IMAGES));
            imageSize = 40;
            publicImage = true;
        } else {
            int mode = optionals ? d.between(0, 3) : 0;
            publicImage = mode == 0;
            imageSize = mode == 0 ? 20 : 40;
            if (mode == 0) {
                image.imageId(d.pick(Catalog.LINUX_IMAGES));
            } else if (mode == 1) {
                image.imageId("m-" + region.infix() + d.alnum(18));
                customImage = true;
            } else if (mode == 2) {
                image.imageFamily(d.pick(Catalog.IMAGE_FAMILIES));
            } else {
                image.imageName(d.pick("web-golden-2024", "app-base-v3", "k8s-node-1.30"));
            }
            if (optionals && d.chance(4)) {
                image.loginAsNonRoot(d.flip());
            }
        }
        config.image(image.build());

        // instance types: a list, or Cpu and Memory
        if (s.cpuMemory()) {
            int cpu = d.pick(2, 4, 8, 16);
            config.cpu(cpu).memory(cpu * d.pick(2, 4, 8));
        } else {
            List<InstanceTypeSpec> types = Parts.instanceTypes(d, s.minTypes(), s.maxTypes(), s.burstable(), weighted, priceLimits);
            config.instanceTypes(types);
            boolean allBurstable = types.stream().allMatch(t -> Catalog.type(t.getInstanceType()).burstable());
            if (optionals && allBurstable && d.flip()) {
                config.creditSpecification(d.pick(CreditSpecification.STANDARD, CreditSpecification.UNLIMITED));
            }
            if (optionals && vpc && !weighted && d.chance(6)) {
                config.addInstancePattern(instancePattern(d, priceLimits));
            }
            if (optionals && vpc && d.chance(6)) {
                config.customPriorities(customPriorities(d, types, region));
            }
        }
        if (optionals && !s.api2014() && d.chance(8)) {
            config.instanceTypeCandidateOptions(candidateOptions(d));
        }

        // billing
        spot.ifPresent(config::spotStrategy);
        if (optionals && preemptible) {
            d.maybe(3, () -> d.between(ApiLimits.SPOT_DURATION_MIN, ApiLimits.SPOT_DURATION_MAX)).ifPresent(config::spotDuration);
            d.maybe(4, () -> SpotInterruptionBehavior.TERMINATE).ifPresent(config::spotInterruptionBehavior);
        }

        // storage
        if (optionals && d.flip()) {
            config.systemDisk(Parts.systemDisk(d, imageSize, true));
        }
        int[] diskRange = s.diskRange();
        int disks = d.between(diskRange[0], diskRange[1]);
        List<DiskSpec> dataDisks = new ArrayList<>(disks);
        for (int i = 0; i < disks; i++) {
            dataDisks.add(Parts.dataDisk(d, i, optionals));
        }
        config.dataDisks(dataDisks);
        if (optionals && d.chance(8)) {
            config.storageSetId(Parts.id(d, "ss-", region, 18));
            d.maybe(2, () -> d.between(ApiLimits.STORAGE_SET_PARTITIONS_MIN, 10)).ifPresent(config::storageSetPartitionNumber);
        }

        // network and security
        config.network(Parts.network(d, region, vpc, optionals, !s.api2014()));
        if (optionals && d.chance(4)) {
            config.securityEnhancementStrategy(publicImage
                    ? d.pick(SecurityEnhancementStrategy.ACTIVE, SecurityEnhancementStrategy.DEACTIVE)
                    : SecurityEnhancementStrategy.DEACTIVE);
        }
        if (optionals && !s.api2014() && d.chance(5)) {
            HttpEndpoint endpoint = d.pick(HttpEndpoint.ENABLED, HttpEndpoint.DISABLED);
            config.httpEndpoint(endpoint);
            if (endpoint == HttpEndpoint.ENABLED && d.flip()) {
                config.httpTokens(d.pick(HttpTokens.REQUIRED, HttpTokens.OPTIONAL));
            }
        }
        if (optionals && !preemptible && d.chance(5)) {
            config.deletionProtection(d.flip());
        }
        if (optionals && !s.api2014() && d.chance(12)) {
            config.confidentialComputingMode(d.pick(ConfidentialComputingMode.ENCLAVE, ConfidentialComputingMode.TDX));
        }
        if (optionals && d.chance(12)) {
            config.schedulerOptions("{\"ManagedPrivateSpaceId\":\"mps-" + region.infix() + d.alnum(12) + "\"}");
        }

        // system settings
        if (optionals) {
            config.credentials(credentials(d, windows, customImage));
            if (d.chance(3)) {
                config.instanceName(d.flip()
                        ? Parts.orderedPattern(d, d.pick(true, false), 3, 6, false)
                        : Parts.instanceName(d));
            }
            if (d.chance(3)) {
                config.hostName(!windows && d.flip()
                        ? Parts.orderedPattern(d, d.pick(true, false), 3, 6, true)
                        : Parts.hostName(d, windows));
            }
            if (vpc && d.chance(4)) {
                config.ramRoleName(d.pick("EcsRamRole", "AliyunECSInstanceForYundunRole", "app-node-role"));
            }
            if (vpc && d.chance(3)) {
                config.userData(Parts.userData(d, windows));
            }
            config.tags(Parts.tags(d, 0, d.pick(3, ApiLimits.TAGS_MAX)));
            if (d.chance(5)) {
                config.loadBalancerWeight(d.pick(50, d.between(ApiLimits.LOAD_BALANCER_WEIGHT_MIN, ApiLimits.LOAD_BALANCER_WEIGHT_MAX)));
            }
            if (d.chance(4)) {
                config.instanceDescription(Parts.description(d));
            }
            if (d.chance(6)) {
                config.clientToken(Parts.kmsKeyId(d));
            }
            if (d.chance(5)) {
                config.resourceGroupId("rg-acfm" + d.alnum(11));
            }
            boolean dedicatedHost = spot.isEmpty() && d.chance(10);
            config.placement(placement(d, region, dedicatedHost));
            if (!preemptible && !dedicatedHost && d.chance(6)) {
                if (!s.api2014() && d.flip()) {
                    config.resourcePool(resourcePool(d, region));
                } else {
                    config.privatePool(privatePool(d, region));
                }
            }
        }
        return new Drawn(config.build(), windows, vpc, region);
    }

    private static Optional<SpotStrategy> spotStrategy(Draw d, Choice billing) {
        switch (billing) {
            case FIRST:
                return d.pick(Optional.<SpotStrategy>empty(), Optional.of(SpotStrategy.NO_SPOT));
            case SECOND:
                return Optional.of(d.pick(SpotStrategy.SPOT_AS_PRICE_GO, SpotStrategy.SPOT_WITH_PRICE_LIMIT));
            default:
                return d.pick(Optional.<SpotStrategy>empty(), Optional.of(SpotStrategy.NO_SPOT),
                        Optional.of(SpotStrategy.SPOT_AS_PRICE_GO), Optional.of(SpotStrategy.SPOT_WITH_PRICE_LIMIT));
        }
    }

    private static InstancePatternSpec instancePattern(Draw d, boolean maxPriceRequired) {
        int cores = d.pick(2, 1, 4, 8, 16);
        InstancePatternSpec.Builder pattern = InstancePatternSpec.builder()
                .cores(cores)
                .memory(BigDecimal.valueOf(cores * (long) d.pick(4, 1, 2, 8)));
        if (maxPriceRequired || d.chance(3)) {
            pattern.maxPrice(d.price(10, 5000));
        }
        d.maybe(3, () -> d.pick(InstanceFamilyLevel.ENTERPRISE_LEVEL, InstanceFamilyLevel.ENTRY_LEVEL,
                InstanceFamilyLevel.CREDIT_ENTRY_LEVEL)).ifPresent(pattern::instanceFamilyLevel);
        d.maybe(3, () -> d.pick(BurstablePerformance.INCLUDE, BurstablePerformance.EXCLUDE, BurstablePerformance.REQUIRED))
                .ifPresent(pattern::burstablePerformance);
        if (d.chance(3)) {
            pattern.excludedInstanceTypes(d.distinct(List.of("ecs.c6.*", "ecs.t5-lc2m1.nano", "ecs.gn6i-c4g1.*"), d.between(1, 3)));
        }
        if (d.chance(3)) {
            pattern.architectures(d.distinct(List.of("X86", "Heterogeneous", "BareMetal", "Arm"), d.between(1, 2)));
        }
        if (d.chance(4)) {
            pattern.instanceTypeFamilies(d.distinct(List.of("ecs.g7", "ecs.c7", "ecs.r7", "ecs.g6"), d.between(1, 3)));
        }
        if (d.chance(4)) {
            pattern.instanceCategories(d.distinct(List.of("General-purpose", "Compute-optimized", "Memory-optimized"),
                    d.between(1, 2)));
        }
        if (d.chance(4)) {
            pattern.cpuArchitectures(d.distinct(List.of("X86", "ARM"), d.between(1, ApiLimits.PATTERN_CPU_ARCHITECTURES_MAX)));
        }
        if (d.chance(5)) {
            pattern.physicalProcessorModels(d.distinct(List.of("Intel Xeon(Ice Lake) Platinum 8369B",
                    "AMD EPYC MILAN 7T83", "Yitian 710"), d.between(1, 2)));
        }
        if (d.chance(4)) {
            int min = d.pick(cores, 1, 2, 4);
            pattern.minimumCpuCoreCount(min).maximumCpuCoreCount(d.between(min, ApiLimits.PATTERN_CPU_CORE_RATIO_MAX * min));
        }
        if (d.chance(4)) {
            int min = d.pick(2, 1, 4, 8);
            pattern.minimumMemorySize(BigDecimal.valueOf(min)).maximumMemorySize(BigDecimal.valueOf(min * (long) d.pick(2, 1, 4)));
        }
        if (d.chance(6)) {
            pattern.addGpuSpec(d.pick("NVIDIA T4", "NVIDIA A10", "NVIDIA V100"));
            int min = d.between(1, 2);
            pattern.minimumGpuAmount(min).maximumGpuAmount(d.between(min, 4));
        }
        if (d.chance(5)) {
            pattern.minimumInitialCredit(d.between(0, 60)).minimumBaselineCredit(d.between(0, 40));
        }
        if (d.chance(5)) {
            pattern.minimumEniQuantity(d.between(0, 4)).minimumEniPrivateIpAddressQuantity(d.between(0, 10))
                    .minimumEniIpv6AddressQuantity(d.between(0, 2));
        }
        return pattern.build();
    }

    private static List<CustomPriority> customPriorities(Draw d, List<InstanceTypeSpec> types, Catalog.Region region) {
        int count = d.between(1, Math.min(3, types.size()));
        List<CustomPriority> priorities = new ArrayList<>(count);
        for (InstanceTypeSpec type : d.distinct(types, count)) {
            priorities.add(CustomPriority.of(type.getInstanceType(), Parts.id(d, "vsw-", region, 18)));
        }
        return priorities;
    }

    private static InstanceTypeCandidateOptions candidateOptions(Draw d) {
        InstanceTypeCandidateOptions.Builder options = InstanceTypeCandidateOptions.builder().enabled(true);
        d.maybe(2, () -> d.flip()).ifPresent(options::allowDifferentGeneration);
        if (d.flip()) {
            options.allowCrossAz(true);
            options.allowCidrBlocks(d.distinct(List.of("10.0.0.0/16", "172.16.0.0/12", "192.168.0.0/24"), d.between(1, 3)));
        }
        d.maybe(3, () -> d.price(10, 5000)).ifPresent(options::maxPrice);
        return options.build();
    }

    private static CredentialsSpec credentials(Draw d, boolean windows, boolean customImage) {
        CredentialsSpec.Builder credentials = CredentialsSpec.builder();
        int mode = d.between(0, windows ? 2 : 3);
        if (mode == 1) {
            credentials.password(Parts.password(d));
        } else if (mode == 2 && customImage) {
            credentials.passwordInherit(true); // only a custom image can carry a password
        } else if (mode == 3) {
            credentials.keyPairName(Parts.keyPairName(d));
        }
        return credentials.build();
    }

    private static PlacementSpec placement(Draw d, Catalog.Region region, boolean dedicatedHost) {
        PlacementSpec.Builder placement = PlacementSpec.builder();
        if (d.chance(3)) {
            placement.zoneId(Parts.zone(d, region));
        }
        if (!dedicatedHost && d.chance(8)) {
            placement.deploymentSetId(Parts.id(d, "ds-", region, 18));
        }
        if (dedicatedHost) {
            placement.tenancy(Tenancy.HOST);
            d.maybe(2, () -> Affinity.HOST).ifPresent(placement::affinity);
            d.maybe(2, () -> Parts.id(d, "dh-", region, 18)).ifPresent(placement::dedicatedHostId);
            d.maybe(3, () -> Parts.id(d, "dc-", region, 18)).ifPresent(placement::dedicatedHostClusterId);
        }
        if (d.chance(12)) {
            placement.hpcClusterId("hpc-" + region.infix() + d.alnum(16));
        }
        return placement.build();
    }

    private static PrivatePoolSpec privatePool(Draw d, Catalog.Region region) {
        PrivatePoolMatchCriteria criteria = d.pick(PrivatePoolMatchCriteria.OPEN, PrivatePoolMatchCriteria.TARGET,
                PrivatePoolMatchCriteria.NONE);
        PrivatePoolSpec.Builder pool = PrivatePoolSpec.builder().matchCriteria(criteria);
        if (criteria == PrivatePoolMatchCriteria.TARGET) {
            pool.id(Parts.id(d, "eap-", region, 17));
        }
        return pool.build();
    }

    private static ResourcePoolSpec resourcePool(Draw d, Catalog.Region region) {
        ResourcePoolStrategy strategy = d.pick(ResourcePoolStrategy.PRIVATE_POOL_FIRST, ResourcePoolStrategy.PRIVATE_POOL_ONLY,
                ResourcePoolStrategy.NONE);
        ResourcePoolSpec.Builder pool = ResourcePoolSpec.builder().strategy(strategy);
        if (strategy == ResourcePoolStrategy.PRIVATE_POOL_ONLY || (strategy != ResourcePoolStrategy.NONE && d.flip())) {
            int count = d.between(1, 3);
            for (int i = 0; i < count; i++) {
                pool.addPrivatePoolId(Parts.id(d, "eap-", region, 16) + i);
            }
        } else if (strategy == ResourcePoolStrategy.PRIVATE_POOL_FIRST && d.flip()) {
            pool.addPrivatePoolTag(Tag.of("pool", d.pick("reserved", "gpu", "batch")));
        }
        return pool.build();
    }

    @Override
    public ConfigurationGenerator windows() {
        return new DefaultConfigurationGenerator(settings.withOs(Choice.SECOND));
    }

    @Override
    public ConfigurationGenerator linux() {
        return new DefaultConfigurationGenerator(settings.withOs(Choice.FIRST));
    }

    @Override
    public ConfigurationGenerator preemptible() {
        return new DefaultConfigurationGenerator(settings.withBilling(Choice.SECOND));
    }

    @Override
    public ConfigurationGenerator payAsYouGo() {
        return new DefaultConfigurationGenerator(settings.withBilling(Choice.FIRST));
    }

    @Override
    public ConfigurationGenerator dataDisks(int min, int max) {
        Checks.range("dataDisks", min, max, 0, ApiLimits.DATA_DISKS_MAX);
        return new DefaultConfigurationGenerator(settings.withDisks(min, max));
    }

    @Override
    public ConfigurationGenerator instanceTypes(int min, int max) {
        Checks.range("instanceTypes", min, max, 1, ApiLimits.INSTANCE_TYPES_MAX);
        return new DefaultConfigurationGenerator(settings.withTypes(min, max));
    }

    @Override
    public ConfigurationGenerator vpc() {
        return new DefaultConfigurationGenerator(settings.withNetwork(Choice.SECOND));
    }

    @Override
    public ConfigurationGenerator classic() {
        return new DefaultConfigurationGenerator(settings.withNetwork(Choice.FIRST));
    }

    @Override
    public ConfigurationGenerator weighted() {
        return new DefaultConfigurationGenerator(settings.withWeights(Choice.SECOND));
    }

    @Override
    public ConfigurationGenerator unweighted() {
        return new DefaultConfigurationGenerator(settings.withWeights(Choice.FIRST));
    }

    @Override
    public ConfigurationGenerator burstable() {
        return new DefaultConfigurationGenerator(settings.withBurstable());
    }

    @Override
    public ConfigurationGenerator minimal() {
        return new DefaultConfigurationGenerator(settings.withMinimal());
    }

    @Override
    public ConfigurationGenerator cpuAndMemory() {
        return new DefaultConfigurationGenerator(settings.withCpuMemory());
    }

    @Override
    public ConfigurationGenerator api20140828() {
        return new DefaultConfigurationGenerator(settings.withApi2014());
    }

    @Override
    public String toString() {
        return "ConfigurationGenerator" + settings;
    }
}
