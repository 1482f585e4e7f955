package dev.scalecfg.core.scaleout;

/**
 * What zone balancing does when a zone cannot supply capacity (ESS {@code BalanceMode}).
 *
 * @since 0.1.0
 */
public enum BalanceMode {
    /** a zone that cannot supply is skipped and other zones are used ({@code BalancedBestEffort}, the default). */
    BALANCED_BEST_EFFORT,
    /** units a zone cannot supply are shortfall, never moved to another zone ({@code BalancedOnly}). */
    BALANCED_ONLY
}
