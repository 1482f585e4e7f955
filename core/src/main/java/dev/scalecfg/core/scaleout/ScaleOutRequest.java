package dev.scalecfg.core.scaleout;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scaling group's side of one scale-out: how many capacity units to add, the group's
 * vSwitches in priority order, its multi-zone policy and billing knobs, its size limits and
 * current members. The scaling configuration (instance types, weights, spot price limits, disks,
 * naming patterns, custom priorities) is the other input of the launcher.
 *
 * <p>Knobs that a policy fixes are ignored under that policy: {@code azBalance} and both
 * allocation strategies only count under {@link MultiAzPolicy#COMPOSABLE}. Absent values take the
 * ESS defaults of the policy (see each accessor).
 *
 * <p>JSON (only {@code units} and {@code vswitches} are required):
 * <pre>{@code
 * {
 *   "units": 10,
 *   "vswitches": [{"id": "vsw-1", "zoneId": "cn-hangzhou-h"}, {"id": "vsw-2", "zoneId": "cn-hangzhou-i"}],
 *   "policy": "COST_OPTIMIZED",
 *   "billing": "MIXED",
 *   "onDemandBaseCapacity": 2,
 *   "onDemandPercentageAboveBaseCapacity": 20,
 *   "spotInstancePools": 2,
 *   "maxSize": 100,
 *   "currentMembers": [{"zoneId": "cn-hangzhou-h", "instanceType": "ecs.g7.large", "billing": "PAYG", "count": 3}],
 *   "now": "2026-11-28T10:00:00Z",
 *   "firstSequenceNumber": 4
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableScaleOutRequest.class)
public interface ScaleOutRequest extends WithScaleOutRequest {
    /**
     * The most spot pools a scale-out may spread over: ESS {@code SpotInstancePools} takes 1 to 10
     * (CreateScalingGroup; AWS allows 20). The launcher refuses a larger
     * {@link #getSpotInstancePools()}.
     */
    int MAX_SPOT_INSTANCE_POOLS = 10;

    /**
     * Returns the capacity units to add (instances when every weight is 1); at least 1.
     *
     * @return the requested units
     */
    int getUnits();

    /**
     * Returns the scaling group's vSwitches in priority order (ESS {@code VSwitchIds}), each with
     * its zone; at least one, IDs unique.
     *
     * @return the vSwitches, first = highest priority
     */
    List<VSwitch> getVswitches();

    /**
     * Returns the subset of vSwitch IDs this scale-out may use; absent means all. Its order is
     * ignored (the group's order counts); an empty list requests nothing. Every ID must be one of
     * {@link #getVswitches()}.
     *
     * @return the requested vSwitch IDs, or empty for all
     */
    Optional<List<String>> getRequestedVswitchIds();

    /**
     * Returns the multi-zone policy (ESS {@code MultiAZPolicy}); default {@code PRIORITY}.
     *
     * @return the policy
     */
    @Value.Default
    default MultiAzPolicy getPolicy() {
        return MultiAzPolicy.PRIORITY;
    }

    /**
     * Returns the billing of the new capacity; absent means the configuration's: {@code PAYG}
     * when its spot strategy is {@code NoSpot}; for a preemptible configuration {@code MIXED}
     * under {@code COST_OPTIMIZED} and {@code COMPOSABLE} when the on-demand base or percentage
     * is set (ESS splits the billing there), else {@code SPOT}. {@code MIXED} is an input error
     * under {@code PRIORITY} and {@code BALANCE}.
     *
     * @return the billing mode, or empty
     */
    Optional<BillingMode> getBilling();

    /**
     * Returns whether zones are balanced (ESS {@code AzBalance}); only read under
     * {@code COMPOSABLE} (default false); {@code BALANCE} forces it on, the others off.
     *
     * @return the zone-balance switch, or empty
     */
    Optional<Boolean> getAzBalance();

    /**
     * Returns what balancing does when a zone cannot supply (ESS {@code BalanceMode}); default
     * {@code BALANCED_BEST_EFFORT}.
     *
     * @return the balance mode
     */
    @Value.Default
    default BalanceMode getBalanceMode() {
        return BalanceMode.BALANCED_BEST_EFFORT;
    }

    /**
     * Returns the type order for all billings (ESS {@code AllocationStrategy}); only read under
     * {@code COMPOSABLE} (default {@code PRIORITY}); {@code COST_OPTIMIZED} forces
     * {@code LOWEST_PRICE}, {@code PRIORITY} and {@code BALANCE} force {@code PRIORITY}.
     *
     * @return the allocation strategy, or empty
     */
    Optional<AllocationStrategy> getAllocationStrategy();

    /**
     * Returns the type order for spot (ESS {@code SpotAllocationStrategy}); read like
     * {@link #getAllocationStrategy()}.
     *
     * @return the spot allocation strategy, or empty
     */
    Optional<AllocationStrategy> getSpotAllocationStrategy();

    /**
     * Returns how unit prices are compared (ESS {@code CapacityOptions.PriceComparisonMode});
     * default {@code PER_UNIT}.
     *
     * @return the price comparison mode
     */
    @Value.Default
    default PriceComparisonMode getPriceComparison() {
        return PriceComparisonMode.PER_UNIT;
    }

    /**
     * Returns the pay-as-you-go capacity kept below any spot (ESS {@code OnDemandBaseCapacity}),
     * in units; default 0. Only read when the billing is {@code MIXED}.
     *
     * @return the on-demand base capacity, or empty
     */
    Optional<Integer> getOnDemandBaseCapacity();

    /**
     * Returns the pay-as-you-go share above the base, 0..100 (ESS
     * {@code OnDemandPercentageAboveBaseCapacity}); default 0 under {@code COST_OPTIMIZED}
     * (spot first), 100 under {@code COMPOSABLE}. Only read when the billing is {@code MIXED}.
     *
     * @return the percentage, or empty
     */
    Optional<Integer> getOnDemandPercentageAboveBaseCapacity();

    /**
     * Returns the number of cheapest spot pools the spot capacity is spread over (ESS
     * {@code SpotInstancePools}), at most {@link #MAX_SPOT_INSTANCE_POOLS}; absent or 0 = off
     * (ESS takes 1 to 10; 0 is the "off" of ESS's E-MapReduce cost-optimized configuration, which
     * takes 0 to 10). Only used with the lowest-price spot strategy.
     *
     * @return the spot instance pools, or empty
     */
    Optional<Integer> getSpotInstancePools();

    /**
     * Returns whether spot capacity that cannot be had is replaced by pay-as-you-go (ESS
     * {@code CompensateWithOnDemand}); default true under {@code COST_OPTIMIZED}, false otherwise.
     *
     * @return the compensation switch, or empty
     */
    Optional<Boolean> getCompensateWithOnDemand();

    /**
     * Returns how the {@code PRIORITY} walk nests vSwitches and types; default
     * {@code ZONE_MAJOR}.
     *
     * @return the nesting
     */
    @Value.Default
    default Nesting getNesting() {
        return Nesting.ZONE_MAJOR;
    }

    /**
     * Returns the weighted-capacity overshoot mode; default {@code ALLOW}.
     *
     * @return the overshoot mode
     */
    @Value.Default
    default Overshoot getOvershoot() {
        return Overshoot.ALLOW;
    }

    /**
     * Returns how unknown stock is counted; default {@code OPTIMISTIC}.
     *
     * @return the unknown-capacity mode
     */
    @Value.Default
    default UnknownCapacity getUnknownCapacity() {
        return UnknownCapacity.OPTIMISTIC;
    }

    /**
     * Returns the group's minimum size in units (ESS {@code MinSize}); carried for completeness,
     * it plays no part in a scale-out.
     *
     * @return the minimum size, or empty
     */
    Optional<Integer> getMinSize();

    /**
     * Returns the group's maximum size in units (ESS {@code MaxSize}); absent = unbounded. The
     * scale-out is clamped to it.
     *
     * @return the maximum size, or empty
     */
    Optional<Integer> getMaxSize();

    /**
     * Returns the group's current members per (zone, type, billing).
     *
     * @return the member counts, in any order
     */
    List<MemberCount> getCurrentMembers();

    /**
     * Returns the fewest units worth launching (ECS {@code MinAmount}); below it nothing is
     * planned. Default 1 (best effort).
     *
     * @return the minimum count in units
     */
    @Value.Default
    default int getMinCount() {
        return 1;
    }

    /**
     * Returns the planning instant, compared with the shortage cache; required when the snapshot
     * has shortage entries (ISO-8601 in JSON).
     *
     * @return the planning instant, or empty
     */
    @JsonSerialize(contentUsing = InstantJson.Writer.class)
    @JsonDeserialize(contentUsing = InstantJson.Reader.class)
    Optional<Instant> getNow();

    /**
     * Returns the sequence number of the first planned instance for ESS's group-wide ordered
     * instance and host names {@code prefix(AUTO_INCREMENT)[begin,bits]suffix} (later scale-outs
     * continue from the group's highest number); absent = the pattern's begin number. The ECS batch
     * form {@code prefix[begin,bits]suffix} always starts at its begin number, as ESS restarts it
     * on every scale-out.
     *
     * @return the first sequence number, or empty
     */
    Optional<Long> getFirstSequenceNumber();

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with every attribute of this value.
     *
     * @return a builder
     */
    default Builder toBuilder() {
        return new Builder().from(this);
    }

    /** A fluent builder; {@code build()} fails fast on a null or a missing required attribute. */
    final class Builder extends ImmutableScaleOutRequest.Builder {
        /** Creates an empty builder; prefer {@link ScaleOutRequest#builder()}. */
        public Builder() {}
    }
}
