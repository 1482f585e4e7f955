package dev.scalecfg.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.json.ScalingJson;
import dev.scalecfg.launcher.Allocation;
import dev.scalecfg.launcher.InstanceLauncher;
import dev.scalecfg.launcher.LaunchPlan;
import dev.scalecfg.launcher.PlanStatus;
import dev.scalecfg.testkit.ScalingGenerators;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ValidationContext;
import org.junit.jupiter.api.Test;

/**
 * Property tests written with the testkit's generators: what any user can do to check their own
 * code against every shape of configuration the API accepts.
 */
final class TestkitPropertiesTest {
    private static final ScalingJson JSON = ScalingJson.defaults();

    @Test
    void generatedConfigurationsAreValid() {
        RuleChain chain = RuleChain.defaultChain();
        qt().withExamples(100)
                .forAll(ScalingGenerators.configurations())
                .checkAssert(config -> assertThat(chain.validate(config, ValidationContext.empty()).errors()).isEmpty());
    }

    @Test
    void jsonAndEssParametersRoundTrip() {
        qt().withExamples(100)
                .forAll(ScalingGenerators.configurations().unweighted())
                .checkAssert(config -> {
                    assertThat(JSON.read(JSON.write(config))).isEqualTo(config);
                    assertThat(EssParameters.fromParameters(EssParameters.toParameters(config, ApiVersion.V2022_02_22)))
                            .isEqualTo(config);
                });
    }

    @Test
    void plansNeverPlaceMoreThanTheyReport() {
        InstanceLauncher launcher = InstanceLauncher.create();
        qt().withExamples(100)
                .forAll(ScalingGenerators.scaleOutScenarios())
                .checkAssert(scenario -> {
                    LaunchPlan plan = launcher.plan(scenario.configuration(), scenario.request(), scenario.snapshot());
                    long units = plan.getAllocations().stream().mapToLong(Allocation::units).sum();
                    assertThat(units).isEqualTo(plan.getPlannedUnits());
                    assertThat(plan.getAllocations().stream().mapToInt(Allocation::getCount).sum())
                            .isEqualTo(plan.getPlannedInstances());
                    if (plan.getStatus() == PlanStatus.FULFILLED) {
                        assertThat(plan.getShortfallUnits()).isZero();
                        assertThat(plan.getPlannedUnits()).isGreaterThanOrEqualTo(plan.getEffectiveUnits());
                    }
                });
    }
}
