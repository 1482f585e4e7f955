package dev.scalecfg.launcher.internal;

import static dev.scalecfg.launcher.internal.PlanState.ceilDiv;

import dev.scalecfg.core.scaleout.Overshoot;
import dev.scalecfg.launcher.Phase;
import dev.scalecfg.launcher.ReasonCode;

/**
 * The priority and cheapest-first walk over (vSwitch, type) candidates (§3.3 S3 without zone
 * balance, S4 without spot pools): each pool in turn takes as much as its room and the demand
 * allow; under {@code MINIMIZE} the remainder smaller than a weight goes to the pool with the least
 * overshoot among this and later ones (R7, A19).
 */
final class Walk {
    static final String SATISFIED_DETAIL = "the demand was met before this pool was needed";

    private final PlanState state;
    private final Inputs in;
    private final int typeCount;

    Walk(PlanState state) {
        this.state = state;
        this.in = state.in;
        this.typeCount = in.typeCount;
    }

    void run(Phase phase, int b, int[] order, long demand) {
        boolean minimize = in.req.getOvershoot() == Overshoot.MINIMIZE;
        long phasePlanned = 0;
        for (int i = 0; i < order.length; i++) {
            int v = order[i] / typeCount;
            int t = order[i] % typeCount;
            long r = state.remaining(demand, phasePlanned);
            TraceEntry d = state.trace.dec(phase, v, t);
            if (r <= 0) {
                if (d.count == 0 && d.reason == null) {
                    notNeeded(d, v, t, b);
                }
                continue;
            }
            while (r > 0) {
                long room = state.room(v, t, b);
                int w = in.weight[t];
                if (room == 0) {
                    d.reason(state.binding(v, t, b), state.limitDetail(v, t, b));
                    break;
                }
                if (!minimize || r >= w) {
                    long need = minimize ? r / w : ceilDiv(r, w);
                    long n = Math.min(need, room);
                    state.allocate(phase, v, t, b, n);
                    phasePlanned += n * w;
                    r -= n * w;
                    if (n < need) {
                        d.reason(state.binding(v, t, b), state.limitDetail(v, t, b));
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
                    if (state.room(vj, tj, b) == 0) {
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
                long n = wb <= r ? Math.min(r / wb, state.room(vb, tb, b)) : 1;
                state.trace.dec(phase, vb, tb);
                state.allocate(phase, vb, tb, b, n);
                phasePlanned += n * wb;
                r -= n * wb;
            }
            if (r <= 0 && d.count == 0 && d.reason == null) {
                // MINIMIZE gave the remainder to a better-fitting pool: this one was not needed
                notNeeded(d, v, t, b);
            }
        }
    }

    /**
     * Explains a pool the walk did not need: REQUEST_SATISFIED only if it still had room; a pool
     * whose stock (IPs, quota) is gone says so, whatever the demand did.
     */
    private void notNeeded(TraceEntry d, int v, int t, int b) {
        if (state.room(v, t, b) == 0) {
            d.reason(state.binding(v, t, b), state.limitDetail(v, t, b));
        } else {
            d.reason(ReasonCode.REQUEST_SATISFIED, SATISFIED_DETAIL);
        }
    }
}
