package dev.scalecfg.core.scaleout;

/**
 * How instance types are ordered inside a scope (ESS {@code AllocationStrategy} and {@code SpotAllocationStrategy}).
 *
 * @since 0.1.0
 */
public enum AllocationStrategy {
    /** the configuration's type order ({@code priority}). */
    PRIORITY,
    /** ascending unit price ({@code lowestPrice}). */
    LOWEST_PRICE
}
