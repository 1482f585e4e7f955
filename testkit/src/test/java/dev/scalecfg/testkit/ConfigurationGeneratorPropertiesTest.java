package dev.scalecfg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class ConfigurationGeneratorPropertiesTest {

    private static final ConfigurationGenerator CONFIGS = ScalingGenerators.configurations();

    @Test
    void everyGeneratedConfigurationRespectsTheSpotCheckedLimits() {
        qt().withExamples(5000).forAll(CONFIGS.dataDisks(0, 16).instanceTypes(1, 10).gen())
                .checkAssert(config -> assertThat(SpecChecks.problems(config)).as(config.toString()).isEmpty());
    }

    @Test
    void narrowedConfigurationsRespectTheLimitsToo() {
        qt().withExamples(1000).forAll(CONFIGS.windows().vpc().preemptible().weighted().gen())
                .checkAssert(config -> assertThat(SpecChecks.problems(config)).as(config.toString()).isEmpty());
        qt().withExamples(1000).forAll(CONFIGS.linux().vpc().burstable().payAsYouGo().gen())
                .checkAssert(config -> assertThat(SpecChecks.problems(config)).as(config.toString()).isEmpty());
    }

    @Test
    void windows_onlyWindowsImagesAndNoKeyPair() {
        qt().withExamples(500).forAll(CONFIGS.windows().gen()).checkAssert(config -> {
            assertThat(config.getImage().getImageId()).hasValueSatisfying(id -> assertThat(id).matches("win20\\d\\d_.*_40G_alibase_\\d{8}\\.vhd"));
            assertThat(config.getCredentials().getKeyPairName()).isEmpty();
            config.getHostName().ifPresent(host -> assertThat(host.length()).isBetween(2, 15));
        });
    }

    @Test
    void linux_neverWindowsImages() {
        qt().withExamples(500).forAll(CONFIGS.linux().gen())
                .checkAssert(config -> assertThat(SpecChecks.windows(config)).isFalse());
    }

    @Test
    void defaultConfigurations_coverBothOperatingSystems() {
        AtomicInteger windows = new AtomicInteger();
        qt().withExamples(500).forAll(CONFIGS.gen()).checkAssert(config -> {
            if (SpecChecks.windows(config)) {
                windows.incrementAndGet();
            }
        });
        assertThat(windows.get()).isBetween(50, 450);
    }

    @Test
    void preemptible_alwaysSpot_payAsYouGo_neverSpot() {
        qt().withExamples(500).forAll(CONFIGS.preemptible().gen()).checkAssert(config -> {
            assertThat(config.preemptible()).isTrue();
            if (config.getSpotStrategy().get() == SpotStrategy.SPOT_WITH_PRICE_LIMIT) {
                assertThat(config.getInstanceTypes()).allSatisfy(t -> assertThat(t.getSpotPriceLimit()).isPresent());
            }
        });
        qt().withExamples(500).forAll(CONFIGS.payAsYouGo().gen()).checkAssert(config -> {
            assertThat(config.preemptible()).isFalse();
            assertThat(config.getInstanceTypes()).allSatisfy(t -> assertThat(t.getSpotPriceLimit()).isEmpty());
        });
    }

    @Test
    void dataDisks_countStaysInRange() {
        qt().withExamples(300).forAll(CONFIGS.dataDisks(0, 0).gen()).checkAssert(config -> assertThat(config.getDataDisks()).isEmpty());
        qt().withExamples(300).forAll(CONFIGS.dataDisks(16, 16).gen()).checkAssert(config -> assertThat(config.getDataDisks()).hasSize(16));
        qt().withExamples(300).forAll(CONFIGS.dataDisks(2, 5).gen())
                .checkAssert(config -> assertThat(config.getDataDisks().size()).isBetween(2, 5));
    }

    @Test
    void instanceTypes_countStaysInRangeAndTypesAreDistinct() {
        qt().withExamples(300).forAll(CONFIGS.instanceTypes(10, 10).gen()).checkAssert(config -> {
            assertThat(config.getInstanceTypes()).hasSize(10);
            assertThat(config.getInstanceTypes()).extracting(InstanceTypeSpec::getInstanceType).doesNotHaveDuplicates();
        });
        qt().withExamples(300).forAll(CONFIGS.instanceTypes(1, 1).gen()).checkAssert(config -> assertThat(config.getInstanceTypes()).hasSize(1));
    }

    @Test
    void weighted_everyTypeWeighted_unweighted_none() {
        qt().withExamples(300).forAll(CONFIGS.weighted().gen()).checkAssert(config ->
                assertThat(config.getInstanceTypes()).allSatisfy(t -> assertThat(t.getWeightedCapacity()).hasValueSatisfying(w -> assertThat(w).isBetween(1, 500))));
        qt().withExamples(300).forAll(CONFIGS.unweighted().gen()).checkAssert(config ->
                assertThat(config.getInstanceTypes()).allSatisfy(t -> assertThat(t.getWeightedCapacity()).isEmpty()));
    }

    @Test
    void burstable_onlyT5AndT6() {
        qt().withExamples(300).forAll(CONFIGS.burstable().gen()).checkAssert(config ->
                assertThat(config.getInstanceTypes()).allSatisfy(t -> assertThat(SpecChecks.burstable(t.getInstanceType())).isTrue()));
    }

    @Test
    void classic_noVpcOnlyFeature() {
        qt().withExamples(1000).forAll(CONFIGS.classic().gen()).checkAssert(config -> {
            assertThat(config.getRamRoleName()).isEmpty();
            assertThat(config.getUserData()).isEmpty();
            assertThat(config.getInstancePatterns()).isEmpty();
            assertThat(config.getCustomPriorities()).isEmpty();
            assertThat(config.getNetwork().getNetworkInterfaces()).isEmpty();
            assertThat(config.getNetwork().getIpv6AddressCount()).isEmpty();
        });
    }

    @Test
    void vpc_usesVpcOnlyFeaturesSometimes() {
        AtomicInteger userData = new AtomicInteger();
        AtomicInteger nics = new AtomicInteger();
        qt().withExamples(1000).forAll(CONFIGS.vpc().gen()).checkAssert(config -> {
            config.getUserData().ifPresent(u -> userData.incrementAndGet());
            if (!config.getNetwork().getNetworkInterfaces().isEmpty()) {
                nics.incrementAndGet();
            }
        });
        assertThat(userData.get()).isPositive();
        assertThat(nics.get()).isPositive();
    }

    @Test
    void minimal_onlyTheEssentials() {
        qt().withExamples(300).forAll(CONFIGS.minimal().gen()).checkAssert(config -> {
            assertThat(config.getName()).isEmpty();
            assertThat(config.getTags()).isEmpty();
            assertThat(config.getCredentials().getPassword()).isEmpty();
            assertThat(config.getHostName()).isEmpty();
            assertThat(config.getScalingGroupId()).isPresent();
            assertThat(config.getInstanceTypes()).isNotEmpty();
            // issue #9 §8: minimal() still drew 0-4 data disks and a spot strategy
            assertThat(config.getDataDisks()).isEmpty();
            assertThat(config.getSpotStrategy()).isEmpty();
        });
    }

    @Test
    void minimal_keepsWhatOtherKnobsAskFor() {
        qt().withExamples(200).forAll(CONFIGS.minimal().dataDisks(2, 3).preemptible().gen()).checkAssert(config -> {
            assertThat(config.getDataDisks()).hasSizeBetween(2, 3);
            assertThat(config.preemptible()).isTrue();
        });
        qt().withExamples(200).forAll(CONFIGS.dataDisks(1, 1).minimal().gen())
                .checkAssert(config -> assertThat(config.getDataDisks()).hasSize(1));
        assertThat(ScalingSamples.sample(CONFIGS.minimal(), 2).getDataDisks()).isEmpty();
    }

    @Test
    void anyConfigurations_drawAwkwardValues_validOrNot_neverALifecycleState() {
        java.util.Set<Boolean> validity = new java.util.HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            dev.scalecfg.core.ScalingConfiguration config = ScalingSamples.sample(ScalingGenerators.anyConfigurations(), seed);
            assertThat(config.getLifecycleState()).isEmpty();
            validity.add(dev.scalecfg.validation.RuleChain.defaultChain().validate(config).isValid());
        }
        assertThat(validity).contains(false);
    }

    @Test
    void cpuAndMemory_replacesTheTypeList_andIsValid() {
        qt().withExamples(300).forAll(CONFIGS.cpuAndMemory().gen()).checkAssert(config -> {
            assertThat(config.getInstanceTypes()).isEmpty();
            assertThat(config.getCpu()).isPresent();
            assertThat(config.getMemory()).isPresent();
            assertThat(config.getCustomPriorities()).isEmpty();
            assertThat(dev.scalecfg.validation.RuleChain.defaultChain().validate(config).errors()).as(config.toString()).isEmpty();
        });
    }

    @Test
    void api20140828_leavesOutParametersOnlyIn2022() {
        qt().withExamples(1000).forAll(CONFIGS.vpc().api20140828().gen()).checkAssert(config -> {
            assertThat(config.getHttpEndpoint()).isEmpty();
            assertThat(config.getHttpTokens()).isEmpty();
            assertThat(config.getInstanceTypeCandidateOptions()).isEmpty();
            assertThat(config.getResourcePool().getStrategy()).isEmpty();
            assertThat(config.getNetwork().getNetworkInterfaces())
                    .allSatisfy(nic -> assertThat(nic.getSecondaryPrivateIpAddressCount()).isEmpty());
        });
    }

    @Test
    void knobs_returnNewGeneratorsAndLeaveTheReceiverUnchanged() {
        ConfigurationGenerator base = ScalingGenerators.configurations();
        ConfigurationGenerator windows = base.windows();
        assertThat(windows).isNotSameAs(base);
        assertThat(base.dataDisks(0, 0)).isNotSameAs(base);
        // the base still draws Linux configurations for some seeds
        boolean sawLinux = false;
        for (long seed = 0; seed < 50 && !sawLinux; seed++) {
            sawLinux = !SpecChecks.windows(ScalingSamples.sample(base, seed));
        }
        assertThat(sawLinux).isTrue();
        assertThat(base.gen()).isSameAs(base);
    }

    @Test
    void knobs_rejectRangesOutsideTheApiLimits() {
        assertThatThrownBy(() -> CONFIGS.dataDisks(0, 17)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dataDisks");
        assertThatThrownBy(() -> CONFIGS.dataDisks(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CONFIGS.instanceTypes(0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instanceTypes");
        assertThatThrownBy(() -> CONFIGS.instanceTypes(1, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generation_isFastEnoughForThousandsOfExamples() {
        AtomicInteger count = new AtomicInteger();
        qt().withExamples(10_000).forAll(CONFIGS.dataDisks(0, 16).instanceTypes(1, 10).gen())
                .check(config -> count.incrementAndGet() > 0);
        // QuickTheories may skip a draw it has already tried, so the count can fall a little short
        assertThat(count.get()).isGreaterThan(9_900);
    }

    @Test
    void toString_neverShowsSecrets() {
        qt().withExamples(500).forAll(CONFIGS.vpc().gen()).checkAssert(config -> {
            String text = config.toString();
            config.getCredentials().getPassword().ifPresent(p -> assertThat(text).doesNotContain(p.reveal()));
            config.getUserData().ifPresent(u -> assertThat(text).doesNotContain(u.base64()));
        });
    }

}
