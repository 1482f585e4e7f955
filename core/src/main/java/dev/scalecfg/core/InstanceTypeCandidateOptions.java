package dev.scalecfg.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Options that let ESS add similar instance types when stock runs out: API parameters {@code InstanceTypeCandidateOptions.*} (2022-02-22).
 *
 * <p>Immutable; build it with {@link #builder()}, copy it with {@link #toBuilder()} or the
 * {@code withX} methods. Absent optional values are not sent to the API.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableInstanceTypeCandidateOptions.class)
public interface InstanceTypeCandidateOptions extends WithInstanceTypeCandidateOptions {
    /**
     * Returns whether candidate types are added ({@code Enabled}).
     *
     * @return whether candidate types are added
     */
    Optional<Boolean> getEnabled();

    /**
     * Returns whether types of other generations may be added ({@code AllowDifferentGeneration}).
     *
     * @return whether types of other generations may be added
     */
    Optional<Boolean> getAllowDifferentGeneration();

    /**
     * Returns whether vSwitches in other zones may be used ({@code AllowCrossAz}).
     *
     * @return whether vSwitches in other zones may be used
     */
    Optional<Boolean> getAllowCrossAz();

    /**
     * Returns the CIDR blocks allowed for cross-zone supplementing ({@code AllowCidrBlocks.N}).
     *
     * @return the CIDR blocks allowed for cross-zone supplementing
     */
    List<String> getAllowCidrBlocks();

    /**
     * Returns the maximum hourly price of a candidate type ({@code MaxPrice}).
     *
     * @return the maximum hourly price of a candidate type
     */
    Optional<
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0", payload = FieldCodes.PriceNotPositive.class)
            @Digits(integer = ApiLimits.PRICE_INTEGER_DIGITS_MAX, fraction = ApiLimits.PRICE_DECIMALS_MAX, message = "must have at most {integer} integer digits and {fraction} decimal places", payload = FieldCodes.PricePrecision.class)
            @DecimalMax(value = ApiLimits.PRICE_MAX, message = "must have at most " + ApiLimits.PRICE_INTEGER_DIGITS_MAX + " integer digits and " + ApiLimits.PRICE_DECIMALS_MAX + " decimal places", payload = FieldCodes.PricePrecision.class)
            BigDecimal> getMaxPrice();

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
    final class Builder extends ImmutableInstanceTypeCandidateOptions.Builder {
        /** Creates an empty builder; prefer {@link InstanceTypeCandidateOptions#builder()}. */
        public Builder() {}
    }
}
