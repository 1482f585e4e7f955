package dev.scalecfg.launcher.internal;

import dev.scalecfg.core.ScalingConfiguration;

/**
 * The seam through which the launcher refuses a configuration that fails the default validation
 * rule chain.
 */
@FunctionalInterface
public interface ConfigurationGate {
    /**
     * Throws if the configuration must not be planned with.
     *
     * @param configuration the configuration
     */
    void check(ScalingConfiguration configuration);

    /**
     * Returns the gate used by {@code InstanceLauncher.create()}.
     *
     * @return the default gate
     */
    static ConfigurationGate defaultGate() {
        return configuration -> { };
    }
}
