package dev.scalecfg.testkit;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.testkit.internal.SeededSource;
import org.quicktheories.core.Gen;

/**
 * Seeded sampling for any test framework: the same seed always gives an equal value, with no
 * QuickTheories runner involved (and so no shrinking).
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ValueSource(longs = {1, 2, 3, 42})
 * void planIsDeterministic(long seed) {
 *     ScalingConfiguration config = ScalingSamples.configuration(seed);
 *     assertThat(planner.plan(config)).isEqualTo(planner.plan(config));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScalingSamples {

    private ScalingSamples() {}

    /**
     * Draws one value of any generator (for example a narrowed
     * {@code ScalingGenerators.configurations().windows()}) from a source seeded with {@code seed}.
     *
     * @param generator the generator
     * @param seed      the seed
     * @param <T>       the value type
     * @return the value; equal for equal generators and seeds
     */
    public static <T> T sample(Gen<T> generator, long seed) {
        return SeededSource.sample(generator, seed);
    }

    /**
     * Draws a valid configuration from {@link ScalingGenerators#configurations()}.
     *
     * @param seed the seed
     * @return the configuration; equal for equal seeds
     */
    public static ScalingConfiguration configuration(long seed) {
        return sample(ScalingGenerators.configurations(), seed);
    }

    /**
     * Draws an invalid configuration with its expected violation code from
     * {@link ScalingGenerators#invalidConfigurations()}.
     *
     * @param seed the seed
     * @return the sample; equal for equal seeds
     */
    public static InvalidSample invalidConfiguration(long seed) {
        return sample(ScalingGenerators.invalidConfigurations(), seed);
    }

    /**
     * Draws a valid scale-out request from {@link ScalingGenerators#scaleOutRequests()}.
     *
     * @param seed the seed
     * @return the request; equal for equal seeds
     */
    public static ScaleOutRequest scaleOutRequest(long seed) {
        return sample(ScalingGenerators.scaleOutRequests(), seed);
    }

    /**
     * Draws a valid capacity snapshot from {@link ScalingGenerators#capacitySnapshots()}.
     *
     * @param seed the seed
     * @return the snapshot; equal for equal seeds
     */
    public static CapacitySnapshot capacitySnapshot(long seed) {
        return sample(ScalingGenerators.capacitySnapshots(), seed);
    }

    /**
     * Draws a consistent launcher input from {@link ScalingGenerators#scaleOutScenarios()}.
     *
     * @param seed the seed
     * @return the scenario; equal for equal seeds
     */
    public static ScaleOutScenario scaleOutScenario(long seed) {
        return sample(ScalingGenerators.scaleOutScenarios(), seed);
    }
}
