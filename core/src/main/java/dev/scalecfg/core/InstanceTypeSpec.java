package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One instance type of a configuration, with what belongs to it: its weighted capacity ({@code InstanceTypeOverride.N.WeightedCapacity}) and its spot price limit ({@code SpotPriceLimit.N.PriceLimit}). The configuration's list of types is ordered: the order is the priority.
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableInstanceTypeSpec.class)
public interface InstanceTypeSpec extends WithInstanceTypeSpec {
    /**
     * Returns the ECS instance type, such as {@code ecs.g6.large} (required).
     *
     * @return the ECS instance type, such as {@code ecs.g6.large} (required)
     */
    String getInstanceType();

    /**
     * Returns the capacity units one instance of this type contributes ({@code InstanceTypeOverride.N.WeightedCapacity}); when any type has a weight, the types are sent as {@code InstanceTypeOverride.N}.
     *
     * @return the capacity units one instance of this type contributes
     */
    Optional<Integer> getWeightedCapacity();

    /**
     * Returns the maximum hourly price of a preemptible instance of this type ({@code SpotPriceLimit.N.PriceLimit}), kept exactly as written.
     *
     * @return the maximum hourly price of a preemptible instance of this type
     */
    Optional<BigDecimal> getSpotPriceLimit();

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a type with no weight and no price limit.
     *
     * @param instanceType the ECS instance type, such as {@code ecs.g6.large}
     * @return the type
     */
    static InstanceTypeSpec of(String instanceType) {
        return builder().instanceType(instanceType).build();
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
    final class Builder extends ImmutableInstanceTypeSpec.Builder {
        /** Creates an empty builder; prefer {@link InstanceTypeSpec#builder()}. */
        public Builder() {}
    }
}
