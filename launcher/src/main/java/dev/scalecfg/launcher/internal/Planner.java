package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.internal.Inputs.PAYG;
import static dev.scalecfg.launcher.internal.Inputs.SPOT;
import static dev.scalecfg.launcher.internal.Inputs.UNLIMITED;

import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.AllocationStrategy;
import dev.scalecfg.core.scaleout.BalanceMode;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.Nesting;
import dev.scalecfg.core.scaleout.Overshoot;
import dev.scalecfg.core.scaleout.PriceComparisonMode;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.launcher.Allocation;
import dev.scalecfg.launcher.Decision;
import dev.scalecfg.launcher.Outcome;
import dev.scalecfg.launcher.Phase;
import dev.scalecfg.launcher.PlanStatus;
import dev.scalecfg.launcher.ReasonCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The planning engine of §3: one instance per call, single-threaded, discarded afterwards. Cost
 * grows with the number of pools, not with the number of units: the priority walk takes whole
 * counts per pool, and zone water-filling and spot round-robin advance in bulk between events
 * (a pool, vSwitch or quota running out, or the demand being met), found by binary search.
 */
public final class Planner {
    private static final String SATISFIED_DETAIL = "the demand was met before this pool was needed";
    private final Inputs in;
    private final int typeCount;

    // running state
    private final long[][][] stockLeft;
    private final long[] quotaLeft;
    private final long[] ipsLeft;
    private final long[] level;
    private final long effective;
    private long planned;

    // trace
    private final List<Dec> trace = new ArrayList<>();
    private final Map<Phase, Dec[]> decisions = new HashMap<>();
    private final Map<Phase, int[]> ranks = new HashMap<>();
    private final Map<Phase, long[]> counts = new HashMap<>();
    private final Map<Phase, int[]> canonical = new HashMap<>();

    private Planner(Inputs in, long effective) {
        this.in = in;
        this.typeCount = in.typeCount;
        this.effective = effective;
        this.stockLeft = new long[in.stock.length][][];
        for (int z = 0; z < stockLeft.length; z++) {
            stockLeft[z] = new long[typeCount][];
            for (int t = 0; t < typeCount; t++) {
                stockLeft[z][t] = in.stock[z][t].clone();
            }
        }
        this.quotaLeft = in.quota.clone();
        this.ipsLeft = in.freeIps.clone();
        this.level = in.currentZoneUnits.clone();
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
        List<Decision> notes = new ArrayList<>();
        if (req.getMaxSize().isPresent()) {
            long headroom = req.getMaxSize().get() - in.currentUnits;
            if (headroom <= 0) {
                Decision d = Decision.builder().outcome(Outcome.SKIPPED).count(0)
                        .reason(ReasonCode.MAX_SIZE_REACHED)
                        .detail("group has " + in.currentUnits + " units, maxSize " + req.getMaxSize().get())
                        .build();
                return new PlanResult(PlanStatus.REJECTED, requested, 0, 0, 0, in.currentUnits, false,
                        List.of(), List.of(d));
            }
            if (headroom < requested) {
                effective = headroom;
                clamped = true;
            }
        }
        Planner planner = new Planner(in, effective);
        if (clamped) {
            planner.note(null, ReasonCode.CLAMPED_TO_MAX_SIZE, (int) effective,
                    "requested " + requested + " units, headroom to maxSize " + req.getMaxSize().get() + " is "
                            + effective);
        }
        return planner.run(requested, clamped);
    }

    private PlanResult run(int requested, boolean clamped) {
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
        boolean[][][] eligible = new boolean[in.vsCount][typeCount][2];
        for (int v = 0; v < in.vsCount; v++) {
            for (int t = 0; t < typeCount; t++) {
                for (int b = 0; b < 2; b++) {
                    if ((b == PAYG && !paygInPlay) || (b == SPOT && !spotInPlay)) {
                        continue;
                    }
                    eligible[v][t][b] = screen(v, t, b);
                }
            }
        }

        if (newOd > 0) {
            place(Phase.PAYG, PAYG, in.allocation, newOd, eligible);
        }
        long spotPlanned = 0;
        if (newSpot > 0) {
            long before = planned;
            place(Phase.SPOT, SPOT, in.spotAllocation, newSpot, eligible);
            spotPlanned = planned - before;
        }
        if (compensation) {
            long demand = Math.min(newSpot - spotPlanned, effective - planned);
            if (demand > 0) {
                note(null, ReasonCode.SPOT_SHORTFALL_COMPENSATED, (int) demand,
                        demand + " spot units could not be placed and are re-placed on pay-as-you-go");
                place(Phase.COMPENSATION, PAYG, in.allocation, demand, eligible);
            }
        }

        // R8
        List<Allocation> allocations = allocations();
        PlanStatus status;
        long plannedUnits = planned;
        if (plannedUnits < in.req.getMinCount()) {
            note(null, ReasonCode.BELOW_MIN_COUNT, (int) plannedUnits,
                    plannedUnits + " units could be planned, fewer than minCount " + in.req.getMinCount());
            status = PlanStatus.NONE;
            allocations = List.of();
            plannedUnits = 0;
        } else {
            status = plannedUnits >= effective ? PlanStatus.FULFILLED : PlanStatus.PARTIAL;
        }
        List<Decision> out = new ArrayList<>(trace.size());
        for (Dec d : trace) {
            out.add(d.toDecision(in));
        }
        return new PlanResult(status, requested, (int) effective, plannedUnits,
                Math.max(0, effective - plannedUnits), in.currentUnits + plannedUnits, clamped, allocations, out);
    }

