package dev.scalecfg.launcher;

import static dev.scalecfg.launcher.Fixtures.A;
import static dev.scalecfg.launcher.Fixtures.B;
import static dev.scalecfg.launcher.Fixtures.LAUNCHER;
import static dev.scalecfg.launcher.Fixtures.allocs;
import static dev.scalecfg.launcher.Fixtures.cfg;
import static dev.scalecfg.launcher.Fixtures.payg;
import static dev.scalecfg.launcher.Fixtures.request;
import static dev.scalecfg.launcher.Fixtures.snap;
import static dev.scalecfg.launcher.Fixtures.spot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MemberCount;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.PriceComparisonMode;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The billing follows the configuration (§1.1.2), the request's own bounds, and every input error
 * says which input it is in.
 */
final class BillingAndInputsTest {
    private static final ScalingConfiguration PAYG_CFG = cfg(A, B);
    private static final ScalingConfiguration NO_SPOT = cfg(A, B).withSpotStrategy(SpotStrategy.NO_SPOT);
    private static final ScalingConfiguration SPOT_CFG = cfg(A, B).withSpotStrategy(SpotStrategy.SPOT_AS_PRICE_GO);

    private static PlanInputException refused(ScalingConfiguration cfg, ScaleOutRequest req, CapacitySnapshot snap) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> LAUNCHER.plan(cfg, req, snap));
        assertThat(thrown).isInstanceOf(PlanInputException.class);
        return (PlanInputException) thrown;
    }

    @Test
    void aPayAsYouGoConfigurationDoesNotPlanSpot() {
        // ESS creates instances with the configuration's SpotStrategy; absent means NoSpot
        for (ScalingConfiguration cfg : List.of(PAYG_CFG, NO_SPOT)) {
            PlanInputException spot = refused(cfg, request(2, 1).billing(BillingMode.SPOT).build(), CapacitySnapshot.empty());
            assertThat(spot).hasMessageContainingAll("billing is SPOT", "SpotStrategy is NoSpot");
            assertThat(spot.getInputs()).containsExactly(PlanInput.CONFIGURATION, PlanInput.REQUEST);
            PlanInputException mixed = refused(cfg, request(2, 1).policy(MultiAzPolicy.COST_OPTIMIZED)
                    .billing(BillingMode.MIXED).build(), CapacitySnapshot.empty());
            assertThat(mixed).hasMessageContainingAll("billing is MIXED", "SpotStrategy is NoSpot");
        }
        assertThat(refused(PAYG_CFG, request(2, 1).billing(BillingMode.SPOT).build(), CapacitySnapshot.empty()))
                .hasMessageContaining("(absent, the ESS default)");
        // the same configuration with PAYG, or with no billing at all, plans
        assertThat(allocs(LAUNCHER.plan(NO_SPOT, request(2, 1).billing(BillingMode.PAYG).build(),
                snap(payg("z1", A, 5))))).containsExactly("v1 A PAYG 2");
        assertThat(allocs(LAUNCHER.plan(NO_SPOT, request(2, 1).build(), snap(payg("z1", A, 5)))))
                .containsExactly("v1 A PAYG 2");
    }

    @Test
    void aPreemptibleConfigurationPlansPayAsYouGoOnlyWhereThePolicySplitsTheBilling() {
        for (MultiAzPolicy policy : List.of(MultiAzPolicy.PRIORITY, MultiAzPolicy.BALANCE)) {
            PlanInputException e = refused(SPOT_CFG, request(2, 1).policy(policy).billing(BillingMode.PAYG).build(),
                    CapacitySnapshot.empty());
            assertThat(e).hasMessageContainingAll("billing is PAYG", "SpotStrategy is SpotAsPriceGo", policy.name());
            assertThat(e.getInputs()).containsExactly(PlanInput.CONFIGURATION, PlanInput.REQUEST);
            // SPOT and no billing plan spot
            assertThat(allocs(LAUNCHER.plan(SPOT_CFG, request(2, 1).policy(policy).billing(BillingMode.SPOT).build(),
                    snap(spot("z1", A, 5))))).containsExactly("v1 A SPOT 2");
            assertThat(allocs(LAUNCHER.plan(SPOT_CFG, request(2, 1).policy(policy).build(), snap(spot("z1", A, 5)))))
                    .containsExactly("v1 A SPOT 2");
        }
        // COST_OPTIMIZED and COMPOSABLE split a preemptible configuration's capacity (on-demand base and
        // percentage): every billing is one such split
        for (MultiAzPolicy policy : List.of(MultiAzPolicy.COST_OPTIMIZED, MultiAzPolicy.COMPOSABLE)) {
            for (BillingMode billing : BillingMode.values()) {
                LaunchPlan plan = LAUNCHER.plan(SPOT_CFG, request(2, 1).policy(policy).billing(billing)
                        .onDemandPercentageAboveBaseCapacity(50).build(), snap(payg("z1", A, 5), spot("z1", A, 5)));
                assertThat(plan.getStatus()).as(policy + " " + billing).isEqualTo(PlanStatus.FULFILLED);
                assertThat(plan.getAllocations()).allSatisfy(a -> assertThat(a.getBilling())
                        .isEqualTo(billing == BillingMode.PAYG ? Billing.PAYG : billing == BillingMode.SPOT
                                ? Billing.SPOT : a.getBilling()));
            }
        }
    }

    @Test
    void minSizeAboveMaxSizeIsRefusedNamingBothFields() {
        PlanInputException e = refused(PAYG_CFG, request(1, 1).minSize(10).maxSize(3).build(), CapacitySnapshot.empty());
        assertThat(e).hasMessageContainingAll("minSize is 10", "maxSize is 3");
        assertThat(e.getInputs()).containsExactly(PlanInput.REQUEST);
        // equal bounds are fine (and leave no headroom here: the group already has 3)
        LaunchPlan equal = LAUNCHER.plan(PAYG_CFG, request(1, 1).minSize(3).maxSize(3)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 3)).build(), CapacitySnapshot.empty());
        assertThat(equal.getStatus()).isEqualTo(PlanStatus.REJECTED);
    }

    @Test
    void maxSizeReachedCarriesTheEssActivityStatus() {
        LaunchPlan plan = LAUNCHER.plan(PAYG_CFG, request(1, 1).maxSize(2)
                .addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, 2)).build(), CapacitySnapshot.empty());
        assertThat(plan.getStatus().essStatus()).isEqualTo("Rejected");
        assertThat(plan.getTrace()).singleElement().satisfies(d -> {
            assertThat(d.getReason()).contains(ReasonCode.MAX_SIZE_REACHED);
            assertThat(d.getReason().get().cloudError()).contains("Rejected");
        });
    }

    @Test
    void everyInputErrorSaysWhichInputItIsIn() {
        assertThat(refused(PAYG_CFG, request(0, 1).build(), CapacitySnapshot.empty()).getInputs())
                .containsExactly(PlanInput.REQUEST);
        assertThat(refused(PAYG_CFG, request(1, 1).build(), snap(payg("z1", A, -1))).getInputs())
                .containsExactly(PlanInput.SNAPSHOT);
        assertThat(refused(PAYG_CFG, request(1, 1).policy(MultiAzPolicy.COST_OPTIMIZED)
                .priceComparison(PriceComparisonMode.PER_VCPU).build(), CapacitySnapshot.empty()).getInputs())
                .containsExactly(PlanInput.REQUEST, PlanInput.SNAPSHOT);
        ScalingConfiguration unknownPair = PAYG_CFG.toBuilder()
                .addCustomPriority(dev.scalecfg.core.CustomPriority.of(A, "vsw-7")).build();
        assertThat(refused(unknownPair, request(1, 1).build(), CapacitySnapshot.empty()).getInputs())
                .containsExactly(PlanInput.CONFIGURATION, PlanInput.REQUEST);
    }
}
