package dev.scalecfg.core.scaleout;

/**
 * The scaling group's multi-zone scaling policy (ESS {@code MultiAZPolicy}); the four policies are presets of one planning engine.
 *
 * @since 0.1.0
 */
public enum MultiAzPolicy {
    /** vSwitches and instance types tried in priority order (ESS default). */
    PRIORITY,
    /** instances spread evenly over the zones of the group's vSwitches. */
    BALANCE,
    /** cheapest pools first, spot before pay-as-you-go, compensation with pay-as-you-go. */
    COST_OPTIMIZED,
    /** a free combination of zone balance, allocation strategies and the pay-as-you-go/spot split. */
    COMPOSABLE
}