    // ------------------------------------------------------------------------------------------
    // R2

    private boolean screen(int v, int t, int b) {
        int z = in.vsZone[v];
        ReasonCode reason = null;
        String detail = "";
        Instant until = in.unavailableUntil[z][t][b];
        BigDecimal price = in.price[z][t][b];
        if (!in.requested[v]) {
            reason = ReasonCode.NOT_REQUESTED;
            detail = "vSwitch " + in.vsId[v] + " is not in requestedVswitchIds";
        } else if (in.notOffered[z][t][b]) {
            reason = ReasonCode.NOT_OFFERED;
            detail = in.typeName[t] + " is not offered in " + in.zoneIds.get(z);
        } else if (until != null && in.req.getNow().orElseThrow().isBefore(until)) {
            reason = ReasonCode.RECENTLY_UNAVAILABLE;
            detail = "unavailable until " + until;
        } else if (b == SPOT && price != null && in.priceLimit[t] != null && price.compareTo(in.priceLimit[t]) > 0) {
            reason = ReasonCode.PRICE_ABOVE_LIMIT;
            detail = "spot price " + price.toPlainString() + " > limit " + in.priceLimit[t].toPlainString();
        } else if (in.diskFilter && in.disk[z][t] == null) {
            reason = ReasonCode.DISK_CATEGORY_UNAVAILABLE;
            detail = "none of " + in.configuredDisks + " offered for " + in.typeName[t] + " in " + in.zoneIds.get(z);
        }
        if (reason == null) {
            return true;
        }
        Dec d = new Dec(null, z, v, t, b, -1);
        d.reason = reason;
        d.detail = detail;
        trace.add(d);
        return false;
    }

    // ------------------------------------------------------------------------------------------
    // phases

