package dev.scalecfg.launcher;

import static dev.scalecfg.launcher.Fixtures.A;
import static dev.scalecfg.launcher.Fixtures.LAUNCHER;
import static dev.scalecfg.launcher.Fixtures.allocs;
import static dev.scalecfg.launcher.Fixtures.payg;
import static dev.scalecfg.launcher.Fixtures.priced;
import static dev.scalecfg.launcher.Fixtures.request;
import static dev.scalecfg.launcher.Fixtures.spot;
import static dev.scalecfg.launcher.Fixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.scalecfg.core.BurstablePerformance;
import dev.scalecfg.core.InstanceFamilyLevel;
import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.InstanceTypeInfo;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.PriceComparisonMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Intelligent mode (spec §2 row InstancePatternInfos, §3.7 item 7): the configuration's patterns
 * resolved against the snapshot's catalog, explicit types first, then pattern types by price.
 * Every expectation is worked out by hand (comments).
 */
final class IntelligentModeTest {
    private static final String P1 = "ecs.p1.large";
    private static final String P2 = "ecs.p2.large";
    private static final String P3 = "ecs.p3.large";
    private static final String Q1 = "ecs.q1.large";

    /** 2 vCPU / 4 GiB: P1, P2, P3 (P3 burstable, CreditEntryLevel); Q1 is 4 vCPU / 8 GiB. */
    private static final List<InstanceTypeInfo> CATALOG = List.of(
            info(P1, 2, "4").withFamilyLevel(InstanceFamilyLevel.ENTERPRISE_LEVEL),
            info(P2, 2, "4").withFamilyLevel(InstanceFamilyLevel.ENTERPRISE_LEVEL),
            info(P3, 2, "4").withFamilyLevel(InstanceFamilyLevel.CREDIT_ENTRY_LEVEL).withBurstable(true),
            info(Q1, 4, "8").withFamilyLevel(InstanceFamilyLevel.ENTERPRISE_LEVEL));

