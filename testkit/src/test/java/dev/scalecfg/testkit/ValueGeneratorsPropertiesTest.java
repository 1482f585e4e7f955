package dev.scalecfg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class ValueGeneratorsPropertiesTest {

    private static final Pattern AUTO = Pattern.compile("[a-z]+-\\(AUTO_INCREMENT\\)\\[(\\d+),(\\d)\\](-[a-z0-9]+)?");
    private static final Pattern BATCH = Pattern.compile("[a-z]+-\\[(\\d+),(\\d)\\](-[a-z0-9]+)?");

    /** Wraps a part in a minimal valid configuration so the spot checks can look at it. */
    private static ScalingConfiguration with(java.util.function.UnaryOperator<ScalingConfiguration> change) {
        return change.apply(ScalingConfiguration.builder()
                .scalingGroupId("asg-bp14wlu85wrpchm0xxxx")
                .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
                .addInstanceType(InstanceTypeSpec.of("ecs.g7.large"))
                .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefsxxxx").build())
                .build());
    }

    @Test
    void diskSpecs_validAndNarrowedByCategory() {
        qt().withExamples(2000).forAll(ScalingGenerators.diskSpecs().gen())
                .checkAssert(disk -> assertThat(SpecChecks.problems(with(c -> c.withDataDisks(disk)))).as(disk.toString()).isEmpty());
        for (DiskCategory category : DiskCategory.knownValues()) {
            qt().withExamples(200).forAll(ScalingGenerators.diskSpecs().category(category).gen()).checkAssert(disk -> {
                assertThat(disk.getCategory()).contains(category);
                assertThat(SpecChecks.problems(with(c -> c.withDataDisks(disk)))).as(disk.toString()).isEmpty();
            });
        }
        assertThatThrownBy(() -> ScalingGenerators.diskSpecs().category(DiskCategory.of("cloud_future")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cloud_future");
    }

    @Test
    void diskSpecs_minimalHasNoOptionalAttributes() {
        qt().withExamples(300).forAll(ScalingGenerators.diskSpecs().minimal().gen()).checkAssert(disk -> {
            assertThat(disk.getDiskName()).isEmpty();
            assertThat(disk.getEncrypted()).isEmpty();
            assertThat(disk.getSize()).isPresent();
        });
    }

    @Test
    void systemDiskSpecs_respectTheImageSize() {
        qt().withExamples(1000).forAll(ScalingGenerators.systemDiskSpecs().gen())
                .checkAssert(disk -> assertThat(SpecChecks.problems(with(c -> c.withSystemDisk(disk)))).as(disk.toString()).isEmpty());
        qt().withExamples(500).forAll(ScalingGenerators.systemDiskSpecs().forImageSize(100).gen())
                .checkAssert(disk -> disk.getSize().ifPresent(size -> assertThat(size).isBetween(100, 500)));
    }

    @Test
    void networkSpecs_validAndClassicHasNoInterfaces() {
        qt().withExamples(1000).forAll(ScalingGenerators.networkSpecs().gen())
                .checkAssert(net -> assertThat(SpecChecks.problems(with(c -> c.withNetwork(net)))).as(net.toString()).isEmpty());
        qt().withExamples(500).forAll(ScalingGenerators.networkSpecs().classic().gen()).checkAssert(net -> {
            assertThat(net.getNetworkInterfaces()).isEmpty();
            assertThat(net.getIpv6AddressCount()).isEmpty();
        });
    }

    @Test
    void instanceTypeSpecs_knobsAddWhatTheySay() {
        qt().withExamples(300).forAll(ScalingGenerators.instanceTypeSpecs().burstable().weighted().withSpotPriceLimit().gen())
                .checkAssert(spec -> {
                    assertThat(SpecChecks.burstable(spec.getInstanceType())).isTrue();
                    assertThat(spec.getWeightedCapacity()).hasValueSatisfying(w -> assertThat(w).isBetween(1, 500));
                    assertThat(spec.getSpotPriceLimit()).hasValueSatisfying(p -> {
                        assertThat(p.signum()).isPositive();
                        assertThat(p.scale()).isBetween(1, 3);
                    });
                });
        qt().withExamples(300).forAll(ScalingGenerators.instanceTypeSpecs().gen()).checkAssert(spec -> {
            assertThat(spec.getInstanceType()).matches("ecs\\.[a-z0-9-]+\\.[a-z0-9]+");
            assertThat(spec.getWeightedCapacity()).isEmpty();
        });
        qt().withExamples(300).forAll(ScalingGenerators.instanceTypeNames()).checkAssert(name -> assertThat(name).startsWith("ecs."));
    }

    @Test
    void tags_sizeKnobAndLimits() {
        qt().withExamples(500).forAll(ScalingGenerators.tags().gen())
                .checkAssert(tags -> assertThat(SpecChecks.problems(with(c -> c.withTags(tags)))).isEmpty());
        qt().withExamples(200).forAll(ScalingGenerators.tags().size(20, 20).gen()).checkAssert(tags -> assertThat(tags).hasSize(20));
        qt().withExamples(200).forAll(ScalingGenerators.tags().size(0, 0).gen()).checkAssert(tags -> assertThat(tags).isEmpty());
        assertThatThrownBy(() -> ScalingGenerators.tags().size(0, 21)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void names_followTheirRules() {
        qt().withExamples(500).forAll(ScalingGenerators.names())
                .checkAssert(name -> assertThat(SpecChecks.problems(with(c -> c.withName(name)))).isEmpty());
        qt().withExamples(500).forAll(ScalingGenerators.instanceNames())
                .checkAssert(name -> assertThat(SpecChecks.problems(with(c -> c.withInstanceName(name)))).isEmpty());
        qt().withExamples(500).forAll(ScalingGenerators.hostNames().gen()).checkAssert(host -> {
            assertThat(host.length()).isBetween(2, 15);
            assertThat(host).matches("[A-Za-z0-9-]+").doesNotMatch("\\d+");
        });
        qt().withExamples(500).forAll(ScalingGenerators.hostNames().linux().gen())
                .checkAssert(host -> assertThat(SpecChecks.problems(with(c -> c.withHostName(host)))).isEmpty());
        qt().withExamples(500).forAll(ScalingGenerators.passwords())
                .checkAssert(p -> assertThat(SpecChecks.problems(with(c -> c.withCredentials(
                        dev.scalecfg.core.CredentialsSpec.builder().password(p).build())))).isEmpty());
        qt().withExamples(200).forAll(ScalingGenerators.zones()).checkAssert(zone -> assertThat(zone).matches("[a-z]+-[a-z]+(-\\d)?-[a-z]"));
        qt().withExamples(200).forAll(ScalingGenerators.regions()).checkAssert(region -> assertThat(region).matches("[a-z]+-[a-z]+(-\\d)?"));
    }

    @Test
    void orderedNamePatterns_formsAndBits() {
        qt().withExamples(500).forAll(ScalingGenerators.orderedNamePatterns().autoIncrement().gen()).checkAssert(p -> {
            Matcher m = AUTO.matcher(p);
            assertThat(m.matches()).as(p).isTrue();
            int bits = Integer.parseInt(m.group(2));
            assertThat(bits).isBetween(3, 6);
            assertThat(m.group(1).length()).isLessThanOrEqualTo(bits);
        });
        qt().withExamples(500).forAll(ScalingGenerators.orderedNamePatterns().batch().bits(1, 2).gen()).checkAssert(p -> {
            Matcher m = BATCH.matcher(p);
            assertThat(m.matches()).as(p).isTrue();
            assertThat(Integer.parseInt(m.group(2))).isBetween(1, 2);
            assertThat(m.group(1).length()).isLessThanOrEqualTo(Integer.parseInt(m.group(2)));
        });
        assertThatThrownBy(() -> ScalingGenerators.orderedNamePatterns().bits(0, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
