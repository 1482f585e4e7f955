package dev.scalecfg.launcher;

/**
 * The three inputs of {@link InstanceLauncher#plan}, named by a {@link PlanInputException} so
 * that a caller reading them from files can say which file holds the mistake.
 *
 * @since 0.1.0
 */
public enum PlanInput {
    /** The scaling configuration (the template). */
    CONFIGURATION,
    /** The scale-out request (the scaling group's side). */
    REQUEST,
    /** The capacity snapshot (what the cloud can deliver). */
    SNAPSHOT
}
