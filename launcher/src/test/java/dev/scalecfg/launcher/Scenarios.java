package dev.scalecfg.launcher;

import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.scaleout.AllocationStrategy;
import dev.scalecfg.core.scaleout.BalanceMode;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.DiskOffer;
import dev.scalecfg.core.scaleout.MemberCount;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.Nesting;
import dev.scalecfg.core.scaleout.Overshoot;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.PriceComparisonMode;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.Shortage;
import dev.scalecfg.core.scaleout.UnknownCapacity;
import dev.scalecfg.core.scaleout.VSwitch;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * A local generator of valid (configuration, request, snapshot) triples, driven by one seed so
 * that a failure names a reproducible scenario.
 */
record Scenarios(long seed, ScalingConfiguration cfg, ScaleOutRequest req, CapacitySnapshot snap) {

    static Gen<Scenarios> all() {
        return SourceDSL.longs().all().map(Scenarios::of);
    }

    static Scenarios of(long seed) {
        Random rnd = new Random(seed);
        int typeCount = 1 + rnd.nextInt(4);
        boolean weighted = rnd.nextInt(3) == 0;
        List<String> types = new ArrayList<>();
        ScalingConfiguration.Builder cfg = Fixtures.base();
        for (int t = 0; t < typeCount; t++) {
            String name = "ecs.t" + t + ".large";
            types.add(name);
            InstanceTypeSpec.Builder spec = InstanceTypeSpec.builder().instanceType(name);
            if (weighted) {
                spec.weightedCapacity(1 + rnd.nextInt(5));
            }
            if (rnd.nextInt(4) == 0) {
                spec.spotPriceLimit(new BigDecimal(1 + rnd.nextInt(20)).movePointLeft(2));
            }
            cfg.addInstanceType(spec.build());
        }
        List<DiskCategory> disks = List.of(DiskCategory.CLOUD_ESSD, DiskCategory.CLOUD_EFFICIENCY);
        if (rnd.nextBoolean()) {
            cfg.systemDisk(SystemDiskSpec.builder().addAllCategories(disks).build());
        }
        if (rnd.nextBoolean()) {
            cfg.instanceName("node-(AUTO_INCREMENT)[" + rnd.nextInt(10) + ",4]-x");
            cfg.hostName("h[1,5]");
        }
        int zoneCount = 1 + rnd.nextInt(3);
        int vsCount = zoneCount + rnd.nextInt(2);
        ScaleOutRequest.Builder req = ScaleOutRequest.builder().units(1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 400 : 40));
        List<String> vsIds = new ArrayList<>();
        for (int v = 0; v < vsCount; v++) {
            String zone = "z" + (v < zoneCount ? v : rnd.nextInt(zoneCount));
            vsIds.add("vsw-" + v);
            req.addVswitch(VSwitch.of("vsw-" + v, zone));
        }
        if (rnd.nextInt(4) == 0) {
            List<String> subset = new ArrayList<>();
            for (String id : vsIds) {
                if (rnd.nextBoolean()) {
                    subset.add(id);
                }
            }
            req.requestedVswitchIds(subset);
        }
        MultiAzPolicy policy = MultiAzPolicy.values()[rnd.nextInt(4)];
        req.policy(policy);
        boolean mixedAllowed = policy == MultiAzPolicy.COST_OPTIMIZED || policy == MultiAzPolicy.COMPOSABLE;
        BillingMode billing = BillingMode.values()[rnd.nextInt(mixedAllowed ? 3 : 2)];
        req.billing(billing);
        // the billing follows the configuration: spot needs a preemptible one; pay-as-you-go from a
        // preemptible configuration only where the policy splits the billing
        if (billing != BillingMode.PAYG || (mixedAllowed && rnd.nextBoolean())) {
            cfg.spotStrategy(rnd.nextInt(3) == 0 ? SpotStrategy.SPOT_AS_PRICE_GO : SpotStrategy.SPOT_WITH_PRICE_LIMIT);
        }
        req.azBalance(rnd.nextBoolean());
        req.balanceMode(BalanceMode.values()[rnd.nextInt(2)]);
        req.allocationStrategy(AllocationStrategy.values()[rnd.nextInt(2)]);
        req.spotAllocationStrategy(AllocationStrategy.values()[rnd.nextInt(2)]);
        req.priceComparison(rnd.nextBoolean() ? PriceComparisonMode.PER_UNIT : PriceComparisonMode.PER_INSTANCE);
        req.onDemandBaseCapacity(rnd.nextInt(5));
        req.onDemandPercentageAboveBaseCapacity(rnd.nextInt(101));
        req.spotInstancePools(rnd.nextInt(4));
        req.compensateWithOnDemand(rnd.nextBoolean());
        req.nesting(Nesting.values()[rnd.nextInt(2)]);
        req.overshoot(Overshoot.values()[rnd.nextInt(2)]);
        req.unknownCapacity(UnknownCapacity.values()[rnd.nextInt(2)]);
        if (rnd.nextInt(3) == 0) {
            req.maxSize(rnd.nextInt(80));
        }
        if (rnd.nextInt(4) == 0) {
            req.minCount(1 + rnd.nextInt(10));
        }
        int members = rnd.nextInt(4);
        for (int i = 0; i < members; i++) {
            req.addCurrentMember(MemberCount.of("z" + rnd.nextInt(zoneCount), types.get(rnd.nextInt(typeCount)),
                    Billing.values()[rnd.nextInt(2)], rnd.nextInt(6)));
        }
        req.now(Instant.ofEpochSecond(1000));
        if (rnd.nextBoolean()) {
            req.firstSequenceNumber((long) rnd.nextInt(50));
        }

