package dev.scalecfg.core.scaleout;

/**
 * The billing method of one capacity pool and of one planned instance.
 *
 * @since 0.1.0
 */
public enum Billing {
    /** pay-as-you-go (ECS {@code PostPaid}, {@code SpotStrategy=NoSpot}). */
    PAYG,
    /** spot (preemptible) instance. */
    SPOT
}
