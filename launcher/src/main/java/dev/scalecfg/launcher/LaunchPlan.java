package dev.scalecfg.launcher;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NamePattern;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.Billing;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The result of {@link InstanceLauncher#plan}: what to launch, how much of the request it covers,
 * and why.
 *
 * <p>Immutable. Two plans are equal when their status, numbers, allocations and trace are equal.
 * The planned instances are expanded lazily by {@link #instances()}.
 *
 * @since 0.1.0
 */
public final class LaunchPlan {
    private final PlanStatus status;
    private final int requestedUnits;
    private final int effectiveUnits;
    private final long plannedUnits;
    private final int plannedInstances;
    private final long shortfallUnits;
    private final long totalCapacityAfter;
    private final Optional<ClampReason> clampedBy;
    private final List<Allocation> allocations;
    private final List<Decision> trace;
    private final ScalingConfiguration configuration;
    private final Optional<Long> firstSequenceNumber;

    LaunchPlan(PlanStatus status, int requestedUnits, int effectiveUnits, long plannedUnits, long shortfallUnits,
            long totalCapacityAfter, Optional<ClampReason> clampedBy, List<Allocation> allocations,
            List<Decision> trace, ScalingConfiguration configuration, Optional<Long> firstSequenceNumber) {
        this.status = status;
        this.requestedUnits = requestedUnits;
        this.effectiveUnits = effectiveUnits;
        this.plannedUnits = plannedUnits;
        this.shortfallUnits = shortfallUnits;
        this.totalCapacityAfter = totalCapacityAfter;
        this.clampedBy = clampedBy;
        this.allocations = List.copyOf(allocations);
        this.trace = List.copyOf(trace);
        this.configuration = configuration;
        this.firstSequenceNumber = firstSequenceNumber;
        long instances = 0;
        for (Allocation a : this.allocations) {
            instances += a.getCount();
        }
        this.plannedInstances = Math.toIntExact(instances);
    }

    /**
     * Returns the status of the plan.
     *
     * @return the status
     */
    public PlanStatus getStatus() {
        return status;
    }

    /**
     * Returns the units the request asked for.
     *
     * @return the requested units
     */
    public int getRequestedUnits() {
        return requestedUnits;
    }

    /**
     * Returns the units after the maximum-size clamp (0 when rejected).
     *
     * @return the effective units
     */
    public int getEffectiveUnits() {
        return effectiveUnits;
    }

    /**
     * Returns the units the planned instances provide; may exceed the effective units by less
     * than the largest weight.
     *
     * @return the planned units
     */
    public long getPlannedUnits() {
        return plannedUnits;
    }

    /**
     * Returns the number of planned instances.
     *
     * @return the planned instance count
     */
    public int getPlannedInstances() {
        return plannedInstances;
    }

    /**
     * Returns the effective units not planned (0 when fulfilled).
     *
     * @return the shortfall units
     */
    public long getShortfallUnits() {
        return shortfallUnits;
    }

    /**
     * Returns the group's capacity in units once the plan is carried out (ESS
     * {@code TotalCapacity}).
     *
     * @return the total capacity after the scale-out
     */
    public long getTotalCapacityAfter() {
        return totalCapacityAfter;
    }

    /**
     * Returns why the request was reduced, if it was.
     *
     * @return the clamp reason, or empty
     */
    public Optional<ClampReason> getClampedBy() {
        return clampedBy;
    }

    /**
     * Returns the allocations: one per (vSwitch, type, billing, compensated), ordered by phase
     * (pay-as-you-go, spot, compensation) and inside a phase by its canonical pool order. Empty
     * unless the status is {@code FULFILLED} or {@code PARTIAL}.
     *
     * @return the allocations
     */
    public List<Allocation> getAllocations() {
        return allocations;
    }

    /**
     * Returns the decision trace, in visit order.
     *
     * @return the decisions
     */
    public List<Decision> getTrace() {
        return trace;
    }

    /**
     * Returns the planned instances, in allocation order, expanded lazily: each element is built
     * when it is read, in constant time for iteration and logarithmic time for random access.
     *
     * @return an unmodifiable list of {@link #getPlannedInstances()} instances
     * @throws IllegalArgumentException if a name pattern's counter would exceed its digits
     */
    public List<PlannedInstance> instances() {
        return new Instances();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LaunchPlan)) {
            return false;
        }
        LaunchPlan that = (LaunchPlan) other;
        return status == that.status && requestedUnits == that.requestedUnits
                && effectiveUnits == that.effectiveUnits && plannedUnits == that.plannedUnits
                && shortfallUnits == that.shortfallUnits && totalCapacityAfter == that.totalCapacityAfter
                && clampedBy.equals(that.clampedBy) && allocations.equals(that.allocations)
                && trace.equals(that.trace);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, requestedUnits, effectiveUnits, plannedUnits, shortfallUnits,
                totalCapacityAfter, clampedBy, allocations, trace);
    }

    @Override
    public String toString() {
        return "LaunchPlan{status=" + status + ", requestedUnits=" + requestedUnits + ", effectiveUnits="
                + effectiveUnits + ", plannedUnits=" + plannedUnits + ", plannedInstances=" + plannedInstances
                + ", shortfallUnits=" + shortfallUnits + ", totalCapacityAfter=" + totalCapacityAfter
                + ", clampedBy=" + clampedBy.map(Enum::name).orElse("none") + ", allocations=" + allocations
                + ", trace=" + trace + "}";
    }

    /** The lazy instance list. */
    private final class Instances extends AbstractList<PlannedInstance> implements RandomAccess {
        private final long[] ends = new long[allocations.size()];
        private final NamePattern name = configuration.getInstanceName().map(NamePattern::parse).orElse(null);
        private final NamePattern host = configuration.getHostName().map(NamePattern::parse).orElse(null);

        Instances() {
            long sum = 0;
            for (int i = 0; i < ends.length; i++) {
                sum += allocations.get(i).getCount();
                ends[i] = sum;
            }
            check(name, "InstanceName");
            check(host, "HostName");
        }

        /**
         * The number of the first instance: the request's first sequence number for a group-wide
         * {@code (AUTO_INCREMENT)} pattern, else the pattern's begin number (an ECS batch pattern
         * restarts on every scale-out).
         */
        private long first(NamePattern pattern) {
            if (pattern == null || !pattern.ordered()) {
                return firstSequenceNumber.orElse(0L);
            }
            return pattern.groupWide() ? firstSequenceNumber.orElse(pattern.begin()) : pattern.begin();
        }

        private void check(NamePattern pattern, String field) {
            if (pattern == null || !pattern.ordered() || plannedInstances == 0) {
                return;
            }
            long last = first(pattern) + plannedInstances - 1;
            if (last > pattern.maxNumber().orElseThrow()) {
                throw new IllegalArgumentException(field + ": the sequence number " + last
                        + " of the last planned instance does not fit the pattern's digits (at most "
                        + pattern.maxNumber().orElseThrow() + "); ESS would fail and suspend this scale-out");
            }
        }

        @Override
        public PlannedInstance get(int index) {
            Objects.checkIndex(index, plannedInstances);
            int pos = Arrays.binarySearch(ends, index + 1L);
            int slot = pos >= 0 ? pos : -pos - 1;
            while (slot > 0 && ends[slot - 1] >= index + 1L) {
                slot--;
            }
            Allocation allocation = allocations.get(slot);
            long sequence = first(name != null && name.ordered() ? name : host) + index;
            Optional<String> instanceName = name == null ? Optional.empty()
                    : Optional.of(name.format(first(name) + index));
            Optional<String> hostName = host == null ? Optional.empty()
                    : Optional.of(host.format(first(host) + index));
            Optional<BigDecimal> limit = Optional.empty();
            if (allocation.getBilling() == Billing.SPOT
                    && configuration.getSpotStrategy().orElse(null) != SpotStrategy.SPOT_AS_PRICE_GO) {
                for (InstanceTypeSpec type : configuration.getInstanceTypes()) {
                    if (type.getInstanceType().equals(allocation.getInstanceType())) {
                        limit = type.getSpotPriceLimit();
                        break;
                    }
                }
            }
            return new PlannedInstance(index, sequence, instanceName, hostName, allocation, configuration, limit);
        }

        @Override
        public int size() {
            return plannedInstances;
        }
    }
}
