package dev.scalecfg.tests.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MemberCount;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.launcher.InstanceLauncher;
import dev.scalecfg.launcher.LaunchPlan;
import dev.scalecfg.testkit.ScaleOutScenario;
import dev.scalecfg.testkit.ScalingGenerators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Launcher properties over the testkit's scale-out scenarios (valid configurations, requests, snapshots). */
final class TestkitScenariosPropertiesTest {
    private static final InstanceLauncher LAUNCHER = InstanceLauncher.create();

    private static LaunchPlan plan(ScaleOutScenario s) {
        return LAUNCHER.plan(s.configuration(), s.request(), s.snapshot());
    }

    @Test
    void validScenariosPlanWithinTheirBoundsAndStock() {
        qt().withExamples(300).forAll(ScalingGenerators.scaleOutScenarios()).checkAssert(s -> {
            LaunchPlan plan = plan(s);
            int maxWeight = s.configuration().getInstanceTypes().stream()
                    .mapToInt(t -> t.getWeightedCapacity().orElse(1)).max().orElse(1);
            assertThat(plan.getPlannedUnits()).isLessThanOrEqualTo(plan.getEffectiveUnits() + maxWeight - 1L);
            if (!namesOverflow(plan)) {
                assertThat(plan.getPlannedInstances()).isEqualTo(plan.instances().size());
            }
            Map<String, Long> perPool = new HashMap<>();
            plan.getAllocations().forEach(a -> perPool.merge(a.getZoneId() + "|" + a.getInstanceType() + "|" + a.getBilling(),
                    (long) a.getCount(), Long::sum));
            for (PoolCapacity pool : s.snapshot().getPools()) {
                long used = perPool.getOrDefault(pool.getZoneId() + "|" + pool.getInstanceType() + "|" + pool.getBilling(), 0L);
                pool.getAvailable().ifPresent(n -> assertThat(used).isLessThanOrEqualTo(n));
                if (!pool.isOffered()) {
                    assertThat(used).isZero();
                }
            }
        });
    }

    /**
     * Whether expanding the plan's instances overflows the digits of an ordered name pattern (such
     * as {@code web-(AUTO_INCREMENT)[999,3]} with two instances): documented behaviour, an
     * IllegalArgumentException, as ESS fails such a scale-out.
     */
    private static boolean namesOverflow(LaunchPlan plan) {
        try {
            plan.instances().size();
            return false;
        } catch (IllegalArgumentException overflow) {
            assertThat(overflow).hasMessageContaining("does not fit the pattern's digits");
            return true;
        }
    }

    @Test
    void validScenariosIgnoreEntryOrder() {
        qt().withExamples(300).forAll(ScalingGenerators.scaleOutScenarios()).checkAssert(s -> {
            List<PoolCapacity> pools = new ArrayList<>(s.snapshot().getPools());
            Collections.reverse(pools);
            List<MemberCount> members = new ArrayList<>(s.request().getCurrentMembers());
            Collections.reverse(members);
            CapacitySnapshot reversed = s.snapshot().withPools(pools);
            assertThat(LAUNCHER.plan(s.configuration(), s.request().withCurrentMembers(members), reversed))
                    .isEqualTo(plan(s));
        });
    }
}
