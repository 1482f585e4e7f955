package dev.scalecfg.testkit;

import dev.scalecfg.core.InstanceTypeSpec;
import org.quicktheories.core.Gen;

/**
 * A fluent generator of single instance-type entries with real ECS type names ({@code ecs.g6.large},
 * {@code ecs.gn6i-c4g1.xlarge}, {@code ecs.t5-lc1m2.small}, ...). Each knob returns a new generator.
 *
 * @since 0.1.0
 */
public interface InstanceTypeSpecGenerator extends Gen<InstanceTypeSpec> {

    /**
     * Narrows to burstable types ({@code ecs.t5-*}, {@code ecs.t6-*}).
     *
     * @return a new generator
     */
    InstanceTypeSpecGenerator burstable();

    /**
     * Adds a weighted capacity (1-500) to every entry.
     *
     * @return a new generator
     */
    InstanceTypeSpecGenerator weighted();

    /**
     * Adds a spot price limit (three decimals at most, below the on-demand price) to every entry.
     *
     * @return a new generator
     */
    InstanceTypeSpecGenerator withSpotPriceLimit();

    /**
     * Returns this generator as a plain QuickTheories generator.
     *
     * @return this generator
     */
    default Gen<InstanceTypeSpec> gen() {
        return this;
    }
}
