package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.internal.Inputs.PAYG;
import static dev.scalecfg.launcher.internal.Inputs.SPOT;

import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.launcher.Allocation;
import dev.scalecfg.launcher.Decision;
import dev.scalecfg.launcher.Outcome;
import dev.scalecfg.launcher.Phase;
import dev.scalecfg.launcher.ReasonCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decision trace and the per-phase bookkeeping behind it (A2): one entry per (phase, pool),
 * created at the pool's first visit, the phase's canonical order and its ranks, and the instance
 * counts per (vSwitch, type) that become the allocations (A1).
 */
final class Trace {
    private final Inputs in;
    private final int typeCount;
    private final List<TraceEntry> entries = new ArrayList<>();
    private final Map<Phase, TraceEntry[]> decisions = new EnumMap<>(Phase.class);
    private final Map<Phase, int[]> ranks = new EnumMap<>(Phase.class);
    private final Map<Phase, long[]> counts = new EnumMap<>(Phase.class);
    private final Map<Phase, int[]> canonical = new EnumMap<>(Phase.class);

    Trace(Inputs in) {
        this.in = in;
        this.typeCount = in.typeCount;
    }

    /** Opens a phase: no pool of it has a decision or a count yet. */
    void startPhase(Phase phase) {
        decisions.put(phase, new TraceEntry[in.vsCount * typeCount]);
        counts.put(phase, new long[in.vsCount * typeCount]);
    }

    /** Sets the phase's canonical order of (vSwitch, type) keys, which also gives each pool its rank. */
    void setCanonical(Phase phase, int[] order) {
        int[] rank = new int[in.vsCount * typeCount];
        Arrays.fill(rank, -1);
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        ranks.put(phase, rank);
        canonical.put(phase, order);
    }

    int[] canonical(Phase phase) {
        return canonical.get(phase);
    }

    /** Tells whether the (vSwitch, type) key already has a decision in the phase. */
    boolean decided(Phase phase, int key) {
        return decisions.get(phase)[key] != null;
    }

    /** Returns the phase's decision of a pool, creating it (in visit order) at the first call. */
    TraceEntry dec(Phase phase, int v, int t) {
        TraceEntry[] map = decisions.get(phase);
        int key = v * typeCount + t;
        TraceEntry d = map[key];
        if (d == null) {
            int b = phase == Phase.SPOT ? SPOT : PAYG;
            d = new TraceEntry(phase, in.vsZone[v], v, t, b, ranks.get(phase)[key]);
            map[key] = d;
            entries.add(d);
        }
        return d;
    }

    /** Records a pool dropped before placement (R2). */
    void drop(int v, int t, int b, ReasonCode reason, String detail) {
        TraceEntry d = new TraceEntry(null, in.vsZone[v], v, t, b, -1);
        d.reason = reason;
        d.detail = detail;
        entries.add(d);
    }

    /** Records a note about the plan ({@code zone} -1) or a zone. */
    void note(Phase phase, int zone, ReasonCode reason, long count, String detail) {
        TraceEntry d = new TraceEntry(phase, zone, -1, -1, -1, -1);
        d.count = count;
        d.reason = reason;
        d.detail = detail;
        entries.add(d);
    }

    /** Counts instances placed in a pool in a phase. */
    void placed(Phase phase, int v, int t, long n) {
        counts.get(phase)[v * typeCount + t] += n;
        TraceEntry d = dec(phase, v, t);
        d.count += n;
        d.outcome = Outcome.ALLOCATED;
    }

    /** The allocations (A1): per phase in phase order, inside a phase in canonical order. */
    List<Allocation> allocations() {
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

    /** The decisions, frozen, in the order they were made, after the resolver's type decisions. */
    List<Decision> decisions() {
        List<Decision> out = new ArrayList<>(in.resolved.getDecisions().size() + entries.size());
        out.addAll(in.resolved.getDecisions());
        for (TraceEntry d : entries) {
            out.add(d.toDecision(in));
        }
        return out;
    }
}
