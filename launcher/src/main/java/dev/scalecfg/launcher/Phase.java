package dev.scalecfg.launcher;

/**
 * The placement phases of a plan, in the order they run.
 *
 * @since 0.1.0
 */
public enum Phase {
    /** Pay-as-you-go demand. */
    PAYG,
    /** Spot demand. */
    SPOT,
    /** Spot demand that could not be placed, re-placed on pay-as-you-go. */
    COMPENSATION
}
