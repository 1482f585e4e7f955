package dev.scalecfg.launcher.internal;

import java.math.BigDecimal;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.launcher.Allocation;
import dev.scalecfg.launcher.Decision;
import dev.scalecfg.launcher.PlanStatus;
import java.util.List;
import java.util.Map;

/**
 * The planner's raw result, turned into a {@code LaunchPlan} by the public facade.
 *
 * @param status the status
 * @param requestedUnits the requested units
 * @param effectiveUnits the units after the clamp
 * @param plannedUnits the planned units
 * @param shortfallUnits the shortfall units
 * @param totalCapacityAfter the capacity after the scale-out
 * @param clamped whether the request was clamped to the maximum size
 * @param allocations the allocations
 * @param trace the decision trace
 * @param billing the billing planned with
 * @param spotPriceLimits the spot price limit per planned type that has one
 */
public record PlanResult(PlanStatus status, int requestedUnits, int effectiveUnits, long plannedUnits,
        long shortfallUnits, long totalCapacityAfter, boolean clamped, List<Allocation> allocations,
        List<Decision> trace, BillingMode billing, Map<String, BigDecimal> spotPriceLimits) {}
