package dev.scalecfg.launcher;

import static dev.scalecfg.launcher.Fixtures.A;
import static dev.scalecfg.launcher.Fixtures.B;
import static dev.scalecfg.launcher.Fixtures.allocs;
import static dev.scalecfg.launcher.Fixtures.cfg;
import static dev.scalecfg.launcher.Fixtures.payg;
import static dev.scalecfg.launcher.Fixtures.plan;
import static dev.scalecfg.launcher.Fixtures.snap;
import static dev.scalecfg.launcher.Fixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.scaleout.BalanceMode;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.VSwitch;
import org.junit.jupiter.api.Test;

/**
 * Trace labels say why a pool was not used: a pool whose zone's stock is gone says NO_STOCK, and
 * REQUEST_SATISFIED / ZONE_TARGET_REACHED only label pools that still had room when the demand was
 * met. Every expectation is worked out by hand from §3 (comments).
 */
final class TraceLabelsTest {
    /** v1 and v2 in zone z1, v3 in z2. */
    private static ScaleOutRequest.Builder twoInOneZone(int units) {
        return ScaleOutRequest.builder().units(units).addVswitch(VSwitch.of("vsw-1", "z1"))
                .addVswitch(VSwitch.of("vsw-2", "z1")).addVswitch(VSwitch.of("vsw-3", "z2"));
    }

    @Test
    void balanceSaysNoStockForTheOtherVswitchOfAZoneThatRanDry() {
        // BALANCE, z1·A stock 1, z2·A stock 10, N=4: z1 A (v1) -> z1 level 1; z2 A -> 1; tie -> z1:
        // A has no stock (NO_STOCK on v1), z1 exhausted; z2 takes the rest (3). v2 shares z1's
        // empty pool: NO_STOCK, not REQUEST_SATISFIED.
        LaunchPlan plan = plan(cfg(A), twoInOneZone(4).policy(MultiAzPolicy.BALANCE).build(),
                snap(payg("z1", A, 1), payg("z2", A, 10)));
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1", "v3 A PAYG 3");
        assertThat(trace(plan)).containsExactly("v1 A PAYG ALLOCATED 1 NO_STOCK", "v3 A PAYG ALLOCATED 3",
                "z1 ZONE_EXHAUSTED", "v2 A PAYG SKIPPED 0 NO_STOCK");
    }

    @Test
    void balancedOnlySaysNoStockAfterTheZoneIsExhausted() {
        // BALANCED_ONLY, N=4, targets z1 2, z2 2. z1: A 1 (v1) then dry -> ZONE_EXHAUSTED (1 short);
        // v2's A is the same dry pool: NO_STOCK (not ZONE_TARGET_REACHED). z2: A 2, target reached.
        LaunchPlan plan = plan(cfg(A), twoInOneZone(4).policy(MultiAzPolicy.BALANCE)
                .balanceMode(BalanceMode.BALANCED_ONLY).build(), snap(payg("z1", A, 1), payg("z2", A, 10)));
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 1", "v3 A PAYG 2");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.PARTIAL);
        assertThat(trace(plan)).containsExactly("v1 A PAYG ALLOCATED 1 NO_STOCK", "z1 ZONE_EXHAUSTED",
                "v2 A PAYG SKIPPED 0 NO_STOCK", "v3 A PAYG ALLOCATED 2", "z2 ZONE_TARGET_REACHED");
    }

    @Test
    void thePriorityWalkSaysNoStockForAPoolAnEarlierVswitchEmptied() {
        // PRIORITY, zone-major walk (v1,A) (v1,B) (v2,A) (v2,B) (v3,A) (v3,B); z1·A 3, z1·B 1, N=4:
        // v1 A 3 (NO_STOCK), v1 B 1: demand met exactly (A3: no reason). (v2,A) and (v2,B) share
        // z1's pools, now empty: NO_STOCK. z2 still has stock: REQUEST_SATISFIED.
        LaunchPlan plan = plan(cfg(A, B), twoInOneZone(4).build(),
                snap(payg("z1", A, 3), payg("z1", B, 1), payg("z2", A, 5), payg("z2", B, 5)));
        assertThat(allocs(plan)).containsExactly("v1 A PAYG 3", "v1 B PAYG 1");
        assertThat(trace(plan)).containsExactly("v1 A PAYG ALLOCATED 3 NO_STOCK", "v1 B PAYG ALLOCATED 1",
                "v2 A PAYG SKIPPED 0 NO_STOCK", "v2 B PAYG SKIPPED 0 NO_STOCK",
                "v3 A PAYG SKIPPED 0 REQUEST_SATISFIED", "v3 B PAYG SKIPPED 0 REQUEST_SATISFIED");
    }

    @Test
    void requestSatisfiedOnlyWhenTheDemandWasMet() {
        // PRIORITY, stock short everywhere (z1·A 1, z2·A 1), N=5: both pools used up, 3 short.
        // Nothing says REQUEST_SATISFIED: the demand was not met.
        LaunchPlan plan = plan(cfg(A), Fixtures.request(5, 2).build(), snap(payg("z1", A, 1), payg("z2", A, 1)));
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.PARTIAL);
        assertThat(trace(plan)).containsExactly("v1 A PAYG ALLOCATED 1 NO_STOCK", "v2 A PAYG ALLOCATED 1 NO_STOCK");
    }
}
