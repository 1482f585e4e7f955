package dev.scalecfg.launcher;

import static dev.scalecfg.launcher.Fixtures.A;
import static dev.scalecfg.launcher.Fixtures.B;
import static dev.scalecfg.launcher.Fixtures.LAUNCHER;
import static dev.scalecfg.launcher.Fixtures.cfg;
import static dev.scalecfg.launcher.Fixtures.payg;
import static dev.scalecfg.launcher.Fixtures.request;
import static dev.scalecfg.launcher.Fixtures.snap;
import static dev.scalecfg.launcher.Fixtures.weighted;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.DiskOffer;
import dev.scalecfg.core.scaleout.MemberCount;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.PriceComparisonMode;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.Shortage;
import dev.scalecfg.core.scaleout.VSwitch;
import dev.scalecfg.validation.InvalidConfigurationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input errors (§3.8 A33) and the refusal of invalid configurations. */
final class InputErrorsTest {
    private static void rejects(ScalingConfiguration cfg, ScaleOutRequest req, CapacitySnapshot snap, String... words) {
        assertThatThrownBy(() -> LAUNCHER.plan(cfg, req, snap))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(words);
    }

    private static void rejects(ScaleOutRequest req, String... words) {
        rejects(cfg(A, B), req, CapacitySnapshot.empty(), words);
    }

    @Test
    void invalidConfigurationIsRefusedWithItsViolations() {
        ScalingConfiguration noImage = ScalingConfiguration.builder().addInstanceType(InstanceTypeSpec.of(A)).build();
        assertThatThrownBy(() -> LAUNCHER.plan(noImage, request(1, 1).build(), CapacitySnapshot.empty()))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("IMAGE_MISSING"));
    }

    @Test
    void configurationWithoutTypesIsAnInputError() {
        assertThatThrownBy(() -> LAUNCHER.plan(Fixtures.base().build(), request(1, 1).build(), CapacitySnapshot.empty()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void requestErrorsNameTheFieldAndTheValue() {
        rejects(request(0, 1).build(), "units", "0");
        rejects(request(1, 0).build(), "vswitches");
        rejects(request(1, 1).addVswitch(VSwitch.of("vsw-1", "z2")).build(), "vsw-1", "twice");
        rejects(request(1, 1).minCount(0).build(), "minCount");
        rejects(request(1, 1).policy(MultiAzPolicy.COMPOSABLE).billing(BillingMode.MIXED)
                .onDemandPercentageAboveBaseCapacity(101).build(), "onDemandPercentageAboveBaseCapacity", "101");
        rejects(request(1, 1).policy(MultiAzPolicy.COMPOSABLE).onDemandBaseCapacity(-1).build(), "onDemandBaseCapacity");
        rejects(request(1, 1).spotInstancePools(-2).build(), "spotInstancePools");
        rejects(request(1, 1).spotInstancePools(11).build(), "spotInstancePools is 11", "1..10");
        rejects(request(1, 1).spotInstancePools(Integer.MAX_VALUE).build(), "spotInstancePools", "1..10");
        rejects(request(1, 1).billing(BillingMode.MIXED).build(), "MIXED", "PRIORITY");
        rejects(request(1, 1).policy(MultiAzPolicy.BALANCE).billing(BillingMode.MIXED).build(), "MIXED", "BALANCE");
        rejects(request(1, 1).addCurrentMember(MemberCount.of("z1", A, Billing.PAYG, -1)).build(), "currentMembers", "-1");
        rejects(request(1, 1).requestedVswitchIds(List.of("vsw-9")).build(), "requestedVswitchIds", "vsw-9");
        rejects(request(1, 1).maxSize(-1).build(), "maxSize");
    }

    @Test
    void spotInstancePoolsTakeTheEssRangeAndZeroMeansOff() {
        // ESS SpotInstancePools: 1..10; 0 and absent turn the spot pools off
        for (int k : new int[] {0, 1, 10}) {
            LaunchPlan plan = LAUNCHER.plan(cfg(A, B), request(3, 1).spotInstancePools(k).build(), CapacitySnapshot.empty());
            org.assertj.core.api.Assertions.assertThat(plan.getStatus()).isEqualTo(PlanStatus.FULFILLED);
        }
    }

    @Test
    void snapshotErrorsNameTheFieldAndTheValue() {
        ScaleOutRequest req = request(1, 1).build();
        rejects(cfg(A), req, snap(payg("z1", A, 1), payg("z1", A, 2)), "pools", "twice");
        rejects(cfg(A), req, snap(payg("z1", A, -1)), "available", "-1");
        rejects(cfg(A), req, CapacitySnapshot.builder().putQuota(A, -3).build(), "quotas", "-3");
        rejects(cfg(A), req, CapacitySnapshot.builder().putFreeIp("vsw-1", -3).build(), "freeIps", "-3");
        rejects(cfg(A), req, snap(payg("z1", A, 1).withPrice(new BigDecimal("-0.1"))), "price", "-0.1");
        rejects(cfg(A), req, snap(PoolCapacity.builder().zoneId("z1").instanceType(A).billing(Billing.PAYG)
                .offered(false).available(2).build()), "not offered");
        rejects(cfg(A), req, CapacitySnapshot.builder()
                .addDiskOffer(DiskOffer.builder().zoneId("z1").instanceType(A).build())
                .addDiskOffer(DiskOffer.builder().zoneId("z1").instanceType(A).build()).build(), "diskOffers", "twice");
        rejects(cfg(A), req, CapacitySnapshot.builder().addShortage(Shortage.builder()
                .until(Instant.EPOCH).build()).build(), "now");
        rejects(cfg(A), request(1, 1).policy(MultiAzPolicy.COST_OPTIMIZED)
                .priceComparison(PriceComparisonMode.PER_VCPU).build(), CapacitySnapshot.empty(), "vcpus", A);
    }

    @Test
    void configurationErrorsTheRuleChainLeavesToTheLauncher() {
        ScalingConfiguration duplicate = cfg(A, A);
        assertThatThrownBy(() -> LAUNCHER.plan(duplicate, request(1, 1).build(), CapacitySnapshot.empty()))
                .isInstanceOf(RuntimeException.class).hasMessageContaining(A);
        ScalingConfiguration unknownPair = cfg(A).toBuilder().addCustomPriority(CustomPriority.of(A, "vsw-7")).build();
        rejects(unknownPair, request(1, 1).build(), CapacitySnapshot.empty(), "CustomPriorities", "vsw-7");
        ScalingConfiguration heavy = Fixtures.base().addInstanceType(weighted(A, 501)).build();
        assertThatThrownBy(() -> LAUNCHER.plan(heavy, request(1, 1).build(), CapacitySnapshot.empty()))
                .isInstanceOf(RuntimeException.class).hasMessageContaining("501");
    }
}
