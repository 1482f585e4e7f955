package dev.scalecfg.launcher.internal;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.RuleChain;

/**
 * The seam through which the launcher refuses a configuration that fails the default validation
 * rule chain ({@code RuleChain.defaultChain()}); the facade holds one so that tests can plan with
 * another.
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
        return configuration -> RuleChain.defaultChain().validate(configuration).throwIfInvalid();
    }
}
