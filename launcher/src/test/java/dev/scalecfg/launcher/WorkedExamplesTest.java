package dev.scalecfg.launcher;

import static dev.scalecfg.launcher.Fixtures.A;
import static dev.scalecfg.launcher.Fixtures.B;
import static dev.scalecfg.launcher.Fixtures.C;
import static dev.scalecfg.launcher.Fixtures.LAUNCHER;
import static dev.scalecfg.launcher.Fixtures.T1;
import static dev.scalecfg.launcher.Fixtures.T2;
import static dev.scalecfg.launcher.Fixtures.allocs;
import static dev.scalecfg.launcher.Fixtures.cfg;
import static dev.scalecfg.launcher.Fixtures.payg;
import static dev.scalecfg.launcher.Fixtures.priced;
import static dev.scalecfg.launcher.Fixtures.request;
import static dev.scalecfg.launcher.Fixtures.snap;
import static dev.scalecfg.launcher.Fixtures.spot;
import static dev.scalecfg.launcher.Fixtures.trace;
import static dev.scalecfg.launcher.Fixtures.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The worked examples of scale-out-semantics §3.6, one test each. */
final class WorkedExamplesTest {
    private static final ScalingConfiguration ABC = cfg(A, B, C);

    private static CapacitySnapshot priCap() {
        return snap(payg("z1", A, 4), payg("z1", B, 3), payg("z1", C, 0),
                payg("z2", A, 5), payg("z2", B, 5), payg("z2", C, 5));
    }

