package dev.scalecfg.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.BalanceMode;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MemberCount;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.Overshoot;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.UnknownCapacity;
import dev.scalecfg.core.scaleout.VSwitch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the launcher over generated configurations, requests and snapshots (issue 4). */
final class LaunchPlanPropertiesTest {
    private static final InstanceLauncher LAUNCHER = InstanceLauncher.create();
    private static final int EXAMPLES = 400;

    private static LaunchPlan plan(Scenarios s) {
        return Fixtures.plan(s.cfg(), s.req(), s.snap());
    }

    private static int maxWeight(ScalingConfiguration cfg) {
        return cfg.getInstanceTypes().stream().mapToInt(t -> t.getWeightedCapacity().orElse(1)).max().orElse(1);
    }

    @Test
    void plannedUnitsStayBelowEffectivePlusLargestWeight() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.all()).checkAssert(s -> {
            LaunchPlan plan = plan(s);
            assertThat(plan.getPlannedUnits()).isLessThanOrEqualTo(plan.getEffectiveUnits() + maxWeight(s.cfg()) - 1L);
            assertThat(plan.getAllocations().stream().mapToLong(Allocation::units).sum()).isEqualTo(plan.getPlannedUnits());
            assertThat(plan.getShortfallUnits()).isEqualTo(Math.max(0, plan.getEffectiveUnits() - plan.getPlannedUnits()));
            s.req().getMaxSize().ifPresent(max -> {
                if (plan.getStatus() != PlanStatus.REJECTED) {
                    assertThat(plan.getTotalCapacityAfter()).isLessThanOrEqualTo(max + maxWeight(s.cfg()) - 1L);
                }
            });
            switch (plan.getStatus()) {
                case FULFILLED -> assertThat(plan.getPlannedUnits()).isGreaterThanOrEqualTo(plan.getEffectiveUnits());
                case PARTIAL -> assertThat(plan.getPlannedUnits()).isLessThan(plan.getEffectiveUnits())
                        .isGreaterThanOrEqualTo(s.req().getMinCount());
                default -> assertThat(plan.getAllocations()).isEmpty();
            }
        });
    }

    @Test
    void noPoolGetsMoreThanStockQuotaOrFreeIps() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.all()).checkAssert(s -> {
            LaunchPlan plan = plan(s);
            Map<String, Long> perPool = new HashMap<>();
            Map<String, Long> perType = new HashMap<>();
            Map<String, Long> perVs = new HashMap<>();
            for (Allocation a : plan.getAllocations()) {
                perPool.merge(a.getZoneId() + "|" + a.getInstanceType() + "|" + a.getBilling(), (long) a.getCount(), Long::sum);
                perType.merge(a.getInstanceType(), (long) a.getCount(), Long::sum);
                perVs.merge(a.getVswitchId(), (long) a.getCount(), Long::sum);
            }
            for (PoolCapacity pool : s.snap().getPools()) {
                long used = perPool.getOrDefault(pool.getZoneId() + "|" + pool.getInstanceType() + "|" + pool.getBilling(), 0L);
                if (!pool.isOffered()) {
                    assertThat(used).isZero();
                }
                pool.getAvailable().ifPresent(n -> assertThat(used).isLessThanOrEqualTo(n));
            }
            s.snap().getQuotas().forEach((type, q) -> assertThat(perType.getOrDefault(type, 0L)).isLessThanOrEqualTo(q));
            s.snap().getFreeIps().forEach((vs, n) -> assertThat(perVs.getOrDefault(vs, 0L)).isLessThanOrEqualTo(n));
            s.req().getRequestedVswitchIds().ifPresent(ids -> assertThat(ids).containsAll(perVs.keySet()));
            for (Allocation a : plan.getAllocations()) {
                assertThat(VSwitch.of(a.getVswitchId(), a.getZoneId())).isIn(s.req().getVswitches());
            }
        });
    }

    @Test
    void lowerPriorityPoolUsedOnlyWhenHigherOnesWereExhaustedOrSkipped() {
        Set<ReasonCode> stops = Set.of(ReasonCode.NO_STOCK, ReasonCode.VSWITCH_NO_FREE_IP, ReasonCode.QUOTA_EXCEEDED);
        qt().withExamples(EXAMPLES).forAll(Scenarios.all()
                .map(s -> new Scenarios(s.seed(), s.cfg().withSpotStrategy(Optional.empty()), s.req()
                        .withPolicy(s.seed() % 2 == 0 ? MultiAzPolicy.PRIORITY : MultiAzPolicy.COST_OPTIMIZED)
                        .withBilling(BillingMode.PAYG).withOvershoot(Overshoot.ALLOW), s.snap())))
                .checkAssert(s -> {
                    LaunchPlan plan = plan(s);
                    List<Decision> walk = plan.getTrace().stream()
                            .filter(d -> d.getPhase().isPresent() && d.getRank().isPresent())
                            .collect(Collectors.toList());
                    for (Decision d : walk) {
                        if (d.getOutcome() != Outcome.ALLOCATED) {
                            continue;
                        }
                        int rank = d.getRank().get();
                        List<Decision> higher = walk.stream().filter(h -> h.getRank().get() < rank).collect(Collectors.toList());
                        assertThat(higher).hasSize(rank);
                        assertThat(higher).allSatisfy(h -> assertThat(h.getReason()).isPresent().get().isIn(stops));
                    }
                    // dropped pools always carry their reason
                    plan.getTrace().stream().filter(d -> d.getPhase().isEmpty() && d.getVswitchId().isPresent())
                            .forEach(d -> assertThat(d.getReason()).isPresent());
                });
    }

    @Test
    void balancedOnlyNeverMovesUnitsAcrossZones() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.all()).checkAssert(s -> {
            ScalingConfiguration unweighted = s.cfg().withSpotStrategy(Optional.empty()).withInstanceTypes(s.cfg().getInstanceTypes().stream()
                    .map(t -> InstanceTypeSpec.of(t.getInstanceType())).collect(Collectors.toList()));
            ScaleOutRequest req = s.req().withPolicy(MultiAzPolicy.BALANCE).withBilling(BillingMode.PAYG)
                    .withBalanceMode(BalanceMode.BALANCED_ONLY);
            LaunchPlan real = Fixtures.plan(unweighted, req, s.snap());
            LaunchPlan ample = Fixtures.plan(unweighted, req.withUnknownCapacity(UnknownCapacity.OPTIMISTIC),
                    CapacitySnapshot.empty());
            Map<String, Long> got = perZone(real);
            Map<String, Long> share = perZone(ample);
            got.forEach((zone, units) -> assertThat(units).as("zone %s", zone).isLessThanOrEqualTo(share.getOrDefault(zone, 0L)));
        });
    }

    private static Map<String, Long> perZone(LaunchPlan plan) {
        Map<String, Long> m = new HashMap<>();
        plan.getAllocations().forEach(a -> m.merge(a.getZoneId(), a.units(), Long::sum));
        return m;
    }

    @Test
    void reorderingSnapshotEntriesOrCurrentMembersNeverChangesThePlan() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.all()).checkAssert(s -> {
            LaunchPlan reference = plan(s);
            Random rnd = new Random(s.seed());
            List<PoolCapacity> pools = new ArrayList<>(s.snap().getPools());
            Collections.shuffle(pools, rnd);
            List<MemberCount> members = new ArrayList<>(s.req().getCurrentMembers());
            Collections.shuffle(members, rnd);
            var diskOffers = new ArrayList<>(s.snap().getDiskOffers());
            Collections.shuffle(diskOffers, rnd);
            var shortages = new ArrayList<>(s.snap().getShortages());
            Collections.shuffle(shortages, rnd);
            CapacitySnapshot snap = s.snap().withPools(pools).withDiskOffers(diskOffers).withShortages(shortages);
            LaunchPlan shuffled = Fixtures.plan(s.cfg(), s.req().withCurrentMembers(members), snap);
            assertThat(shuffled).isEqualTo(reference);
            assertThat(shuffled.toString()).isEqualTo(reference.toString());
        });
    }

    @Test
    void inputsAreNotModified() {
        qt().withExamples(EXAMPLES / 2).forAll(Scenarios.all()).checkAssert(s -> {
            ScalingConfiguration cfg = s.cfg().toBuilder().build();
            ScaleOutRequest req = s.req().toBuilder().build();
            CapacitySnapshot snap = s.snap().toBuilder().build();
            LaunchPlan first = plan(s);
            assertThat(s.cfg()).isEqualTo(cfg);
            assertThat(s.req()).isEqualTo(req);
            assertThat(s.snap()).isEqualTo(snap);
            assertThat(plan(s)).isEqualTo(first);
        });
    }

    @Test
    void instanceNamesAreUniqueAndFollowThePattern() {
        Pattern name = Pattern.compile("node-\\d{4}-x");
        Pattern host = Pattern.compile("h\\d{5}");
        qt().withExamples(EXAMPLES).forAll(Scenarios.all()).checkAssert(s -> {
            LaunchPlan plan = plan(s);
            List<PlannedInstance> instances = plan.instances();
            assertThat(instances).hasSize(plan.getPlannedInstances());
            long units = 0;
            Set<String> names = new HashSet<>();
            Set<String> hosts = new HashSet<>();
            for (PlannedInstance i : instances) {
                units += i.getUnits();
                if (s.cfg().getInstanceName().isPresent()) {
                    assertThat(i.getInstanceName().orElseThrow()).matches(name);
                    assertThat(i.getHostName().orElseThrow()).matches(host);
                    assertThat(names.add(i.getInstanceName().get())).isTrue();
                    assertThat(hosts.add(i.getHostName().get())).isTrue();
                } else {
                    assertThat(i.getInstanceName()).isEmpty();
                }
            }
            assertThat(units).isEqualTo(plan.getPlannedUnits());
        });
    }

    @Test
    void traceHasOneDecisionPerPhaseAndPoolMatchingTheAllocations() {
        qt().withExamples(EXAMPLES).forAll(Scenarios.all()).checkAssert(s -> {
            LaunchPlan plan = plan(s);
            Set<String> seen = new HashSet<>();
            Map<String, Long> traced = new HashMap<>();
            for (Decision d : plan.getTrace()) {
                if (d.getVswitchId().isEmpty()) {
                    assertThat(d.getOutcome()).isEqualTo(Outcome.SKIPPED);
                    continue;
                }
                String key = d.getPhase().map(Enum::name).orElse("R2") + " " + d.getVswitchId().get() + " "
                        + d.getInstanceType().orElseThrow() + " " + d.getBilling().orElseThrow();
                assertThat(seen.add(key)).as("one decision for %s", key).isTrue();
                assertThat(d.getOutcome() == Outcome.ALLOCATED).isEqualTo(d.getCount() > 0);
                if (d.getPhase().isEmpty()) {
                    assertThat(d.getReason()).isPresent();
                }
                if (d.getOutcome() == Outcome.ALLOCATED) {
                    traced.merge(key, (long) d.getCount(), Long::sum);
                }
            }
            if (plan.getStatus() == PlanStatus.FULFILLED || plan.getStatus() == PlanStatus.PARTIAL) {
                Map<String, Long> allocated = new HashMap<>();
                for (Allocation a : plan.getAllocations()) {
                    String phase = a.isCompensated() ? "COMPENSATION" : a.getBilling().name();
                    allocated.merge(phase + " " + a.getVswitchId() + " " + a.getInstanceType() + " " + a.getBilling(),
                            (long) a.getCount(), Long::sum);
                }
                assertThat(allocated).isEqualTo(traced);
            }
        });
    }
    @Test
    void everyPoolOfEveryPhaseIsExplained() {
        // §3.5: each phase run has a decision for every (vSwitch, type) pool not dropped up front,
        // with ranks 0..n-1 (its canonical order), and each one either allocated or with a reason
        qt().withExamples(EXAMPLES).forAll(Scenarios.all()).checkAssert(s -> {
            LaunchPlan plan = plan(s);
            if (plan.getStatus() == PlanStatus.REJECTED) {
                return;
            }
            int pools = s.req().getVswitches().size() * s.cfg().getInstanceTypes().size();
            Map<Phase, List<Decision>> byPhase = new HashMap<>();
            Map<String, Integer> dropped = new HashMap<>();
            for (Decision d : plan.getTrace()) {
                if (d.getVswitchId().isEmpty()) {
                    continue;
                }
                if (d.getPhase().isEmpty()) {
                    dropped.merge(d.getBilling().orElseThrow().name(), 1, Integer::sum);
                } else {
                    byPhase.computeIfAbsent(d.getPhase().get(), p -> new ArrayList<>()).add(d);
                }
            }
            byPhase.forEach((phase, decisions) -> {
                String billing = phase == Phase.SPOT ? "SPOT" : "PAYG";
                assertThat(decisions.size() + dropped.getOrDefault(billing, 0)).as("%s", phase).isEqualTo(pools);
                assertThat(decisions).extracting(d -> d.getRank().orElse(-1)).as("%s", phase)
                        .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, decisions.size())
                                .boxed().toList());
                assertThat(decisions).allSatisfy(d -> assertThat(d.getOutcome() == Outcome.ALLOCATED
                        || d.getReason().isPresent()).as("%s", d).isTrue());
            });
        });
    }

    @Test
    void aPoolWhoseStockThePlanUsedUpIsNeverSaidToBeUnneeded() {
        // REQUEST_SATISFIED / ZONE_TARGET_REACHED only for a pool that still had stock when its
        // phase ended: a pool whose known stock the phase (or an earlier one) used up says NO_STOCK
        Set<ReasonCode> unneeded = Set.of(ReasonCode.REQUEST_SATISFIED, ReasonCode.ZONE_TARGET_REACHED);
        qt().withExamples(EXAMPLES).forAll(Scenarios.all()).checkAssert(s -> {
            LaunchPlan plan = plan(s);
            if (plan.getStatus() == PlanStatus.REJECTED || plan.getStatus() == PlanStatus.NONE) {
                return;
            }
            for (Decision d : plan.getTrace()) {
                if (d.getPhase().isEmpty() || d.getVswitchId().isEmpty() || !d.getReason().filter(unneeded::contains).isPresent()) {
                    continue;
                }
                Phase phase = d.getPhase().get();
                Billing billing = d.getBilling().orElseThrow();
                long used = plan.getAllocations().stream()
                        .filter(a -> a.getZoneId().equals(d.getZoneId().orElseThrow())
                                && a.getInstanceType().equals(d.getInstanceType().orElseThrow())
                                && a.getBilling() == billing && (phase == Phase.COMPENSATION || !a.isCompensated()))
                        .mapToLong(Allocation::getCount).sum();
                s.snap().getPools().stream()
                        .filter(p -> p.getZoneId().equals(d.getZoneId().get()) && p.getInstanceType().equals(d.getInstanceType().get())
                                && p.getBilling() == billing)
                        .forEach(p -> p.getAvailable().ifPresent(n -> assertThat(used).as("%s", Fixtures.render(d)).isLessThan(n)));
            }
        });
    }
}
