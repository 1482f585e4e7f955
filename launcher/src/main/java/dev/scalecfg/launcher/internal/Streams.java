package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.internal.Inputs.PAYG;
import static dev.scalecfg.launcher.internal.Inputs.UNLIMITED;

import dev.scalecfg.core.Shown;
import dev.scalecfg.core.scaleout.Overshoot;
import dev.scalecfg.launcher.Phase;
import dev.scalecfg.launcher.ReasonCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bulk engine shared by zone water-filling (S3) and spot round-robin (S4): the next instance
 * goes to the stream with the lowest (level, rank) key, and inside it to the pool at the pointer.
 * Instead of placing one instance at a time, it places in bulk every instance that comes before
 * the next event (a pool, vSwitch or quota running out, or the demand being met), found by binary
 * search over the key.
 */
final class Streams {
    private final PlanState state;
    private final Inputs in;
    private final int typeCount;
    private final Phase phase;
    private final int b;
    private final List<PoolStream> active;
    private final boolean balance;
    private final long base;
    private final long[] perType;
    private final long[] perZone;

    Streams(PlanState state, Phase phase, int b, List<PoolStream> streams, boolean balance) {
        this.state = state;
        this.in = state.in;
        this.typeCount = in.typeCount;
        this.phase = phase;
        this.b = b;
        this.active = new ArrayList<>(streams);
        this.balance = balance;
        this.base = streams.size() + 1L;
        this.perType = new long[typeCount];
        this.perZone = new long[in.zoneIds.size()];
    }

    private long level(PoolStream s) {
        return s.zone < 0 ? 0 : state.level[s.zone];
    }

    private long key(PoolStream s) {
        return level(s) * base + s.rank;
    }

    private boolean ready(int pool) {
        int z = pool / typeCount;
        int t = pool % typeCount;
        return state.stockLeft[z][t][b] > 0 && state.quotaLeft[t] > 0 && state.vsWithIp(z) >= 0;
    }

    private boolean ready(PoolStream s) {
        return !s.group.isEmpty() && ready(s.group.get(s.ptr));
    }

    void run(long demand) {
        long placed = 0;
        while (!active.isEmpty()) {
            long r = Math.min(demand - placed, state.effective - state.planned);
            if (r <= 0) {
                return;
            }
            long before = state.planned;
            bulk(r);
            placed += state.planned - before;
            r = Math.min(demand - placed, state.effective - state.planned);
            if (r <= 0) {
                return;
            }
            PoolStream next = null;
            for (PoolStream s : active) {
                if (next == null || key(s) < key(next)) {
                    next = s;
                }
            }
            before = state.planned;
            step(next, r);
            placed += state.planned - before;
        }
    }

