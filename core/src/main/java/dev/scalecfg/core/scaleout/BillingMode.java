package dev.scalecfg.core.scaleout;

/**
 * The billing of a scale-out: pay-as-you-go, spot or a mix of both.
 *
 * @since 0.1.0
 */
public enum BillingMode {
    /** pay-as-you-go instances only. */
    PAYG,
    /** spot (preemptible) instances only. */
    SPOT,
    /** pay-as-you-go and spot, split by the on-demand base capacity and percentage. */
    MIXED
}
