package dev.scalecfg.launcher;

/**
 * What happened to a pool visited by the planner, or to an instance type a pattern matched.
 *
 * @since 0.1.0
 */
public enum Outcome {
    /** Instances were planned in the pool. */
    ALLOCATED,
    /** The pool was passed over; the decision's reason says why. Non-pool notes are also SKIPPED. */
    SKIPPED,
    /**
     * The instance type was taken into the candidate list by the {@link InstanceTypeResolver} (a
     * decision about a type, not a pool: its pools are decided later).
     *
     * @since 0.2.0
     */
    CANDIDATE
}