    @Test
    void tPri1ZoneMajorFallback() {
        LaunchPlan plan = Fixtures.plan(ABC, request(10, 2).build(), priCap());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 4", "v1 B PAYG 3", "v2 A PAYG 3");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(trace(plan)).containsExactly(
                "v1 A PAYG ALLOCATED 4 NO_STOCK",
                "v1 B PAYG ALLOCATED 3 NO_STOCK",
                "v1 C PAYG SKIPPED 0 NO_STOCK",
                "v2 A PAYG ALLOCATED 3",
                "v2 B PAYG SKIPPED 0 REQUEST_SATISFIED",
                "v2 C PAYG SKIPPED 0 REQUEST_SATISFIED");
        assertThat(plan.getTrace().get(3).getRank()).contains(3);
    }

    @Test
    void tPri2TypeMajor() {
        LaunchPlan plan = Fixtures.plan(ABC, request(10, 2).nesting(Nesting.TYPE_MAJOR).build(), priCap());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 4", "v2 A PAYG 5", "v1 B PAYG 1");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
    }

    private static CapacitySnapshot pri3Cap() {
        return snap(payg("z1", A, 2), payg("z1", B, 1), payg("z1", C, 0),
                payg("z2", A, 0), payg("z2", B, 3), payg("z2", C, 1));
    }

    @Test
    void tPri3PartialThenAtomic() {
        LaunchPlan plan = Fixtures.plan(ABC, request(10, 2).build(), pri3Cap());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 2", "v1 B PAYG 1", "v2 B PAYG 3", "v2 C PAYG 1");
        assertThat(plan.getPlannedUnits()).isEqualTo(7);
        assertThat(plan.getShortfallUnits()).isEqualTo(3);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.PARTIAL);

        LaunchPlan none = Fixtures.plan(ABC, request(10, 2).minCount(8).build(), pri3Cap());
        assertThat(none.getStatus()).isEqualTo(PlanStatus.NONE);
        assertThat(none.getAllocations()).isEmpty();
        assertThat(none.instances()).isEmpty();
        assertThat(none.getPlannedUnits()).isZero();
        assertThat(none.getShortfallUnits()).isEqualTo(10);
        assertThat(none.getTrace()).last().extracting(Decision::getReason).isEqualTo(java.util.Optional.of(ReasonCode.BELOW_MIN_COUNT));

        LaunchPlan seven = Fixtures.plan(ABC, request(10, 2).minCount(7).build(), pri3Cap());
        assertThat(seven.getStatus()).isEqualTo(PlanStatus.PARTIAL);
        assertThat(allocs(seven)).isEqualTo(allocs(plan));
    }

    @Test
    void tPri4CustomPriorities() {
        ScalingConfiguration c = cfg(T1, T2).toBuilder()
                .addCustomPriority(CustomPriority.of(T2, "vsw-2"))
                .addCustomPriority(CustomPriority.of(T2, "vsw-1"))
                .build();
        CapacitySnapshot s = snap(payg("z1", T1, 2), payg("z1", T2, 2), payg("z2", T1, 2), payg("z2", T2, 2));
        LaunchPlan plan = Fixtures.plan(c, request(5, 2).build(), s);
        assertThat(allocs(plan)).containsExactly("v2 T2 PAYG 2", "v1 T2 PAYG 2", "v1 T1 PAYG 1");
        assertThat(trace(plan)).containsExactly(
                "v2 T2 PAYG ALLOCATED 2 NO_STOCK",
                "v1 T2 PAYG ALLOCATED 2 NO_STOCK",
                "v1 T1 PAYG ALLOCATED 1",
                "v2 T1 PAYG SKIPPED 0 REQUEST_SATISFIED");
    }

    @Test
    void tClamp1() {
        LaunchPlan plan = Fixtures.plan(cfg(A), request(5, 1).maxSize(12)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 9)).build(), CapacitySnapshot.empty());
        assertThat(plan.getRequestedUnits()).isEqualTo(5);
        assertThat(plan.getEffectiveUnits()).isEqualTo(3);
        assertThat(plan.getClampedBy()).contains(ClampReason.MAX_SIZE);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(plan.getTotalCapacityAfter()).isEqualTo(12);
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 3 unconfirmed");
        assertThat(trace(plan)).first().isEqualTo("CLAMPED_TO_MAX_SIZE");
    }

    @Test
    void tClamp2() {
        LaunchPlan plan = Fixtures.plan(cfg(A), request(5, 1).maxSize(12)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 12)).build(), CapacitySnapshot.empty());
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.REJECTED);
        assertThat(plan.getStatus().essStatus()).isEqualTo("Rejected");
        assertThat(plan.getAllocations()).isEmpty();
        assertThat(plan.getEffectiveUnits()).isZero();
        assertThat(plan.getShortfallUnits()).isZero();
        assertThat(plan.getClampedBy()).isEmpty();
        assertThat(trace(plan)).containsExactly("MAX_SIZE_REACHED");
    }

    private static ScaleOutRequest.Builder bal1Request() {
        return request(6, 3).policy(MultiAzPolicy.BALANCE)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 2))
                .addCurrentMember(MemberCount.of("z3", B, Billing.PAYG, 1));
    }

    private static CapacitySnapshot bal1Cap() {
        return snap(payg("z1", A, 10), payg("z1", B, 0), payg("z2", A, 1), payg("z2", B, 1),
                payg("z3", A, 0), payg("z3", B, 10));
    }

    @Test
    void tBal1BestEffort() {
        LaunchPlan plan = Fixtures.plan(cfg(A, B), bal1Request().build(), bal1Cap());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 2", "v2 A PAYG 1", "v2 B PAYG 1", "v3 B PAYG 2");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(plan.getTotalCapacityAfter()).isEqualTo(9);
        assertThat(trace(plan)).contains("z2 ZONE_EXHAUSTED", "v3 A PAYG SKIPPED 0 NO_STOCK", "v2 A PAYG ALLOCATED 1 NO_STOCK");
    }

    @Test
    void tBal2BalancedOnly() {
        LaunchPlan plan = Fixtures.plan(cfg(A, B),
                bal1Request().balanceMode(BalanceMode.BALANCED_ONLY).build(), bal1Cap());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1", "v2 A PAYG 1", "v2 B PAYG 1", "v3 B PAYG 2");
        assertThat(plan.getPlannedUnits()).isEqualTo(5);
        assertThat(plan.getShortfallUnits()).isEqualTo(1);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.PARTIAL);
        assertThat(trace(plan)).contains("z1 ZONE_TARGET_REACHED", "z2 ZONE_EXHAUSTED", "z3 ZONE_TARGET_REACHED");
    }

    @Test
    void tBal3PreexistingSkew() {
        LaunchPlan plan = Fixtures.plan(cfg(A), request(3, 3).policy(MultiAzPolicy.BALANCE)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 5)).build(), CapacitySnapshot.empty());
        assertThat(allocs(plan)).containsExactly("v2 A PAYG 2 unconfirmed", "v3 A PAYG 1 unconfirmed");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
    }

    @Test
    void tBal4TwoVswitchesOneZone() {
        ScaleOutRequest req = ScaleOutRequest.builder().units(4).policy(MultiAzPolicy.BALANCE)
                .addVswitch(VSwitch.of("vsw-1", "z1")).addVswitch(VSwitch.of("vsw-2", "z1")).addVswitch(VSwitch.of("vsw-3", "z2"))
                .build();
        CapacitySnapshot s = CapacitySnapshot.builder().putFreeIp("vsw-1", 1).putFreeIp("vsw-2", 10).putFreeIp("vsw-3", 10)
                .addPool(payg("z1", A, 100)).addPool(payg("z2", A, 100)).build();
        LaunchPlan plan = Fixtures.plan(cfg(A), req, s);
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1", "v2 A PAYG 1", "v3 A PAYG 2");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(trace(plan)).contains("v1 A PAYG ALLOCATED 1 VSWITCH_NO_FREE_IP");
    }


    private static CapacitySnapshot.Builder costCap(int spotA, int spotB, int spotC) {
        return CapacitySnapshot.builder()
                .putVcpu(A, 2).putVcpu(B, 4).putVcpu(C, 2)
                .addPool(priced(payg("z1", A, 10), "0.20"))
                .addPool(priced(payg("z1", B, 3), "0.36"))
                .addPool(priced(payg("z1", C, 5), "0.18"))
                .addPool(priced(spot("z1", A, spotA), "0.05"))
                .addPool(priced(spot("z1", B, spotB), "0.12"))
                .addPool(priced(spot("z1", C, spotC), "0.07"));
    }

    private static ScaleOutRequest.Builder costRequest() {
        return request(10, 1).policy(MultiAzPolicy.COST_OPTIMIZED).billing(BillingMode.MIXED)
                .priceComparison(PriceComparisonMode.PER_VCPU).onDemandBaseCapacity(2)
                .onDemandPercentageAboveBaseCapacity(20).spotInstancePools(2).compensateWithOnDemand(true);
    }

    @Test
    void tCost1MixAndPools() {
        LaunchPlan plan = Fixtures.plan(ABC, costRequest().build(), costCap(2, 10, 10).build());
        assertThat(allocs(plan)).containsExactly("v1 B PAYG 3", "v1 C PAYG 1", "v1 A SPOT 2", "v1 B SPOT 4");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(trace(plan)).contains("v1 C SPOT SKIPPED 0 NOT_IN_SPOT_POOL_SET", "v1 A SPOT ALLOCATED 2 NO_STOCK");
    }

    @Test
    void tCost2Compensation() {
        LaunchPlan plan = Fixtures.plan(ABC, costRequest().build(), costCap(1, 1, 1).build());
        assertThat(allocs(plan)).containsExactly("v1 B PAYG 3", "v1 C PAYG 1", "v1 A SPOT 1", "v1 B SPOT 1",
                "v1 C SPOT 1", "v1 C PAYG 3 comp");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(trace(plan)).contains("SPOT_SHORTFALL_COMPENSATED");
        assertThat(plan.getTrace().stream().filter(d -> d.getReason().orElse(null) == ReasonCode.SPOT_SHORTFALL_COMPENSATED)
                .findFirst().orElseThrow().getCount()).isEqualTo(3);

        LaunchPlan off = Fixtures.plan(ABC, costRequest().compensateWithOnDemand(false).build(), costCap(1, 1, 1).build());
        assertThat(off.getPlannedUnits()).isEqualTo(7);
        assertThat(off.getShortfallUnits()).isEqualTo(3);
        assertThat(off.getStatus()).isEqualTo(PlanStatus.PARTIAL);
    }

    /** Plans a MIXED scale-out from an empty group and returns "od/spot". */
    private static String split(int base, int pct, int total) {
        LaunchPlan plan = Fixtures.plan(cfg(A), request(total, 1).policy(MultiAzPolicy.COMPOSABLE)
                .billing(BillingMode.MIXED).onDemandBaseCapacity(base).onDemandPercentageAboveBaseCapacity(pct).build(),
                CapacitySnapshot.empty());
        return split(plan);
    }

    private static String split(LaunchPlan plan) {
        long od = plan.getAllocations().stream().filter(a -> a.getBilling() == Billing.PAYG).mapToLong(Allocation::units).sum();
        long sp = plan.getAllocations().stream().filter(a -> a.getBilling() == Billing.SPOT).mapToLong(Allocation::units).sum();
        return od + "/" + sp;
    }

    @Test
    void tMixSplitVectors() {
        assertThat(List.of(split(10, 50, 10), split(10, 50, 20), split(10, 50, 30), split(10, 50, 40)))
                .containsExactly("10/0", "15/5", "20/10", "25/15");
        assertThat(List.of(split(0, 0, 10), split(0, 0, 40))).containsExactly("0/10", "0/40");
        assertThat(List.of(split(0, 60, 10), split(0, 60, 20), split(0, 60, 30), split(0, 60, 40)))
                .containsExactly("6/4", "12/8", "18/12", "24/16");
        assertThat(List.of(split(0, 100, 10), split(0, 100, 40))).containsExactly("10/0", "40/0");
        assertThat(List.of(split(12, 0, 10), split(12, 0, 20), split(12, 0, 30), split(12, 0, 40)))
                .containsExactly("10/0", "12/8", "12/18", "12/28");
        assertThat(List.of(split(0, 50, 15), split(0, 33, 10))).containsExactly("8/7", "4/6");
    }

    @Test
    void tMixExistingGroupAndAfterCompensation() {
        ScaleOutRequest.Builder existing = request(6, 1).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.MIXED)
                .onDemandBaseCapacity(2).onDemandPercentageAboveBaseCapacity(50)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 4))
                .addCurrentMember(MemberCount.of("z1", A, Billing.SPOT, 6));
        assertThat(split(Fixtures.plan(cfg(A), existing.build(), CapacitySnapshot.empty()))).isEqualTo("5/1");
        ScaleOutRequest.Builder after = request(10, 1).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.MIXED)
                .onDemandBaseCapacity(2).onDemandPercentageAboveBaseCapacity(20)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 7))
                .addCurrentMember(MemberCount.of("z1", A, Billing.SPOT, 3));
        assertThat(split(Fixtures.plan(cfg(A), after.build(), CapacitySnapshot.empty()))).isEqualTo("0/10");
    }

    @Test
    void tComp1BalanceLowestPriceMix() {
        ScaleOutRequest req = request(4, 2).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.MIXED)
                .onDemandBaseCapacity(0).onDemandPercentageAboveBaseCapacity(50).azBalance(true)
                .allocationStrategy(AllocationStrategy.LOWEST_PRICE)
                .spotAllocationStrategy(AllocationStrategy.LOWEST_PRICE).build();
        CapacitySnapshot.Builder s = CapacitySnapshot.builder();
        for (String z : List.of("z1", "z2")) {
            s.addPool(priced(payg(z, A, 100), "0.10")).addPool(priced(payg(z, B, 100), "0.08"))
                    .addPool(priced(spot(z, A, 100), "0.03")).addPool(priced(spot(z, B, 100), "0.04"));
        }
        LaunchPlan plan = Fixtures.plan(cfg(A, B), req, s.build());
        assertThat(allocs(plan)).containsExactly("v1 B PAYG 1", "v2 B PAYG 1", "v1 A SPOT 1", "v2 A SPOT 1");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
    }

    @Test
    void tW1WeightedOvershoot() {
        ScalingConfiguration c = Fixtures.base().addInstanceType(weighted(A, 4)).build();
        LaunchPlan plan = Fixtures.plan(c, request(6, 1).build(), CapacitySnapshot.empty());
        assertThat(plan.getPlannedInstances()).isEqualTo(2);
        assertThat(plan.getPlannedUnits()).isEqualTo(8);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
    }

    @Test
    void tW2ExactFit() {
        ScalingConfiguration c = Fixtures.base().addInstanceType(weighted(A, 4))
                .addInstanceType(weighted(B, 2)).build();
        CapacitySnapshot s = snap(payg("z1", A, 10), payg("z1", B, 10));
        LaunchPlan allow = Fixtures.plan(c, request(10, 1).build(), s);
        assertThat(allocs(allow)).containsExactly("v1 A PAYG 3");
        assertThat(allow.getPlannedUnits()).isEqualTo(12);
        LaunchPlan minimize = Fixtures.plan(c, request(10, 1).overshoot(Overshoot.MINIMIZE).build(), s);
        assertThat(allocs(minimize)).containsExactly("v1 A PAYG 2", "v1 B PAYG 1");
        assertThat(minimize.getPlannedUnits()).isEqualTo(10);
        assertThat(minimize.getStatus()).isEqualTo(PlanStatus.FULFILLED);
    }

    @Test
    void tW3Bound() {
        ScalingConfiguration c = Fixtures.base().addInstanceType(weighted(A, 4))
                .addInstanceType(weighted(B, 2)).build();
        LaunchPlan plan = Fixtures.plan(c, request(4, 1).maxSize(20)
                .addCurrentMember(MemberCount.of("z1", B, Billing.PAYG, 9)).build(), CapacitySnapshot.empty());
        assertThat(plan.getEffectiveUnits()).isEqualTo(2);
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1 unconfirmed");
        assertThat(plan.getTotalCapacityAfter()).isEqualTo(22).isLessThanOrEqualTo(20 + 4 - 1);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
    }

    @Test
    void tCache1ExpiryIsExclusive() {
        CapacitySnapshot s = CapacitySnapshot.builder().addPool(spot("z1", A, 5)).addPool(spot("z1", B, 5))
                .addShortage(Shortage.builder().zoneId("z1").instanceType(A).billing(Billing.SPOT)
                        .until(Instant.ofEpochSecond(100)).build())
                .build();
        ScaleOutRequest.Builder req = request(1, 1).billing(BillingMode.SPOT);
        LaunchPlan early = Fixtures.plan(cfg(A, B), req.now(Instant.ofEpochSecond(99)).build(), s);
        assertThat(trace(early)).first().isEqualTo("v1 A SPOT SKIPPED 0 RECENTLY_UNAVAILABLE");
        assertThat(allocs(early)).containsExactly("v1 B SPOT 1");
        LaunchPlan onTime = Fixtures.plan(cfg(A, B), req.now(Instant.ofEpochSecond(100)).build(), s);
        assertThat(allocs(onTime)).containsExactly("v1 A SPOT 1");
    }

    @Test
    void tPrice1AboveLimit() {
        ScalingConfiguration c = Fixtures.base()
                .addInstanceType(InstanceTypeSpec.builder().instanceType(A).spotPriceLimit(new BigDecimal("0.05")).build())
                .addInstanceType(InstanceTypeSpec.of(B)).build();
        CapacitySnapshot s = snap(priced(spot("z1", A, 5), "0.06"), spot("z1", B, 5));
        LaunchPlan plan = Fixtures.plan(c, request(2, 1).billing(BillingMode.SPOT).build(), s);
        assertThat(trace(plan)).first().isEqualTo("v1 A SPOT SKIPPED 0 PRICE_ABOVE_LIMIT");
        assertThat(allocs(plan)).containsExactly("v1 B SPOT 2");
        // a price equal to the limit is eligible (A30)
        CapacitySnapshot equal = snap(priced(spot("z1", A, 5), "0.050"), spot("z1", B, 5));
        assertThat(allocs(Fixtures.plan(c, request(2, 1).billing(BillingMode.SPOT).build(), equal)))
                .containsExactly("v1 A SPOT 2");
    }

    @Test
    void tDisk1CategoryFallback() {
        ScalingConfiguration c = cfg(A, B, C).toBuilder().systemDisk(SystemDiskSpec.builder()
                .addCategory(DiskCategory.CLOUD_ESSD).addCategory(DiskCategory.CLOUD_EFFICIENCY).build()).build();
        CapacitySnapshot.Builder s = CapacitySnapshot.builder()
                .addPool(payg("z1", A, 1)).addPool(payg("z1", B, 0)).addPool(payg("z1", C, 0))
                .addPool(payg("z2", A, 5))
                .addDiskOffer(DiskOffer.builder().zoneId("z2").instanceType(A)
                        .addCategory(DiskCategory.CLOUD_ESSD).addCategory(DiskCategory.CLOUD_EFFICIENCY).build());
        LaunchPlan plan = Fixtures.plan(c, request(2, 2).build(), s.addDiskOffer(DiskOffer.builder().zoneId("z1")
                .instanceType(A).addCategory(DiskCategory.CLOUD_EFFICIENCY).build()).build());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1 cloud_efficiency", "v2 A PAYG 1 cloud_essd");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(plan.instances().get(0).getSystemDiskCategory()).contains(DiskCategory.CLOUD_EFFICIENCY);

        CapacitySnapshot neither = CapacitySnapshot.builder()
                .addPool(payg("z1", A, 1)).addPool(payg("z1", B, 0)).addPool(payg("z1", C, 0))
                .addPool(payg("z2", A, 5))
                .addDiskOffer(DiskOffer.builder().zoneId("z1").instanceType(A).build()).build();
        LaunchPlan none = Fixtures.plan(c, request(2, 2).build(), neither);
        assertThat(trace(none)).first().isEqualTo("v1 A PAYG SKIPPED 0 DISK_CATEGORY_UNAVAILABLE");
        assertThat(allocs(none)).containsExactly("v2 A PAYG 2 cloud_essd");
    }

    @Test
    void tUnknown1() {
        CapacitySnapshot s = CapacitySnapshot.builder()
                .addPool(PoolCapacity.builder().zoneId("z1").instanceType(A).billing(Billing.PAYG).build())
                .addPool(payg("z1", B, 9)).build();
        LaunchPlan optimistic = Fixtures.plan(cfg(A, B), request(5, 1).build(), s);
        assertThat(allocs(optimistic)).containsExactly("v1 A PAYG 5 unconfirmed");
        assertThat(optimistic.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        LaunchPlan pessimistic = Fixtures.plan(cfg(A, B),
                request(5, 1).unknownCapacity(UnknownCapacity.PESSIMISTIC).build(), s);
        assertThat(allocs(pessimistic)).containsExactly("v1 B PAYG 5");
        assertThat(trace(pessimistic)).first().isEqualTo("v1 A PAYG SKIPPED 0 NO_STOCK");
    }

    @Test
    void tReq1RequestedSubset() {
        LaunchPlan plan = Fixtures.plan(ABC, request(3, 2).requestedVswitchIds(List.of("vsw-2")).build(), priCap());
        assertThat(trace(plan)).startsWith("v1 A PAYG SKIPPED 0 NOT_REQUESTED", "v1 B PAYG SKIPPED 0 NOT_REQUESTED",
                "v1 C PAYG SKIPPED 0 NOT_REQUESTED");
        assertThat(allocs(plan)).containsExactly("v2 A PAYG 3");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThatThrownBy(() -> Fixtures.plan(ABC, request(3, 2).requestedVswitchIds(List.of("vsw-9")).build(), priCap()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestedVswitchIds").hasMessageContaining("vsw-9");
    }

    @Test
    void tDet1SnapshotOrderNeverMatters() {
        List<ScaleOutRequest> requests = List.of(bal1Request().build(), request(10, 2).build(), costRequest().build());
        List<ScalingConfiguration> cfgs = List.of(cfg(A, B), ABC, ABC);
        List<CapacitySnapshot> snaps = List.of(bal1Cap(), priCap(), costCap(1, 1, 1).build());
        for (int i = 0; i < requests.size(); i++) {
            LaunchPlan reference = Fixtures.plan(cfgs.get(i), requests.get(i), snaps.get(i));
            List<PoolCapacity> pools = new ArrayList<>(snaps.get(i).getPools());
            Collections.reverse(pools);
            for (int round = 0; round < 2; round++) {
                LaunchPlan reversed = Fixtures.plan(cfgs.get(i), requests.get(i), snaps.get(i).withPools(pools));
                assertThat(reversed).isEqualTo(reference);
                assertThat(trace(reversed)).isEqualTo(trace(reference));
                List<PoolCapacity> shuffled = new ArrayList<>(pools);
                Collections.shuffle(shuffled, new Random(42 + round));
                assertThat(Fixtures.plan(cfgs.get(i), requests.get(i), snaps.get(i).withPools(shuffled))).isEqualTo(reference);
            }
        }
    }
}
