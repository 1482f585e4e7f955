package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.internal.Inputs.PAYG;
import static dev.scalecfg.launcher.internal.Inputs.SPOT;
import static dev.scalecfg.launcher.internal.PlanState.ceilDiv;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.launcher.Allocation;
import dev.scalecfg.launcher.Decision;
import dev.scalecfg.launcher.Outcome;
import dev.scalecfg.launcher.Phase;
import dev.scalecfg.launcher.PlanStatus;
import dev.scalecfg.launcher.ReasonCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The planning engine of §3: the clamp (R1), the billing split (S1), the candidate pools (R2),
 * the phases (S2, S5) and the status (R8). The phases are placed by {@link PhasePlacer}, with the
 * orders of {@link Orders}, the walk of {@link Walk} and the bulk engine of {@link Streams}; what
 * is left is held by {@link PlanState} and the decisions by {@link Trace}.
 *
 * <p>Cost grows with the number of pools, not with the number of units: the priority walk takes
 * whole counts per pool, and zone water-filling and spot round-robin advance in bulk between
 * events (a pool, vSwitch or quota running out, or the demand being met), found by binary search.
 */
public final class Planner {
    private final Inputs in;
    private final PlanState state;
    private final Trace trace;

    private Planner(Inputs in, long effective) {
        this.in = in;
        this.trace = new Trace(in);
        this.state = new PlanState(in, effective, trace);
    }

    /**
     * Plans a scale-out.
     *
     * @param cfg the configuration
     * @param req the request
     * @param snap the snapshot
     * @return the result
     * @throws IllegalArgumentException on an input error
     */
    public static PlanResult plan(ScalingConfiguration cfg, ScaleOutRequest req, CapacitySnapshot snap) {
        Inputs in = new Inputs(cfg, req, snap);
        int requested = req.getUnits();
        // R1 clamp
        long effective = requested;
        boolean clamped = false;
        if (req.getMaxSize().isPresent()) {
            long headroom = req.getMaxSize().get() - in.currentUnits;
            if (headroom <= 0) {
                Decision d = Decision.builder().outcome(Outcome.SKIPPED).count(0)
                        .reason(ReasonCode.MAX_SIZE_REACHED)
                        .detail("group has " + in.currentUnits + " units, maxSize " + req.getMaxSize().get())
                        .build();
                return new PlanResult(PlanStatus.REJECTED, requested, 0, 0, 0, in.currentUnits, false,
                        List.of(), List.of(d), in.billing, in.spotPriceLimits());
            }
            if (headroom < requested) {
                effective = headroom;
                clamped = true;
            }
        }
        Planner planner = new Planner(in, effective);
        if (in.typeCount == 0) {
            // the patterns matched no type of the catalog (the resolver's decisions say why)
            planner.trace.note(null, -1, ReasonCode.NO_CANDIDATE_TYPE, 0, "the configuration's "
                    + cfg.getInstancePatterns().size() + " instance pattern(s) match no instance type of the snapshot's"
                    + " catalog that can be used, and it lists no explicit type: nothing can be planned");
            return new PlanResult(PlanStatus.NONE, requested, (int) effective, 0, effective, in.currentUnits,
                    clamped, List.of(), planner.trace.decisions(), in.billing, in.spotPriceLimits());
        }
        if (clamped) {
            planner.trace.note(null, -1, ReasonCode.CLAMPED_TO_MAX_SIZE, effective,
                    "requested " + requested + " units, headroom to maxSize " + req.getMaxSize().get() + " is "
                            + effective);
        }
        return planner.run(requested, clamped);
    }

