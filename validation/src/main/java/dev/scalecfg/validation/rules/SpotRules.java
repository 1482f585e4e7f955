package dev.scalecfg.validation.rules;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.List;

/**
 * Spot (preemptible) settings. The API doc says price limits are only read with SpotWithPriceLimit,
 * so otherwise they are ignored, not rejected ({@link #SPOT_PRICE_LIMIT_IGNORED}, a warning);
 * DedicatedHostId disables spot settings ({@link #SPOT_ON_DEDICATED_HOST}); release protection is for
 * pay-as-you-go instances and never stops a reclaim, and it is not documented as rejected
 * ({@link #DELETION_PROTECTION_WITH_SPOT}, a warning; DeletionProtection=false, which Terraform always
 * sends, is fine). Price sign and precision are field constraints; SpotInterruptionBehavior takes
 * only Terminate, which the model's enum enforces when reading.
 *
 * @since 0.2.0
 */
public final class SpotRules {

    /** A pattern without MaxPrice under SpotWithPriceLimit. */
    public static final ViolationCode PATTERN_MAX_PRICE_REQUIRED = ViolationCode.error("PATTERN_MAX_PRICE_REQUIRED")
            .addParameters("InstancePatternInfo.N.MaxPrice")
            .description("required with SpotWithPriceLimit")
            .source("spec §1.2.1").build();
    /** Price limits without SpotWithPriceLimit. */
    public static final ViolationCode SPOT_PRICE_LIMIT_IGNORED = ViolationCode.warning("SPOT_PRICE_LIMIT_IGNORED")
            .addParameters("SpotPriceLimit.N.PriceLimit")
            .description("only read with SpotWithPriceLimit")
            .source("API doc (\"only read\")").build();
    /** Spot on a dedicated host. */
    public static final ViolationCode SPOT_ON_DEDICATED_HOST = ViolationCode.warning("SPOT_ON_DEDICATED_HOST")
            .addParameters("SpotStrategy")
            .description("ignored with DedicatedHostId")
            .source("API doc").build();
    /** Deletion protection with spot. */
    public static final ViolationCode DELETION_PROTECTION_WITH_SPOT = ViolationCode.warning("DELETION_PROTECTION_WITH_SPOT")
            .addParameters("DeletionProtection")
            .description("true only for pay-as-you-go instances (no spot strategy)")
            .source("API doc (\"pay-as-you-go only\")").build();

    /** Every code of {@link #SPOT}. */
    public static final List<ViolationCode> CODES = List.of(PATTERN_MAX_PRICE_REQUIRED, SPOT_PRICE_LIMIT_IGNORED,
            SPOT_ON_DEDICATED_HOST, DELETION_PROTECTION_WITH_SPOT);

    /** The rule {@code spot}. */
    public static final Rule SPOT = ReportingRule.of("spot", CODES, SpotRules::spot);

    private SpotRules() {}

    private static void spot(ScalingConfiguration c, ValidationContext ctx, Report r) {
        SpotStrategy strategy = c.getSpotStrategy().orElse(SpotStrategy.NO_SPOT);
        List<InstanceTypeSpec> types = c.getInstanceTypes();
        if (strategy != SpotStrategy.SPOT_WITH_PRICE_LIMIT) {
            for (int i = 0; i < types.size(); i++) {
                InstanceTypeSpec type = types.get(i);
                int index = i;
                type.getSpotPriceLimit().ifPresent(limit -> r.add(SPOT_PRICE_LIMIT_IGNORED,
                        "instanceTypes[" + index + "].spotPriceLimit", p -> p + " is "
                                + Shown.number(limit) + " for " + Shown.text(type.getInstanceType()) + " but SpotStrategy is "
                                + strategy.apiValue() + ", so it is ignored; set SpotStrategy to SpotWithPriceLimit or"
                                + " remove the limit"));
            }
        } else {
            for (int i = 0; i < c.getInstancePatterns().size(); i++) {
                if (c.getInstancePatterns().get(i).getMaxPrice().isEmpty()) {
                    r.add(PATTERN_MAX_PRICE_REQUIRED, "instancePatterns[" + i + "].maxPrice", p -> p
                            + " is missing while SpotStrategy is SpotWithPriceLimit; give the pattern a MaxPrice");
                }
            }
        }
        if (c.preemptible() && c.getDeletionProtection().orElse(false)) {
            r.add(DELETION_PROTECTION_WITH_SPOT, "deletionProtection", p -> p + " is true but SpotStrategy is "
                    + strategy.apiValue() + "; release protection is for pay-as-you-go instances and does not stop"
                    + " preemptible instances from being reclaimed, remove one of them");
        }
        if (c.preemptible() && c.getPlacement().getDedicatedHostId().isPresent()) {
            r.add(SPOT_ON_DEDICATED_HOST, "spotStrategy", p -> p + " is " + strategy.apiValue()
                    + " but DedicatedHostId is set, and dedicated hosts ignore spot settings; remove one of them");
        }
    }
}
