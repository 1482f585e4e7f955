package dev.scalecfg.launcher;

/**
 * What happened to a pool visited by the planner.
 *
 * @since 0.1.0
 */
public enum Outcome {
    /** Instances were planned in the pool. */
    ALLOCATED,
    /** The pool was passed over; the decision's reason says why. Non-pool notes are also SKIPPED. */
    SKIPPED
}
