package dev.scalecfg.testkit.internal;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.scalecfg.core.Affinity;
import dev.scalecfg.core.BurstablePerformance;
import dev.scalecfg.core.ConfidentialComputingMode;
import dev.scalecfg.core.CreditSpecification;
import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.EncryptAlgorithm;
import dev.scalecfg.core.HttpEndpoint;
import dev.scalecfg.core.HttpTokens;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceFamilyLevel;
import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.InstanceTypeCandidateOptions;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.InternetChargeType;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.NetworkInterfaceSpec;
import dev.scalecfg.core.NetworkInterfaceTrafficMode;
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
import dev.scalecfg.core.SpotInterruptionBehavior;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.Tag;
import dev.scalecfg.core.Tenancy;
import dev.scalecfg.core.UserData;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Configurations with every attribute drawn from awkward values (quotes, backslashes, dots,
 * non-ASCII, empty, decimals of any scale), valid or not: the generator behind
 * {@code ScalingGenerators.anyConfigurations()}, moved here from core's tests (it was core's own
 * {@code ConfigGen}).
 *
 * <p>Configurations are kept to what the ESS wire format can express: list elements have at least
 * one attribute, candidate options are absent or non-empty, and instance types are either all
 * weighted or all unweighted (a mix is reordered on the wire: unweighted first), and instance type
 * names are distinct (spot price limits are keyed by type name on the wire), and optional string
 * attributes are never empty (an empty parameter is read as "not set", as the API does).
 */
