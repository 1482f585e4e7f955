package dev.scalecfg.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.ScalingConfiguration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ScalingSamplesTest {

    @Test
    void configuration_sameSeedGivesEqualValue() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(ScalingSamples.configuration(seed)).isEqualTo(ScalingSamples.configuration(seed));
        }
    }

    @Test
    void configuration_differentSeedsGiveVariety() {
        Set<ScalingConfiguration> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            seen.add(ScalingSamples.configuration(seed));
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }

    /** Issue #9 §8: seeds s and ~s, and 0 and 1, gave equal draws (the seed went unmixed into an xorshift). */
    @Test
    void differentSeeds_giveDifferentDraws_evenComplementsAndZero() {
        assertThat(ScalingSamples.configuration(0)).isNotEqualTo(ScalingSamples.configuration(1));
        assertThat(ScalingSamples.configuration(2)).isNotEqualTo(ScalingSamples.configuration(-3));
        Set<ScalingConfiguration> seen = new HashSet<>();
        Set<InvalidSample> invalid = new HashSet<>();
        for (long seed = 0; seed < 64; seed++) {
            assertThat(ScalingSamples.configuration(seed)).as("seed %d vs %d", seed, ~seed)
                    .isNotEqualTo(ScalingSamples.configuration(~seed));
            seen.add(ScalingSamples.configuration(seed));
            seen.add(ScalingSamples.configuration(~seed));
            invalid.add(ScalingSamples.invalidConfiguration(seed));
            invalid.add(ScalingSamples.invalidConfiguration(~seed));
        }
        assertThat(seen).hasSize(128);
        assertThat(invalid).hasSize(128);
    }

    @Test
    void invalidConfiguration_sameSeedGivesEqualSample() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(ScalingSamples.invalidConfiguration(seed)).isEqualTo(ScalingSamples.invalidConfiguration(seed));
        }
    }

    @Test
    void sample_narrowedGeneratorIsDeterministicToo() {
        ConfigurationGenerator windows = ScalingGenerators.configurations().windows().dataDisks(2, 2);
        ScalingConfiguration first = ScalingSamples.sample(windows, 7);
        assertThat(ScalingSamples.sample(windows, 7)).isEqualTo(first);
        assertThat(first.getImage().getImageId()).hasValueSatisfying(id -> assertThat(id).startsWith("win"));
        assertThat(first.getDataDisks()).hasSize(2);
    }

    @Test
    void sample_valueGeneratorsAreSeededAsWell() {
        assertThat(ScalingSamples.sample(ScalingGenerators.tags(), 3)).isEqualTo(ScalingSamples.sample(ScalingGenerators.tags(), 3));
        assertThat(ScalingSamples.sample(ScalingGenerators.orderedNamePatterns(), 3))
                .isEqualTo(ScalingSamples.sample(ScalingGenerators.orderedNamePatterns(), 3));
    }
}
