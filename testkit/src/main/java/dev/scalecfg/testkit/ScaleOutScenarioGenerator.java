package dev.scalecfg.testkit;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import org.quicktheories.core.Gen;

/**
 * A fluent generator of consistent launcher inputs ({@link ScaleOutScenario}). Each knob returns a
 * new generator.
 *
 * <pre>{@code
 * qt().forAll(ScalingGenerators.scaleOutScenarios().policy(MultiAzPolicy.BALANCE).gen())
 *     .checkAssert(s -> assertThat(launcher.plan(s.configuration(), s.request(), s.snapshot())).isNotNull());
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ScaleOutScenarioGenerator extends Gen<ScaleOutScenario> {

    /**
     * Draws the configurations from the given generator instead of the default one.
     *
     * @param configurations a configuration generator, for example
     *     {@code ScalingGenerators.configurations().preemptible()}
     * @return a new generator
     */
    ScaleOutScenarioGenerator configurations(ConfigurationGenerator configurations);

    /**
     * Uses one fixed configuration in every scenario (its custom priorities' vSwitches join the
     * request's vSwitches; its region is assumed to be {@code cn-hangzhou} unless it names one).
     *
     * @param configuration the configuration
     * @return a new generator
     */
    ScaleOutScenarioGenerator configuration(ScalingConfiguration configuration);

    /**
     * Fixes the group's scaling policy; by default every policy is drawn.
     *
     * @param policy the policy
     * @return a new generator
     */
    ScaleOutScenarioGenerator policy(MultiAzPolicy policy);

    /**
     * Sets how many capacity units a request asks for.
     *
     * @param min the fewest, at least 1
     * @param max the most, at most 10000
     * @return a new generator
     * @throws IllegalArgumentException if the range is empty or outside 1..10000
     */
    ScaleOutScenarioGenerator units(int min, int max);

    /**
     * Sets how many vSwitches the group has (custom priorities may add their own).
     *
     * @param min the fewest, at least 1
     * @param max the most, at most 8
     * @return a new generator
     * @throws IllegalArgumentException if the range is empty or outside 1..8
     */
    ScaleOutScenarioGenerator vswitches(int min, int max);

    /**
     * Leaves shortage-cache entries out of the snapshots (then {@code now} is optional).
     *
     * @return a new generator
     */
    ScaleOutScenarioGenerator withoutShortages();

    /**
     * Gives every pool a known available count: no unknown capacity.
     *
     * @return a new generator
     */
    ScaleOutScenarioGenerator knownCapacity();

    /**
     * Returns a generator of the requests of these scenarios.
     *
     * @return a request generator
     */
    default Gen<ScaleOutRequest> requests() {
        return map(ScaleOutScenario::request);
    }

    /**
     * Returns a generator of the snapshots of these scenarios.
     *
     * @return a snapshot generator
     */
    default Gen<CapacitySnapshot> snapshots() {
        return map(ScaleOutScenario::snapshot);
    }

    /**
     * Returns this generator as a plain QuickTheories generator.
     *
     * @return this generator
     */
    default Gen<ScaleOutScenario> gen() {
        return this;
    }
}
