package dev.scalecfg.launcher;

import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.scaleout.Billing;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Instances planned in one (vSwitch, instance type, billing) pool, shaped like an ESS
 * {@code PlanResult.ResourceAllocations} entry.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Allocation extends WithAllocation {
    /**
     * Returns the vSwitch the instances are created in.
     *
     * @return the vSwitch ID
     */
    String getVswitchId();

    /**
     * Returns the zone of the vSwitch.
     *
     * @return the zone ID
     */
    String getZoneId();

    /**
     * Returns the instance type.
     *
     * @return the instance type
     */
    String getInstanceType();

    /**
     * Returns the billing of the instances.
     *
     * @return the billing
     */
    Billing getBilling();

    /**
     * Returns the system disk category: the first configured category offered for the type in
     * the zone; empty when the configuration lists no category.
     *
     * @return the system disk category, or empty
     */
    Optional<DiskCategory> getSystemDiskCategory();

    /**
     * Returns the number of instances.
     *
     * @return the instance count, at least 1
     */
    int getCount();

    /**
     * Returns the capacity units of one instance (the type's weight).
     *
     * @return the units per instance
     */
    int getUnitsEach();

    /**
     * Tells whether these pay-as-you-go instances replace spot capacity that could not be had.
     *
     * @return true for compensation instances
     */
    boolean isCompensated();

    /**
     * Tells whether the pool's stock was known; false when it was unknown and counted as
     * unlimited.
     *
     * @return false when the capacity is not confirmed
     */
    boolean isCapacityConfirmed();

    /**
     * Returns the capacity units of the allocation: count times units each.
     *
     * @return the units
     */
    default long units() {
        return (long) getCount() * getUnitsEach();
    }

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
    final class Builder extends ImmutableAllocation.Builder {
        /** Creates an empty builder; prefer {@link Allocation#builder()}. */
        public Builder() {}
    }
}
