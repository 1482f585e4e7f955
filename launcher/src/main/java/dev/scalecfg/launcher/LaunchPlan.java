package dev.scalecfg.launcher;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.scalecfg.core.NamePattern;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.launcher.internal.Naming;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.immutables.value.Value;

/**
 * The result of {@link InstanceLauncher#plan}: what to launch, how much of the request it covers,
 * and why.
 *
 * <p>Immutable. Two plans are equal when their status, billing, numbers, allocations and trace
 * are equal. The planned instances are expanded lazily by {@link #instances()}. Written as JSON
 * (with {@code ScalingJson#writeValue}) a plan holds these attributes and nothing of the
 * configuration.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LaunchPlan {
    LaunchPlan() {}

    /**
     * Returns the status of the plan.
     *
     * @return the status
     */
    public abstract PlanStatus getStatus();

    /**
     * Returns the billing the plan was made with: the request's, or the configuration's when the
     * request gives none (pay-as-you-go for {@code NoSpot}, else spot, or mixed under
     * {@code COST_OPTIMIZED} / {@code COMPOSABLE} with an on-demand base or percentage).
     *
     * @return the billing mode
     * @since 0.2.0
     */
    public abstract BillingMode getBilling();

    /**
     * Returns the units the request asked for.
     *
     * @return the requested units
     */
    public abstract int getRequestedUnits();

    /**
     * Returns the units after the maximum-size clamp (0 when rejected).
     *
     * @return the effective units
     */
    public abstract int getEffectiveUnits();

    /**
     * Returns the units the planned instances provide; may exceed the effective units by less
     * than the largest weight.
     *
     * @return the planned units
     */
    public abstract long getPlannedUnits();

    /**
     * Returns the number of planned instances.
     *
     * @return the planned instance count
     */
    @Value.Derived
    public int getPlannedInstances() {
        long instances = 0;
        for (Allocation a : getAllocations()) {
            instances += a.getCount();
        }
        return Math.toIntExact(instances);
    }

    /**
     * Returns the effective units not planned (0 when fulfilled).
     *
     * @return the shortfall units
     */
    public abstract long getShortfallUnits();

    /**
     * Returns the group's capacity in units once the plan is carried out (ESS
     * {@code TotalCapacity}).
     *
     * @return the total capacity after the scale-out
     */
    public abstract long getTotalCapacityAfter();

    /**
     * Returns why the request was reduced, if it was.
     *
     * @return the clamp reason, or empty
     */
    public abstract Optional<ClampReason> getClampedBy();

    /**
     * Returns the allocations: one per (vSwitch, type, billing, compensated), ordered by phase
     * (pay-as-you-go, spot, compensation) and inside a phase by its canonical pool order. Empty
     * unless the status is {@code FULFILLED} or {@code PARTIAL}.
     *
     * @return the allocations
     */
    public abstract List<Allocation> getAllocations();

    /**
     * Returns the decision trace, in visit order: the instance types resolved from the
     * configuration's patterns first, then the pools dropped before placement, then every pool of
     * every phase and the notes.
     *
     * @return the decisions
     */
    public abstract List<Decision> getTrace();

    /** The configuration the plan was made from, for naming the instances; not part of equality. */
    @Value.Auxiliary
    @JsonIgnore
    abstract ScalingConfiguration configuration();

    /** The request's first sequence number; not part of equality. */
    @Value.Auxiliary
    @JsonIgnore
    abstract Optional<Long> firstSequenceNumber();

    /** The spot price limit per planned type (explicit limits and pattern MaxPrices); not part of equality. */
    @Value.Auxiliary
    @JsonIgnore
    abstract Map<String, BigDecimal> spotPriceLimits();

    /**
     * Returns the planned instances, in allocation order, expanded lazily: each element is built
     * when it is read, in constant time for iteration and logarithmic time for random access. The
     * names always fit their patterns: a plan whose names would overflow is {@code NONE}.
     *
     * @return an unmodifiable list of {@link #getPlannedInstances()} instances
     */
    public List<PlannedInstance> instances() {
        return new Instances();
    }

    /** The lazy instance list. */
    private final class Instances extends AbstractList<PlannedInstance> implements RandomAccess {
        private final List<Allocation> allocations = getAllocations();
        private final long[] ends = new long[allocations.size()];
        private final ScalingConfiguration configuration = configuration();
        private final NamePattern name = configuration.getInstanceName().map(NamePattern::parse).orElse(null);
        private final NamePattern host = configuration.getHostName().map(NamePattern::parse).orElse(null);
        private final int size = getPlannedInstances();

        Instances() {
            long sum = 0;
            for (int i = 0; i < ends.length; i++) {
                sum += allocations.get(i).getCount();
                ends[i] = sum;
            }
        }

        @Override
        public PlannedInstance get(int index) {
            Objects.checkIndex(index, size);
            int pos = Arrays.binarySearch(ends, index + 1L);
            int slot = pos >= 0 ? pos : -pos - 1;
            while (slot > 0 && ends[slot - 1] >= index + 1L) {
                slot--;
            }
            Allocation allocation = allocations.get(slot);
            Optional<Long> first = firstSequenceNumber();
            long sequence = Naming.first(name != null && name.ordered() ? name : host, first) + index;
            Optional<String> instanceName = name == null ? Optional.empty()
                    : Optional.of(name.format(Naming.first(name, first) + index));
            Optional<String> hostName = host == null ? Optional.empty()
                    : Optional.of(host.format(Naming.first(host, first) + index));
            Optional<BigDecimal> limit = Optional.empty();
            if (allocation.getBilling() == Billing.SPOT
                    && configuration.getSpotStrategy().orElse(null) != SpotStrategy.SPOT_AS_PRICE_GO) {
                limit = Optional.ofNullable(spotPriceLimits().get(allocation.getInstanceType()));
            }
            return ImmutablePlannedInstance.builder().index(index).sequenceNumber(sequence)
                    .instanceName(instanceName).hostName(hostName).allocation(allocation)
                    .configuration(configuration).spotPriceLimit(limit).build();
        }

        @Override
        public int size() {
            return size;
        }
    }
}