    private void place(Phase phase, int b, AllocationStrategy strategy, long demand, boolean[][][] eligible) {
        decisions.put(phase, new Dec[in.vsCount * typeCount]);
        counts.put(phase, new long[in.vsCount * typeCount]);
        boolean rr = phase == Phase.SPOT && strategy == AllocationStrategy.LOWEST_PRICE && in.spotPools > 0;
        if (!in.azBalance && !rr) {
            int[] order = strategy == AllocationStrategy.LOWEST_PRICE
                    ? priceOrder(b, eligible) : priorityOrder(b, eligible);
            setCanonical(phase, order);
            walk(phase, b, order, demand);
            return;
        }
        boolean[] zoneHasPool = new boolean[in.zoneIds.size()];
        int[][] zonePools = new int[in.zoneIds.size()][];
        for (int z : in.rankedZones) {
            zonePools[z] = zonePoolOrder(z, b, strategy, eligible);
            zoneHasPool[z] = zonePools[z].length > 0;
        }
        int k = rr ? in.spotPools : 1;
        if (!in.azBalance) {
            // global spot round-robin over (zone, type) pools in (price, zone rank, type) order (A14)
            List<int[]> pools = new ArrayList<>();
            for (int z : in.rankedZones) {
                for (int t : zonePools[z]) {
                    pools.add(new int[] {z, t});
                }
            }
            pools.sort(Comparator.<int[], UnitPrice>comparing(p -> unitPrice(p[0], p[1], b))
                    .thenComparingInt(p -> in.zoneRank[p[0]]).thenComparingInt(p -> p[1]));
            int[] order = new int[pools.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = pools.get(i)[0] * typeCount + pools.get(i)[1];
            }
            setCanonical(phase, expand(order));
            Stream s = new Stream(-1, 0, order, k, rr);
            long before = planned;
            new Streams(phase, b, List.of(s), false).run(demand);
            notInSet(phase, b, s);
            explainRest(phase, b, -1, met(demand, planned - before), ReasonCode.REQUEST_SATISFIED);
            return;
        }
        // zone balance: canonical order = zone rank, then the zone's pool order, then vSwitch
        List<Integer> all = new ArrayList<>();
        for (int z : in.rankedZones) {
            for (int t : zonePools[z]) {
                all.add(z * typeCount + t);
            }
        }
        setCanonical(phase, expand(all.stream().mapToInt(Integer::intValue).toArray()));
        if (in.req.getBalanceMode() == BalanceMode.BALANCED_BEST_EFFORT) {
            List<Stream> streams = new ArrayList<>();
            for (int z : in.rankedZones) {
                streams.add(new Stream(z, in.zoneRank[z], toPoolIds(z, zonePools[z]), k, rr));
            }
            long before = planned;
            new Streams(phase, b, streams, true).run(demand);
            if (rr) {
                for (Stream s : streams) {
                    notInSet(phase, b, s);
                }
            }
            explainRest(phase, b, -1, met(demand, planned - before), ReasonCode.REQUEST_SATISFIED);
            return;
        }
        // BALANCED_ONLY (A17): targets by unit water-filling, then each zone filled on its own
        long phaseDemand = Math.min(demand, effective - planned);
        long[] target = targets(phaseDemand);
        long phasePlanned = 0;
        for (int z : in.rankedZones) {
            if (target[z] == 0) {
                // above the water level; or nothing to place at all (an earlier phase's overshoot)
                explainRest(phase, b, z, true,
                        phaseDemand <= 0 ? ReasonCode.REQUEST_SATISFIED : ReasonCode.ZONE_TARGET_REACHED);
                continue;
            }
            long before = planned;
            long r = Math.min(target[z], Math.min(demand - phasePlanned, effective - planned));
            Stream s = new Stream(z, 0, toPoolIds(z, zonePools[z]), k, rr);
            if (r > 0) {
                new Streams(phase, b, List.of(s), false).run(r);
            }
            long got = planned - before;
            phasePlanned += got;
            boolean demandMet = got < target[z] && met(demand, phasePlanned);
            if (demandMet) {
                // an earlier zone's overshoot (A18) already covered the phase: not a shortfall
                if (rr) {
                    notInSet(phase, b, s);
                }
                explainRest(phase, b, z, true, ReasonCode.REQUEST_SATISFIED);
                continue;
            }
            if (got >= target[z]) {
                note(phase, z, ReasonCode.ZONE_TARGET_REACHED, (int) got,
                        "zone " + in.zoneIds.get(z) + " reached its target of " + target[z] + " units");
            } else {
                note(phase, z, ReasonCode.ZONE_EXHAUSTED, (int) (target[z] - got),
                        "zone " + in.zoneIds.get(z) + " placed " + got + " of its target " + target[z]
                                + " units; the rest is shortfall (BALANCED_ONLY)");
            }
            if (rr) {
                notInSet(phase, b, s);
            }
            explainRest(phase, b, z, got >= target[z], ReasonCode.ZONE_TARGET_REACHED);
        }
    }

    /** Tells whether a phase's demand is met, as far as the global demand allows (A18). */
    private boolean met(long demand, long phasePlanned) {
        return Math.min(demand - phasePlanned, effective - planned) <= 0;
    }

    /**
     * Gives every pool of the phase's canonical order (of one zone, or all with {@code zone} -1)
     * that has no decision yet one (§3.5: every pool is explained): when the demand of the scope
     * was met, {@code satisfied} (REQUEST_SATISFIED, or ZONE_TARGET_REACHED for a balanced-only
     * zone), else the limit that leaves it no room (A3 precedence), else ZONE_EXHAUSTED.
     */
    private void explainRest(Phase phase, int b, int zone, boolean met, ReasonCode satisfied) {
        Dec[] map = decisions.get(phase);
        for (int key : canonical.get(phase)) {
            int v = key / typeCount;
            int t = key % typeCount;
            if (map[key] != null || (zone >= 0 && in.vsZone[v] != zone)) {
                continue;
            }
            Dec d = dec(phase, v, t);
            if (met) {
                d.reason(satisfied, satisfied == ReasonCode.REQUEST_SATISFIED ? SATISFIED_DETAIL
                        : "zone " + in.zoneIds.get(in.vsZone[v]) + " reached its target before this pool was needed");
            } else if (room(v, t, b) == 0) {
                d.reason(binding(v, t, b), limitDetail(v, t, b));
            } else {
                d.reason(ReasonCode.ZONE_EXHAUSTED, "zone " + in.zoneIds.get(in.vsZone[v]) + " was given up");
            }
        }
    }

