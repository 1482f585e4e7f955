package dev.scalecfg.launcher;

import dev.scalecfg.core.scaleout.Billing;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a plan's decision trace: an instance type an intelligent-mode pattern matched, a
 * pool the planner visited (or dropped up front), or a note about the whole plan or a zone.
 *
 * <p>Type decisions (from the {@link InstanceTypeResolver}) come first and carry the type and the
 * pattern number, no pool: {@code PATTERN_MATCH} with outcome {@code CANDIDATE}, or the reason the
 * type was left out with outcome {@code SKIPPED}.
 *
 * <p>Pool decisions carry the vSwitch, zone, type and billing; there is one per (phase, pool),
 * placed at the pool's first visit and updated as it is used. Every pool of a phase is explained:
 * a pool the phase never reached gets the limit that left it no room ({@code NO_STOCK} when its
 * zone's stock is gone), or, if it still had room, {@code REQUEST_SATISFIED} (the demand was met
 * first) or {@code ZONE_TARGET_REACHED} (its balanced-only zone got its share), appended at the end
 * of the phase (of the zone, under {@code BALANCED_ONLY}). Pools dropped
 * before placement (not requested, not offered, recently unavailable, price above limit, no disk
 * category) have no phase and come first. Notes ({@code CLAMPED_TO_MAX_SIZE}, {@code ZONE_EXHAUSTED},
 * {@code SPOT_SHORTFALL_COMPENSATED}, ...) have outcome {@code SKIPPED}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Decision extends WithDecision {
    /**
     * Returns the phase the decision belongs to; empty for up-front drops and plan-wide notes.
     *
     * @return the phase, or empty
     */
    Optional<Phase> getPhase();

    /**
     * Returns the zone of the pool or zone note.
     *
     * @return the zone ID, or empty
     */
    Optional<String> getZoneId();

    /**
     * Returns the vSwitch of the pool.
     *
     * @return the vSwitch ID, or empty
     */
    Optional<String> getVswitchId();

    /**
     * Returns the instance type of the pool.
     *
     * @return the instance type, or empty
     */
    Optional<String> getInstanceType();

    /**
     * Returns the intelligent-mode pattern a resolver decision is about: its position in the
     * configuration's {@code InstancePatternInfos}, from 1 (the API's {@code N}).
     *
     * @return the pattern number, or empty for pool decisions and notes
     * @since 0.2.0
     */
    Optional<Integer> getPattern();

    /**
     * Returns the billing of the pool.
     *
     * @return the billing, or empty
     */
    Optional<Billing> getBilling();

    /**
     * Returns the pool's position in its phase's canonical order (walk order, price order, or zone
     * rank then type order), from 0; empty for drops and notes.
     *
     * @return the rank, or empty
     */
    Optional<Integer> getRank();

    /**
     * Returns whether instances were planned in the pool.
     *
     * @return the outcome
     */
    Outcome getOutcome();

    /**
     * Returns the instances planned in the pool in this phase, or the units a note is about.
     *
     * @return the count
     */
    int getCount();

    /**
     * Returns why the pool was skipped or stopped being used; empty for a pool that was used as
     * far as the demand required.
     *
     * @return the reason, or empty
     */
    Optional<ReasonCode> getReason();

    /**
     * Returns a human-readable detail, such as the exhausted stock or the cache expiry.
     *
     * @return the detail, possibly empty
     */
    @Value.Default
    default String getDetail() {
        return "";
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
    final class Builder extends ImmutableDecision.Builder {
        /** Creates an empty builder; prefer {@link Decision#builder()}. */
        public Builder() {}
    }
}
