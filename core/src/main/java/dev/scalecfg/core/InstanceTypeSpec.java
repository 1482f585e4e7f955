package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
    @Pattern(regexp = "ecs\\.[a-z0-9][a-z0-9-]*\\.[a-z0-9-]+", message = "must look like ecs.<family>.<size>, such as ecs.g7.large", payload = FieldCodes.InstanceTypeFormat.class)
    String getInstanceType();

    /**
     * Returns the capacity units one instance of this type contributes ({@code InstanceTypeOverride.N.WeightedCapacity}); when any type has a weight, the types are sent as {@code InstanceTypeOverride.N}.
     *
     * @return the capacity units one instance of this type contributes
     */
    Optional<
            @Min(value = ApiLimits.WEIGHTED_CAPACITY_MIN, message = "must be " + ApiLimits.WEIGHTED_CAPACITY_MIN + " to " + ApiLimits.WEIGHTED_CAPACITY_MAX, payload = FieldCodes.WeightedCapacityOutOfRange.class)
            @Max(value = ApiLimits.WEIGHTED_CAPACITY_MAX, message = "must be " + ApiLimits.WEIGHTED_CAPACITY_MIN + " to " + ApiLimits.WEIGHTED_CAPACITY_MAX, payload = FieldCodes.WeightedCapacityOutOfRange.class)
            Integer> getWeightedCapacity();

    /**
     * Returns the maximum hourly price of a preemptible instance of this type ({@code SpotPriceLimit.N.PriceLimit}), kept exactly as written.
     *
     * @return the maximum hourly price of a preemptible instance of this type
     */
    Optional<
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0", payload = FieldCodes.PriceNotPositive.class)
            @Digits(integer = ApiLimits.PRICE_INTEGER_DIGITS_MAX, fraction = ApiLimits.PRICE_DECIMALS_MAX, message = "must have at most {integer} integer digits and {fraction} decimal places", payload = FieldCodes.PricePrecision.class)
            @DecimalMax(value = ApiLimits.PRICE_MAX, message = "must have at most " + ApiLimits.PRICE_INTEGER_DIGITS_MAX + " integer digits and " + ApiLimits.PRICE_DECIMALS_MAX + " decimal places", payload = FieldCodes.PricePrecision.class)
            BigDecimal> getSpotPriceLimit();

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