        CapacitySnapshot.Builder snap = CapacitySnapshot.builder();
        for (int z = 0; z < zoneCount; z++) {
            for (String type : types) {
                for (Billing b : Billing.values()) {
                    int kind = rnd.nextInt(10);
                    if (kind == 0) {
                        continue; // unknown: no entry
                    }
                    PoolCapacity.Builder pool = PoolCapacity.builder().zoneId("z" + z).instanceType(type).billing(b);
                    if (kind == 1) {
                        pool.offered(false);
                    } else if (kind != 2) {
                        pool.available(rnd.nextInt(rnd.nextBoolean() ? 5 : 30));
                    }
                    if (rnd.nextInt(4) != 0) {
                        pool.price(new BigDecimal(1 + rnd.nextInt(30)).movePointLeft(2));
                    }
                    snap.addPool(pool.build());
                }
                if (rnd.nextInt(4) == 0) {
                    DiskOffer.Builder offer = DiskOffer.builder().zoneId("z" + z).instanceType(type);
                    for (DiskCategory c : disks) {
                        if (rnd.nextBoolean()) {
                            offer.addCategory(c);
                        }
                    }
                    snap.addDiskOffer(offer.build());
                }
            }
        }
        for (String type : types) {
            if (rnd.nextInt(4) == 0) {
                snap.putQuota(type, rnd.nextInt(20));
            }
        }
        for (String id : vsIds) {
            if (rnd.nextInt(3) == 0) {
                snap.putFreeIp(id, rnd.nextInt(15));
            }
        }
        if (rnd.nextInt(4) == 0) {
            snap.addShortage(Shortage.builder().zoneId("z" + rnd.nextInt(zoneCount))
                    .until(Instant.ofEpochSecond(999 + rnd.nextInt(3))).build());
        }
        if (rnd.nextInt(5) == 0) {
            snap.addShortage(Shortage.builder().instanceType(types.get(rnd.nextInt(typeCount)))
                    .billing(Billing.SPOT).until(Instant.ofEpochSecond(2000)).build());
        }
        return new Scenarios(seed, cfg.build(), req.build(), snap.build());
    }

    @Override
    public String toString() {
        return "Scenario(seed=" + seed + ")\n cfg=" + cfg + "\n req=" + req + "\n snap=" + snap;
    }
}
