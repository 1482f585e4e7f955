package dev.scalecfg.core.scaleout;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the cloud can deliver in one pool, a (zone, instance type, billing) combination: the
 * instances available now (absent: unknown), whether the type is offered there at all, and its
 * hourly price. A pool without an entry has unknown stock and no price.
 *
 * <p>JSON: {@code {"zoneId":"z1","instanceType":"ecs.g7.large","billing":"SPOT","available":4,"price":0.05}};
 * {@code "offered":false} marks a type that is not sold in the zone.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePoolCapacity.class)
public interface PoolCapacity extends WithPoolCapacity {
    /**
     * Returns the zone of the pool.
     *
     * @return the zone ID
     */
    String getZoneId();

    /**
     * Returns the instance type of the pool.
     *
     * @return the instance type
     */
    String getInstanceType();

    /**
     * Returns the billing of the pool.
     *
     * @return the billing
     */
    Billing getBilling();

    /**
     * Returns how many instances can be created now; absent when unknown.
     *
     * @return the available instance count, or empty when unknown
     */
    Optional<Integer> getAvailable();

    /**
     * Tells whether the type is sold in the zone with this billing at all (default true); a pool
     * that is not offered must not give an available count.
     *
     * @return false when the type is not offered ({@code InvalidResourceType.NotSupported})
     */
    @Value.Default
    default boolean isOffered() {
        return true;
    }

    /**
     * Returns the hourly price of one instance, compared exactly; absent when unknown.
     *
     * @return the price, or empty
     */
    Optional<BigDecimal> getPrice();

    /**
     * Returns a pool with a known stock and no price.
     *
     * @param zoneId the zone
     * @param instanceType the instance type
     * @param billing the billing
     * @param available the available instance count
     * @return the pool
     */
    static PoolCapacity of(String zoneId, String instanceType, Billing billing, int available) {
        return builder().zoneId(zoneId).instanceType(instanceType).billing(billing).available(available).build();
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
    final class Builder extends ImmutablePoolCapacity.Builder {
        /** Creates an empty builder; prefer {@link PoolCapacity#builder()}. */
        public Builder() {}
    }
}
