package dev.scalecfg.examples;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.VSwitch;
import dev.scalecfg.launcher.Allocation;
import dev.scalecfg.launcher.Decision;
import dev.scalecfg.launcher.InstanceLauncher;
import dev.scalecfg.launcher.LaunchPlan;

/**
 * Plans a scale-out of 10 instances for the web tier when its first-choice instance type is short
 * in the first zone, and prints the allocations and the decision trace that explains the fallback.
 */
public final class PlanScaleOutExample {
    private PlanScaleOutExample() {}

    /**
     * Plans the scale-out.
     *
     * @return the plan
     */
    public static LaunchPlan plan() {
        ScalingConfiguration webTier = BuildConfigurationExample.webTier();
        ScaleOutRequest request = ScaleOutRequest.builder()
                .units(10)
                .policy(MultiAzPolicy.PRIORITY)
                .addVswitch(VSwitch.of("vsw-bp1h3kq9k3x7bq2xa1b2", "cn-hangzhou-h"))
                .addVswitch(VSwitch.of("vsw-bp1i5n6m7k8j9h0ga3b4", "cn-hangzhou-i"))
                .maxSize(40)
                .build();
        CapacitySnapshot snapshot = CapacitySnapshot.builder()
                // only 4 ecs.g7.large left in the first zone: the launcher must fall back
                .addPool(PoolCapacity.of("cn-hangzhou-h", "ecs.g7.large", Billing.PAYG, 4))
                .addPool(PoolCapacity.of("cn-hangzhou-h", "ecs.g6.large", Billing.PAYG, 3))
                .addPool(PoolCapacity.of("cn-hangzhou-h", "ecs.c7.xlarge", Billing.PAYG, 0))
                .addPool(PoolCapacity.of("cn-hangzhou-i", "ecs.g7.large", Billing.PAYG, 40))
                .addPool(PoolCapacity.of("cn-hangzhou-i", "ecs.g6.large", Billing.PAYG, 30))
                .addPool(PoolCapacity.of("cn-hangzhou-i", "ecs.c7.xlarge", Billing.PAYG, 25))
                .build();
        return InstanceLauncher.create().plan(webTier, request, snapshot);
    }

    /**
     * Plans and prints.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        LaunchPlan plan = plan();
        System.out.println("Status " + plan.getStatus() + ": " + plan.getPlannedUnits() + " of "
                + plan.getEffectiveUnits() + " units, shortfall " + plan.getShortfallUnits());
        for (Allocation allocation : plan.getAllocations()) {
            System.out.println("  " + allocation.getCount() + " x " + allocation.getInstanceType() + " in "
                    + allocation.getZoneId() + " (" + allocation.getVswitchId() + ")");
        }
        System.out.println("Why:");
        for (Decision decision : plan.getTrace()) {
            System.out.println("  " + decision.getZoneId().orElse("-") + " " + decision.getInstanceType().orElse("-")
                    + " " + decision.getOutcome() + " " + decision.getCount()
                    + decision.getReason().map(reason -> " " + reason + " (" + reason.meaning() + ")").orElse(""));
        }
    }
}
