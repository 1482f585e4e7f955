package dev.scalecfg.launcher;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.launcher.internal.ConfigurationGate;
import dev.scalecfg.launcher.internal.PlanResult;
import dev.scalecfg.launcher.internal.Planner;
import dev.scalecfg.validation.BuiltInRules;
import dev.scalecfg.validation.InvalidConfigurationException;
import dev.scalecfg.validation.RuleChain;
import java.util.Objects;
import java.util.Optional;

/**
 * Plans a scale-out: which instances to launch, in which vSwitch, zone, instance type and
 * billing, from a scaling configuration (the template), a scale-out request (the scaling group's
 * side) and a capacity snapshot (what the cloud can deliver).
 *
 * <p>{@link #plan} is a pure function: no clock, no randomness, no I/O, no shared mutable state.
 * The same inputs give an equal plan, whatever the order of the snapshot's entries and of the
 * current members. Instances are safe to share between threads.
 *
 * <pre>{@code
 * LaunchPlan plan = InstanceLauncher.create().plan(configuration, request, snapshot);
 * if (plan.getStatus() != PlanStatus.NONE) {
 *     for (PlannedInstance instance : plan.instances()) {
 *         // one RunInstances call per instance, or per allocation with Amount = count
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class InstanceLauncher {
    private final ConfigurationGate gate;

    private InstanceLauncher(ConfigurationGate gate) {
        this.gate = gate;
    }

    /**
     * Returns a launcher that refuses configurations failing the default validation rule chain
     * ({@code RuleChain.defaultChain()}) without the scaling-group rule: {@code ScalingGroupId}
     * says where a configuration is created and plays no part in planning.
     *
     * @return the launcher
     */
    public static InstanceLauncher create() {
        return new InstanceLauncher(ConfigurationGate.defaultGate());
    }

    /**
     * Returns a launcher that refuses configurations failing the given rule chain, for example the
     * default chain plus an organisation's own rules. Planning relies on what
     * {@link BuiltInRules#FIELD_CONSTRAINTS} and {@link BuiltInRules#INSTANCE_TYPES} guarantee
     * (unique instance types, weights of 1 to 500, positive prices, custom priorities naming
     * listed types) and does not check it again, so the chain must contain both.
     *
     * <pre>{@code
     * InstanceLauncher launcher = InstanceLauncher.create(RuleChain.defaultChain().toBuilder()
     *         .add(Rule.of("org.example.cost-center", myCheck)).build());
     * }</pre>
     *
     * @param chain the rules a configuration must pass
     * @return the launcher
     * @throws IllegalArgumentException if the chain lacks one of the two rules, naming it
     * @throws NullPointerException if the chain is null
     * @since 0.2.0
     */
    public static InstanceLauncher create(RuleChain chain) {
        return new InstanceLauncher(ConfigurationGate.of(chain));
    }

    /**
     * Plans a scale-out.
     *
     * @param configuration the scaling configuration: instance types in priority order with
     *     weights and spot price limits, system disk categories, naming patterns, custom priorities
     * @param request the scaling group's side of the scale-out
     * @param snapshot the capacity the cloud can deliver
     * @return the plan
     * @throws PlanInputException (an {@link IllegalArgumentException}) on an input error, naming
     *     the field, the value and the rule, and saying which inputs it is in: unknown vSwitch IDs,
     *     no vSwitches, duplicate vSwitch IDs, a percentage outside 0..100, negative counts or
     *     prices, minCount or units below 1, minSize above maxSize, spotInstancePools outside
     *     0..10, a billing the configuration's {@code SpotStrategy} cannot give (spot from a
     *     pay-as-you-go configuration; pay-as-you-go from a preemptible one under PRIORITY or
     *     BALANCE; MIXED under PRIORITY or BALANCE), duplicate snapshot keys, PER_VCPU without vCPU
     *     counts, custom priorities naming a vSwitch outside the request
     * @throws InvalidConfigurationException carrying every violation when the configuration fails
     *     the launcher's rule chain (see {@link #create()} and {@link #create(RuleChain)})
     * @throws NullPointerException if an argument is null
     */
    public LaunchPlan plan(ScalingConfiguration configuration, ScaleOutRequest request, CapacitySnapshot snapshot) {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(snapshot, "snapshot");
        gate.check(configuration);
        PlanResult r = Planner.plan(configuration, request, snapshot);
        return ImmutableLaunchPlan.builder()
                .status(r.status())
                .billing(r.billing())
                .requestedUnits(r.requestedUnits())
                .effectiveUnits(r.effectiveUnits())
                .plannedUnits(r.plannedUnits())
                .shortfallUnits(r.shortfallUnits())
                .totalCapacityAfter(r.totalCapacityAfter())
                .clampedBy(r.clamped() ? Optional.of(ClampReason.MAX_SIZE) : Optional.empty())
                .allocations(r.allocations())
                .trace(r.trace())
                .configuration(configuration)
                .firstSequenceNumber(request.getFirstSequenceNumber())
                .spotPriceLimits(r.spotPriceLimits())
                .build();
    }
}
