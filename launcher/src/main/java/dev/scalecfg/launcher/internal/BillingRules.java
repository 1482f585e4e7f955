package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.PlanInput.CONFIGURATION;
import static dev.scalecfg.launcher.PlanInput.REQUEST;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.launcher.PlanInputException;

/**
 * The billing of the new capacity, which follows the scaling configuration (§1.1.2): ESS creates
 * instances with the configuration's {@code SpotStrategy} (absent = {@code NoSpot}); under
 * {@code COST_OPTIMIZED} and {@code COMPOSABLE} a preemptible configuration's capacity is split
 * between pay-as-you-go and spot by the group's on-demand base and percentage. A request billing
 * the configuration cannot give is refused, naming both values.
 */
final class BillingRules {
    private BillingRules() {}

    static BillingMode billing(ScalingConfiguration cfg, ScaleOutRequest req) {
        MultiAzPolicy policy = req.getPolicy();
        boolean splits = policy == MultiAzPolicy.COST_OPTIMIZED || policy == MultiAzPolicy.COMPOSABLE;
        if (req.getBilling().isEmpty()) {
            return defaultBilling(cfg, req, splits);
        }
        BillingMode billing = req.getBilling().get();
        if (billing == BillingMode.MIXED && !splits) {
            throw new PlanInputException("billing is MIXED under policy " + policy
                    + "; ESS mixes pay-as-you-go and spot only under COST_OPTIMIZED and COMPOSABLE", REQUEST);
        }
        SpotStrategy strategy = cfg.getSpotStrategy().orElse(SpotStrategy.NO_SPOT);
        String configured = "the configuration's SpotStrategy is " + strategy.apiValue()
                + (cfg.getSpotStrategy().isEmpty() ? " (absent, the ESS default)" : "");
        if (!cfg.preemptible() && billing != BillingMode.PAYG) {
            throw new PlanInputException("billing is " + billing + " but " + configured
                    + "; ESS creates instances with the scaling configuration's billing, so a pay-as-you-go"
                    + " configuration plans PAYG only: leave billing out, or set SpotStrategy to SpotAsPriceGo or"
                    + " SpotWithPriceLimit", CONFIGURATION, REQUEST);
        }
        if (cfg.preemptible() && billing == BillingMode.PAYG && !splits) {
            throw new PlanInputException("billing is PAYG but " + configured + "; under " + policy
                    + " ESS creates every instance with the scaling configuration's billing (pay-as-you-go from a"
                    + " preemptible configuration only under COST_OPTIMIZED or COMPOSABLE, through the on-demand"
                    + " base and percentage): leave billing out or set it to SPOT", CONFIGURATION, REQUEST);
        }
        return billing;
    }

    /**
     * The billing when the request gives none: pay-as-you-go for a configuration without a spot
     * strategy; for a preemptible one, MIXED when the policy splits billing and the request sets
     * the on-demand base or percentage, so that ESS's {@code OnDemandBaseCapacity} /
     * {@code OnDemandPercentageAboveBaseCapacity} are honoured rather than silently ignored;
     * otherwise SPOT (which is what MIXED with COST_OPTIMIZED's 0 / 0 defaults amounts to).
     */
    private static BillingMode defaultBilling(ScalingConfiguration cfg, ScaleOutRequest req, boolean splits) {
        if (!cfg.preemptible()) {
            return BillingMode.PAYG;
        }
        boolean split = req.getOnDemandBaseCapacity().isPresent()
                || req.getOnDemandPercentageAboveBaseCapacity().isPresent();
        return splits && split ? BillingMode.MIXED : BillingMode.SPOT;
    }
}
