package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.internal.Inputs.UNLIMITED;

import dev.scalecfg.launcher.Phase;
import dev.scalecfg.launcher.ReasonCode;

/**
 * What is left while a plan grows (R3): stock per (zone, type, billing), quota per type, free IPs
 * per vSwitch, units per zone, and the units planned so far against the effective demand (R7,
 * A18). Every placement goes through {@link #allocate}, which also records it in the trace.
 */
final class PlanState {
    final Inputs in;
    final int typeCount;
    final long effective;
    final Trace trace;
    final long[][][] stockLeft;
    final long[] quotaLeft;
    final long[] ipsLeft;
    /** Units per zone: current members plus everything planned so far, all phases (S2). */
    final long[] level;
    long planned;

    PlanState(Inputs in, long effective, Trace trace) {
        this.in = in;
        this.typeCount = in.typeCount;
        this.effective = effective;
        this.trace = trace;
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

    /** What a phase may still start: the smaller of its own and the global remainder (A18). */
    long remaining(long demand, long phasePlanned) {
        return Math.min(demand - phasePlanned, effective - planned);
    }

    /** Tells whether a phase's demand is met, as far as the global demand allows (A18). */
    boolean met(long demand, long phasePlanned) {
        return remaining(demand, phasePlanned) <= 0;
    }

    /** Instances the (vSwitch, type, billing) pool can still take. */
    long room(int v, int t, int b) {
        int z = in.vsZone[v];
        return Math.min(stockLeft[z][t][b], Math.min(ipsLeft[v], quotaLeft[t]));
    }

    /** The limit that binds the pool's room (A3 precedence: stock, IPs, quota). */
    ReasonCode binding(int v, int t, int b) {
        long room = room(v, t, b);
        if (stockLeft[in.vsZone[v]][t][b] <= room) {
            return ReasonCode.NO_STOCK;
        }
        if (ipsLeft[v] <= room) {
            return ReasonCode.VSWITCH_NO_FREE_IP;
        }
        return ReasonCode.QUOTA_EXCEEDED;
    }

    String limitDetail(int v, int t, int b) {
        int z = in.vsZone[v];
        return "stock " + fmt(in.stock[z][t][b]) + ", free IPs " + fmt(in.freeIps[v]) + ", quota " + fmt(in.quota[t]);
    }

    static String fmt(long n) {
        return n >= UNLIMITED ? "unlimited" : Long.toString(n);
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

    /** Places {@code n} instances in a pool, consuming stock, quota and IPs. */
    void allocate(Phase phase, int v, int t, int b, long n) {
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
        trace.placed(phase, v, t, n);
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