    /** Places, in bulk, every instance that comes before the next event. */
    private void bulk(long r) {
        long lo = Long.MAX_VALUE;
        long notReady = Long.MAX_VALUE;
        long minReadyLevel = Long.MAX_VALUE;
        List<PoolStream> readyStreams = new ArrayList<>();
        for (PoolStream s : active) {
            long k = key(s);
            lo = Math.min(lo, k);
            if (ready(s)) {
                s.refresh(in.weight, typeCount);
                readyStreams.add(s);
                minReadyLevel = Math.min(minReadyLevel, level(s));
            } else {
                notReady = Math.min(notReady, k);
            }
        }
        if (readyStreams.isEmpty()) {
            return;
        }
        long hi = Math.min(notReady, (minReadyLevel + r + 1) * base);
        for (PoolStream s : readyStreams) {
            if (s.group.size() == 1) {
                // a single-pool stream runs out of room exactly at this key: a tight first guess
                int pool = s.group.get(0);
                int z = pool / typeCount;
                int t = pool % typeCount;
                long room = Math.min(state.stockLeft[z][t][b],
                        Math.min(state.quotaLeft[t], state.ipsLeft[state.vsWithIp(z)]));
                if (room < UNLIMITED) {
                    hi = Math.min(hi, (level(s) + room * in.weight[t]) * base + s.rank);
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
        for (PoolStream s : readyStreams) {
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
                    int v = state.vsWithIp(z);
                    skipNoIp(z, t, v);
                    state.allocate(phase, v, t, b, c);
                }
            }
            s.ptr = (int) ((s.ptr + n) % m);
        }
    }

    /**
     * Tells whether placing every instance with a key below {@code k} triggers no event. Linear in
     * the pools of the active sets: only the types and zones they touch are summed and checked.
     */
    private boolean fits(List<PoolStream> streams, long k, long r) {
        int capacity = 0;
        for (PoolStream s : streams) {
            capacity += s.group.size();
        }
        int[] touched = new int[capacity];
        int n = 0;
        long units = 0;
        boolean ok = true;
        for (PoolStream s : streams) {
            int m = s.group.size();
            for (int i = 0; i < m && ok; i++) {
                long c = poolCount(s, i, k);
                if (c == 0) {
                    continue;
                }
                int pool = s.group.get((s.ptr + i) % m);
                int z = pool / typeCount;
                int t = pool % typeCount;
                units += c * in.weight[t];
                if (c > state.stockLeft[z][t][b] || units >= r) {
                    ok = false;
                    break;
                }
                perType[t] += c;
                perZone[z] += c;
                touched[n++] = pool;
            }
            if (!ok) {
                break;
            }
        }
        for (int i = 0; i < n && ok; i++) {
            int z = touched[i] / typeCount;
            int t = touched[i] % typeCount;
            int v = state.vsWithIp(z);
            ok = perType[t] <= state.quotaLeft[t] && v >= 0 && perZone[z] <= state.ipsLeft[v];
        }
        for (int i = 0; i < n; i++) {
            perType[touched[i] % typeCount] = 0;
            perZone[touched[i] / typeCount] = 0;
        }
        return ok;
    }

    /** Instances of the stream with a key below {@code k}. */
    private long count(PoolStream s, long k) {
        long total = 0;
        for (int i = 0; i < s.group.size(); i++) {
            total += poolCount(s, i, k);
        }
        return total;
    }

    /**
     * Instances of the i-th pool after the pointer with a key below {@code k}, in constant time
     * from the stream's weight prefix sums ({@link PoolStream#refresh}).
     */
    private long poolCount(PoolStream s, int i, long k) {
        long threshold = k - s.rank - 1;
        if (threshold < 0) {
            return 0;
        }
        long maxLevel = Math.floorDiv(threshold, base);
        long d = maxLevel - level(s);
        if (d < 0) {
            return 0;
        }
        long period = s.prefix[s.group.size()];
        long f = d / period;
        long rem = d - f * period;
        return f + (s.prefix[i] <= rem ? 1 : 0);
    }

    /** Places one instance in the stream, or handles the event at its pointer. */
    private void step(PoolStream s, long r) {
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
                long key = (long) state.vsWithIp(p / typeCount) * typeCount + tp;
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
        int v = state.vsWithIp(z);
        skipNoIp(z, t, v);
        state.allocate(phase, v, t, b, 1);
        s.ptr = (s.ptr + 1) % m;
    }

    private void exhausted(PoolStream s) {
        active.remove(s);
        if (balance) {
            state.trace.note(phase, s.zone, ReasonCode.ZONE_EXHAUSTED, 0,
                    "zone " + Shown.text(in.zoneIds.get(s.zone)) + " cannot supply more " + (b == PAYG ? "PAYG" : "SPOT")
                            + " capacity in this phase");
        }
    }

    /** Records why the pool at the pointer cannot take an instance (A3 precedence). */
    private void recordEmpty(int z, int t) {
        int v = state.vsWithIp(z);
        int vFirst = in.zoneVs[z][0];
        if (state.stockLeft[z][t][b] == 0) {
            state.trace.dec(phase, v >= 0 ? v : vFirst, t).reason(ReasonCode.NO_STOCK,
                    "stock " + PlanState.fmt(in.stock[z][t][b]) + " of " + Shown.text(in.typeName[t]) + " in " + Shown.text(in.zoneIds.get(z)));
        } else if (v < 0) {
            for (int w : in.zoneVs[z]) {
                state.trace.dec(phase, w, t).reason(ReasonCode.VSWITCH_NO_FREE_IP,
                        "vSwitch " + Shown.text(in.vsId[w]) + " has no free IP");
            }
        } else {
            state.trace.dec(phase, v, t).reason(ReasonCode.QUOTA_EXCEEDED,
                    "quota " + PlanState.fmt(in.quota[t]) + " of " + Shown.text(in.typeName[t]));
        }
    }

    /** Records the vSwitches of the zone passed over for lack of IPs before {@code v}. */
    private void skipNoIp(int z, int t, int v) {
        for (int w : in.zoneVs[z]) {
            if (w == v) {
                return;
            }
            state.trace.dec(phase, w, t).reason(ReasonCode.VSWITCH_NO_FREE_IP, "vSwitch " + Shown.text(in.vsId[w]) + " has no free IP");
        }
    }
}
