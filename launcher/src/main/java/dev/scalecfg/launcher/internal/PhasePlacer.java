package dev.scalecfg.launcher.internal;

import dev.scalecfg.core.Shown;
import dev.scalecfg.core.scaleout.AllocationStrategy;
import dev.scalecfg.core.scaleout.BalanceMode;
import dev.scalecfg.launcher.Phase;
import dev.scalecfg.launcher.ReasonCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Places one phase's demand (S2) with the zone rule of S3 and the type rule of S4: the walk
 * without zone balance and spot pools, the bulk engine for spot round-robin and best-effort
 * balance, and per-zone targets under {@code BALANCED_ONLY} (A17). Afterwards every pool of the
 * phase's canonical order has a decision (§3.5).
 */
final class PhasePlacer {
    private final PlanState state;
    private final Inputs in;
    private final int typeCount;
    private final Orders orders;

    PhasePlacer(PlanState state, Orders orders) {
        this.state = state;
        this.in = state.in;
        this.typeCount = in.typeCount;
        this.orders = orders;
    }

    void place(Phase phase, int b, AllocationStrategy strategy, long demand) {
        Trace trace = state.trace;
        trace.startPhase(phase);
        boolean rr = phase == Phase.SPOT && strategy == AllocationStrategy.LOWEST_PRICE && in.spotPools > 0;
        if (!in.azBalance && !rr) {
            int[] order = strategy == AllocationStrategy.LOWEST_PRICE ? orders.price(b) : orders.priority(b);
            trace.setCanonical(phase, order);
            new Walk(state).run(phase, b, order, demand);
            return;
        }
        int[][] zoneTypes = new int[in.zoneIds.size()][];
        for (int z : in.rankedZones) {
            zoneTypes[z] = orders.zoneTypes(z, b, strategy);
        }
        int k = rr ? in.spotPools : 1;
        if (!in.azBalance) {
            // global spot round-robin over (zone, type) pools in (price, zone rank, type) order (A14)
            int[] order = orders.pricedPools(zoneTypes, b);
            trace.setCanonical(phase, orders.expand(order));
            PoolStream s = new PoolStream(-1, 0, order, k, rr);
            long before = state.planned;
            new Streams(state, phase, b, List.of(s), false).run(demand);
            notInSet(phase, s);
            explainRest(phase, b, -1, state.met(demand, state.planned - before), ReasonCode.REQUEST_SATISFIED);
            return;
        }
        // zone balance: canonical order = zone rank, then the zone's pool order, then vSwitch
        List<Integer> all = new ArrayList<>();
        for (int z : in.rankedZones) {
            for (int t : zoneTypes[z]) {
                all.add(z * typeCount + t);
            }
        }
        trace.setCanonical(phase, orders.expand(all.stream().mapToInt(Integer::intValue).toArray()));
        if (in.req.getBalanceMode() == BalanceMode.BALANCED_BEST_EFFORT) {
            List<PoolStream> streams = new ArrayList<>();
            for (int z : in.rankedZones) {
                streams.add(new PoolStream(z, in.zoneRank[z], orders.poolIds(z, zoneTypes[z]), k, rr));
            }
            long before = state.planned;
            new Streams(state, phase, b, streams, true).run(demand);
            if (rr) {
                for (PoolStream s : streams) {
                    notInSet(phase, s);
                }
            }
            explainRest(phase, b, -1, state.met(demand, state.planned - before), ReasonCode.REQUEST_SATISFIED);
            return;
        }
        balancedOnly(phase, b, zoneTypes, k, rr, demand);
    }

