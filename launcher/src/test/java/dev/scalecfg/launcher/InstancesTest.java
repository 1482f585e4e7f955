package dev.scalecfg.launcher;

import static dev.scalecfg.launcher.Fixtures.A;
import static dev.scalecfg.launcher.Fixtures.B;
import static dev.scalecfg.launcher.Fixtures.LAUNCHER;
import static dev.scalecfg.launcher.Fixtures.payg;
import static dev.scalecfg.launcher.Fixtures.request;
import static dev.scalecfg.launcher.Fixtures.snap;
import static dev.scalecfg.launcher.Fixtures.spot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.Password;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lazy instance expansion: names, host names and what RunInstances needs. */
final class InstancesTest {
    private static ScalingConfiguration named(String name, String host) {
        return Fixtures.base()
                .addInstanceType(InstanceTypeSpec.builder().instanceType(A).spotPriceLimit(new BigDecimal("0.5")).build())
                .addInstanceType(InstanceTypeSpec.of(B))
                .spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT)
                .instanceName(name).hostName(host)
                .putTag("team", "web")
                .credentials(CredentialsSpec.builder().keyPairName("kp-1").build())
                .build();
    }

    @Test
    void orderedNamesStartAtTheFirstSequenceNumber() {
        ScalingConfiguration cfg = named("ess-node-(AUTO_INCREMENT)[0,3]-ecshost", "k8s-node-[1,4]-alibabacloud");
        LaunchPlan plan = Fixtures.plan(cfg, request(3, 2).billing(BillingMode.SPOT).firstSequenceNumber(7L).build(),
                snap(spot("z1", A, 2), spot("z1", B, 0), spot("z2", A, 0), spot("z2", B, 5)));
        List<PlannedInstance> instances = plan.instances();
        assertThat(instances).extracting(i -> i.getInstanceName().orElseThrow())
                .containsExactly("ess-node-007-ecshost", "ess-node-008-ecshost", "ess-node-009-ecshost");
        // the ECS batch form restarts at its begin number on every scale-out (ess spec §2.2)
        assertThat(instances).extracting(i -> i.getHostName().orElseThrow())
                .containsExactly("k8s-node-0001-alibabacloud", "k8s-node-0002-alibabacloud", "k8s-node-0003-alibabacloud");
        PlannedInstance first = instances.get(0);
        assertThat(first.getZoneId()).isEqualTo("z1");
        assertThat(first.getVswitchId()).isEqualTo("vsw-1");
        assertThat(first.getInstanceType()).isEqualTo(A);
        assertThat(first.getBilling()).isEqualTo(Billing.SPOT);
        assertThat(first.getSpotStrategy()).isEqualTo(SpotStrategy.SPOT_WITH_PRICE_LIMIT);
        assertThat(first.getSpotPriceLimit()).contains(new BigDecimal("0.5"));
        assertThat(first.getTags()).containsEntry("team", "web");
        assertThat(first.getCredentials().getKeyPairName()).contains("kp-1");
        assertThat(first.getNetwork()).isSameAs(cfg.getNetwork());
        assertThat(first.getDataDisks()).isSameAs(cfg.getDataDisks());
        PlannedInstance last = instances.get(2);
        assertThat(last.getVswitchId()).isEqualTo("vsw-2");
        assertThat(last.getInstanceType()).isEqualTo(B);
        assertThat(last.getSpotStrategy()).isEqualTo(SpotStrategy.SPOT_AS_PRICE_GO);
        assertThat(last.getIndex()).isEqualTo(2);
        assertThat(last.getSequenceNumber()).isEqualTo(9);
    }

    @Test
    void namesDefaultToThePatternsBeginNumber() {
        ScalingConfiguration cfg = named("web-(AUTO_INCREMENT)[5,2]", "web[]");
        LaunchPlan plan = Fixtures.plan(cfg, request(2, 1).build(), CapacitySnapshot.empty());
        assertThat(plan.instances()).extracting(i -> i.getInstanceName().orElseThrow() + "/" + i.getHostName().orElseThrow())
                .containsExactly("web-05/web000000", "web-06/web000001");
        // billing defaults to the configuration's: SpotWithPriceLimit means spot
        assertThat(plan.instances().get(0).getBilling()).isEqualTo(Billing.SPOT);
        assertThat(plan.instances().get(0).getSpotStrategy()).isEqualTo(SpotStrategy.SPOT_WITH_PRICE_LIMIT);
        // pay-as-you-go from a preemptible configuration: only where the policy splits the billing
        LaunchPlan payg = Fixtures.plan(cfg, request(1, 1).policy(MultiAzPolicy.COST_OPTIMIZED).billing(BillingMode.PAYG)
                .build(), CapacitySnapshot.empty());
        assertThat(payg.instances().get(0).getSpotStrategy()).isEqualTo(SpotStrategy.NO_SPOT);
        assertThat(payg.instances().get(0).getSpotPriceLimit()).isEmpty();
    }

    @Test
    void plainNamesAreUnchanged() {
        ScalingConfiguration cfg = named("web", "web-host");
        LaunchPlan plan = Fixtures.plan(cfg, request(2, 1).build(), CapacitySnapshot.empty());
        assertThat(plan.instances()).extracting(i -> i.getInstanceName().orElseThrow()).containsExactly("web", "web");
    }

    @Test
    void aCounterThatOverflowsItsDigitsIsReported() {
        ScalingConfiguration cfg = named("web-(AUTO_INCREMENT)[98,2]", "web");
        LaunchPlan plan = Fixtures.plan(cfg, request(3, 1).build(), CapacitySnapshot.empty());
        // one truth: ESS would fail the activity, so the status says so (NONE, ESS Failed)
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.NONE);
        assertThat(plan.getStatus().essStatus()).isEqualTo("Failed");
        assertThat(plan.instances()).isEmpty();
        Decision note = plan.getTrace().get(plan.getTrace().size() - 1);
        assertThat(note.getReason()).contains(ReasonCode.NAME_SEQUENCE_EXHAUSTED);
        assertThat(note.getDetail()).contains("InstanceName", "100", "at most 99");
        // the pool decision keeps what could have been had (A2)
        assertThat(plan.getTrace().get(0).getCount()).isEqualTo(3);
        // two instances fit (98, 99): planned as usual
        assertThat(Fixtures.plan(cfg, request(2, 1).build(), CapacitySnapshot.empty()).getStatus())
                .isEqualTo(PlanStatus.FULFILLED);
    }

    @Test
    void expansionIsLazyAndCoversEveryAllocation() {
        LaunchPlan plan = Fixtures.plan(Fixtures.cfg(A, B), request(100_000, 2).build(),
                snap(payg("z1", A, 60_000), payg("z1", B, 30_000)));
        assertThat(plan.getPlannedInstances()).isEqualTo(100_000);
        List<PlannedInstance> instances = plan.instances();
        assertThat(instances.get(59_999).getInstanceType()).isEqualTo(A);
        assertThat(instances.get(60_000).getInstanceType()).isEqualTo(B);
        assertThat(instances.get(99_999).getVswitchId()).isEqualTo("vsw-2");
        assertThat(instances.stream().collect(Collectors.groupingBy(PlannedInstance::getVswitchId, Collectors.counting())))
                .containsEntry("vsw-1", 90_000L).containsEntry("vsw-2", 10_000L);
    }

    @Test
    void toStringHidesCredentials() {
        ScalingConfiguration cfg = named("web", "web").withCredentials(
                CredentialsSpec.builder().password(Password.of("Sup3r$ecret!")).build());
        LaunchPlan plan = Fixtures.plan(cfg, request(1, 1).build(), CapacitySnapshot.empty());
        assertThat(plan.instances().get(0).toString()).doesNotContain("Sup3r$ecret!");
        assertThat(plan.toString()).doesNotContain("Sup3r$ecret!");
    }
}