    private static PlanInputException refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(PlanInputException.class);
        return (PlanInputException) thrown;
    }

    private static InstanceTypeInfo info(String type, int vcpus, String memory) {
        return InstanceTypeInfo.of(type, vcpus, new BigDecimal(memory));
    }

    private static InstancePatternSpec.Builder pattern(int cores, String memory) {
        return InstancePatternSpec.builder().cores(cores).memory(new BigDecimal(memory));
    }

    private static ScalingConfiguration cfg(InstancePatternSpec... patterns) {
        ScalingConfiguration.Builder b = Fixtures.base();
        for (InstancePatternSpec p : patterns) {
            b.addInstancePattern(p);
        }
        return b.build();
    }

    /** PAYG prices in z1: P1 .30, P2 .20, P3 .25, Q1 .10; stock as given. */
    private static CapacitySnapshot.Builder snapshot(int p1, int p2, int p3) {
        return CapacitySnapshot.builder().addAllCatalog(CATALOG)
                .addPool(priced(payg("z1", P1, p1), "0.30")).addPool(priced(payg("z1", P2, p2), "0.20"))
                .addPool(priced(payg("z1", P3, p3), "0.25")).addPool(priced(payg("z1", Q1, 9), "0.10"));
    }

    @Test
    void aPatternOnlyConfigurationPlansTheMatchingTypesCheapestFirst() {
        // pattern 2 vCPU / 4 GiB matches P1 (.30), P2 (.20), P3 (.25); Q1 (4/8) does not.
        // Candidates by price: P2, P3, P1. PRIORITY walk, N=6: P2 takes 2 (NO_STOCK), P3 3 (NO_STOCK), P1 1.
        LaunchPlan plan = LAUNCHER.plan(cfg(pattern(2, "4").build()), request(6, 1).build(), snapshot(10, 2, 3).build());
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThat(allocs(plan)).containsExactly("v1 P2 PAYG 2", "v1 P3 PAYG 3", "v1 P1 PAYG 1");
        assertThat(trace(plan)).startsWith("P2 PATTERN_MATCH #1", "P3 PATTERN_MATCH #1", "P1 PATTERN_MATCH #1");
        assertThat(plan.getTrace().get(0).getOutcome()).isEqualTo(Outcome.CANDIDATE);
        assertThat(plan.getTrace().get(0).getDetail()).contains("PAYG price 0.20", "candidate 1");
        assertThat(trace(plan)).noneMatch(line -> line.contains("Q1"));
    }

    @Test
    void explicitTypesComeFirstInTheirOrder() {
        // explicit [A], then pattern types P2, P3, P1. A has 1 left: A 1, then P2 2, P3 1 (N=4).
        ScalingConfiguration c = cfg(pattern(2, "4").build()).toBuilder().addInstanceType(InstanceTypeSpec.of(A)).build();
        LaunchPlan plan = LAUNCHER.plan(c, request(4, 1).build(), snapshot(10, 2, 3).addPool(payg("z1", A, 1)).build());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1", "v1 P2 PAYG 2", "v1 P3 PAYG 1");
        assertThat(InstanceTypeResolver.resolve(c, snapshot(10, 2, 3).build()).getTypes())
                .extracting(CandidateType::getInstanceType).containsExactly(A, P2, P3, P1);
    }

    @Test
    void maxPriceCutsTypesAndAPriceEqualToItIsKept() {
        // MaxPrice .25: P2 (.20) and P3 (.25, equal: kept, A30) match; P1 (.30) is above.
        LaunchPlan plan = LAUNCHER.plan(cfg(pattern(2, "4").maxPrice(new BigDecimal("0.25")).build()),
                request(20, 1).build(), snapshot(10, 2, 3).build());
        assertThat(trace(plan)).startsWith("P2 PATTERN_MATCH #1", "P3 PATTERN_MATCH #1", "P1 PATTERN_PRICE_ABOVE_MAX #1");
        assertThat(plan.getTrace().get(2).getDetail()).contains("price 0.30 > MaxPrice 0.25 of pattern 1");
        // only P2 and P3 are planned: 5 units, 15 short
        assertThat(allocs(plan)).containsExactly("v1 P2 PAYG 2", "v1 P3 PAYG 3");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.PARTIAL);
    }

    @Test
    void excludedTypesAndFamiliesAreLeftOut() {
        // ExcludedInstanceTypes: P2 exactly, and the family ecs.p3 by wildcard. Only P1 is left.
        LaunchPlan plan = LAUNCHER.plan(cfg(pattern(2, "4").addExcludedInstanceType(P2)
                .addExcludedInstanceType("ecs.p3.*").build()), request(2, 1).build(), snapshot(10, 2, 3).build());
        assertThat(trace(plan)).startsWith("P2 PATTERN_EXCLUDED #1", "P3 PATTERN_EXCLUDED #1", "P1 PATTERN_MATCH #1");
        assertThat(plan.getTrace().get(1).getDetail()).contains("'ecs.p3.*'");
        assertThat(allocs(plan)).containsExactly("v1 P1 PAYG 2");
    }

    @Test
    void burstableFamilyLevelAndUnknownAttributesFilter() {
        // BurstablePerformance Exclude drops P3 silently (it is not of the pattern's shape);
        // InstanceFamilyLevel EnterpriseLevel keeps P1 and P2; a type without a family level in the
        // catalog is PATTERN_ATTRIBUTE_UNKNOWN.
        CapacitySnapshot snap = snapshot(10, 2, 3).addCatalog(info("ecs.p4.large", 2, "4"))
                .addPool(priced(payg("z1", "ecs.p4.large", 5), "0.01")).build();
        LaunchPlan plan = LAUNCHER.plan(cfg(pattern(2, "4").burstablePerformance(BurstablePerformance.EXCLUDE)
                .instanceFamilyLevel(InstanceFamilyLevel.ENTERPRISE_LEVEL).build()), request(1, 1).build(), snap);
        assertThat(trace(plan)).startsWith("P4 PATTERN_ATTRIBUTE_UNKNOWN #1", "P2 PATTERN_MATCH #1", "P1 PATTERN_MATCH #1");
        assertThat(plan.getTrace().get(0).getDetail()).contains("InstanceFamilyLevel");
        assertThat(trace(plan)).noneMatch(line -> line.startsWith("P3 "));
        // Required keeps only the burstable P3
        LaunchPlan burstable = LAUNCHER.plan(cfg(pattern(2, "4").burstablePerformance(BurstablePerformance.REQUIRED)
                .build()), request(1, 1).build(), snapshot(10, 2, 3).build());
        assertThat(allocs(burstable)).containsExactly("v1 P3 PAYG 1");
    }

    @Test
    void withoutACatalogAPatternOnlyConfigurationIsAClearError() {
        PlanInputException e = refused(() -> LAUNCHER.plan(cfg(pattern(2, "4").build()), request(1, 1).build(),
                CapacitySnapshot.empty()));
        assertThat(e).hasMessageContainingAll("InstancePatternInfos", "no instance-type catalog", "'catalog'")
                .hasMessageNotContaining("lists no instance type");
        assertThat(e.getInputs()).containsExactly(PlanInput.CONFIGURATION, PlanInput.SNAPSHOT);
        // with an explicit type the plan goes on with it, and the trace says the pattern was not resolved
        ScalingConfiguration both = cfg(pattern(2, "4").build()).toBuilder().addInstanceType(InstanceTypeSpec.of(A)).build();
        LaunchPlan plan = LAUNCHER.plan(both, request(1, 1).build(), CapacitySnapshot.empty());
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1 unconfirmed");
        assertThat(plan.getTrace().get(0).getReason()).contains(ReasonCode.PATTERN_NOT_RESOLVED);
        assertThat(plan.getTrace().get(0).getPattern()).contains(1);
    }

    @Test
    void equalPricesAreOrderedByPatternNumberThenTypeName() {
        // all three at .20: pattern 1 (2/4) matches P1, P2, P3; pattern 2 (4/8) matches Q1.
        // Ties: pattern 1 before pattern 2, then by name: P1, P2, P3, Q1 - whatever the catalog order.
        List<InstanceTypeInfo> catalog = new ArrayList<>(CATALOG);
        Collections.reverse(catalog);
        CapacitySnapshot.Builder snap = CapacitySnapshot.builder().addAllCatalog(catalog);
        for (String t : List.of(Q1, P3, P2, P1)) {
            snap.addPool(priced(payg("z1", t, 5), "0.20"));
        }
        ScalingConfiguration c = cfg(pattern(4, "8").build(), pattern(2, "4").build());
        // pattern numbers: (4/8) is pattern 1 here, so Q1 comes first
        assertThat(InstanceTypeResolver.resolve(c, snap.build()).getTypes())
                .extracting(t -> Fixtures.label(t.getInstanceType()) + "#" + t.getPattern().orElseThrow())
                .containsExactly("Q1#1", "P1#2", "P2#2", "P3#2");
        ScalingConfiguration swapped = cfg(pattern(2, "4").build(), pattern(4, "8").build());
        assertThat(InstanceTypeResolver.resolve(swapped, snap.build()).getTypes())
                .extracting(t -> Fixtures.label(t.getInstanceType())).containsExactly("P1", "P2", "P3", "Q1");
        // a type without a price comes after every priced one
        CapacitySnapshot unpriced = CapacitySnapshot.builder().addAllCatalog(CATALOG)
                .addPool(priced(payg("z1", P3, 5), "0.90")).build();
        assertThat(InstanceTypeResolver.resolve(swapped, unpriced).getTypes())
                .extracting(t -> Fixtures.label(t.getInstanceType())).containsExactly("P3", "P1", "P2", "Q1");
    }

    @Test
    void pricesFollowTheConfigurationsBillingAndTheZonesInPlay() {
        // spot configuration: ranked by SPOT price (P1 .05 < P2 .09) though PAYG says otherwise
        CapacitySnapshot snap = snapshot(10, 10, 10).addPool(priced(spot("z1", P1, 5), "0.05"))
                .addPool(priced(spot("z1", P2, 5), "0.09")).addPool(priced(spot("z1", P3, 5), "0.07"))
                // a cheaper P2 in a zone the request does not use does not count
                .addPool(priced(spot("z9", P2, 5), "0.01")).build();
        ScalingConfiguration c = cfg(pattern(2, "4").build()).withSpotStrategy(SpotStrategy.SPOT_AS_PRICE_GO);
        LaunchPlan plan = LAUNCHER.plan(c, request(1, 1).build(), snap);
        assertThat(trace(plan)).startsWith("P1 PATTERN_MATCH #1", "P3 PATTERN_MATCH #1", "P2 PATTERN_MATCH #1");
        assertThat(allocs(plan)).containsExactly("v1 P1 SPOT 1");
        // the resolver without zones takes every zone: P2's .01 in z9 puts it first
        assertThat(InstanceTypeResolver.resolve(c, snap).getTypes().get(0).getInstanceType()).isEqualTo(P2);
        assertThat(InstanceTypeResolver.resolve(c, snap).getBilling()).isEqualTo(Billing.SPOT);
    }

    @Test
    void underSpotWithPriceLimitThePatternsMaxPriceLimitsEachPool() {
        // MaxPrice .08 on SPOT: P1 (lowest .05) and P3 (.07) match, P2 (.09) is above. P1 costs .12 in
        // z2: that pool is dropped PRICE_ABOVE_LIMIT; the instance carries the limit.
        CapacitySnapshot snap = CapacitySnapshot.builder().addAllCatalog(CATALOG)
                .addPool(priced(spot("z1", P1, 1), "0.05")).addPool(priced(spot("z2", P1, 5), "0.12"))
                .addPool(priced(spot("z1", P2, 5), "0.09")).addPool(priced(spot("z1", P3, 5), "0.07")).build();
        ScalingConfiguration c = cfg(pattern(2, "4").maxPrice(new BigDecimal("0.08")).build())
                .withSpotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT);
        LaunchPlan plan = LAUNCHER.plan(c, request(2, 2).build(), snap);
        assertThat(trace(plan)).contains("P2 PATTERN_PRICE_ABOVE_MAX #1", "v2 P1 SPOT SKIPPED 0 PRICE_ABOVE_LIMIT");
        assertThat(allocs(plan)).containsExactly("v1 P1 SPOT 1", "v1 P3 SPOT 1");
        assertThat(plan.instances()).allSatisfy(i -> assertThat(i.getSpotPriceLimit()).contains(new BigDecimal("0.08")));
    }

    @Test
    void theCandidateListHoldsAtMostTenTypes() {
        // 8 explicit types + P2, P3, P1 by pattern: P2 and P3 fill the list to 10, P1 is left out
        ScalingConfiguration.Builder b = cfg(pattern(2, "4").build()).toBuilder();
        for (int i = 0; i < 8; i++) {
            b.addInstanceType(InstanceTypeSpec.of("ecs.x" + i + ".large"));
        }
        ResolvedTypes resolved = InstanceTypeResolver.resolve(b.build(), snapshot(1, 1, 1).build());
        assertThat(resolved.getTypes()).hasSize(InstanceTypeResolver.MAX_INSTANCE_TYPES);
        assertThat(resolved.getDecisions()).extracting(Fixtures::render)
                .containsExactly("P2 PATTERN_MATCH #1", "P3 PATTERN_MATCH #1", "P1 PATTERN_LIMIT_REACHED #1");
    }

    @Test
    void aPatternTypeThatIsAlsoExplicitKeepsItsExplicitPlace() {
        ScalingConfiguration c = cfg(pattern(2, "4").build()).toBuilder().addInstanceType(InstanceTypeSpec.of(P1)).build();
        ResolvedTypes resolved = InstanceTypeResolver.resolve(c, snapshot(1, 1, 1).build());
        assertThat(resolved.getTypes()).extracting(CandidateType::getInstanceType).containsExactly(P1, P2, P3);
        assertThat(resolved.getTypes().get(0).getPattern()).isEmpty();
        assertThat(resolved.getDecisions()).extracting(Fixtures::render)
                .containsExactly("P2 PATTERN_MATCH #1", "P3 PATTERN_MATCH #1", "P1 PATTERN_ALREADY_LISTED #1");
    }

    @Test
    void aTypeSeveralPatternsMatchBelongsToTheFirstThatTakesIt() {
        // pattern 1 has MaxPrice .15 (all above), pattern 2 none: every type comes from pattern 2
        ScalingConfiguration c = cfg(pattern(2, "4").maxPrice(new BigDecimal("0.15")).build(), pattern(2, "4").build());
        assertThat(InstanceTypeResolver.resolve(c, snapshot(1, 1, 1).build()).getDecisions()).extracting(Fixtures::render)
                .containsExactly("P2 PATTERN_MATCH #2", "P3 PATTERN_MATCH #2", "P1 PATTERN_MATCH #2");
    }

    @Test
    void patternsThatMatchNothingPlanNothing() {
        LaunchPlan plan = LAUNCHER.plan(cfg(pattern(8, "32").build()), request(1, 1).build(), snapshot(1, 1, 1).build());
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.NONE);
        assertThat(plan.getAllocations()).isEmpty();
        assertThat(plan.getShortfallUnits()).isEqualTo(1);
        assertThat(trace(plan)).containsExactly("NO_CANDIDATE_TYPE");
    }

    @Test
    void perVcpuPricesUseTheCatalogsVcpus() {
        // COST_OPTIMIZED PER_VCPU: P1 .30/2, P2 .20/2, P3 .25/2, Q1 .10/4 (pattern 2 covers Q1). Cheapest
        // per vCPU: Q1 (.025), then P2, P3, P1. N=1 -> Q1, with no vcpus map in the snapshot.
        ScalingConfiguration c = cfg(pattern(2, "4").build(), pattern(4, "8").build());
        LaunchPlan plan = LAUNCHER.plan(c, request(1, 1).policy(MultiAzPolicy.COST_OPTIMIZED)
                .priceComparison(PriceComparisonMode.PER_VCPU).build(), snapshot(5, 5, 5).build());
        assertThat(allocs(plan)).containsExactly("v1 Q1 PAYG 1");
        // the old vcpus map must agree with the catalog
        PlanInputException e = refused(() -> LAUNCHER.plan(c, request(1, 1).build(),
                snapshot(5, 5, 5).putVcpu(Q1, 8).build()));
        assertThat(e).hasMessageContainingAll("vcpus", Q1, "8", "catalog", "4");
        assertThat(e.getInputs()).containsExactly(PlanInput.SNAPSHOT);
    }

    @Test
    void catalogMistakesAreSnapshotErrors() {
        ScalingConfiguration c = cfg(pattern(2, "4").build());
        PlanInputException twice = refused(() -> LAUNCHER.plan(c, request(1, 1).build(),
                CapacitySnapshot.builder().addCatalog(info(P1, 2, "4"), info(P1, 2, "4")).build()));
        assertThat(twice).hasMessageContainingAll("catalog", P1, "twice");
        assertThat(twice.getInputs()).containsExactly(PlanInput.SNAPSHOT);
        assertThat(refused(() -> LAUNCHER.plan(c, request(1, 1).build(),
                CapacitySnapshot.builder().addCatalog(info(P1, 0, "4")).build())))
                .hasMessageContainingAll(P1, "vcpus 0");
        assertThat(refused(() -> LAUNCHER.plan(c, request(1, 1).build(),
                CapacitySnapshot.builder().addCatalog(info(P1, 2, "0")).build())))
                .hasMessageContainingAll(P1, "memory 0");
    }

    @Test
    void theCatalogsOrderNeverChangesThePlan() {
        ScalingConfiguration c = cfg(pattern(2, "4").build(), pattern(4, "8").build());
        CapacitySnapshot snap = snapshot(2, 2, 2).build();
        List<InstanceTypeInfo> reversed = new ArrayList<>(snap.getCatalog());
        Collections.reverse(reversed);
        List<PoolCapacity> pools = new ArrayList<>(snap.getPools());
        Collections.reverse(pools);
        assertThat(LAUNCHER.plan(c, request(7, 1).build(), snap.withCatalog(reversed).withPools(pools)))
                .isEqualTo(LAUNCHER.plan(c, request(7, 1).build(), snap));
        assertThat(InstanceTypeResolver.resolve(c, snap.withCatalog(reversed)))
                .isEqualTo(InstanceTypeResolver.resolve(c, snap));
        assertThat(InstanceTypeResolver.resolve(c, snap).getDecisions().stream().map(Fixtures::render)
                .collect(Collectors.toList())).hasSize(4);
    }
}