    /** BALANCED_ONLY (A17): targets by unit water-filling, then each zone filled on its own. */
    private void balancedOnly(Phase phase, int b, int[][] zoneTypes, int k, boolean rr, long demand) {
        long phaseDemand = Math.min(demand, state.effective - state.planned);
        long[] target = ZoneTargets.of(in.rankedZones, state.level, in.zoneIds.size(), phaseDemand);
        long phasePlanned = 0;
        for (int z : in.rankedZones) {
            if (target[z] == 0) {
                // above the water level; or nothing to place at all (an earlier phase's overshoot)
                explainRest(phase, b, z, true,
                        phaseDemand <= 0 ? ReasonCode.REQUEST_SATISFIED : ReasonCode.ZONE_TARGET_REACHED);
                continue;
            }
            long before = state.planned;
            long r = Math.min(target[z], state.remaining(demand, phasePlanned));
            PoolStream s = new PoolStream(z, 0, orders.poolIds(z, zoneTypes[z]), k, rr);
            if (r > 0) {
                new Streams(state, phase, b, List.of(s), false).run(r);
            }
            long got = state.planned - before;
            phasePlanned += got;
            boolean demandMet = got < target[z] && state.met(demand, phasePlanned);
            if (demandMet) {
                // an earlier zone's overshoot (A18) already covered the phase: not a shortfall
                if (rr) {
                    notInSet(phase, s);
                }
                explainRest(phase, b, z, true, ReasonCode.REQUEST_SATISFIED);
                continue;
            }
            if (got >= target[z]) {
                state.trace.note(phase, z, ReasonCode.ZONE_TARGET_REACHED, got,
                        "zone " + Shown.text(in.zoneIds.get(z)) + " reached its target of " + target[z] + " units");
            } else {
                state.trace.note(phase, z, ReasonCode.ZONE_EXHAUSTED, target[z] - got,
                        "zone " + Shown.text(in.zoneIds.get(z)) + " placed " + got + " of its target " + target[z]
                                + " units; the rest is shortfall (BALANCED_ONLY)");
            }
            if (rr) {
                notInSet(phase, s);
            }
            explainRest(phase, b, z, got >= target[z], ReasonCode.ZONE_TARGET_REACHED);
        }
    }

    /**
     * Gives every pool of the phase's canonical order (of one zone, or all with {@code zone} -1)
     * that has no decision yet one (§3.5: every pool is explained): the limit that leaves it no
     * room (A3 precedence), such as NO_STOCK when its zone's stock is gone; else, when the demand
     * of the scope was met, {@code satisfied} (REQUEST_SATISFIED, or ZONE_TARGET_REACHED for a
     * balanced-only zone); else ZONE_EXHAUSTED.
     */
    private void explainRest(Phase phase, int b, int zone, boolean met, ReasonCode satisfied) {
        for (int key : state.trace.canonical(phase)) {
            int v = key / typeCount;
            int t = key % typeCount;
            if (state.trace.decided(phase, key) || (zone >= 0 && in.vsZone[v] != zone)) {
                continue;
            }
            TraceEntry d = state.trace.dec(phase, v, t);
            if (state.room(v, t, b) == 0) {
                // its zone's stock (or the vSwitch's IPs, or the type's quota) is gone: that is why
                d.reason(state.binding(v, t, b), state.limitDetail(v, t, b));
            } else if (met) {
                d.reason(satisfied, satisfied == ReasonCode.REQUEST_SATISFIED ? Walk.SATISFIED_DETAIL
                        : "zone " + Shown.text(in.zoneIds.get(in.vsZone[v])) + " reached its target before this pool was needed");
            } else {
                d.reason(ReasonCode.ZONE_EXHAUSTED, "zone " + Shown.text(in.zoneIds.get(in.vsZone[v])) + " was given up");
            }
        }
    }

    /** Pools that never entered the spot pool set (S4). */
    private void notInSet(Phase phase, PoolStream s) {
        if (in.spotPools <= 0 || phase != Phase.SPOT) {
            return;
        }
        for (int i = s.nextToAdd; i < s.order.length; i++) {
            int z = s.order[i] / typeCount;
            int t = s.order[i] % typeCount;
            for (int v : in.zoneVs[z]) {
                state.trace.dec(phase, v, t).reason(ReasonCode.NOT_IN_SPOT_POOL_SET,
                        "not among the " + in.spotPools + " cheapest spot pools in use");
            }
        }
    }
}
