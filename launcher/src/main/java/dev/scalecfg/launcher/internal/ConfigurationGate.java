package dev.scalecfg.launcher.internal;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.BuiltInRules;
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
        return configuration -> PLANNING_CHAIN.validate(configuration).throwIfInvalid();
    }

    /**
     * The default chain without the scaling-group rule: {@code ScalingGroupId} says where the
     * configuration is created, and plays no part in planning, so a template with no group yet
     * can be planned with.
     */
    RuleChain PLANNING_CHAIN = RuleChain.defaultChain().toBuilder().remove(BuiltInRules.SCALING_GROUP.id()).build();
}
