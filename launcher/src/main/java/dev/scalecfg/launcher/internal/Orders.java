package dev.scalecfg.launcher.internal;

import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.scaleout.AllocationStrategy;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.Nesting;
import dev.scalecfg.core.scaleout.PriceComparisonMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders a phase visits its pools in (§3.3, R5): the priority walk over (vSwitch, type)
 * candidates (custom priorities first, then the nesting order), the cheapest-first order, and a
 * zone's own type order. Keys are {@code vSwitch * typeCount + type}; pool ids are
 * {@code zone * typeCount + type}.
 */
final class Orders {
    private final Inputs in;
    private final int typeCount;
    private final boolean[][][] eligible;

    Orders(Inputs in, boolean[][][] eligible) {
        this.in = in;
        this.typeCount = in.typeCount;
        this.eligible = eligible;
    }

    /** PRIORITY walk: custom priorities (PRIORITY policy only, A11), then the nesting order (A28). */
    int[] priority(int b) {
        List<Integer> order = new ArrayList<>();
        boolean[] used = new boolean[in.vsCount * typeCount];
        if (in.policy == MultiAzPolicy.PRIORITY) {
            Map<String, Integer> vsIndex = new HashMap<>();
            for (int v = 0; v < in.vsCount; v++) {
                vsIndex.put(in.vsId[v], v);
            }
            for (CustomPriority cp : in.cfg.getCustomPriorities()) {
                Integer t = in.typeIndex.get(cp.getInstanceType());
                Integer v = vsIndex.get(cp.getVswitchId());
                if (t != null && v != null) {
                    add(order, used, v, t, b);
                }
            }
        }
        if (in.req.getNesting() == Nesting.TYPE_MAJOR) {
            for (int t = 0; t < typeCount; t++) {
                for (int v = 0; v < in.vsCount; v++) {
                    add(order, used, v, t, b);
                }
            }
        } else {
            for (int v = 0; v < in.vsCount; v++) {
                for (int t = 0; t < typeCount; t++) {
                    add(order, used, v, t, b);
                }
            }
        }
        return toArray(order);
    }

    private void add(List<Integer> order, boolean[] used, int v, int t, int b) {
        int key = v * typeCount + t;
        if (!used[key] && eligible[v][t][b]) {
            used[key] = true;
            order.add(key);
        }
    }

    /** Cheapest first over (vSwitch, type) candidates: unit price, then vSwitch, then type (R5). */
    int[] price(int b) {
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
        return toArray(keys);
    }

    /** The types of a zone eligible for the billing, in priority or price order. */
    int[] zoneTypes(int z, int b, AllocationStrategy strategy) {
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
        return toArray(types);
    }

    /** (zone, type) pools over all zones in (price, zone rank, type) order (A14). */
    int[] pricedPools(int[][] zoneTypes, int b) {
        List<int[]> pools = new ArrayList<>();
        for (int z : in.rankedZones) {
            for (int t : zoneTypes[z]) {
                pools.add(new int[] {z, t});
            }
        }
        pools.sort(Comparator.<int[], UnitPrice>comparing(p -> unitPrice(p[0], p[1], b))
                .thenComparingInt(p -> in.zoneRank[p[0]]).thenComparingInt(p -> p[1]));
        int[] order = new int[pools.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = pools.get(i)[0] * typeCount + pools.get(i)[1];
        }
        return order;
    }

    int[] poolIds(int z, int[] types) {
        int[] ids = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            ids[i] = z * typeCount + types[i];
        }
        return ids;
    }

    /** Expands (zone, type) pool ids to (vSwitch, type) keys, vSwitches in request order. */
    int[] expand(int[] poolIds) {
        List<Integer> keys = new ArrayList<>();
        for (int p : poolIds) {
            int z = p / typeCount;
            int t = p % typeCount;
            for (int v : in.zoneVs[z]) {
                keys.add(v * typeCount + t);
            }
        }
        return toArray(keys);
    }

    private UnitPrice unitPrice(int z, int t, int b) {
        BigDecimal p = in.price[z][t][b];
        PriceComparisonMode mode = in.req.getPriceComparison();
        long divisor = mode == PriceComparisonMode.PER_UNIT ? in.weight[t]
                : mode == PriceComparisonMode.PER_VCPU ? in.vcpu[t] : 1;
        return new UnitPrice(p, divisor);
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
