package dev.scalecfg.launcher;

import static dev.scalecfg.launcher.Fixtures.A;
import static dev.scalecfg.launcher.Fixtures.B;
import static dev.scalecfg.launcher.Fixtures.C;
import static dev.scalecfg.launcher.Fixtures.LAUNCHER;
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
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.json.ScalingJson;
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
import dev.scalecfg.core.scaleout.VSwitch;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scale-out scenarios that §3.6 does not cover but §3 and the resolved choices of §3.8 decide.
 * Every expectation is computed by hand from the spec text (the comment above each assertion
 * shows the computation), not read off the implementation.
 */
final class LaunchScenariosTest {
    private static final String D = "ecs.d.large";

    private static ScalingConfiguration weightedCfg(InstanceTypeSpec... types) {
        ScalingConfiguration.Builder b = Fixtures.base();
        for (InstanceTypeSpec t : types) {
            b.addInstanceType(t);
        }
        return b.build();
    }

    private static List<String> reasons(LaunchPlan plan, ReasonCode code) {
        return plan.getTrace().stream().filter(d -> d.getReason().orElse(null) == code).map(Fixtures::render)
                .collect(Collectors.toList());
    }

    // ---------------------------------------------------------------------------------------
    // weights (A16, A18, A19)

    @Test
    void balanceWaterFillsWholeInstancesByUnits() {
        // A16: a step places one whole instance in the zone with the fewest units.
        // levels (0,0): z1 gets A (w=4) -> (4,0); z2 gets A -> (4,4); 8 >= 6, stop.
        ScalingConfiguration c = weightedCfg(weighted(A, 4), weighted(B, 1));
        ScaleOutRequest.Builder req = request(6, 2).policy(MultiAzPolicy.BALANCE);
        LaunchPlan allow = Fixtures.plan(c, req.build(), CapacitySnapshot.empty());
        assertThat(allocs(allow)).containsExactly("v1 A PAYG 1 unconfirmed", "v2 A PAYG 1 unconfirmed");
        assertThat(allow.getPlannedUnits()).isEqualTo(8);
        assertThat(allow.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        // MINIMIZE (A19, the chosen zone is the scope): z1 A (r 6 -> 2); z2 (level 0): r=2 < 4,
        // over A=2, B=0 -> B (z2 level 1, r=1); z2 again (1 < 4): B. 4 + 1 + 1 = 6.
        LaunchPlan min = Fixtures.plan(c, req.overshoot(Overshoot.MINIMIZE).build(), CapacitySnapshot.empty());
        assertThat(allocs(min)).containsExactly("v1 A PAYG 1 unconfirmed", "v2 B PAYG 2 unconfirmed");
        assertThat(min.getPlannedUnits()).isEqualTo(6);
    }

    @Test
    void balanceLevelsCountUnitsOfCurrentMembersWithTheirWeight() {
        // A6/A16: current z1 = 2 x A(w=3) = 6 units, z2 = 5 x B(w=1) = 5 units.
        // N=3 with B only in stock (A not offered anywhere): z2 (5) B -> 6; tie (6,6) -> z1 B -> 7; z2 B -> 7.
        ScalingConfiguration c = weightedCfg(weighted(A, 3), weighted(B, 1));
        CapacitySnapshot s = CapacitySnapshot.builder()
                .addPool(PoolCapacity.builder().zoneId("z1").instanceType(A).billing(Billing.PAYG).offered(false).build())
                .addPool(PoolCapacity.builder().zoneId("z2").instanceType(A).billing(Billing.PAYG).offered(false).build())
                .addPool(payg("z1", B, 10)).addPool(payg("z2", B, 10)).build();
        LaunchPlan plan = Fixtures.plan(c, request(3, 2).policy(MultiAzPolicy.BALANCE)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 2))
                .addCurrentMember(MemberCount.of("z2", B, Billing.PAYG, 5)).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 B PAYG 1", "v2 B PAYG 2");
        assertThat(plan.getTotalCapacityAfter()).isEqualTo(14);
    }

    @Test
    void costOptimizedOrdersByPricePerUnit() {
        // PER_UNIT: A .30/2 = .15, B .20/1 = .20, C .50/4 = .125 -> order C, A, B.
        // N=7: C takes its 1 (4 units, NO_STOCK), r=3 -> A ceil(3/2)=2 -> 8 units; B not needed.
        ScalingConfiguration c = weightedCfg(weighted(A, 2), weighted(B, 1), weighted(C, 4));
        CapacitySnapshot s = snap(priced(payg("z1", A, 10), "0.30"), priced(payg("z1", B, 10), "0.20"),
                priced(payg("z1", C, 1), "0.50"));
        ScaleOutRequest.Builder req = request(7, 1).policy(MultiAzPolicy.COST_OPTIMIZED).billing(BillingMode.PAYG);
        LaunchPlan plan = Fixtures.plan(c, req.build(), s);
        assertThat(allocs(plan)).containsExactly("v1 C PAYG 1", "v1 A PAYG 2");
        assertThat(plan.getPlannedUnits()).isEqualTo(8);
        assertThat(trace(plan)).containsExactly("v1 C PAYG ALLOCATED 1 NO_STOCK", "v1 A PAYG ALLOCATED 2",
                "v1 B PAYG SKIPPED 0 REQUEST_SATISFIED");
        assertThat(plan.getTrace()).extracting(d -> d.getRank().orElse(-1)).containsExactly(0, 1, 2);
        // MINIMIZE: C1 (r=3), A floor(3/2)=1 (r=1), r < 2: over A=1, B=0 -> B1 -> exactly 7.
        LaunchPlan min = Fixtures.plan(c, req.overshoot(Overshoot.MINIMIZE).build(), s);
        assertThat(allocs(min)).containsExactly("v1 C PAYG 1", "v1 A PAYG 1", "v1 B PAYG 1");
        assertThat(min.getPlannedUnits()).isEqualTo(7);
        // PER_INSTANCE = raw price: B .20, A .30, C .50 -> B takes all 7.
        LaunchPlan perInstance = Fixtures.plan(c, req.overshoot(Overshoot.ALLOW)
                .priceComparison(PriceComparisonMode.PER_INSTANCE).build(), s);
        assertThat(allocs(perInstance)).containsExactly("v1 B PAYG 7");
    }

    @Test
    void minimizeTiesGoToVswitchThenTypeIndexNotToPriorityOrder() {
        // A19: custom priorities make the walk v2C, v1A, v1B, v1C, v2A, v2B (zone-major rest).
        // Weights A=4, B=3, C=3, N=5: v2C floor(5/3)=1 -> r=2 < 3; over: v2C 1, v1A 2, v1B 1, v1C 1,
        // v2A 2, v2B 1 -> tie at 1 broken by (vSwitch index, type index): v1B.
        ScalingConfiguration c = weightedCfg(weighted(A, 4), weighted(B, 3), weighted(C, 3)).toBuilder()
                .addCustomPriority(CustomPriority.of(C, "vsw-2")).addCustomPriority(CustomPriority.of(A, "vsw-1"))
                .build();
        LaunchPlan plan = Fixtures.plan(c, request(5, 2).overshoot(Overshoot.MINIMIZE).build(),
                CapacitySnapshot.empty());
        assertThat(allocs(plan)).containsExactly("v2 C PAYG 1 unconfirmed", "v1 B PAYG 1 unconfirmed");
        assertThat(plan.getPlannedUnits()).isEqualTo(6);
    }

    @Test
    void minimizeWithSpotPoolsOnlyConsidersTheActiveSet() {
        // A19: for spot pools the accepted pools are the active set. k=1, unit prices A .04/4=.01,
        // B .02 -> set {A}. N=5: A (r=1), r < 4 but the set is {A} -> A again: 8 units.
        ScalingConfiguration c = weightedCfg(weighted(A, 4), weighted(B, 1));
        CapacitySnapshot s = snap(priced(spot("z1", A, 10), "0.04"), priced(spot("z1", B, 10), "0.02"));
        LaunchPlan plan = Fixtures.plan(c, request(5, 1).policy(MultiAzPolicy.COST_OPTIMIZED).billing(BillingMode.SPOT)
                .spotInstancePools(1).compensateWithOnDemand(false).overshoot(Overshoot.MINIMIZE).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 2");
        assertThat(trace(plan)).contains("v1 B SPOT SKIPPED 0 NOT_IN_SPOT_POOL_SET");
    }

    @Test
    void payAsYouGoOvershootReducesWhatSpotMayStart() {
        // A18: N=4, pct 75 -> ODtarget(4)=3: newOD 3, newSpot 1. PAYG A(w=4) x1 = 4 units: the
        // global demand is met, so spot starts nothing and compensation gets min(1, 0) = 0: no note.
        ScalingConfiguration c = weightedCfg(weighted(A, 4));
        LaunchPlan plan = Fixtures.plan(c, request(4, 1).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.MIXED)
                .onDemandBaseCapacity(0).onDemandPercentageAboveBaseCapacity(75).compensateWithOnDemand(true).build(),
                CapacitySnapshot.empty());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1 unconfirmed");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(reasons(plan, ReasonCode.SPOT_SHORTFALL_COMPENSATED)).isEmpty();
        assertThat(trace(plan)).containsExactly("v1 A PAYG ALLOCATED 1", "v1 A SPOT SKIPPED 0 REQUEST_SATISFIED");
    }

