package dev.scalecfg.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.AllocationStrategy;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MemberCount;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.VSwitch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Cross-checks the bulk engine (water-filling and spot round-robin advanced between events by
 * binary search) against a naive one-instance-at-a-time reference written straight from §3.3.
 */
final class EngineOraclePropertiesTest {
    private static final InstanceLauncher LAUNCHER = InstanceLauncher.create();

    /** A random world: zones, vSwitches (some sharing a zone), weighted types, stock, IPs, quotas. */
    private record World(int units, int zones, List<int[]> vswitches, int[] weights, long[][] stock,
            long[] ips, long[] quota, long[] current, BigDecimal[][] price, int k, Random rnd) {

        static World of(long seed) {
            Random rnd = new Random(seed);
            int zones = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 8 : 3);
            List<int[]> vs = new ArrayList<>();
            for (int z = 0; z < zones; z++) {
                vs.add(new int[] {vs.size(), z});
            }
            for (int extra = rnd.nextInt(3); extra > 0; extra--) {
                vs.add(new int[] {vs.size(), rnd.nextInt(zones)});
            }
            int types = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 10 : 4);
            int[] weights = new int[types];
            long[][] stock = new long[zones][types];
            BigDecimal[][] price = new BigDecimal[zones][types];
            for (int t = 0; t < types; t++) {
                weights[t] = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(6) : 1;
                for (int z = 0; z < zones; z++) {
                    stock[z][t] = rnd.nextInt(4) == 0 ? 1_000_000 : rnd.nextInt(rnd.nextBoolean() ? 4 : 60);
                    price[z][t] = new BigDecimal(1 + rnd.nextInt(9)).movePointLeft(2);
                }
            }
            long[] ips = new long[vs.size()];
            for (int v = 0; v < ips.length; v++) {
                ips[v] = rnd.nextInt(3) == 0 ? rnd.nextInt(30) : 1_000_000;
            }
            long[] quota = new long[types];
            for (int t = 0; t < types; t++) {
                quota[t] = rnd.nextInt(3) == 0 ? rnd.nextInt(40) : 1_000_000;
            }
            long[] current = new long[zones];
            for (int z = 0; z < zones; z++) {
                current[z] = rnd.nextInt(4) == 0 ? rnd.nextInt(30) : 0;
            }
            int units = 1 + rnd.nextInt(rnd.nextBoolean() ? 30 : 3000);
            return new World(units, zones, vs, weights, stock, ips, quota, current, price,
                    1 + rnd.nextInt(rnd.nextBoolean() ? 3 : ScaleOutRequest.MAX_SPOT_INSTANCE_POOLS), rnd);
        }

        String type(int t) {
            return "ecs.t" + t + ".large";
        }

        ScalingConfiguration cfg() {
            ScalingConfiguration.Builder b = Fixtures.base();
            for (int t = 0; t < weights.length; t++) {
                b.addInstanceType(InstanceTypeSpec.builder().instanceType(type(t)).weightedCapacity(weights[t]).build());
            }
            return b.build();
        }

        ScaleOutRequest.Builder request() {
            ScaleOutRequest.Builder b = ScaleOutRequest.builder().units(units);
            for (int[] v : vswitches) {
                b.addVswitch(VSwitch.of("vsw-" + v[0], "z" + v[1]));
            }
            for (int z = 0; z < zones; z++) {
                if (current[z] > 0) {
                    b.addCurrentMember(MemberCount.of("z" + z, "ecs.other.large", Billing.PAYG, (int) current[z]));
                }
            }
            return b;
        }

        CapacitySnapshot snapshot(Billing billing) {
            CapacitySnapshot.Builder b = CapacitySnapshot.builder();
            for (int z = 0; z < zones; z++) {
                for (int t = 0; t < weights.length; t++) {
                    b.addPool(PoolCapacity.builder().zoneId("z" + z).instanceType(type(t)).billing(billing)
                            .available((int) stock[z][t]).price(price[z][t]).build());
                }
            }
            for (int v = 0; v < ips.length; v++) {
                if (ips[v] < 1_000_000) {
                    b.putFreeIp("vsw-" + v, (int) ips[v]);
                }
            }
            for (int t = 0; t < quota.length; t++) {
                if (quota[t] < 1_000_000) {
                    b.putQuota(type(t), (int) quota[t]);
                }
            }
            return b.build();
        }

        /** Mutable copy of the limits for a reference run. */
        final class Sim {
            final long[][] s = new long[zones][];
            final long[] ip = ips.clone();
            final long[] q = quota.clone();
            final Map<String, Long> placed = new TreeMap<>();

            Sim() {
                for (int z = 0; z < zones; z++) {
                    s[z] = stock[z].clone();
                }
            }

            int vsWithIp(int z) {
                for (int[] v : vswitches) {
                    if (v[1] == z && ip[v[0]] > 0) {
                        return v[0];
                    }
                }
                return -1;
            }

            boolean room(int z, int t) {
                return s[z][t] > 0 && q[t] > 0 && vsWithIp(z) >= 0;
            }

            void place(int z, int t) {
                int v = vsWithIp(z);
                s[z][t]--;
                q[t]--;
                ip[v]--;
                placed.merge("vsw-" + v + " " + type(t), 1L, Long::sum);
            }
        }

        /** BALANCE, best effort, PAYG, priority type order: one instance at a time. */
        Map<String, Long> balanceReference() {
            Sim sim = new Sim();
            long[] level = current.clone();
            int[] ptr = new int[zones];
            List<Integer> active = new ArrayList<>();
            for (int z = 0; z < zones; z++) {
                active.add(z);
            }
            long remaining = units;
            while (remaining > 0 && !active.isEmpty()) {
                int z = active.stream().min(Comparator.<Integer>comparingLong(a -> level[a]).thenComparingInt(a -> a)).get();
                while (ptr[z] < weights.length && !sim.room(z, ptr[z])) {
                    ptr[z]++;
                }
                if (ptr[z] == weights.length) {
                    active.remove(Integer.valueOf(z));
                    continue;
                }
                sim.place(z, ptr[z]);
                level[z] += weights[ptr[z]];
                remaining -= weights[ptr[z]];
            }
            return sim.placed;
        }

        /** Spot, lowest price, k pools, no zone balance: one instance at a time. */
        Map<String, Long> roundRobinReference() {
            Sim sim = new Sim();
            List<int[]> pools = new ArrayList<>();
            for (int z = 0; z < zones; z++) {
                for (int t = 0; t < weights.length; t++) {
                    pools.add(new int[] {z, t});
                }
            }
            pools.sort(Comparator.<int[], BigDecimal>comparing(p -> price[p[0]][p[1]].divide(BigDecimal.valueOf(weights[p[1]]),
                    20, java.math.RoundingMode.HALF_EVEN)).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
            List<int[]> set = new ArrayList<>(pools.subList(0, Math.min(k, pools.size())));
            int next = set.size();
            int ptr = 0;
            long remaining = units;
            while (remaining > 0) {
                if (set.isEmpty()) {
                    if (next >= pools.size()) {
                        break;
                    }
                    set.add(pools.get(next++));
                    ptr = 0;
                }
                int[] p = set.get(ptr);
                if (!sim.room(p[0], p[1])) {
                    set.remove(ptr);
                    if (ptr >= set.size()) {
                        ptr = 0;
                    }
                    continue;
                }
                sim.place(p[0], p[1]);
                remaining -= weights[p[1]];
                ptr = (ptr + 1) % set.size();
            }
            return sim.placed;
        }
        /** Spot, lowest price, k pools per zone, zone balance best effort: one instance at a time. */
        Map<String, Long> balancedRoundRobinReference() {
            Sim sim = new Sim();
            long[] level = current.clone();
            List<List<int[]>> order = new ArrayList<>();
            List<List<int[]>> sets = new ArrayList<>();
            int[] next = new int[zones];
            int[] ptr = new int[zones];
            for (int z = 0; z < zones; z++) {
                List<int[]> pools = new ArrayList<>();
                for (int t = 0; t < weights.length; t++) {
                    pools.add(new int[] {z, t});
                }
                pools.sort(Comparator.<int[], BigDecimal>comparing(p -> price[p[0]][p[1]].divide(
                        BigDecimal.valueOf(weights[p[1]]), 20, java.math.RoundingMode.HALF_EVEN)).thenComparingInt(p -> p[1]));
                order.add(pools);
                sets.add(new ArrayList<>(pools.subList(0, Math.min(k, pools.size()))));
                next[z] = sets.get(z).size();
            }
            List<Integer> active = new ArrayList<>();
            for (int z = 0; z < zones; z++) {
                active.add(z);
            }
            long remaining = units;
            while (remaining > 0 && !active.isEmpty()) {
                int z = active.stream().min(Comparator.<Integer>comparingLong(a -> level[a]).thenComparingInt(a -> a)).get();
                List<int[]> set = sets.get(z);
                if (set.isEmpty()) {
                    if (next[z] < order.get(z).size()) {
                        set.add(order.get(z).get(next[z]++));
                        ptr[z] = 0;
                    } else {
                        active.remove(Integer.valueOf(z));
                    }
                    continue;
                }
                int[] p = set.get(ptr[z]);
                if (!sim.room(p[0], p[1])) {
                    set.remove(ptr[z]);
                    if (ptr[z] >= set.size()) {
                        ptr[z] = 0;
                    }
                    continue;
                }
                sim.place(p[0], p[1]);
                level[z] += weights[p[1]];
                remaining -= weights[p[1]];
                ptr[z] = (ptr[z] + 1) % set.size();
            }
            return sim.placed;
        }
    }

    private static Map<String, Long> placed(LaunchPlan plan) {
        Map<String, Long> m = new TreeMap<>();
        plan.getAllocations().forEach(a -> m.merge(a.getVswitchId() + " " + a.getInstanceType(), (long) a.getCount(), Long::sum));
        return m;
    }

    @Test
    void zoneWaterFillingMatchesTheOneInstanceAtATimeReference() {
        qt().withExamples(400).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            World w = World.of(seed);
            LaunchPlan plan = Fixtures.plan(w.cfg(), w.request().policy(MultiAzPolicy.BALANCE).build(),
                    w.snapshot(Billing.PAYG));
            assertThat(placed(plan)).as("seed %d", seed).isEqualTo(w.balanceReference());
        });
    }

    @Test
    void spotRoundRobinMatchesTheOneInstanceAtATimeReference() {
        qt().withExamples(400).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            World w = World.of(seed);
            LaunchPlan plan = Fixtures.plan(w.cfg(), w.request().policy(MultiAzPolicy.COMPOSABLE)
                    .billing(BillingMode.SPOT).spotAllocationStrategy(AllocationStrategy.LOWEST_PRICE)
                    .spotInstancePools(w.k()).build(), w.snapshot(Billing.SPOT));
            assertThat(placed(plan)).as("seed %d", seed).isEqualTo(w.roundRobinReference());
        });
    }

    @Test
    void zoneBalancedSpotRoundRobinMatchesTheOneInstanceAtATimeReference() {
        qt().withExamples(400).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            World w = World.of(seed);
            LaunchPlan plan = Fixtures.plan(w.cfg(), w.request().policy(MultiAzPolicy.COMPOSABLE).azBalance(true)
                    .billing(BillingMode.SPOT).spotAllocationStrategy(AllocationStrategy.LOWEST_PRICE)
                    .spotInstancePools(w.k()).build(), w.snapshot(Billing.SPOT));
            assertThat(placed(plan)).as("seed %d", seed).isEqualTo(w.balancedRoundRobinReference());
        });
    }
}