    private long[] targets(long demand) {
        long[] target = new long[in.zoneIds.size()];
        int[] zones = in.rankedZones;
        if (zones.length == 0 || demand <= 0) {
            return target;
        }
        long min = Long.MAX_VALUE;
        for (int z : zones) {
            min = Math.min(min, level[z]);
        }
        long lo = min;
        long hi = min + demand + 1;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (fill(zones, mid) <= demand) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        long used = 0;
        for (int z : zones) {
            target[z] = Math.max(0, lo - level[z]);
            used += target[z];
        }
        for (int z : zones) {
            if (used >= demand) {
                break;
            }
            if (level[z] <= lo) {
                target[z]++;
                used++;
            }
        }
        return target;
    }

    private long fill(int[] zones, long height) {
        long sum = 0;
        for (int z : zones) {
            sum += Math.max(0, height - level[z]);
        }
        return sum;
    }

    private void notInSet(Phase phase, int b, Stream s) {
        if (in.spotPools <= 0 || phase != Phase.SPOT) {
            return;
        }
        for (int i = s.nextToAdd; i < s.order.length; i++) {
            int z = s.order[i] / typeCount;
            int t = s.order[i] % typeCount;
            for (int v : in.zoneVs[z]) {
                dec(phase, v, t).reason(ReasonCode.NOT_IN_SPOT_POOL_SET,
                        "not among the " + in.spotPools + " cheapest spot pools in use");
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // orders

    private int[] priorityOrder(int b, boolean[][][] eligible) {
        List<Integer> order = new ArrayList<>();
        boolean[] used = new boolean[in.vsCount * typeCount];
        if (in.policy == MultiAzPolicy.PRIORITY) {
            Map<String, Integer> vsIndex = new HashMap<>();
            for (int v = 0; v < in.vsCount; v++) {
                vsIndex.put(in.vsId[v], v);
            }
            for (CustomPriority cp : in.cfg.getCustomPriorities()) {
                int t = in.typeIndex.get(cp.getInstanceType());
                int v = vsIndex.get(cp.getVswitchId());
                int key = v * typeCount + t;
                if (!used[key] && eligible[v][t][b]) {
                    used[key] = true;
                    order.add(key);
                }
            }
        }
        if (in.req.getNesting() == Nesting.TYPE_MAJOR) {
            for (int t = 0; t < typeCount; t++) {
                for (int v = 0; v < in.vsCount; v++) {
                    add(order, used, v, t, b, eligible);
                }
            }
        } else {
            for (int v = 0; v < in.vsCount; v++) {
                for (int t = 0; t < typeCount; t++) {
                    add(order, used, v, t, b, eligible);
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private void add(List<Integer> order, boolean[] used, int v, int t, int b, boolean[][][] eligible) {
        int key = v * typeCount + t;
        if (!used[key] && eligible[v][t][b]) {
            used[key] = true;
            order.add(key);
        }
    }

    private int[] priceOrder(int b, boolean[][][] eligible) {
        List<Integer> keys = new ArrayList<>();
        for (int v = 0; v < in.vsCount; v++) {
            for (int t = 0; t < typeCount; t++) {
                if (eligible[v][t][b]) {
                    keys.add(v * typeCount + t);
                }
            }
        }
        keys.sort(Comparator.<Integer, UnitPrice>comparing(k -> unitPrice(in.vsZone[k / typeCount], k % typeCount, b))
                .thenComparingInt(k -> k / typeCount).thenComparingInt(k -> k % typeCount));
        return keys.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] zonePoolOrder(int z, int b, AllocationStrategy strategy, boolean[][][] eligible) {
        List<Integer> types = new ArrayList<>();
        int v0 = in.zoneVs[z][0];
        for (int t = 0; t < typeCount; t++) {
            if (eligible[v0][t][b]) {
                types.add(t);
            }
        }
        if (strategy == AllocationStrategy.LOWEST_PRICE) {
            types.sort(Comparator.<Integer, UnitPrice>comparing(t -> unitPrice(z, t, b)).thenComparingInt(t -> t));
        }
        return types.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] toPoolIds(int z, int[] types) {
        int[] ids = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            ids[i] = z * typeCount + types[i];
        }
        return ids;
    }

    /** Expands (zone, type) pool ids to (vSwitch, type) keys, vSwitches in request order. */
    private int[] expand(int[] poolIds) {
        List<Integer> keys = new ArrayList<>();
        for (int p : poolIds) {
            int z = p / typeCount;
            int t = p % typeCount;
            for (int v : in.zoneVs[z]) {
                keys.add(v * typeCount + t);
            }
        }
        return keys.stream().mapToInt(Integer::intValue).toArray();
    }

    private void setCanonical(Phase phase, int[] order) {
        int[] rank = new int[in.vsCount * typeCount];
        Arrays.fill(rank, -1);
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        ranks.put(phase, rank);
        canonical.put(phase, order);
    }

    private UnitPrice unitPrice(int z, int t, int b) {
        BigDecimal p = in.price[z][t][b];
        PriceComparisonMode mode = in.req.getPriceComparison();
        long divisor = mode == PriceComparisonMode.PER_UNIT ? in.weight[t]
                : mode == PriceComparisonMode.PER_VCPU ? in.vcpu[t] : 1;
        return new UnitPrice(p, divisor);
    }

    // ------------------------------------------------------------------------------------------
    // priority / cheapest-first walk over (vSwitch, type) candidates

    private void walk(Phase phase, int b, int[] order, long demand) {
        boolean minimize = in.req.getOvershoot() == Overshoot.MINIMIZE;
        long phasePlanned = 0;
        for (int i = 0; i < order.length; i++) {
            int v = order[i] / typeCount;
            int t = order[i] % typeCount;
            long r = Math.min(demand - phasePlanned, effective - planned);
            Dec d = dec(phase, v, t);
            if (r <= 0) {
                if (d.count == 0 && d.reason == null) {
                    d.reason(ReasonCode.REQUEST_SATISFIED, SATISFIED_DETAIL);
                }
                continue;
            }
            while (r > 0) {
                long room = room(v, t, b);
                int w = in.weight[t];
                if (room == 0) {
                    d.reason(binding(v, t, b), limitDetail(v, t, b));
                    break;
                }
                if (!minimize || r >= w) {
                    long need = minimize ? r / w : ceilDiv(r, w);
                    long n = Math.min(need, room);
                    allocate(phase, v, t, b, n);
                    phasePlanned += n * w;
                    r -= n * w;
                    if (n < need) {
                        d.reason(binding(v, t, b), limitDetail(v, t, b));
                        break;
                    }
                    continue;
                }
                // MINIMIZE with 0 < r < w: the pool among this and later ones with the least overshoot
                int best = -1;
                long bestOver = Long.MAX_VALUE;
                for (int j = i; j < order.length; j++) {
                    int vj = order[j] / typeCount;
                    int tj = order[j] % typeCount;
                    if (room(vj, tj, b) == 0) {
                        continue;
                    }
                    long over = Math.max(0, in.weight[tj] - r);
                    if (over < bestOver || (over == bestOver && order[j] < order[best])) {
                        best = j;
                        bestOver = over;
                    }
                }
                if (best < 0) {
                    break;
                }
                int vb = order[best] / typeCount;
                int tb = order[best] % typeCount;
                int wb = in.weight[tb];
                long n = wb <= r ? Math.min(r / wb, room(vb, tb, b)) : 1;
                dec(phase, vb, tb);
                allocate(phase, vb, tb, b, n);
                phasePlanned += n * wb;
                r -= n * wb;
            }
            if (r <= 0 && d.count == 0 && d.reason == null) {
                // MINIMIZE gave the remainder to a better-fitting pool: this one was not needed
                d.reason(ReasonCode.REQUEST_SATISFIED, SATISFIED_DETAIL);
            }
        }
    }

    private long room(int v, int t, int b) {
        int z = in.vsZone[v];
        return Math.min(stockLeft[z][t][b], Math.min(ipsLeft[v], quotaLeft[t]));
    }

    private ReasonCode binding(int v, int t, int b) {
        long room = room(v, t, b);
        if (stockLeft[in.vsZone[v]][t][b] <= room) {
            return ReasonCode.NO_STOCK;
        }
        if (ipsLeft[v] <= room) {
            return ReasonCode.VSWITCH_NO_FREE_IP;
        }
        return ReasonCode.QUOTA_EXCEEDED;
    }

    private String limitDetail(int v, int t, int b) {
        int z = in.vsZone[v];
        return "stock " + fmt(in.stock[z][t][b]) + ", free IPs " + fmt(in.freeIps[v]) + ", quota " + fmt(in.quota[t]);
    }

    private static String fmt(long n) {
        return n >= UNLIMITED ? "unlimited" : Long.toString(n);
    }

    private void allocate(Phase phase, int v, int t, int b, long n) {
        if (n <= 0) {
            return;
        }
        int z = in.vsZone[v];
        if (stockLeft[z][t][b] < UNLIMITED) {
            stockLeft[z][t][b] -= n;
        }
        if (quotaLeft[t] < UNLIMITED) {
            quotaLeft[t] -= n;
        }
        if (ipsLeft[v] < UNLIMITED) {
            ipsLeft[v] -= n;
        }
        long units = n * in.weight[t];
        level[z] += units;
        planned += units;
        counts.get(phase)[v * typeCount + t] += n;
        Dec d = dec(phase, v, t);
        d.count += n;
        d.outcome = Outcome.ALLOCATED;
    }

    private Dec dec(Phase phase, int v, int t) {
        Dec[] map = decisions.get(phase);
        int key = v * typeCount + t;
        Dec d = map[key];
        if (d == null) {
            int b = phase == Phase.SPOT ? SPOT : PAYG;
            d = new Dec(phase, in.vsZone[v], v, t, b, ranks.get(phase)[key]);
            map[key] = d;
            trace.add(d);
        }
        return d;
    }

    private void note(Phase phase, ReasonCode reason, int count, String detail) {
        note(phase, -1, reason, count, detail);
    }

    private void note(Phase phase, int zone, ReasonCode reason, int count, String detail) {
        Dec d = new Dec(phase, zone, -1, -1, -1, -1);
        d.count = count;
        d.reason = reason;
        d.detail = detail;
        trace.add(d);
    }

    private List<Allocation> allocations() {
        List<Allocation> out = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            long[] c = counts.get(phase);
            if (c == null) {
                continue;
            }
            int b = phase == Phase.SPOT ? SPOT : PAYG;
            for (int key : canonical.get(phase)) {
                if (c[key] == 0) {
                    continue;
                }
                int v = key / typeCount;
                int t = key % typeCount;
                int z = in.vsZone[v];
                out.add(Allocation.builder()
                        .vswitchId(in.vsId[v])
                        .zoneId(in.zoneIds.get(z))
                        .instanceType(in.typeName[t])
                        .billing(b == PAYG ? Billing.PAYG : Billing.SPOT)
                        .systemDiskCategory(Optional.ofNullable(in.diskFilter ? in.disk[z][t] : null))
                        .count(Math.toIntExact(c[key]))
                        .unitsEach(in.weight[t])
                        .compensated(phase == Phase.COMPENSATION)
                        .capacityConfirmed(in.confirmed[z][t][b])
                        .build());
            }
        }
        return out;
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    // ------------------------------------------------------------------------------------------
    // zone water-filling and spot round-robin

    /** A sequence of (zone, type) pools served by one water-filling level (a zone) or globally. */
    private final class Stream {
        final int zone;
        final int rank;
        final int k;
        /** Whether this is a spot-pool set (A19: MINIMIZE then only considers the active set). */
        final boolean pooled;
        final int[] order;
        int nextToAdd;
        final List<Integer> group = new ArrayList<>();
        int ptr;

        Stream(int zone, int rank, int[] order, int k, boolean pooled) {
            this.zone = zone;
            this.rank = rank;
            this.order = order;
            this.k = k;
            this.pooled = pooled;
            while (nextToAdd < order.length && group.size() < k) {
                group.add(order[nextToAdd++]);
            }
        }

        long level() {
            return zone < 0 ? 0 : level[zone];
        }
    }

    /** The bulk engine shared by zone balance and spot round-robin. */
    private final class Streams {
        final Phase phase;
        final int b;
        final List<Stream> active;
        final boolean balance;
        final long base;
        final long[] perType = new long[typeCount];
        final long[] perZone = new long[in.zoneIds.size()];

        Streams(Phase phase, int b, List<Stream> streams, boolean balance) {
            this.phase = phase;
            this.b = b;
            this.active = new ArrayList<>(streams);
            this.balance = balance;
            this.base = streams.size() + 1L;
        }

        long key(Stream s) {
            return s.level() * base + s.rank;
        }

        /** First requested vSwitch of the zone with a free IP, or -1. */
        int vsWithIp(int z) {
            for (int v : in.zoneVs[z]) {
                if (ipsLeft[v] > 0) {
                    return v;
                }
            }
            return -1;
        }

        boolean ready(int pool) {
            int z = pool / typeCount;
            int t = pool % typeCount;
            return stockLeft[z][t][b] > 0 && quotaLeft[t] > 0 && vsWithIp(z) >= 0;
        }

        boolean ready(Stream s) {
            return !s.group.isEmpty() && ready(s.group.get(s.ptr));
        }

        void run(long demand) {
            long placed = 0;
            while (!active.isEmpty()) {
                long r = Math.min(demand - placed, effective - planned);
                if (r <= 0) {
                    return;
                }
                long before = planned;
                bulk(r);
                placed += planned - before;
                r = Math.min(demand - placed, effective - planned);
                if (r <= 0) {
                    return;
                }
                Stream next = null;
                for (Stream s : active) {
                    if (next == null || key(s) < key(next)) {
                        next = s;
                    }
                }
                before = planned;
                step(next, r);
                placed += planned - before;
            }
        }

        /** Places, in bulk, every instance that comes before the next event. */
        void bulk(long r) {
            long lo = Long.MAX_VALUE;
            long notReady = Long.MAX_VALUE;
            long minReadyLevel = Long.MAX_VALUE;
            List<Stream> readyStreams = new ArrayList<>();
            for (Stream s : active) {
                long k = key(s);
                lo = Math.min(lo, k);
                if (ready(s)) {
                    readyStreams.add(s);
                    minReadyLevel = Math.min(minReadyLevel, s.level());
                } else {
                    notReady = Math.min(notReady, k);
                }
            }
            if (readyStreams.isEmpty()) {
                return;
            }
            long hi = Math.min(notReady, (minReadyLevel + r + 1) * base);
            for (Stream s : readyStreams) {
                if (s.group.size() == 1) {
                    // a single-pool stream runs out of room exactly at this key: a tight first guess
                    int pool = s.group.get(0);
                    int z = pool / typeCount;
                    int t = pool % typeCount;
                    long room = Math.min(stockLeft[z][t][b], Math.min(quotaLeft[t], ipsLeft[vsWithIp(z)]));
                    if (room < UNLIMITED) {
                        hi = Math.min(hi, (s.level() + room * in.weight[t]) * base + s.rank);
                    }
                }
            }
            if (!fits(readyStreams, hi, r)) {
                // largest K in [lo, hi) with fits(K)
                long a = lo;
                long c = hi;
                while (c - a > 1) {
                    long mid = a + (c - a) / 2;
                    if (fits(readyStreams, mid, r)) {
                        a = mid;
                    } else {
                        c = mid;
                    }
                }
                hi = a;
            }
            if (hi <= lo) {
                return;
            }
            readyStreams.sort(Comparator.comparingLong(this::key));
            for (Stream s : readyStreams) {
                long n = count(s, hi);
                if (n == 0) {
                    continue;
                }
                int m = s.group.size();
                long[] cs = new long[m];
                for (int i = 0; i < m; i++) {
                    cs[i] = poolCount(s, i, hi);
                }
                for (int i = 0; i < m; i++) {
                    long c = cs[i];
                    if (c > 0) {
                        int pool = s.group.get((s.ptr + i) % m);
                        int z = pool / typeCount;
                        int t = pool % typeCount;
                        int v = vsWithIp(z);
                        skipNoIp(z, t, v);
                        allocate(phase, v, t, b, c);
                    }
                }
                s.ptr = (int) ((s.ptr + n) % m);
            }
        }

        /** Tells whether placing every instance with a key below {@code k} triggers no event. */
        boolean fits(List<Stream> streams, long k, long r) {
            long units = 0;
            Arrays.fill(perType, 0);
            Arrays.fill(perZone, 0);
            for (Stream s : streams) {
                int m = s.group.size();
                for (int i = 0; i < m; i++) {
                    long c = poolCount(s, i, k);
                    if (c == 0) {
                        continue;
                    }
                    int pool = s.group.get((s.ptr + i) % m);
                    int z = pool / typeCount;
                    int t = pool % typeCount;
                    if (c > stockLeft[z][t][b]) {
                        return false;
                    }
                    units += c * in.weight[t];
                    if (units >= r) {
                        return false;
                    }
                    perType[t] += c;
                    perZone[z] += c;
                }
            }
            for (int t = 0; t < typeCount; t++) {
                if (perType[t] > quotaLeft[t]) {
                    return false;
                }
            }
            for (int z = 0; z < perZone.length; z++) {
                if (perZone[z] > 0) {
                    int v = vsWithIp(z);
                    if (v < 0 || perZone[z] > ipsLeft[v]) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Instances of the stream with a key below {@code k}. */
        long count(Stream s, long k) {
            long total = 0;
            for (int i = 0; i < s.group.size(); i++) {
                total += poolCount(s, i, k);
            }
            return total;
        }

        /** Instances of the i-th pool after the pointer with a key below {@code k}. */
        long poolCount(Stream s, int i, long k) {
            long threshold = k - s.rank - 1;
            if (threshold < 0) {
                return 0;
            }
            long maxLevel = Math.floorDiv(threshold, base);
            long d = maxLevel - s.level();
            if (d < 0) {
                return 0;
            }
            int m = s.group.size();
            long period = 0;
            long prefix = 0;
            for (int j = 0; j < m; j++) {
                int w = in.weight[s.group.get((s.ptr + j) % m) % typeCount];
                if (j < i) {
                    prefix += w;
                }
                period += w;
            }
            long f = d / period;
            long rem = d - f * period;
            return f + (prefix <= rem ? 1 : 0);
        }

        /** Places one instance in the stream, or handles the event at its pointer. */
        void step(Stream s, long r) {
            if (s.group.isEmpty() && s.nextToAdd >= s.order.length) {
                exhausted(s);
                return;
            }
            int m = s.group.size();
            int pool = s.group.get(s.ptr);
            if (!ready(pool)) {
                int z = pool / typeCount;
                int t = pool % typeCount;
                recordEmpty(z, t);
                s.group.remove(s.ptr);
                if (s.ptr >= s.group.size()) {
                    s.ptr = 0;
                }
                if (s.group.isEmpty()) {
                    if (s.nextToAdd < s.order.length) {
                        s.group.add(s.order[s.nextToAdd++]);
                        s.ptr = 0;
                    } else {
                        exhausted(s);
                    }
                }
                return;
            }
            int t = pool % typeCount;
            if (in.req.getOvershoot() == Overshoot.MINIMIZE && r < in.weight[t]) {
                int best = -1;
                long bestOver = Long.MAX_VALUE;
                long bestKey = Long.MAX_VALUE;
                List<Integer> accepted = new ArrayList<>(s.group);
                if (!s.pooled) {
                    for (int i = s.nextToAdd; i < s.order.length; i++) {
                        accepted.add(s.order[i]);
                    }
                }
                for (int p : accepted) {
                    if (!ready(p)) {
                        continue;
                    }
                    int tp = p % typeCount;
                    long over = Math.max(0, in.weight[tp] - r);
                    long key = (long) vsWithIp(p / typeCount) * typeCount + tp;
                    if (over < bestOver || (over == bestOver && key < bestKey)) {
                        best = p;
                        bestOver = over;
                        bestKey = key;
                    }
                }
                pool = best;
            }
            int z = pool / typeCount;
            t = pool % typeCount;
            int v = vsWithIp(z);
            skipNoIp(z, t, v);
            allocate(phase, v, t, b, 1);
            s.ptr = (s.ptr + 1) % m;
        }

        void exhausted(Stream s) {
            active.remove(s);
            if (balance) {
                note(phase, s.zone, ReasonCode.ZONE_EXHAUSTED, 0,
                        "zone " + in.zoneIds.get(s.zone) + " cannot supply more " + (b == PAYG ? "PAYG" : "SPOT")
                                + " capacity in this phase");
            }
        }

        /** Records why the pool at the pointer cannot take an instance (A3 precedence). */
        void recordEmpty(int z, int t) {
            int v = vsWithIp(z);
            int vFirst = in.zoneVs[z][0];
            if (stockLeft[z][t][b] == 0) {
                dec(phase, v >= 0 ? v : vFirst, t).reason(ReasonCode.NO_STOCK,
                        "stock " + fmt(in.stock[z][t][b]) + " of " + in.typeName[t] + " in " + in.zoneIds.get(z));
            } else if (v < 0) {
                for (int w : in.zoneVs[z]) {
                    dec(phase, w, t).reason(ReasonCode.VSWITCH_NO_FREE_IP, "vSwitch " + in.vsId[w] + " has no free IP");
                }
            } else {
                dec(phase, v, t).reason(ReasonCode.QUOTA_EXCEEDED,
                        "quota " + fmt(in.quota[t]) + " of " + in.typeName[t]);
            }
        }

        /** Records the vSwitches of the zone passed over for lack of IPs before {@code v}. */
        void skipNoIp(int z, int t, int v) {
            for (int w : in.zoneVs[z]) {
                if (w == v) {
                    return;
                }
                dec(phase, w, t).reason(ReasonCode.VSWITCH_NO_FREE_IP, "vSwitch " + in.vsId[w] + " has no free IP");
            }
        }
    }

    // ------------------------------------------------------------------------------------------

    /** A mutable trace entry, frozen into a {@link Decision} at the end. */
    private static final class Dec {
        final Phase phase;
        final int zone;
        final int vs;
        final int type;
        final int billing;
        final int rank;
        Outcome outcome = Outcome.SKIPPED;
        long count;
        ReasonCode reason;
        String detail = "";

        Dec(Phase phase, int zone, int vs, int type, int billing, int rank) {
            this.phase = phase;
            this.zone = zone;
            this.vs = vs;
            this.type = type;
            this.billing = billing;
            this.rank = rank;
        }

        void reason(ReasonCode code, String text) {
            if (reason == null) {
                reason = code;
                detail = text;
            }
        }

        Decision toDecision(Inputs in) {
            Decision.Builder b = Decision.builder()
                    .outcome(outcome)
                    .count(Math.toIntExact(count))
                    .detail(detail);
            if (phase != null) {
                b.phase(phase);
            }
            if (zone >= 0) {
                b.zoneId(in.zoneIds.get(zone));
            }
            if (vs >= 0) {
                b.vswitchId(in.vsId[vs]);
            }
            if (type >= 0) {
                b.instanceType(in.typeName[type]);
            }
            if (billing >= 0) {
                b.billing(billing == PAYG ? Billing.PAYG : Billing.SPOT);
            }
            if (rank >= 0) {
                b.rank(rank);
            }
            if (reason != null) {
                b.reason(reason);
            }
            return b.build();
        }
    }
}
