package dev.scalecfg.launcher.internal;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.BuiltInRules;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.RuleChain;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule chain through which the launcher refuses a configuration before planning. The planner
 * relies on what two built-in rules guarantee, and does not check it again: unique instance types,
 * weights of 1 to 500, positive prices, custom priorities naming listed types
 * ({@link BuiltInRules#FIELD_CONSTRAINTS} and {@link BuiltInRules#INSTANCE_TYPES}); a chain
 * without them is refused when the launcher is created.
 */
public final class ConfigurationGate {
    /** The rules planning relies on. */
    public static final List<Rule> REQUIRED = List.of(BuiltInRules.FIELD_CONSTRAINTS, BuiltInRules.INSTANCE_TYPES);

    /**
     * The default chain without the scaling-group rule: {@code ScalingGroupId} says where the
     * configuration is created, and plays no part in planning, so a template with no group yet
     * can be planned with.
     */
    public static final RuleChain PLANNING_CHAIN =
            RuleChain.defaultChain().toBuilder().remove(BuiltInRules.SCALING_GROUP.id()).build();

    private final RuleChain chain;

    private ConfigurationGate(RuleChain chain) {
        this.chain = chain;
    }

    /**
     * Returns the gate of {@code InstanceLauncher.create()}: {@link #PLANNING_CHAIN}.
     *
     * @return the default gate
     */
    public static ConfigurationGate defaultGate() {
        return new ConfigurationGate(PLANNING_CHAIN);
    }

    /**
     * Returns a gate that validates with the given chain.
     *
     * @param chain the chain
     * @return the gate
     * @throws IllegalArgumentException if the chain lacks a rule of {@link #REQUIRED}, naming it
     */
    public static ConfigurationGate of(RuleChain chain) {
        Objects.requireNonNull(chain, "chain");
        Set<String> ids = chain.rules().stream().map(Rule::id).collect(Collectors.toSet());
        List<String> missing = REQUIRED.stream().map(Rule::id).filter(id -> !ids.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the rule chain lacks " + String.join(" and ", missing)
                    + ", which planning relies on (unique instance types, weights of 1 to 500, positive prices,"
                    + " custom priorities naming listed types); add BuiltInRules.FIELD_CONSTRAINTS and"
                    + " BuiltInRules.INSTANCE_TYPES to it");
        }
        return new ConfigurationGate(chain);
    }

    /**
     * Throws if the configuration must not be planned with.
     *
     * @param configuration the configuration
     * @throws dev.scalecfg.validation.InvalidConfigurationException carrying every violation
     */
    public void check(ScalingConfiguration configuration) {
        chain.validate(configuration).throwIfInvalid();
    }
}
