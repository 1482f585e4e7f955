package dev.scalecfg.launcher;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.VSwitch;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Compact builders and renderings for launcher tests. */
final class Fixtures {
    static final InstanceLauncher LAUNCHER = InstanceLauncher.create();

    private Fixtures() {}

    static ScalingConfiguration cfg(String... types) {
        ScalingConfiguration.Builder b = ScalingConfiguration.builder();
        for (String t : types) {
            b.addInstanceType(InstanceTypeSpec.of(t));
        }
        return b.build();
    }

    static InstanceTypeSpec weighted(String type, int weight) {
        return InstanceTypeSpec.builder().instanceType(type).weightedCapacity(weight).build();
    }

    /** A request over v1→z1, v2→z2, v3→z3 (the first {@code n}). */
    static ScaleOutRequest.Builder request(int units, int vswitches) {
        ScaleOutRequest.Builder b = ScaleOutRequest.builder().units(units);
        for (int i = 1; i <= vswitches; i++) {
            b.addVswitch(VSwitch.of("v" + i, "z" + i));
        }
        return b;
    }

    static PoolCapacity payg(String zone, String type, int n) {
        return PoolCapacity.of(zone, type, Billing.PAYG, n);
    }

    static PoolCapacity spot(String zone, String type, int n) {
        return PoolCapacity.of(zone, type, Billing.SPOT, n);
    }

    static PoolCapacity priced(PoolCapacity pool, String price) {
        return pool.withPrice(new BigDecimal(price));
    }

    static CapacitySnapshot snap(PoolCapacity... pools) {
        return CapacitySnapshot.builder().addPools(pools).build();
    }

    /** Renders allocations as "v1 A PAYG 4" (+ " comp", + " unconfirmed", + " disk"). */
    static List<String> allocs(LaunchPlan plan) {
        return plan.getAllocations().stream().map(a -> a.getVswitchId() + " " + a.getInstanceType() + " "
                + a.getBilling() + " " + a.getCount() + (a.isCompensated() ? " comp" : "")
                + (a.isCapacityConfirmed() ? "" : " unconfirmed")
                + a.getSystemDiskCategory().map(c -> " " + c.apiValue()).orElse(""))
                .collect(Collectors.toList());
    }

    /** Renders trace entries as "v1 A PAYG ALLOCATED 4 NO_STOCK" or "z2 ZONE_EXHAUSTED" for notes. */
    static List<String> trace(LaunchPlan plan) {
        return plan.getTrace().stream().map(Fixtures::render).collect(Collectors.toList());
    }

    static String render(Decision d) {
        if (d.getVswitchId().isEmpty()) {
            return (d.getZoneId().map(z -> z + " ").orElse("")) + d.getReason().map(Enum::name).orElse("?");
        }
        return d.getVswitchId().get() + " " + d.getInstanceType().orElse("") + " " + d.getBilling().map(Enum::name).orElse("")
                + " " + d.getOutcome() + " " + d.getCount() + d.getReason().map(r -> " " + r).orElse("");
    }
}
