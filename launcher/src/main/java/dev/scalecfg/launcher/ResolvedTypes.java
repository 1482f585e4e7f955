package dev.scalecfg.launcher;

import dev.scalecfg.core.scaleout.Billing;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link InstanceTypeResolver} made of a configuration: the ordered candidate list and one
 * decision per instance type a pattern matched.
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface ResolvedTypes extends WithResolvedTypes {
    /**
     * Returns the candidate types in the order the planner walks them: the explicit types in their
     * order, then the pattern types by price.
     *
     * @return the candidates, at most {@link InstanceTypeResolver#MAX_INSTANCE_TYPES}
     */
    List<CandidateType> getTypes();

    /**
     * Returns the resolver's decisions: one per catalog type that a pattern matched (taken, or
     * left out with its reason), and a {@code PATTERN_NOT_RESOLVED} note per pattern when the
     * snapshot has no catalog.
     *
     * @return the decisions
     */
    List<Decision> getDecisions();

    /**
     * Returns the billing whose prices ranked the pattern types: the configuration's
     * ({@code SPOT} for a preemptible configuration, else {@code PAYG}).
     *
     * @return the billing
     */
    Billing getBilling();

    /**
     * Returns a new, empty builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A fluent builder; {@code build()} fails fast on a null or a missing required attribute. */
    final class Builder extends ImmutableResolvedTypes.Builder {
        /** Creates an empty builder; prefer {@link ResolvedTypes#builder()}. */
        public Builder() {}
    }
}
