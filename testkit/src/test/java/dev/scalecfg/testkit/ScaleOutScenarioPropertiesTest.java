package dev.scalecfg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.PriceComparisonMode;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.VSwitch;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class ScaleOutScenarioPropertiesTest {

    @Test
    void scenariosRespectTheLauncherInputRules() {
        qt().withExamples(3000).forAll(ScalingGenerators.scaleOutScenarios().gen()).checkAssert(s -> {
            ScaleOutRequest request = s.request();
            CapacitySnapshot snapshot = s.snapshot();
            List<String> types = s.configuration().getInstanceTypes().stream().map(InstanceTypeSpec::getInstanceType).toList();
            Set<String> vswitchIds = new HashSet<>();
            request.getVswitches().forEach(v -> assertThat(vswitchIds.add(v.getId())).as("unique vSwitch " + v.getId()).isTrue());

            assertThat(request.getUnits()).isPositive();
            assertThat(request.getMinCount()).isBetween(1, request.getUnits());
            assertThat(request.getVswitches()).isNotEmpty();
            request.getRequestedVswitchIds().ifPresent(ids -> assertThat(vswitchIds).containsAll(ids));
            if (request.getBilling().filter(BillingMode.MIXED::equals).isPresent()) {
                assertThat(request.getPolicy()).isIn(MultiAzPolicy.COST_OPTIMIZED, MultiAzPolicy.COMPOSABLE);
            }
            if (request.getPolicy() != MultiAzPolicy.COMPOSABLE) {
                assertThat(request.getAzBalance()).isEmpty();
                assertThat(request.getAllocationStrategy()).isEmpty();
                assertThat(request.getSpotAllocationStrategy()).isEmpty();
            }
            request.getOnDemandPercentageAboveBaseCapacity().ifPresent(p -> assertThat(p).isBetween(0, 100));
            request.getMaxSize().ifPresent(max -> request.getMinSize().ifPresent(min -> assertThat(min).isBetween(0, max)));
            request.getCurrentMembers().forEach(m -> {
                assertThat(m.getCount()).isNotNegative();
                assertThat(types).contains(m.getInstanceType());
            });
            for (CustomPriority priority : s.configuration().getCustomPriorities()) {
                assertThat(vswitchIds).contains(priority.getVswitchId());
            }

            Set<String> pools = new HashSet<>();
            for (PoolCapacity pool : snapshot.getPools()) {
                assertThat(pools.add(pool.getZoneId() + "|" + pool.getInstanceType() + "|" + pool.getBilling())).isTrue();
                assertThat(request.getVswitches().stream().map(VSwitch::getZoneId)).contains(pool.getZoneId());
                if (!pool.isOffered()) {
                    assertThat(pool.getAvailable()).isEmpty();
                }
                pool.getAvailable().ifPresent(n -> assertThat(n).isNotNegative());
                pool.getPrice().ifPresent(p -> assertThat(p.signum()).isNotNegative());
            }
            snapshot.getQuotas().values().forEach(q -> assertThat(q).isNotNegative());
            snapshot.getFreeIps().forEach((id, n) -> {
                assertThat(vswitchIds).contains(id);
                assertThat(n).isNotNegative();
            });
            snapshot.getVcpus().values().forEach(n -> assertThat(n).isPositive());
            if (request.getPriceComparison() == PriceComparisonMode.PER_VCPU) {
                assertThat(snapshot.getVcpus().keySet()).containsAll(types);
            }
            Set<String> diskKeys = new HashSet<>();
            snapshot.getDiskOffers().forEach(o -> assertThat(diskKeys.add(o.getZoneId() + "|" + o.getInstanceType())).isTrue());
            if (!snapshot.getShortages().isEmpty()) {
                assertThat(request.getNow()).isPresent();
            }
        });
    }

    @Test
    void snapshotsCoverEveryKindOfCapacityFact() {
        AtomicInteger stockOut = new AtomicInteger();
        AtomicInteger unknown = new AtomicInteger();
        AtomicInteger notOffered = new AtomicInteger();
        AtomicInteger priced = new AtomicInteger();
        AtomicInteger quotas = new AtomicInteger();
        AtomicInteger freeIps = new AtomicInteger();
        AtomicInteger shortages = new AtomicInteger();
        qt().withExamples(2000).forAll(ScalingGenerators.capacitySnapshots()).checkAssert(snapshot -> {
            for (PoolCapacity pool : snapshot.getPools()) {
                if (!pool.isOffered()) {
                    notOffered.incrementAndGet();
                } else if (pool.getAvailable().isEmpty()) {
                    unknown.incrementAndGet();
                } else if (pool.getAvailable().get() == 0) {
                    stockOut.incrementAndGet();
                }
                pool.getPrice().ifPresent(p -> priced.incrementAndGet());
            }
            quotas.addAndGet(snapshot.getQuotas().size());
            freeIps.addAndGet(snapshot.getFreeIps().size());
            shortages.addAndGet(snapshot.getShortages().size());
        });
        assertThat(List.of(stockOut, unknown, notOffered, priced, quotas, freeIps, shortages))
                .allSatisfy(counter -> assertThat(counter.get()).isPositive());
    }

    @Test
    void knobsNarrow() {
        qt().withExamples(300).forAll(ScalingGenerators.scaleOutScenarios().policy(MultiAzPolicy.BALANCE).units(5, 5)
                .vswitches(2, 2).withoutShortages().knownCapacity().configurations(ScalingGenerators.configurations().classic()).gen())
                .checkAssert(s -> {
                    assertThat(s.request().getPolicy()).isEqualTo(MultiAzPolicy.BALANCE);
                    assertThat(s.request().getUnits()).isEqualTo(5);
                    assertThat(s.request().getVswitches()).hasSize(2);
                    assertThat(s.snapshot().getShortages()).isEmpty();
                    assertThat(s.snapshot().getPools()).allSatisfy(p -> assertThat(p.getAvailable().isPresent() || !p.isOffered()).isTrue());
                });
    }

    @Test
    void fixedConfigurationIsUsedAsIs() {
        var config = ScalingSamples.sample(ScalingGenerators.configurations().vpc(), 11);
        qt().withExamples(100).forAll(ScalingGenerators.scaleOutScenarios().configuration(config).gen())
                .checkAssert(s -> assertThat(s.configuration()).isSameAs(config));
    }

    @Test
    void seededRequestsAndSnapshotsAreDeterministic() {
        for (long seed = 0; seed < 100; seed++) {
            assertThat(ScalingSamples.scaleOutRequest(seed)).isEqualTo(ScalingSamples.scaleOutRequest(seed));
            assertThat(ScalingSamples.capacitySnapshot(seed)).isEqualTo(ScalingSamples.capacitySnapshot(seed));
            assertThat(ScalingSamples.scaleOutScenario(seed)).isEqualTo(ScalingSamples.scaleOutScenario(seed));
        }
    }
}
