package dev.scalecfg.launcher;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.launcher.internal.ConfigurationGate;
import dev.scalecfg.launcher.internal.PlanResult;
import dev.scalecfg.launcher.internal.Planner;
import dev.scalecfg.validation.InvalidConfigurationException;
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
     * Returns a launcher that refuses configurations failing the default validation rule chain.
     *
     * @return the launcher
     */
    public static InstanceLauncher create() {
        return new InstanceLauncher(ConfigurationGate.defaultGate());
    }

    /**
     * Plans a scale-out.
     *
     * @param configuration the scaling configuration: instance types in priority order with
     *     weights and spot price limits, system disk categories, naming patterns, custom priorities
     * @param request the scaling group's side of the scale-out
     * @param snapshot the capacity the cloud can deliver
     * @return the plan
     * @throws IllegalArgumentException on an input error (unknown vSwitch IDs, no types or
     *     vSwitches, duplicate names, a weight outside 1..500, a percentage outside 0..100,
     *     negative counts or prices, minCount or units below 1, MIXED billing under PRIORITY or
     *     BALANCE, duplicate snapshot keys, PER_VCPU without vCPU counts), naming the field, the
     *     value and the rule
     * @throws InvalidConfigurationException carrying every violation when the configuration fails
     *     the default rule chain ({@code RuleChain.defaultChain()}); only a missing
     *     {@code ScalingGroupId} is let through, since it plays no part in planning
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
