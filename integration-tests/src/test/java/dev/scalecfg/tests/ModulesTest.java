package dev.scalecfg.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.testkit.ScalingSamples;
import dev.scalecfg.validation.RuleChain;
import org.junit.jupiter.api.Test;

/** The modules meet here: a testkit sample passes the default rule chain. */
final class ModulesTest {
    @Test
    void aTestkitSampleIsValid() {
        ScalingConfiguration config = ScalingSamples.configuration(7L);
        assertThat(RuleChain.defaultChain().validate(config).errors()).isEmpty();
    }
}
