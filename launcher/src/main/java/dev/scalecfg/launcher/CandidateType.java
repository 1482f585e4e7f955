package dev.scalecfg.launcher;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One instance type of the candidate list the planner walks: an explicit type of the
 * configuration, or a type an intelligent-mode pattern matched in the snapshot's catalog.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface CandidateType extends WithCandidateType {
    /**
     * Returns the instance type.
     *
     * @return the instance type
     */
    String getInstanceType();

    /**
     * Returns the pattern that brought the type in: its position in {@code InstancePatternInfos},
     * from 1.
     *
     * @return the pattern number, or empty for an explicit type
     */
    Optional<Integer> getPattern();

    /**
     * Returns the capacity units of one instance: the explicit type's weight, 1 for a pattern type.
     *
     * @return the weight
     */
    @Value.Default
    default int getWeightedCapacity() {
        return 1;
    }

    /**
     * Returns the spot price limit: the explicit type's {@code SpotPriceLimit}, or for a pattern
     * type the pattern's {@code MaxPrice} when the configuration's spot strategy is
     * {@code SpotWithPriceLimit}.
     *
     * @return the limit, or empty
     */
    Optional<BigDecimal> getSpotPriceLimit();

    /**
     * Returns the hourly price the pattern type was ranked by: its lowest price with the
     * configuration's billing over the zones considered.
     *
     * @return the price, or empty for an explicit type or an unknown price
     */
    Optional<BigDecimal> getPrice();

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A fluent builder; {@code build()} fails fast on a null or a missing required attribute. */
    final class Builder extends ImmutableCandidateType.Builder {
        /** Creates an empty builder; prefer {@link CandidateType#builder()}. */
        public Builder() {}
    }
}