    @Test
    void balancedOnlyWithWeightsStopsAZoneOnceItsTargetIsCovered() {
        // A17/A18: targets 3/3 (N=6); z1 A(w=4) covers 3 (overshoot 1); z2: r = min(3, 6-4) = 2 -> A.
        ScalingConfiguration c = weightedCfg(weighted(A, 4), weighted(B, 1));
        LaunchPlan plan = Fixtures.plan(c, request(6, 2).policy(MultiAzPolicy.BALANCE)
                .balanceMode(BalanceMode.BALANCED_ONLY).build(), CapacitySnapshot.empty());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1 unconfirmed", "v2 A PAYG 1 unconfirmed");
        assertThat(plan.getPlannedUnits()).isEqualTo(8);
        // N=5: targets 3/2 (tie to z1); z1 A = 4; z2: r = min(2, 5-4) = 1 -> A again (ALLOW)
        LaunchPlan five = Fixtures.plan(c, request(5, 2).policy(MultiAzPolicy.BALANCE)
                .balanceMode(BalanceMode.BALANCED_ONLY).build(), CapacitySnapshot.empty());
        assertThat(allocs(five)).containsExactly("v1 A PAYG 1 unconfirmed", "v2 A PAYG 1 unconfirmed");
        // MINIMIZE (A19: r is also the zone's remaining target): z1 r=3 < 4 -> B, B, B; z2 r=2 -> B, B
        LaunchPlan exact = Fixtures.plan(c, request(5, 2).policy(MultiAzPolicy.BALANCE).overshoot(Overshoot.MINIMIZE)
                .balanceMode(BalanceMode.BALANCED_ONLY).build(), CapacitySnapshot.empty());
        assertThat(allocs(exact)).containsExactly("v1 B PAYG 3 unconfirmed", "v2 B PAYG 2 unconfirmed");
        // N=8, MINIMIZE: targets 4/4, each zone's r=4 >= 4 -> one A each
        LaunchPlan eight = Fixtures.plan(c, request(8, 2).policy(MultiAzPolicy.BALANCE).overshoot(Overshoot.MINIMIZE)
                .balanceMode(BalanceMode.BALANCED_ONLY).build(), CapacitySnapshot.empty());
        assertThat(allocs(eight)).containsExactly("v1 A PAYG 1 unconfirmed", "v2 A PAYG 1 unconfirmed");
    }

