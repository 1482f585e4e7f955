package dev.scalecfg.launcher.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of (zone, type) pools served by one water-filling level (a zone) or globally
 * ({@code zone} -1): the active set of at most {@code k} pools handed out round-robin, and the
 * pools waiting to enter it (S4, A29).
 */
final class PoolStream {
    final int zone;
    final int rank;
    final int k;
    /** Whether this is a spot-pool set (A19: MINIMIZE then only considers the active set). */
    final boolean pooled;
    final int[] order;
    int nextToAdd;
    final List<Integer> group = new ArrayList<>();
    int ptr;
    /**
     * Weights of the active set from the pointer on, summed: {@code prefix[i]} is the weight of
     * the {@code i} pools after the pointer, {@code prefix[group.size()]} one full round. Set by
     * {@link #refresh} whenever the set or the pointer changed, so that a pool's share of a round
     * is read in constant time.
     */
    long[] prefix = new long[1];

    PoolStream(int zone, int rank, int[] order, int k, boolean pooled) {
        this.zone = zone;
        this.rank = rank;
        this.order = order;
        this.k = k;
        this.pooled = pooled;
        while (nextToAdd < order.length && group.size() < k) {
            group.add(order[nextToAdd++]);
        }
    }

    /** Recomputes {@link #prefix} for the current set and pointer. */
    void refresh(int[] weight, int typeCount) {
        int m = group.size();
        if (prefix.length != m + 1) {
            prefix = new long[m + 1];
        }
        for (int j = 0; j < m; j++) {
            prefix[j + 1] = prefix[j] + weight[group.get((ptr + j) % m) % typeCount];
        }
    }
}