    private PlanResult run(int requested, boolean clamped) {
        long effective = state.effective;
        // S1 billing split
        long newOd;
        long newSpot;
        if (in.billing == BillingMode.MIXED) {
            long total = in.currentUnits + effective;
            long odTarget = Math.min(total, in.onDemandBase)
                    + ceilDiv(Math.max(0, total - in.onDemandBase) * in.onDemandPct, 100);
            newOd = Math.min(effective, Math.max(0, odTarget - in.currentPaygUnits));
            newSpot = effective - newOd;
        } else if (in.billing == BillingMode.PAYG) {
            newOd = effective;
            newSpot = 0;
        } else {
            newOd = 0;
            newSpot = effective;
        }
        boolean paygInPlay = in.billing != BillingMode.SPOT || in.compensate;
        boolean spotInPlay = in.billing != BillingMode.PAYG;
        boolean compensation = in.compensate && spotInPlay;

        // R2 candidate pools
        boolean[][][] eligible = new boolean[in.vsCount][in.typeCount][2];
        for (int v = 0; v < in.vsCount; v++) {
            for (int t = 0; t < in.typeCount; t++) {
                for (int b = 0; b < 2; b++) {
                    if ((b == PAYG && !paygInPlay) || (b == SPOT && !spotInPlay)) {
                        continue;
                    }
                    eligible[v][t][b] = screen(v, t, b);
                }
            }
        }

        PhasePlacer placer = new PhasePlacer(state, new Orders(in, eligible));
        if (newOd > 0) {
            placer.place(Phase.PAYG, PAYG, in.allocation, newOd);
        }
        long spotPlanned = 0;
        if (newSpot > 0) {
            long before = state.planned;
            placer.place(Phase.SPOT, SPOT, in.spotAllocation, newSpot);
            spotPlanned = state.planned - before;
        }
        if (compensation) {
            long demand = Math.min(newSpot - spotPlanned, effective - state.planned);
            if (demand > 0) {
                trace.note(null, -1, ReasonCode.SPOT_SHORTFALL_COMPENSATED, demand,
                        demand + " spot units could not be placed and are re-placed on pay-as-you-go");
                placer.place(Phase.COMPENSATION, PAYG, in.allocation, demand);
            }
        }

        // R8
        List<Allocation> allocations = trace.allocations();
        PlanStatus status;
        long plannedUnits = state.planned;
        if (plannedUnits < in.req.getMinCount()) {
            trace.note(null, -1, ReasonCode.BELOW_MIN_COUNT, plannedUnits,
                    plannedUnits + " units could be planned, fewer than minCount " + in.req.getMinCount());
            status = PlanStatus.NONE;
            allocations = List.of();
            plannedUnits = 0;
        } else {
            status = plannedUnits >= effective ? PlanStatus.FULFILLED : PlanStatus.PARTIAL;
            long instances = allocations.stream().mapToLong(Allocation::getCount).sum();
            Optional<String> overflow = Naming.overflow(in.cfg, in.req.getFirstSequenceNumber(), instances);
            if (overflow.isPresent()) {
                // ESS fails the whole activity: nothing is planned (the pool decisions keep their counts, A2)
                trace.note(null, -1, ReasonCode.NAME_SEQUENCE_EXHAUSTED, plannedUnits, overflow.get());
                status = PlanStatus.NONE;
                allocations = List.of();
                plannedUnits = 0;
            }
        }
        return new PlanResult(status, requested, (int) effective, plannedUnits,
                Math.max(0, effective - plannedUnits), in.currentUnits + plannedUnits, clamped, allocations,
                trace.decisions(), in.billing, in.spotPriceLimits());
    }

    /** R2: tells whether a pool is a candidate; records the first drop reason (A20) otherwise. */
    private boolean screen(int v, int t, int b) {
        int z = in.vsZone[v];
        ReasonCode reason = null;
        String detail = "";
        Instant until = in.unavailableUntil[z][t][b];
        BigDecimal price = in.price[z][t][b];
        if (!in.requested[v]) {
            reason = ReasonCode.NOT_REQUESTED;
            detail = "vSwitch " + Shown.text(in.vsId[v]) + " is not in requestedVswitchIds";
        } else if (in.notOffered[z][t][b]) {
            reason = ReasonCode.NOT_OFFERED;
            detail = Shown.text(in.typeName[t]) + " is not offered in " + Shown.text(in.zoneIds.get(z));
        } else if (until != null && in.req.getNow().orElseThrow().isBefore(until)) {
            reason = ReasonCode.RECENTLY_UNAVAILABLE;
            detail = "unavailable until " + until;
        } else if (b == SPOT && price != null && in.priceLimit[t] != null && price.compareTo(in.priceLimit[t]) > 0) {
            reason = ReasonCode.PRICE_ABOVE_LIMIT;
            detail = "spot price " + Shown.number(price) + " > limit " + Shown.number(in.priceLimit[t]);
        } else if (in.diskFilter && in.disk[z][t] == null) {
            reason = ReasonCode.DISK_CATEGORY_UNAVAILABLE;
            detail = "none of " + in.configuredDisks + " offered for " + Shown.text(in.typeName[t]) + " in "
                    + Shown.text(in.zoneIds.get(z));
        }
        if (reason == null) {
            return true;
        }
        trace.drop(v, t, b, reason, detail);
        return false;
    }
}