    @Test
    void balancedOnlyZonesLeftUnneededByAnOvershootAreNotExhausted() {
        // A17/A18: targets 2/2 (N=4); z1 A(w=4) covers all 4 units: z2 is not needed, not short.
        ScalingConfiguration c = weightedCfg(weighted(A, 4));
        LaunchPlan plan = Fixtures.plan(c, request(4, 2).policy(MultiAzPolicy.BALANCE)
                .balanceMode(BalanceMode.BALANCED_ONLY).build(), CapacitySnapshot.empty());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1 unconfirmed");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(trace(plan)).containsExactly("v1 A PAYG ALLOCATED 1", "z1 ZONE_TARGET_REACHED",
                "v2 A PAYG SKIPPED 0 REQUEST_SATISFIED");
    }

    @Test
    void aPhaseWithNothingLeftToPlaceSaysRequestSatisfiedUnderBalancedOnly() {
        // A18: pct 75, N=4 -> newOD 3, newSpot 1; PAYG water-fills A(w=4) into z1 = 4 units: the
        // spot phase has nothing left, its pools are not needed.
        ScalingConfiguration c = weightedCfg(weighted(A, 4));
        LaunchPlan plan = Fixtures.plan(c, request(4, 2).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.MIXED)
                .azBalance(true).balanceMode(BalanceMode.BALANCED_ONLY).onDemandPercentageAboveBaseCapacity(75).build(),
                CapacitySnapshot.empty());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1 unconfirmed");
        assertThat(trace(plan)).contains("v1 A SPOT SKIPPED 0 REQUEST_SATISFIED", "v2 A SPOT SKIPPED 0 REQUEST_SATISFIED")
                .doesNotContain("z2 ZONE_EXHAUSTED");
    }

    @Test
    void spotRoundRobinHandsOutInstancesNotUnits() {
        // S4/A16: set {A(w=2, .01/unit), B(w=1, .02/unit)}, N=7: A, B, A, B, A -> 2+1+2+1+2 = 8.
        ScalingConfiguration c = weightedCfg(weighted(A, 2), weighted(B, 1));
        CapacitySnapshot s = snap(priced(spot("z1", A, 10), "0.02"), priced(spot("z1", B, 10), "0.02"));
        LaunchPlan plan = Fixtures.plan(c, spotPools(7, 2).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 3", "v1 B SPOT 2");
        assertThat(plan.getPlannedUnits()).isEqualTo(8);
    }

    @Test
    void billingDefaultsFollowTheConfigurationAndThePolicy() {
        // a preemptible configuration under COST_OPTIMIZED with a base/percentage is split (S1):
        // ODtarget(10) = 2 + ceil(8 x 20%) = 4 PAYG, 6 spot
        ScalingConfiguration spotCfg = cfg(A).toBuilder().spotStrategy(SpotStrategy.SPOT_AS_PRICE_GO).build();
        ScaleOutRequest.Builder cost = request(10, 1).policy(MultiAzPolicy.COST_OPTIMIZED);
        assertThat(allocs(Fixtures.plan(spotCfg, cost.onDemandBaseCapacity(2).onDemandPercentageAboveBaseCapacity(20)
                .build(), CapacitySnapshot.empty())))
                .containsExactly("v1 A PAYG 4 unconfirmed", "v1 A SPOT 6 unconfirmed");
        // without base/percentage: COST_OPTIMIZED's 0 / 0, all spot
        assertThat(allocs(Fixtures.plan(spotCfg, request(10, 1).policy(MultiAzPolicy.COST_OPTIMIZED).build(),
                CapacitySnapshot.empty()))).containsExactly("v1 A SPOT 10 unconfirmed");
        // PRIORITY never mixes: the configuration's spot
        assertThat(allocs(Fixtures.plan(spotCfg, request(3, 1).onDemandBaseCapacity(2).build(), CapacitySnapshot.empty())))
                .containsExactly("v1 A SPOT 3 unconfirmed");
        // NoSpot configuration: pay-as-you-go whatever the policy
        assertThat(allocs(Fixtures.plan(cfg(A), request(3, 1).policy(MultiAzPolicy.COST_OPTIMIZED)
                .onDemandBaseCapacity(1).build(), CapacitySnapshot.empty()))).containsExactly("v1 A PAYG 3 unconfirmed");
    }

    // ---------------------------------------------------------------------------------------
    // compensation (S5, A12, A18, A26)

    @Test
    void compensationWhenPayAsYouGoIsShortToo() {
        // COST_OPTIMIZED, MIXED default 0/0 -> all 6 spot. Spot cheapest first: A 2 (NO_STOCK), B 1
        // (NO_STOCK) = 3. Compensation n = min(6-3, 6-3) = 3 (A26: handed over). PAYG cheapest
        // first: A 1, B 1 -> 5 planned, shortfall 1, PARTIAL.
        CapacitySnapshot s = snap(priced(payg("z1", A, 1), "0.10"), priced(payg("z1", B, 1), "0.20"),
                priced(spot("z1", A, 2), "0.02"), priced(spot("z1", B, 1), "0.03"));
        LaunchPlan plan = Fixtures.plan(cfg(A, B), request(6, 1).policy(MultiAzPolicy.COST_OPTIMIZED)
                .billing(BillingMode.MIXED).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 2", "v1 B SPOT 1", "v1 A PAYG 1 comp", "v1 B PAYG 1 comp");
        assertThat(plan.getPlannedUnits()).isEqualTo(5);
        assertThat(plan.getShortfallUnits()).isEqualTo(1);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.PARTIAL);
        assertThat(trace(plan)).containsExactly(
                "v1 A SPOT ALLOCATED 2 NO_STOCK",
                "v1 B SPOT ALLOCATED 1 NO_STOCK",
                "SPOT_SHORTFALL_COMPENSATED",
                "v1 A PAYG ALLOCATED 1 NO_STOCK",
                "v1 B PAYG ALLOCATED 1 NO_STOCK");
        Decision note = plan.getTrace().get(2);
        assertThat(note.getCount()).isEqualTo(3);
        assertThat(note.getPhase()).isEmpty();
        assertThat(plan.getTrace().get(3).getPhase()).contains(Phase.COMPENSATION);
    }

    @Test
    void spotBillingUnderPriorityCompensatesWhenAskedTo() {
        // A12: SPOT billing with compensation enumerates (and R2-traces) PAYG pools up front.
        // Spot walk zone-major: v1A 1, v1B 0, v2A 0, v2B 1 -> 2 of 4; compensation 2 on PAYG in
        // priority order without the dropped v1A: v1B (unknown = unlimited) takes 2.
        CapacitySnapshot s = CapacitySnapshot.builder()
                .addPool(PoolCapacity.builder().zoneId("z1").instanceType(A).billing(Billing.PAYG).offered(false).build())
                .addPool(spot("z1", A, 1)).addPool(spot("z1", B, 0)).addPool(spot("z2", A, 0)).addPool(spot("z2", B, 1))
                .build();
        LaunchPlan plan = Fixtures.plan(cfg(A, B), request(4, 2).billing(BillingMode.SPOT)
                .compensateWithOnDemand(true).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 1", "v2 B SPOT 1", "v1 B PAYG 2 comp unconfirmed");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(trace(plan)).containsExactly(
                "v1 A PAYG SKIPPED 0 NOT_OFFERED",
                "v1 A SPOT ALLOCATED 1 NO_STOCK",
                "v1 B SPOT SKIPPED 0 NO_STOCK",
                "v2 A SPOT SKIPPED 0 NO_STOCK",
                "v2 B SPOT ALLOCATED 1 NO_STOCK",
                "SPOT_SHORTFALL_COMPENSATED",
                "v1 B PAYG ALLOCATED 2",
                "v2 A PAYG SKIPPED 0 REQUEST_SATISFIED",
                "v2 B PAYG SKIPPED 0 REQUEST_SATISFIED");
        // ranks: position in the phase's canonical order (A2)
        assertThat(plan.getTrace().get(0).getRank()).isEmpty();
        assertThat(plan.getTrace().get(4).getRank()).contains(3);
        assertThat(plan.getTrace().get(6).getRank()).contains(0);
        // without compensation the spot shortage is shortfall and PAYG pools are not enumerated
        LaunchPlan off = Fixtures.plan(cfg(A, B), request(4, 2).billing(BillingMode.SPOT).build(), s);
        assertThat(allocs(off)).containsExactly("v1 A SPOT 1", "v2 B SPOT 1");
        assertThat(off.getStatus()).isEqualTo(PlanStatus.PARTIAL);
        assertThat(trace(off)).noneMatch(t -> t.contains("PAYG"));
    }

    @Test
    void aZoneExhaustedForSpotMayStillReceiveCompensation() {
        // A17/A32: BALANCED_ONLY spot targets 2/2: z1 2, z2 0 (its share is short). Compensation
        // demand min(4-2, 4-2) = 2, targets over the running levels (2, 0): z2 gets both.
        ScaleOutRequest.Builder req = request(4, 2).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.SPOT)
                .azBalance(true).compensateWithOnDemand(true);
        CapacitySnapshot s = snap(spot("z1", A, 2), spot("z2", A, 0));
        for (BalanceMode mode : BalanceMode.values()) {
            LaunchPlan plan = Fixtures.plan(cfg(A), req.balanceMode(mode).build(), s);
            assertThat(allocs(plan)).as(mode.name()).containsExactly("v1 A SPOT 2", "v2 A PAYG 2 comp unconfirmed");
            assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
            assertThat(trace(plan)).as(mode.name()).contains("z2 ZONE_EXHAUSTED", "SPOT_SHORTFALL_COMPENSATED");
        }
    }

    @Test
    void composableMixesAPriorityPaygWalkWithACheapestFirstSpotWalk() {
        // ODtarget(4) = 2: PAYG priority walk v1A takes 2. Spot 2 cheapest first over (vSwitch,
        // type): z2A .02 (stock 1), z1B .03, z2B .04, z1A .05 -> v2A 1, v1B 1.
        CapacitySnapshot s = snap(priced(spot("z1", A, 9), "0.05"), priced(spot("z1", B, 9), "0.03"),
                priced(spot("z2", A, 1), "0.02"), priced(spot("z2", B, 9), "0.04"));
        LaunchPlan plan = Fixtures.plan(cfg(A, B), request(4, 2).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.MIXED)
                .onDemandPercentageAboveBaseCapacity(50).spotAllocationStrategy(AllocationStrategy.LOWEST_PRICE).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 2 unconfirmed", "v2 A SPOT 1", "v1 B SPOT 1");
        assertThat(trace(plan)).containsExactly(
                "v1 A PAYG ALLOCATED 2",
                "v1 B PAYG SKIPPED 0 REQUEST_SATISFIED",
                "v2 A PAYG SKIPPED 0 REQUEST_SATISFIED",
                "v2 B PAYG SKIPPED 0 REQUEST_SATISFIED",
                "v2 A SPOT ALLOCATED 1 NO_STOCK",
                "v1 B SPOT ALLOCATED 1",
                "v2 B SPOT SKIPPED 0 REQUEST_SATISFIED",
                "v1 A SPOT SKIPPED 0 REQUEST_SATISFIED");
    }

    @Test
    void customPrioritiesApplyToCompensationToo() {
        // A11: the listed (B, v2) pair goes first in every phase, compensation included.
        ScalingConfiguration c = cfg(A, B).toBuilder().addCustomPriority(CustomPriority.of(B, "vsw-2")).build();
        CapacitySnapshot s = snap(spot("z1", A, 0), spot("z1", B, 0), spot("z2", A, 0), spot("z2", B, 0));
        LaunchPlan plan = Fixtures.plan(c, request(2, 2).billing(BillingMode.SPOT).compensateWithOnDemand(true).build(), s);
        assertThat(allocs(plan)).containsExactly("v2 B PAYG 2 comp unconfirmed");
    }

    // ---------------------------------------------------------------------------------------
    // zones (A6, A15, A17, A23)

    @Test
    void membersOutsideTheRequestCountForTheClampButNotForBalance() {
        // A6: current z1 A 2, z3 A 10 (v3 not requested), z9 A 5 (no vSwitch at all) = 17 units.
        // maxSize 20 -> headroom 3 < 5: clamped. Balance over z1 (2), z2 (0): z2, z2, tie -> z1.
        ScaleOutRequest req = request(5, 3).policy(MultiAzPolicy.BALANCE).maxSize(20)
                .requestedVswitchIds(List.of("vsw-1", "vsw-2"))
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 2))
                .addCurrentMember(MemberCount.of("z3", A, Billing.PAYG, 10))
                .addCurrentMember(MemberCount.of("z9", A, Billing.PAYG, 5)).build();
        LaunchPlan plan = Fixtures.plan(cfg(A), req, CapacitySnapshot.empty());
        assertThat(plan.getEffectiveUnits()).isEqualTo(3);
        assertThat(plan.getClampedBy()).contains(ClampReason.MAX_SIZE);
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1 unconfirmed", "v2 A PAYG 2 unconfirmed");
        assertThat(plan.getTotalCapacityAfter()).isEqualTo(20);
        assertThat(trace(plan)).startsWith("CLAMPED_TO_MAX_SIZE", "v3 A PAYG SKIPPED 0 NOT_REQUESTED");
    }

    @Test
    void membersOutsideTheRequestCountForTheBillingSplit() {
        // A6/S1: current PAYG 4 in z9. T = 4 + 4 = 8, ODtarget(8) = ceil(8 x 50%) = 4 -> newOD 0.
        LaunchPlan plan = Fixtures.plan(cfg(A), request(4, 1).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.MIXED)
                .onDemandPercentageAboveBaseCapacity(50)
                .addCurrentMember(MemberCount.of("z9", A, Billing.PAYG, 4)).build(), CapacitySnapshot.empty());
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 4 unconfirmed");
    }

    @Test
    void balancedOnlyFillsZonesInRankOrderWhenAQuotaIsShared() {
        // A17: targets 3/3; z1 is filled first and takes A's whole quota (3), z2 falls to B.
        ScalingConfiguration c = cfg(A, B);
        CapacitySnapshot s = CapacitySnapshot.builder().putQuota(A, 3).build();
        LaunchPlan only = Fixtures.plan(c, request(6, 2).policy(MultiAzPolicy.BALANCE)
                .balanceMode(BalanceMode.BALANCED_ONLY).build(), s);
        assertThat(allocs(only)).containsExactly("v1 A PAYG 3 unconfirmed", "v2 B PAYG 3 unconfirmed");
        assertThat(only.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(trace(only)).contains("z1 ZONE_TARGET_REACHED", "v2 A PAYG SKIPPED 0 QUOTA_EXCEEDED",
                "z2 ZONE_TARGET_REACHED");
        // best effort water-fills unit by unit instead: z1 A, z2 A, z1 A, z2 B, z1 B, z2 B
        LaunchPlan best = Fixtures.plan(c, request(6, 2).policy(MultiAzPolicy.BALANCE).build(), s);
        assertThat(allocs(best)).containsExactly("v1 A PAYG 2 unconfirmed", "v1 B PAYG 1 unconfirmed",
                "v2 A PAYG 1 unconfirmed", "v2 B PAYG 2 unconfirmed");
        // A only, quota 3: z1 reaches its target, z2 gets nothing, its share is shortfall
        LaunchPlan shortOnly = Fixtures.plan(cfg(A), request(6, 2).policy(MultiAzPolicy.BALANCE)
                .balanceMode(BalanceMode.BALANCED_ONLY).build(), s);
        assertThat(allocs(shortOnly)).containsExactly("v1 A PAYG 3 unconfirmed");
        assertThat(shortOnly.getShortfallUnits()).isEqualTo(3);
        assertThat(shortOnly.getStatus()).isEqualTo(PlanStatus.PARTIAL);
        assertThat(trace(shortOnly)).contains("z2 ZONE_EXHAUSTED");
    }

    @Test
    void balancedOnlyGivesZonesWithoutPoolsTheirShareAsShortfall() {
        // A17: z2's only pool is not offered; targets still 2/2 (current empty, N=4): z1 2, z2 0.
        CapacitySnapshot s = CapacitySnapshot.builder()
                .addPool(PoolCapacity.builder().zoneId("z2").instanceType(A).billing(Billing.PAYG).offered(false).build())
                .build();
        LaunchPlan plan = Fixtures.plan(cfg(A), request(4, 2).policy(MultiAzPolicy.BALANCE)
                .balanceMode(BalanceMode.BALANCED_ONLY).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 2 unconfirmed");
        assertThat(plan.getShortfallUnits()).isEqualTo(2);
        // A31: best effort marks z2 exhausted when water-filling first reaches it; z1 takes all 4
        LaunchPlan best = Fixtures.plan(cfg(A), request(4, 2).policy(MultiAzPolicy.BALANCE).build(), s);
        assertThat(allocs(best)).containsExactly("v1 A PAYG 4 unconfirmed");
        assertThat(trace(best)).contains("z2 ZONE_EXHAUSTED");
    }

    @Test
    void requestedVswitchOrderIsIgnoredAndAnEmptyListRequestsNothing() {
        // A23: [v2, v1] re-prioritises nothing; [] -> every pool NOT_REQUESTED -> NONE.
        CapacitySnapshot s = snap(payg("z1", A, 2), payg("z2", A, 5));
        LaunchPlan reordered = Fixtures.plan(cfg(A), request(3, 2).requestedVswitchIds(List.of("vsw-2", "vsw-1")).build(), s);
        assertThat(allocs(reordered)).containsExactly("v1 A PAYG 2", "v2 A PAYG 1");
        LaunchPlan none = Fixtures.plan(cfg(A), request(3, 2).requestedVswitchIds(List.of()).build(), s);
        assertThat(none.getStatus()).isEqualTo(PlanStatus.NONE);
        assertThat(none.getShortfallUnits()).isEqualTo(3);
        assertThat(trace(none)).containsExactly("v1 A PAYG SKIPPED 0 NOT_REQUESTED",
                "v2 A PAYG SKIPPED 0 NOT_REQUESTED", "BELOW_MIN_COUNT");
    }

    @Test
    void balanceZoneTiesGoToTheLowestRequestedVswitch() {
        // A15: vSwitches [v1(z1), v2(z2), v3(z1)], only v2 and v3 requested: z2's rank is 0 (v2),
        // z1's rank 1 (v3). Levels tie at 0 -> z2 first; N=1.
        ScaleOutRequest req = ScaleOutRequest.builder().units(1).policy(MultiAzPolicy.BALANCE)
                .addVswitch(VSwitch.of("vsw-1", "z1")).addVswitch(VSwitch.of("vsw-2", "z2"))
                .addVswitch(VSwitch.of("vsw-3", "z1")).requestedVswitchIds(List.of("vsw-2", "vsw-3")).build();
        assertThat(allocs(Fixtures.plan(cfg(A), req, CapacitySnapshot.empty()))).containsExactly("v2 A PAYG 1 unconfirmed");
    }

    private static ScaleOutRequest.Builder oneZoneTwoVswitches(int units) {
        return ScaleOutRequest.builder().units(units).addVswitch(VSwitch.of("vsw-1", "z1")).addVswitch(VSwitch.of("vsw-2", "z1"));
    }

    @Test
    void twoVswitchesInOneZoneAreWalkedSeparatelyAndShareStock() {
        // A28/R3: v1 A room min(3 stock, 2 IPs) = 2 (IP-bound); v1 B no IP left; v2 A gets the last
        // z1 A; v2 B 3.
        CapacitySnapshot s = CapacitySnapshot.builder().addPool(payg("z1", A, 3)).addPool(payg("z1", B, 10))
                .putFreeIp("vsw-1", 2).build();
        LaunchPlan plan = Fixtures.plan(cfg(A, B), oneZoneTwoVswitches(6).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 2", "v2 A PAYG 1", "v2 B PAYG 3");
        assertThat(trace(plan)).containsExactly("v1 A PAYG ALLOCATED 2 VSWITCH_NO_FREE_IP",
                "v1 B PAYG SKIPPED 0 VSWITCH_NO_FREE_IP", "v2 A PAYG ALLOCATED 1 NO_STOCK", "v2 B PAYG ALLOCATED 3");
        LaunchPlan typeMajor = Fixtures.plan(cfg(A, B), oneZoneTwoVswitches(6).nesting(Nesting.TYPE_MAJOR).build(), s);
        assertThat(allocs(typeMajor)).containsExactly("v1 A PAYG 2", "v2 A PAYG 1", "v2 B PAYG 3");
    }

    @Test
    void spotPoolsCountZonesNotVswitches() {
        // A14: k=2 over (zone, type) pools: {z1A, z1B}, not {v1A, v2A}. An instance goes to the first
        // vSwitch of the zone with a free IP: A, B, A on v1 (3 IPs), then B on v2.
        CapacitySnapshot s = CapacitySnapshot.builder().addPool(priced(spot("z1", A, 100), "0.01"))
                .addPool(priced(spot("z1", B, 100), "0.02")).addPool(priced(spot("z1", C, 100), "0.03"))
                .putFreeIp("vsw-1", 3).build();
        LaunchPlan plan = Fixtures.plan(cfg(A, B, C), oneZoneTwoVswitches(4).policy(MultiAzPolicy.COST_OPTIMIZED)
                .billing(BillingMode.SPOT).spotInstancePools(2).compensateWithOnDemand(false).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 2", "v1 B SPOT 1", "v2 B SPOT 1");
        assertThat(trace(plan)).contains("v1 B SPOT ALLOCATED 1 VSWITCH_NO_FREE_IP", "v1 C SPOT SKIPPED 0 NOT_IN_SPOT_POOL_SET",
                "v2 C SPOT SKIPPED 0 NOT_IN_SPOT_POOL_SET");
    }

    // ---------------------------------------------------------------------------------------
    // spot pools (A13, A14, A29)

    private static ScaleOutRequest.Builder spotPools(int units, int k) {
        return request(units, 1).policy(MultiAzPolicy.COST_OPTIMIZED).billing(BillingMode.SPOT)
                .spotInstancePools(k).compensateWithOnDemand(false);
    }

    @Test
    void emptyInitialSpotPoolsLeaveAtOnceAndAreNotReplacedEarly() {
        // A29: set {A(0), B}: A leaves at once; C enters only when the whole set is exhausted.
        CapacitySnapshot s = snap(priced(spot("z1", A, 0), "0.01"), priced(spot("z1", B, 5), "0.02"),
                priced(spot("z1", C, 10), "0.03"));
        LaunchPlan plan = Fixtures.plan(cfg(A, B, C), spotPools(4, 2).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 B SPOT 4");
        assertThat(trace(plan)).containsExactly("v1 A SPOT SKIPPED 0 NO_STOCK", "v1 B SPOT ALLOCATED 4",
                "v1 C SPOT SKIPPED 0 NOT_IN_SPOT_POOL_SET");
    }

    @Test
    void aLeavingPoolDoesNotResetThePointer() {
        // A29: set {A, B(1), C}: A, B, C, A, then B is empty and leaves, the pointer moves on to C.
        CapacitySnapshot s = snap(priced(spot("z1", A, 10), "0.01"), priced(spot("z1", B, 1), "0.02"),
                priced(spot("z1", C, 10), "0.03"));
        LaunchPlan plan = Fixtures.plan(cfg(A, B, C), spotPools(5, 3).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 2", "v1 B SPOT 1", "v1 C SPOT 2");
    }

    @Test
    void spillOverAddsOnePoolAtATime() {
        // A29: set {A(1), B(1)} exhausted after 2 -> C alone (not C and D) takes the rest.
        CapacitySnapshot s = snap(priced(spot("z1", A, 1), "0.01"), priced(spot("z1", B, 1), "0.02"),
                priced(spot("z1", C, 5), "0.03"), priced(spot("z1", D, 5), "0.04"));
        LaunchPlan plan = Fixtures.plan(cfg(A, B, C, D), spotPools(5, 2).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 1", "v1 B SPOT 1", "v1 C SPOT 3");
        assertThat(trace(plan)).contains("v1 D SPOT SKIPPED 0 NOT_IN_SPOT_POOL_SET");
    }

    @Test
    void spotPoolsSpreadPerZoneUnderBalance() {
        // S4: with azBalance the active set is per zone; water-filling alternates z1, z2 and
        // each zone round-robins over its {A, B}: 2 x A and 2 x B per zone.
        CapacitySnapshot.Builder s = CapacitySnapshot.builder();
        for (String z : List.of("z1", "z2")) {
            s.addPool(priced(spot(z, A, 100), "0.01")).addPool(priced(spot(z, B, 100), "0.02"))
                    .addPool(priced(spot(z, C, 100), "0.03"));
        }
        LaunchPlan plan = Fixtures.plan(cfg(A, B, C), request(8, 2).policy(MultiAzPolicy.COMPOSABLE)
                .billing(BillingMode.SPOT).azBalance(true).spotAllocationStrategy(AllocationStrategy.LOWEST_PRICE)
                .spotInstancePools(2).build(), s.build());
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 2", "v1 B SPOT 2", "v2 A SPOT 2", "v2 B SPOT 2");
        assertThat(trace(plan)).contains("v1 C SPOT SKIPPED 0 NOT_IN_SPOT_POOL_SET", "v2 C SPOT SKIPPED 0 NOT_IN_SPOT_POOL_SET");
    }

    @Test
    void spotPoolsAreIgnoredUnderThePrioritySpotStrategy() {
        // A13: COMPOSABLE with spotAllocationStrategy PRIORITY: k is ignored, the walk takes A first.
        CapacitySnapshot s = snap(priced(spot("z1", A, 10), "0.09"), priced(spot("z1", B, 10), "0.01"));
        LaunchPlan plan = Fixtures.plan(cfg(A, B), request(4, 1).policy(MultiAzPolicy.COMPOSABLE)
                .billing(BillingMode.SPOT).spotInstancePools(2).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 4");
    }

    // ---------------------------------------------------------------------------------------
    // prices (A7, A30)

    @Test
    void missingPricesSortLastAndNeverExceedTheLimit() {
        // A7: A has no price -> after B (.20) and C (.10): order C, B, A.
        CapacitySnapshot s = snap(payg("z1", A, 10), priced(payg("z1", B, 1), "0.20"), priced(payg("z1", C, 1), "0.10"));
        LaunchPlan plan = Fixtures.plan(cfg(A, B, C), request(4, 1).policy(MultiAzPolicy.COST_OPTIMIZED)
                .billing(BillingMode.PAYG).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 C PAYG 1", "v1 B PAYG 1", "v1 A PAYG 2");
        // a spot pool without a price is eligible even with a limit
        ScalingConfiguration limited = Fixtures.base().addInstanceType(InstanceTypeSpec.builder().instanceType(A)
                .spotPriceLimit(new BigDecimal("0.01")).build()).build();
        LaunchPlan spotPlan = Fixtures.plan(limited, request(1, 1).billing(BillingMode.SPOT).build(), snap(spot("z1", A, 1)));
        assertThat(allocs(spotPlan)).containsExactly("v1 A SPOT 1");
    }

    @Test
    void priceLimitsAreIgnoredUnderSpotAsPriceGo() {
        // ESS reads SpotPriceLimit only with SpotWithPriceLimit: under SpotAsPriceGo a price above
        // the listed limit is no reason to skip the pool, and the instance goes at market price.
        InstanceTypeSpec limitedA = InstanceTypeSpec.builder().instanceType(A).spotPriceLimit(new BigDecimal("0.05")).build();
        CapacitySnapshot s = snap(priced(spot("z1", A, 5), "0.06"), spot("z1", B, 5));
        ScalingConfiguration withLimit = Fixtures.base().addInstanceType(limitedA).addInstanceType(InstanceTypeSpec.of(B))
                .spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT).build();
        assertThat(allocs(Fixtures.plan(withLimit, request(2, 1).build(), s))).containsExactly("v1 B SPOT 2");
        ScalingConfiguration priceGo = withLimit.withSpotStrategy(SpotStrategy.SPOT_AS_PRICE_GO);
        LaunchPlan plan = Fixtures.plan(priceGo, request(2, 1).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 2");
        assertThat(plan.instances().get(0).getSpotStrategy()).isEqualTo(SpotStrategy.SPOT_AS_PRICE_GO);
        assertThat(plan.instances().get(0).getSpotPriceLimit()).isEmpty();
    }

    @Test
    void unitPricesAreComparedExactly() {
        // A7: B .1/1 and A .3/3 tie exactly (IEEE doubles would make A cheaper) -> R5: B (index 0).
        ScalingConfiguration c = weightedCfg(weighted(B, 1), weighted(A, 3));
        CapacitySnapshot s = snap(priced(payg("z1", A, 10), "0.3"), priced(payg("z1", B, 10), "0.1"));
        LaunchPlan plan = Fixtures.plan(c, request(2, 1).policy(MultiAzPolicy.COST_OPTIMIZED).billing(BillingMode.PAYG)
                .build(), s);
        assertThat(allocs(plan)).containsExactly("v1 B PAYG 2");
    }

    @Test
    void perVcpuWithoutVcpuCountsIsAnInputError() {
        assertThatThrownBy(() -> Fixtures.plan(cfg(A, B), request(1, 1).policy(MultiAzPolicy.COST_OPTIMIZED)
                .priceComparison(PriceComparisonMode.PER_VCPU).build(),
                CapacitySnapshot.builder().putVcpu(A, 2).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vcpus").hasMessageContaining("PER_VCPU").hasMessageContaining(B);
    }

    // ---------------------------------------------------------------------------------------
    // custom priorities (A11), MIXED (A10)

    @Test
    void customPrioritiesWithUnknownNamesAreInputErrors() {
        ScalingConfiguration unknownVs = cfg(A).toBuilder().addCustomPriority(CustomPriority.of(A, "vsw-9")).build();
        assertThatThrownBy(() -> Fixtures.plan(unknownVs, request(1, 2).build(), CapacitySnapshot.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CustomPriorities").hasMessageContaining("vsw-9");
    }

    @Test
    void customPrioritiesDropPairsWhosePoolWasDropped() {
        // A11: (B, v2) is NOT_OFFERED -> simply absent; (A, v1) first, then zone-major v1B, v2A.
        ScalingConfiguration c = cfg(A, B).toBuilder().addCustomPriority(CustomPriority.of(B, "vsw-2"))
                .addCustomPriority(CustomPriority.of(A, "vsw-1")).addCustomPriority(CustomPriority.of(A, "vsw-1")).build();
        CapacitySnapshot s = CapacitySnapshot.builder()
                .addPool(PoolCapacity.builder().zoneId("z2").instanceType(B).billing(Billing.PAYG).offered(false).build())
                .build();
        LaunchPlan plan = Fixtures.plan(c, request(1, 2).build(), s);
        assertThat(trace(plan)).containsExactly("v2 B PAYG SKIPPED 0 NOT_OFFERED", "v1 A PAYG ALLOCATED 1",
                "v1 B PAYG SKIPPED 0 REQUEST_SATISFIED", "v2 A PAYG SKIPPED 0 REQUEST_SATISFIED");
    }

    @Test
    void mixedBillingUnderPriorityOrBalanceIsAnInputError() {
        for (MultiAzPolicy p : List.of(MultiAzPolicy.PRIORITY, MultiAzPolicy.BALANCE)) {
            assertThatThrownBy(() -> Fixtures.plan(cfg(A), request(1, 1).policy(p).billing(BillingMode.MIXED).build(),
                    CapacitySnapshot.empty()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("MIXED").hasMessageContaining(p.name());
        }
    }

    @Test
    void presetsForceTheirSwitchesAndKeepOverridableDefaults() {
        // A9: BALANCE ignores allocationStrategy LOWEST_PRICE (priority: A although B is cheaper)
        CapacitySnapshot s = snap(priced(payg("z1", A, 9), "0.2"), priced(payg("z1", B, 9), "0.1"),
                priced(payg("z2", A, 9), "0.2"), priced(payg("z2", B, 9), "0.1"));
        assertThat(allocs(Fixtures.plan(cfg(A, B), request(2, 2).policy(MultiAzPolicy.BALANCE)
                .allocationStrategy(AllocationStrategy.LOWEST_PRICE).build(), s)))
                .containsExactly("v1 A PAYG 1", "v2 A PAYG 1");
        // COST_OPTIMIZED ignores azBalance: greedy cheapest first over (vSwitch, type) -> v1 B takes both
        assertThat(allocs(Fixtures.plan(cfg(A, B), request(2, 2).policy(MultiAzPolicy.COST_OPTIMIZED)
                .billing(BillingMode.PAYG).azBalance(true).build(), s)))
                .containsExactly("v1 B PAYG 2");
        // COMPOSABLE: compensation is off unless asked for (A9), so a spot shortage is shortfall
        CapacitySnapshot noSpot = snap(spot("z1", A, 1));
        LaunchPlan composable = Fixtures.plan(cfg(A), request(3, 1).policy(MultiAzPolicy.COMPOSABLE)
                .billing(BillingMode.SPOT).build(), noSpot);
        assertThat(allocs(composable)).containsExactly("v1 A SPOT 1");
        assertThat(composable.getStatus()).isEqualTo(PlanStatus.PARTIAL);
        // COST_OPTIMIZED compensates by default (ESS CompensateWithOnDemand = true)
        LaunchPlan cost = Fixtures.plan(cfg(A), request(3, 1).policy(MultiAzPolicy.COST_OPTIMIZED)
                .billing(BillingMode.SPOT).build(), noSpot);
        assertThat(allocs(cost)).containsExactly("v1 A SPOT 1", "v1 A PAYG 2 comp unconfirmed");
    }

    // ---------------------------------------------------------------------------------------
    // clamp, min count, statuses (A21, A22)

    @Test
    void aClampBelowMinCountGivesNone() {
        // A21: maxSize 10, current 8 -> effective 2 < minCount 3 -> NONE, shortfall = effective.
        LaunchPlan plan = Fixtures.plan(cfg(A), request(5, 1).maxSize(10).minCount(3)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 8)).build(), CapacitySnapshot.empty());
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.NONE);
        assertThat(plan.getStatus().essStatus()).isEqualTo("Failed");
        assertThat(plan.getRequestedUnits()).isEqualTo(5);
        assertThat(plan.getEffectiveUnits()).isEqualTo(2);
        assertThat(plan.getPlannedUnits()).isZero();
        assertThat(plan.getPlannedInstances()).isZero();
        assertThat(plan.getShortfallUnits()).isEqualTo(2);
        assertThat(plan.getTotalCapacityAfter()).isEqualTo(8);
        assertThat(plan.getClampedBy()).contains(ClampReason.MAX_SIZE);
        assertThat(plan.getAllocations()).isEmpty();
        assertThat(plan.instances()).isEmpty();
        // under NONE the pool decisions keep what could have been had (A2)
        assertThat(trace(plan)).containsExactly("CLAMPED_TO_MAX_SIZE", "v1 A PAYG ALLOCATED 2", "BELOW_MIN_COUNT");
    }

    @Test
    void rejectedPlansCarryNothingButTheReason() {
        // A21: REJECTED: effective 0, planned 0, shortfall 0, no clamp, only MAX_SIZE_REACHED.
        LaunchPlan plan = Fixtures.plan(cfg(A), request(5, 1).maxSize(0).build(), CapacitySnapshot.empty());
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.REJECTED);
        assertThat(plan.getRequestedUnits()).isEqualTo(5);
        assertThat(plan.getEffectiveUnits()).isZero();
        assertThat(plan.getPlannedUnits()).isZero();
        assertThat(plan.getPlannedInstances()).isZero();
        assertThat(plan.getShortfallUnits()).isZero();
        assertThat(plan.getTotalCapacityAfter()).isZero();
        assertThat(plan.getClampedBy()).isEmpty();
        assertThat(plan.getAllocations()).isEmpty();
        assertThat(plan.instances()).isEmpty();
        assertThat(plan.getTrace()).singleElement().satisfies(d -> {
            assertThat(d.getReason()).contains(ReasonCode.MAX_SIZE_REACHED);
            assertThat(d.getOutcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(d.getPhase()).isEmpty();
        });
        // above maxSize already (e.g. maxSize lowered): still rejected, capacity unchanged
        LaunchPlan over = Fixtures.plan(cfg(A), request(5, 1).maxSize(3)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 4)).build(), CapacitySnapshot.empty());
        assertThat(over.getStatus()).isEqualTo(PlanStatus.REJECTED);
        assertThat(over.getTotalCapacityAfter()).isEqualTo(4);
    }

    @Test
    void anAbsentMaxSizeIsUnbounded() {
        // A22: no maxSize, a large group, minSize plays no part
        LaunchPlan plan = Fixtures.plan(cfg(A), request(5, 1).minSize(1_000_000)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 1_000_000)).build(), CapacitySnapshot.empty());
        assertThat(plan.getEffectiveUnits()).isEqualTo(5);
        assertThat(plan.getClampedBy()).isEmpty();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(plan.getTotalCapacityAfter()).isEqualTo(1_000_005);
    }

    @Test
    void partialStatusWithMinCountReached() {
        // R8: 3 of 5 in stock, minCount 3 -> PARTIAL, essStatus Warning.
        LaunchPlan plan = Fixtures.plan(cfg(A), request(5, 1).minCount(3).build(), snap(payg("z1", A, 3)));
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.PARTIAL);
        assertThat(plan.getStatus().essStatus()).isEqualTo("Warning");
        assertThat(plan.getShortfallUnits()).isEqualTo(2);
    }

    // ---------------------------------------------------------------------------------------
    // snapshot details (A8, A24, A25)

    @Test
    void diskFallbackWithoutSnapshotInfoUsesTheFirstCategory() {
        // A8: no diskOffers for (z1, A) -> every configured category counts as offered.
        ScalingConfiguration c = cfg(A).toBuilder().systemDisk(SystemDiskSpec.builder()
                .addCategory(DiskCategory.CLOUD_ESSD).addCategory(DiskCategory.CLOUD_EFFICIENCY).build()).build();
        assertThat(allocs(Fixtures.plan(c, request(1, 1).build(), CapacitySnapshot.empty())))
                .containsExactly("v1 A PAYG 1 unconfirmed cloud_essd");
        // the single SystemDisk.Category is a one-entry list; no category = no filter, no category
        ScalingConfiguration single = cfg(A).toBuilder().systemDisk(SystemDiskSpec.builder()
                .category(DiskCategory.CLOUD_EFFICIENCY).build()).build();
        CapacitySnapshot offers = CapacitySnapshot.builder().addDiskOffer(DiskOffer.builder().zoneId("z1").instanceType(A)
                .addCategory(DiskCategory.CLOUD_ESSD).build()).build();
        assertThat(trace(Fixtures.plan(single, request(1, 1).build(), offers)))
                .first().isEqualTo("v1 A PAYG SKIPPED 0 DISK_CATEGORY_UNAVAILABLE");
        LaunchPlan unfiltered = Fixtures.plan(cfg(A), request(1, 1).build(), offers);
        assertThat(unfiltered.getAllocations().get(0).getSystemDiskCategory()).isEmpty();
    }

    @Test
    void shortagesMayUseWildcardsAndTheLatestUntilCounts() {
        // A24: a zone-wide entry covers both types and billings; duplicates take the latest until.
        CapacitySnapshot s = CapacitySnapshot.builder()
                .addShortage(Shortage.builder().zoneId("z1").until(Instant.ofEpochSecond(100)).build())
                .addShortage(Shortage.builder().zoneId("z1").until(Instant.ofEpochSecond(300)).build())
                .addShortage(Shortage.builder().zoneId("z1").until(Instant.ofEpochSecond(200)).build())
                .build();
        LaunchPlan at250 = Fixtures.plan(cfg(A, B), request(2, 2).now(Instant.ofEpochSecond(250)).build(), s);
        assertThat(trace(at250)).startsWith("v1 A PAYG SKIPPED 0 RECENTLY_UNAVAILABLE",
                "v1 B PAYG SKIPPED 0 RECENTLY_UNAVAILABLE");
        assertThat(allocs(at250)).containsExactly("v2 A PAYG 2 unconfirmed");
        LaunchPlan at300 = Fixtures.plan(cfg(A, B), request(2, 2).now(Instant.ofEpochSecond(300)).build(), s);
        assertThat(allocs(at300)).containsExactly("v1 A PAYG 2 unconfirmed");
        // a type-wide entry (any zone) and a billing-wide entry
        CapacitySnapshot typeWide = CapacitySnapshot.builder()
                .addShortage(Shortage.builder().instanceType(A).until(Instant.ofEpochSecond(100)).build()).build();
        assertThat(allocs(Fixtures.plan(cfg(A, B), request(2, 2).now(Instant.ofEpochSecond(0)).build(), typeWide)))
                .containsExactly("v1 B PAYG 2 unconfirmed");
        CapacitySnapshot spotWide = CapacitySnapshot.builder()
                .addShortage(Shortage.builder().billing(Billing.SPOT).until(Instant.ofEpochSecond(100)).build()).build();
        assertThat(allocs(Fixtures.plan(cfg(A, B), request(2, 2).now(Instant.ofEpochSecond(0)).build(), spotWide)))
                .containsExactly("v1 A PAYG 2 unconfirmed");
        // shortages without now: an input error naming the field
        assertThatThrownBy(() -> Fixtures.plan(cfg(A, B), request(2, 2).build(), s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("now");
    }

    @Test
    void duplicateSnapshotKeysAreErrorsButMembersAddUp() {
        // A25
        assertThatThrownBy(() -> Fixtures.plan(cfg(A), request(1, 1).build(), snap(payg("z1", A, 1), payg("z1", A, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pools").hasMessageContaining("z1")
                .hasMessageContaining(A).hasMessageContaining("twice");
        assertThatThrownBy(() -> Fixtures.plan(cfg(A), request(1, 1).build(), CapacitySnapshot.builder()
                .addDiskOffer(DiskOffer.builder().zoneId("z1").instanceType(A).build())
                .addDiskOffer(DiskOffer.builder().zoneId("z1").instanceType(A).addCategory(DiskCategory.CLOUD_ESSD).build())
                .build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("diskOffers");
        // the same key with another billing is not a duplicate
        assertThat(Fixtures.plan(cfg(A), request(1, 1).build(), snap(payg("z1", A, 1), spot("z1", A, 2))).getStatus())
                .isEqualTo(PlanStatus.FULFILLED);
        // members add up: z1 = 1 + 1 = 2, z2 = 1 -> the next unit goes to z2
        LaunchPlan plan = Fixtures.plan(cfg(A), request(1, 2).policy(MultiAzPolicy.BALANCE)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 1))
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 1))
                .addCurrentMember(MemberCount.of("z2", A, Billing.PAYG, 1)).build(), CapacitySnapshot.empty());
        assertThat(allocs(plan)).containsExactly("v2 A PAYG 1 unconfirmed");
    }

    @Test
    void inputErrorsNameTheFieldTheValueAndTheRule() {
        assertThatThrownBy(() -> Fixtures.plan(cfg(A), request(1, 1).build(), snap(payg("z1", A, -3))))
                .hasMessageContaining("available").hasMessageContaining("-3").hasMessageContaining("negative");
        assertThatThrownBy(() -> Fixtures.plan(cfg(A), request(1, 1).policy(MultiAzPolicy.COMPOSABLE)
                .billing(BillingMode.MIXED).onDemandPercentageAboveBaseCapacity(101).build(), CapacitySnapshot.empty()))
                .hasMessageContaining("onDemandPercentageAboveBaseCapacity").hasMessageContaining("101")
                .hasMessageContaining("0..100");
        assertThatThrownBy(() -> Fixtures.plan(cfg(A), request(1, 1).minCount(0).build(), CapacitySnapshot.empty()))
                .hasMessageContaining("minCount").hasMessageContaining("0");
        assertThatThrownBy(() -> Fixtures.plan(cfg(A), request(1, 1)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, -1)).build(), CapacitySnapshot.empty()))
                .hasMessageContaining("currentMembers").hasMessageContaining("-1");
    }

    @Test
    void dropReasonsFollowR2sListingOrder() {
        // A20: NOT_REQUESTED > NOT_OFFERED > RECENTLY_UNAVAILABLE > PRICE_ABOVE_LIMIT > DISK_CATEGORY_UNAVAILABLE
        ScalingConfiguration c = Fixtures.base()
                .addInstanceType(InstanceTypeSpec.builder().instanceType(A).spotPriceLimit(new BigDecimal("0.01")).build())
                .addInstanceType(InstanceTypeSpec.builder().instanceType(B).spotPriceLimit(new BigDecimal("0.01")).build())
                .addInstanceType(InstanceTypeSpec.builder().instanceType(C).spotPriceLimit(new BigDecimal("0.01")).build())
                .systemDisk(SystemDiskSpec.builder().addCategory(DiskCategory.CLOUD_ESSD).build())
                .build();
        PoolCapacity notOffered = PoolCapacity.builder().zoneId("z2").instanceType(A).billing(Billing.SPOT).offered(false).build();
        CapacitySnapshot s = CapacitySnapshot.builder()
                .addPool(PoolCapacity.builder().zoneId("z1").instanceType(A).billing(Billing.SPOT).offered(false).build())
                .addPool(notOffered)
                .addPool(priced(spot("z2", B, 5), "0.02")).addPool(priced(spot("z2", C, 5), "0.02"))
                .addShortage(Shortage.builder().zoneId("z2").instanceType(A).until(Instant.ofEpochSecond(9)).build())
                .addShortage(Shortage.builder().zoneId("z2").instanceType(B).until(Instant.ofEpochSecond(9)).build())
                .addDiskOffer(DiskOffer.builder().zoneId("z2").instanceType(C).build())
                .addDiskOffer(DiskOffer.builder().zoneId("z1").instanceType(A).build())
                .build();
        LaunchPlan plan = Fixtures.plan(c, request(1, 2).billing(BillingMode.SPOT).requestedVswitchIds(List.of("vsw-2"))
                .now(Instant.ofEpochSecond(1)).build(), s);
        assertThat(trace(plan)).startsWith(
                "v1 A SPOT SKIPPED 0 NOT_REQUESTED",
                "v1 B SPOT SKIPPED 0 NOT_REQUESTED",
                "v1 C SPOT SKIPPED 0 NOT_REQUESTED",
                "v2 A SPOT SKIPPED 0 NOT_OFFERED",
                "v2 B SPOT SKIPPED 0 RECENTLY_UNAVAILABLE",
                "v2 C SPOT SKIPPED 0 PRICE_ABOVE_LIMIT");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.NONE);
    }

    @Test
    void bindingLimitsAreRecordedOnlyWhileDemandRemains() {
        // A3: a pool emptied exactly by the last demand has no reason; ties: stock, IPs, quota.
        LaunchPlan exact = Fixtures.plan(cfg(A), request(3, 1).build(), snap(payg("z1", A, 3)));
        assertThat(trace(exact)).containsExactly("v1 A PAYG ALLOCATED 3");
        CapacitySnapshot allZero = CapacitySnapshot.builder().addPool(payg("z1", A, 2)).putFreeIp("vsw-1", 2)
                .putQuota(A, 2).build();
        assertThat(trace(Fixtures.plan(cfg(A), request(3, 1).build(), allZero)))
                .containsExactly("v1 A PAYG ALLOCATED 2 NO_STOCK");
        CapacitySnapshot ipsAndQuota = CapacitySnapshot.builder().addPool(payg("z1", A, 5)).putFreeIp("vsw-1", 2)
                .putQuota(A, 2).build();
        assertThat(trace(Fixtures.plan(cfg(A), request(3, 1).build(), ipsAndQuota)))
                .containsExactly("v1 A PAYG ALLOCATED 2 VSWITCH_NO_FREE_IP");
        CapacitySnapshot quota = CapacitySnapshot.builder().addPool(payg("z1", A, 5)).putQuota(A, 2).build();
        assertThat(trace(Fixtures.plan(cfg(A), request(3, 1).build(), quota)))
                .containsExactly("v1 A PAYG ALLOCATED 2 QUOTA_EXCEEDED");
        // quota is per type across zones and billings (A5): z1 takes 2, z2 has none left
        LaunchPlan shared = Fixtures.plan(cfg(A), request(3, 2).build(), quota);
        assertThat(trace(shared)).containsExactly("v1 A PAYG ALLOCATED 2 QUOTA_EXCEEDED", "v2 A PAYG SKIPPED 0 QUOTA_EXCEEDED");
    }

    @Test
    void quotaAndFreeIpsAreSharedAcrossBillingsAndPhases() {
        // A5: quota A = 3 across billings. pct 50, N=4: PAYG A 2 (quota 1 left); spot A 1, then
        // QUOTA_EXCEEDED, B 1. Free IPs of v1 = 5 for both billings: one is left over.
        CapacitySnapshot s = CapacitySnapshot.builder().putQuota(A, 3).putFreeIp("vsw-1", 5).build();
        LaunchPlan plan = Fixtures.plan(cfg(A, B), request(4, 1).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.MIXED)
                .onDemandPercentageAboveBaseCapacity(50).build(), s);
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 2 unconfirmed", "v1 A SPOT 1 unconfirmed",
                "v1 B SPOT 1 unconfirmed");
        assertThat(trace(plan)).contains("v1 A SPOT ALLOCATED 1 QUOTA_EXCEEDED");
        // IPs: 3 free, N=4 -> PAYG 2, spot 1, then the vSwitch is out of addresses
        CapacitySnapshot ips = CapacitySnapshot.builder().putFreeIp("vsw-1", 3).build();
        LaunchPlan short3 = Fixtures.plan(cfg(A, B), request(4, 1).policy(MultiAzPolicy.COMPOSABLE)
                .billing(BillingMode.MIXED).onDemandPercentageAboveBaseCapacity(50).build(), ips);
        assertThat(allocs(short3)).containsExactly("v1 A PAYG 2 unconfirmed", "v1 A SPOT 1 unconfirmed");
        assertThat(trace(short3)).contains("v1 A SPOT ALLOCATED 1 VSWITCH_NO_FREE_IP", "v1 B SPOT SKIPPED 0 VSWITCH_NO_FREE_IP");
        assertThat(short3.getStatus()).isEqualTo(PlanStatus.PARTIAL);
    }

    // ---------------------------------------------------------------------------------------
    // trace (A2, §3.5)

    @Test
    void everyBalancedPoolIsExplained() {
        // §3.5: every pool of the phase's canonical order has a decision. Two zones, types [A, B],
        // ample A: z1 A, z2 A -> B is never needed in either zone: REQUEST_SATISFIED.
        LaunchPlan plan = Fixtures.plan(cfg(A, B), request(2, 2).policy(MultiAzPolicy.BALANCE).build(),
                snap(payg("z1", A, 10), payg("z2", A, 10)));
        assertThat(trace(plan)).containsExactlyInAnyOrder("v1 A PAYG ALLOCATED 1", "v2 A PAYG ALLOCATED 1",
                "v1 B PAYG SKIPPED 0 REQUEST_SATISFIED", "v2 B PAYG SKIPPED 0 REQUEST_SATISFIED");
        assertThat(plan.getTrace()).allSatisfy(d -> assertThat(d.getRank()).isPresent());
    }

    @Test
    void everySpotPoolIsExplained() {
        // set {A, B, C} (k=3), N=1: A takes it, B and C are in the set but not needed.
        CapacitySnapshot s = snap(priced(spot("z1", A, 10), "0.01"), priced(spot("z1", B, 10), "0.02"),
                priced(spot("z1", C, 10), "0.03"), priced(spot("z1", D, 10), "0.04"));
        LaunchPlan plan = Fixtures.plan(cfg(A, B, C, D), spotPools(1, 3).build(), s);
        assertThat(trace(plan)).containsExactlyInAnyOrder("v1 A SPOT ALLOCATED 1",
                "v1 B SPOT SKIPPED 0 REQUEST_SATISFIED", "v1 C SPOT SKIPPED 0 REQUEST_SATISFIED",
                "v1 D SPOT SKIPPED 0 NOT_IN_SPOT_POOL_SET");
    }

    @Test
    void balancedOnlyExplainsPoolsOfZonesThatReachedTheirTarget() {
        // z1 target 1 met by A; B in z1 not needed for the zone: ZONE_TARGET_REACHED on the pool.
        // z2 has nothing (A, B out of stock): exhausted. Demand is not met, so not REQUEST_SATISFIED.
        LaunchPlan plan = Fixtures.plan(cfg(A, B), request(2, 2).policy(MultiAzPolicy.BALANCE)
                .balanceMode(BalanceMode.BALANCED_ONLY).build(),
                snap(payg("z1", A, 10), payg("z1", B, 10), payg("z2", A, 0), payg("z2", B, 0)));
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1");
        assertThat(trace(plan)).contains("v1 B PAYG SKIPPED 0 ZONE_TARGET_REACHED", "v2 A PAYG SKIPPED 0 NO_STOCK",
                "v2 B PAYG SKIPPED 0 NO_STOCK", "z2 ZONE_EXHAUSTED");
        assertThat(trace(plan)).noneMatch(t -> t.contains("REQUEST_SATISFIED"));
    }

    @Test
    void oneDecisionPerPhaseAndPool() {
        LaunchPlan plan = Fixtures.plan(cfg(A, B, C), spotPools(12, 2).compensateWithOnDemand(true).build(),
                snap(priced(spot("z1", A, 2), "0.01"), priced(spot("z1", B, 2), "0.02"), priced(spot("z1", C, 2), "0.03"),
                        priced(payg("z1", A, 2), "0.1"), priced(payg("z1", B, 20), "0.2")));
        // spot: A2 B2 then C2 = 6; compensation 6 on PAYG cheapest first: A2, B4 (C has no price: last).
        assertThat(allocs(plan)).containsExactly("v1 A SPOT 2", "v1 B SPOT 2", "v1 C SPOT 2", "v1 A PAYG 2 comp",
                "v1 B PAYG 4 comp");
        assertThat(trace(plan)).contains("v1 C PAYG SKIPPED 0 REQUEST_SATISFIED");
        Map<String, Long> perKey = plan.getTrace().stream().filter(d -> d.getVswitchId().isPresent())
                .collect(Collectors.groupingBy(d -> d.getPhase() + "|" + d.getVswitchId().get() + "|" + d.getInstanceType().get(),
                        Collectors.counting()));
        assertThat(perKey.values()).allMatch(n -> n == 1);
    }

    // ---------------------------------------------------------------------------------------
    // determinism and purity (R5, R9)

    @Test
    void reorderingMembersAndSnapshotNeverChangesThePlan() {
        List<MemberCount> members = List.of(MemberCount.of("z1", A, Billing.PAYG, 3), MemberCount.of("z2", B, Billing.SPOT, 1),
                MemberCount.of("z3", A, Billing.SPOT, 2), MemberCount.of("z1", A, Billing.PAYG, 1));
        CapacitySnapshot s = CapacitySnapshot.builder()
                .addPool(priced(payg("z1", A, 3), "0.3")).addPool(priced(payg("z2", A, 1), "0.2"))
                .addPool(priced(spot("z1", A, 2), "0.05")).addPool(priced(spot("z2", B, 5), "0.04"))
                .addPool(priced(spot("z3", A, 1), "0.03")).addPool(priced(spot("z3", B, 9), "0.06"))
                .addShortage(Shortage.builder().zoneId("z2").billing(Billing.PAYG).until(Instant.ofEpochSecond(5)).build())
                .addShortage(Shortage.builder().instanceType(B).until(Instant.ofEpochSecond(1)).build())
                .build();
        ScaleOutRequest base = request(9, 3).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.MIXED).azBalance(true)
                .allocationStrategy(AllocationStrategy.LOWEST_PRICE).spotAllocationStrategy(AllocationStrategy.LOWEST_PRICE)
                .onDemandPercentageAboveBaseCapacity(30).spotInstancePools(2).compensateWithOnDemand(true)
                .now(Instant.ofEpochSecond(2)).currentMembers(members).build();
        LaunchPlan reference = Fixtures.plan(cfg(A, B), base, s);
        String json = ScalingJson.defaults().writeValue(reference);
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<MemberCount> m = new ArrayList<>(members);
            Collections.shuffle(m, random);
            List<PoolCapacity> p = new ArrayList<>(s.getPools());
            Collections.shuffle(p, random);
            List<Shortage> sh = new ArrayList<>(s.getShortages());
            Collections.shuffle(sh, random);
            LaunchPlan again = Fixtures.plan(cfg(A, B), base.withCurrentMembers(m), s.withPools(p).withShortages(sh));
            assertThat(again).isEqualTo(reference);
            assertThat(ScalingJson.defaults().writeValue(again)).isEqualTo(json);
        }
    }

    @Test
    void inputsAreNotModified() {
        ScalingConfiguration c = cfg(A, B);
        ScaleOutRequest req = request(5, 2).policy(MultiAzPolicy.BALANCE)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 1)).build();
        CapacitySnapshot s = snap(payg("z1", A, 1), payg("z2", A, 2));
        String before = c.toString() + req + s;
        Fixtures.plan(c, req, s);
        assertThat(c.toString() + req + s).isEqualTo(before);
        assertThat(Fixtures.plan(c, req, s)).isEqualTo(Fixtures.plan(c, req, s));
    }

    // ---------------------------------------------------------------------------------------
    // JSON form

    @Test
    void thePlanWritesAsStableReadableJson() throws Exception {
        LaunchPlan plan = Fixtures.plan(cfg(A, B), request(3, 2).maxSize(2).build(), snap(payg("z1", A, 1)));
        String json = ScalingJson.defaults().writeValue(plan);
        assertThat(ScalingJson.defaults().writeValue(plan)).isEqualTo(json);
        com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.get("status").asText()).isEqualTo("FULFILLED");
        assertThat(tree.get("requestedUnits").asInt()).isEqualTo(3);
        assertThat(tree.get("effectiveUnits").asInt()).isEqualTo(2);
        assertThat(tree.get("plannedUnits").asLong()).isEqualTo(2);
        assertThat(tree.get("plannedInstances").asInt()).isEqualTo(2);
        assertThat(tree.get("shortfallUnits").asLong()).isZero();
        assertThat(tree.get("clampedBy").asText()).isEqualTo("MAX_SIZE");
        com.fasterxml.jackson.databind.JsonNode first = tree.get("allocations").get(0);
        assertThat(first.get("vswitchId").asText()).isEqualTo("vsw-1");
        assertThat(first.get("instanceType").asText()).isEqualTo(A);
        assertThat(first.get("billing").asText()).isEqualTo("PAYG");
        assertThat(first.get("count").asInt()).isEqualTo(1);
        assertThat(first.get("capacityConfirmed").asBoolean()).isTrue();
        assertThat(tree.get("trace").get(0).get("reason").asText()).isEqualTo("CLAMPED_TO_MAX_SIZE");
        // nothing of the configuration (credentials) leaks into the plan's JSON
        assertThat(tree.has("configuration")).isFalse();
        assertThat(tree.has("instances")).isFalse();
    }

    // ---------------------------------------------------------------------------------------
    // instance naming

    private static ScalingConfiguration named(String name, String host) {
        ScalingConfiguration.Builder b = cfg(A).toBuilder();
        if (name != null) {
            b.instanceName(name);
        }
        if (host != null) {
            b.hostName(host);
        }
        return b.build();
    }

    private static List<String> names(ScalingConfiguration c, ScaleOutRequest req) {
        return Fixtures.plan(c, req, CapacitySnapshot.empty()).instances().stream()
                .map(i -> i.getInstanceName().orElse("-") + "/" + i.getHostName().orElse("-"))
                .collect(Collectors.toList());
    }

    @Test
    void orderedPatternsDefaultsAndPadding() {
        // [] and [,] mean [0,6]; begin with more digits than bits -> bits 6; zero padding
        assertThat(names(named("web-(AUTO_INCREMENT)[,]", "h[]x"), request(2, 1).build()))
                .containsExactly("web-000000/h000000x", "web-000001/h000001x");
        assertThat(names(named("node-(AUTO_INCREMENT)[1000,3]-z", "n-[7,1]"), request(2, 1).build()))
                .containsExactly("node-001000-z/n-7", "node-001001-z/n-8");
        assertThat(names(named("a-(AUTO_INCREMENT)[10,3]", "h-[1,2]"), request(2, 1).build()))
                .containsExactly("a-010/h-01", "a-011/h-02");
    }

    @Test
    void firstSequenceNumberAndPlainNames() {
        assertThat(names(named("a-(AUTO_INCREMENT)[0,3]", "plain-host"), request(2, 1).firstSequenceNumber(41L).build()))
                .containsExactly("a-041/plain-host", "a-042/plain-host");
        assertThat(names(named(null, null), request(1, 1).build())).containsExactly("-/-");
        // the ECS batch form restarts at its begin number on every scale-out (ess spec §2.2):
        // firstSequenceNumber continues only the group-wide (AUTO_INCREMENT) counter
        assertThat(names(named("a-(AUTO_INCREMENT)[0,3]", "k8s-[1,4]"), request(2, 1).firstSequenceNumber(41L).build()))
                .containsExactly("a-041/k8s-0001", "a-042/k8s-0002");
        // the sequence number follows the ordered pattern even when the instance name is plain
        LaunchPlan plan = Fixtures.plan(named("plain", "h-(AUTO_INCREMENT)[5,2]"), request(2, 1).build(),
                CapacitySnapshot.empty());
        assertThat(plan.instances()).extracting(PlannedInstance::getSequenceNumber).containsExactly(5L, 6L);
    }

    @Test
    void aCounterOverflowNamesTheField() {
        // [0,1]: 0..9, 11 instances -> the last number 10 does not fit
        // ESS fails such a scale-out: NONE (ESS Failed), nothing planned, the note names the field
        LaunchPlan plan = Fixtures.plan(named("web", "h-(AUTO_INCREMENT)[0,1]"), request(11, 1).build(),
                CapacitySnapshot.empty());
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.NONE);
        assertThat(plan.getAllocations()).isEmpty();
        assertThat(plan.instances()).isEmpty();
        assertThat(plan.getPlannedUnits()).isZero();
        assertThat(plan.getShortfallUnits()).isEqualTo(11);
        assertThat(reasons(plan, ReasonCode.NAME_SEQUENCE_EXHAUSTED)).hasSize(1);
        assertThat(plan.getTrace().get(plan.getTrace().size() - 1).getDetail())
                .contains("HostName", "10", "at most 9");
        // ten fit exactly
        assertThat(Fixtures.plan(named("web", "h-(AUTO_INCREMENT)[0,1]"), request(10, 1).build(),
                CapacitySnapshot.empty()).instances()).hasSize(10);
    }

    @Test
    void instancesFollowAllocationOrder() {
        LaunchPlan plan = Fixtures.plan(named("n-(AUTO_INCREMENT)[0,3]", null), request(3, 2).build(),
                snap(payg("z1", A, 2)));
        assertThat(plan.instances()).extracting(i -> i.getVswitchId() + " " + i.getInstanceName().orElseThrow())
                .containsExactly("vsw-1 n-000", "vsw-1 n-001", "vsw-2 n-002");
        assertThat(plan.instances().get(2).getAllocation()).isEqualTo(plan.getAllocations().get(1));
    }
}