public final class ArbitraryConfigurations {
    private static final Gen<String> TEXT = Generate.pick(List.of("", "a", "web-tier", "ecs.g7.large", "a b",
            "quote\"d", "back\\slash", "dot.ted.1", "{\"json\":1}", "中文", "tab\there", "it's", "--flag", "$HOME"))
            .mix(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 12), 50);
    private static final Gen<String> NON_BLANK = TEXT.map(text -> text.isBlank() ? "x" + text : text);
    /** Optional string attributes: an empty ESS parameter means "not set", so "" is not drawn. */
    private static final Gen<String> NON_EMPTY = TEXT.map(text -> text.isEmpty() ? "e" : text);
    private static final Gen<Integer> INT = integers().between(-5, 100_000);
    private static final Gen<BigDecimal> DECIMAL = longs().between(-1_000_000L, 1_000_000L)
            .zip(integers().between(-2, 6), (unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
    private static final Gen<Boolean> BOOL = booleans().all();

    private ArbitraryConfigurations() {}

    /**
     * Returns configurations with every attribute drawn, lifecycle state included or not.
     *
     * @param withLifecycleState whether to draw the lifecycle state (JSON only, not an API parameter)
     * @return the generator
     */
    public static Gen<ScalingConfiguration> configurations(boolean withLifecycleState) {
        return in -> {
            ScalingConfiguration.Builder b = ScalingConfiguration.builder();
            maybe(in, NON_EMPTY, b::scalingGroupId);
            maybe(in, NON_EMPTY, b::regionId);
            maybe(in, NON_EMPTY, b::name);
            maybe(in, NON_EMPTY, b::instanceDescription);
            maybe(in, NON_EMPTY, b::clientToken);
            maybe(in, NON_EMPTY, b::resourceGroupId);
            if (withLifecycleState) {
                maybe(in, pick(LifecycleState.class), b::lifecycleState);
            }
            ImageSpec.Builder image = ImageSpec.builder();
            maybe(in, NON_EMPTY, image::imageId);
            maybe(in, NON_EMPTY, image::imageName);
            maybe(in, NON_EMPTY, image::imageFamily);
            maybe(in, BOOL, image::loginAsNonRoot);
            b.image(image.build());
            boolean weighted = BOOL.generate(in);
            java.util.Set<String> typeNames = new java.util.HashSet<>();
            for (int i = count(in, 4); i > 0; i--) {
                String typeName = TEXT.generate(in);
                if (!typeNames.add(typeName)) {
                    continue; // spot limits are keyed by type name on the wire
                }
                InstanceTypeSpec.Builder type = InstanceTypeSpec.builder().instanceType(typeName);
                if (weighted) {
                    type.weightedCapacity(INT.generate(in));
                }
                maybe(in, DECIMAL, type::spotPriceLimit);
                b.addInstanceType(type.build());
            }
            maybe(in, INT, b::cpu);
            maybe(in, INT, b::memory);
            for (int i = count(in, 2); i > 0; i--) {
                InstancePatternSpec.Builder p = InstancePatternSpec.builder().cores(INT.generate(in));
                maybe(in, DECIMAL, p::memory);
                maybe(in, DECIMAL, p::maxPrice);
                maybe(in, pick(InstanceFamilyLevel.class), p::instanceFamilyLevel);
                maybe(in, pick(BurstablePerformance.class), p::burstablePerformance);
                repeat(in, TEXT, p::addArchitecture);
                repeat(in, TEXT, p::addExcludedInstanceType);
                repeat(in, TEXT, p::addInstanceTypeFamily);
                repeat(in, TEXT, p::addInstanceCategory);
                repeat(in, TEXT, p::addCpuArchitecture);
                repeat(in, TEXT, p::addPhysicalProcessorModel);
                repeat(in, TEXT, p::addGpuSpec);
                maybe(in, INT, p::minimumCpuCoreCount);
                maybe(in, INT, p::maximumCpuCoreCount);
                maybe(in, DECIMAL, p::minimumMemorySize);
                maybe(in, DECIMAL, p::maximumMemorySize);
                maybe(in, INT, p::minimumGpuAmount);
                maybe(in, INT, p::maximumGpuAmount);
                maybe(in, INT, p::minimumInitialCredit);
                maybe(in, INT, p::minimumBaselineCredit);
                maybe(in, INT, p::minimumEniQuantity);
                maybe(in, INT, p::minimumEniPrivateIpAddressQuantity);
                maybe(in, INT, p::minimumEniIpv6AddressQuantity);
                b.addInstancePattern(p.build());
            }
            maybe(in, pick(CreditSpecification.class), b::creditSpecification);
            for (int i = count(in, 2); i > 0; i--) {
                b.addCustomPriority(CustomPriority.of(TEXT.generate(in), TEXT.generate(in)));
            }
            if (BOOL.generate(in)) {
                InstanceTypeCandidateOptions.Builder o = InstanceTypeCandidateOptions.builder()
                        .enabled(BOOL.generate(in));
                maybe(in, BOOL, o::allowDifferentGeneration);
                maybe(in, BOOL, o::allowCrossAz);
                repeat(in, TEXT, o::addAllowCidrBlock);
                maybe(in, DECIMAL, o::maxPrice);
                b.instanceTypeCandidateOptions(o.build());
            }
            maybe(in, pick(SpotStrategy.class), b::spotStrategy);
            maybe(in, INT, b::spotDuration);
            maybe(in, pick(SpotInterruptionBehavior.class), b::spotInterruptionBehavior);
            SystemDiskSpec.Builder s = SystemDiskSpec.builder();
            maybe(in, category(), s::category);
            repeat(in, category(), s::addCategory);
            maybe(in, INT, s::size);
            maybe(in, pick(PerformanceLevel.class), s::performanceLevel);
            maybe(in, NON_EMPTY, s::diskName);
            maybe(in, NON_EMPTY, s::description);
            maybe(in, NON_EMPTY, s::autoSnapshotPolicyId);
            maybe(in, BOOL, s::encrypted);
            maybe(in, NON_EMPTY, s::kmsKeyId);
            maybe(in, BOOL, s::burstingEnabled);
            maybe(in, longs().all(), s::provisionedIops);
            maybe(in, pick(EncryptAlgorithm.class), s::encryptAlgorithm);
            b.systemDisk(s.build());
            for (int i = count(in, 3); i > 0; i--) {
                DiskSpec.Builder d = DiskSpec.builder().size(INT.generate(in));
                maybe(in, category(), d::category);
                repeat(in, category(), d::addCategory);
                maybe(in, pick(PerformanceLevel.class), d::performanceLevel);
                maybe(in, NON_EMPTY, d::diskName);
                maybe(in, NON_EMPTY, d::description);
                maybe(in, NON_EMPTY, d::autoSnapshotPolicyId);
                maybe(in, BOOL, d::encrypted);
                maybe(in, NON_EMPTY, d::kmsKeyId);
                maybe(in, BOOL, d::burstingEnabled);
                maybe(in, longs().all(), d::provisionedIops);
                maybe(in, NON_EMPTY, d::snapshotId);
                maybe(in, BOOL, d::deleteWithInstance);
                maybe(in, NON_EMPTY, d::device);
                b.addDataDisk(d.build());
            }
            maybe(in, NON_EMPTY, b::storageSetId);
            maybe(in, INT, b::storageSetPartitionNumber);
            NetworkSpec.Builder n = NetworkSpec.builder();
            maybe(in, NON_EMPTY, n::securityGroupId);
            repeat(in, TEXT, n::addSecurityGroupId);
            maybe(in, pick(InternetChargeType.class), n::internetChargeType);
            maybe(in, INT, n::internetMaxBandwidthOut);
            maybe(in, INT, n::internetMaxBandwidthIn);
            maybe(in, INT, n::ipv6AddressCount);
            maybe(in, pick(IoOptimized.class), n::ioOptimized);
            for (int i = count(in, 2); i > 0; i--) {
                NetworkInterfaceSpec.Builder nic = NetworkInterfaceSpec.builder()
                        .interfaceType(pick(NetworkInterfaceType.class).generate(in));
                repeat(in, TEXT, nic::addSecurityGroupId);
                maybe(in, INT, nic::ipv6AddressCount);
                maybe(in, pick(NetworkInterfaceTrafficMode.class), nic::trafficMode);
                maybe(in, INT, nic::secondaryPrivateIpAddressCount);
                n.addNetworkInterface(nic.build());
            }
            b.network(n.build());
            maybe(in, pick(SecurityEnhancementStrategy.class), b::securityEnhancementStrategy);
            maybe(in, pick(HttpEndpoint.class), b::httpEndpoint);
            maybe(in, pick(HttpTokens.class), b::httpTokens);
            maybe(in, pick(ConfidentialComputingMode.class), b::confidentialComputingMode);
            maybe(in, BOOL, b::deletionProtection);
            CredentialsSpec.Builder c = CredentialsSpec.builder();
            maybe(in, NON_EMPTY, c::keyPairName);
            maybe(in, NON_EMPTY.map(Password::of), c::password);
            maybe(in, BOOL, c::passwordInherit);
            b.credentials(c.build());
            maybe(in, NON_EMPTY, b::instanceName);
            maybe(in, NON_EMPTY, b::hostName);
            maybe(in, NON_EMPTY, b::ramRoleName);
            maybe(in, NON_EMPTY.map(UserData::ofBase64), b::userData);
            for (int i = count(in, 3); i > 0; i--) {
                b.putTag(TEXT.generate(in) + i, TEXT.generate(in));
            }
            maybe(in, INT, b::loadBalancerWeight);
            PlacementSpec.Builder p = PlacementSpec.builder();
            maybe(in, NON_EMPTY, p::zoneId);
            maybe(in, NON_EMPTY, p::deploymentSetId);
            maybe(in, NON_EMPTY, p::hpcClusterId);
            maybe(in, pick(Tenancy.class), p::tenancy);
            maybe(in, pick(Affinity.class), p::affinity);
            maybe(in, NON_EMPTY, p::dedicatedHostId);
            maybe(in, NON_EMPTY, p::dedicatedHostClusterId);
            b.placement(p.build());
            PrivatePoolSpec.Builder pool = PrivatePoolSpec.builder();
            maybe(in, pick(PrivatePoolMatchCriteria.class), pool::matchCriteria);
            maybe(in, NON_EMPTY, pool::id);
            b.privatePool(pool.build());
            ResourcePoolSpec.Builder r = ResourcePoolSpec.builder();
            maybe(in, pick(ResourcePoolStrategy.class), r::strategy);
            repeat(in, TEXT, r::addPrivatePoolId);
            for (int i = count(in, 2); i > 0; i--) {
                r.addPrivatePoolTag(Tag.of(TEXT.generate(in), TEXT.generate(in)));
            }
            b.resourcePool(r.build());
            maybe(in, NON_EMPTY, b::schedulerOptions);
            return b.build();
        };
    }

    private static Gen<DiskCategory> category() {
        return Generate.pick(DiskCategory.knownValues()).mix(NON_BLANK.map(DiskCategory::of), 20);
    }

    private static <E extends Enum<E>> Gen<E> pick(Class<E> type) {
        return Generate.pick(List.of(type.getEnumConstants()));
    }

    private static int count(RandomnessSource in, int max) {
        return integers().between(0, max).generate(in);
    }

    private static <T> void maybe(RandomnessSource in, Gen<T> gen, Consumer<T> setter) {
        Optional<T> value = gen.toOptionals(50).generate(in);
        value.ifPresent(setter);
    }

    private static <T> void repeat(RandomnessSource in, Gen<T> gen, Consumer<T> adder) {
        for (int i = count(in, 2); i > 0; i--) {
            adder.accept(gen.generate(in));
        }
    }
}
