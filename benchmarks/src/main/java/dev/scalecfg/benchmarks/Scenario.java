package dev.scalecfg.benchmarks;

import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.VSwitch;
import java.math.BigDecimal;
import java.util.function.IntBinaryOperator;

/**
 * The three inputs of a scale-out plan, built for the launcher benchmarks: {@code types} instance
 * types, {@code vswitches} vSwitches each in a zone of its own, and a capacity entry for every
 * (zone, type, billing).
 */
final class Scenario {
    private static final String[] FAMILIES = {"g7", "c7", "r7", "g6", "c6"};
    private static final String[] SIZES = {"large", "xlarge", "2xlarge", "4xlarge"};

    final ScalingConfiguration configuration;
    final ScaleOutRequest request;
    final CapacitySnapshot snapshot;

    private Scenario(ScalingConfiguration configuration, ScaleOutRequest request, CapacitySnapshot snapshot) {
        this.configuration = configuration;
        this.request = request;
        this.snapshot = snapshot;
    }

    /**
     * Builds a scenario.
     *
     * @param types instance types, 1 to 10 (a configuration holds at most 10)
     * @param vswitches vSwitches, one zone each
     * @param policy the multi-zone policy; {@code COST_OPTIMIZED} and {@code COMPOSABLE} plan a
     *     mix of pay-as-you-go and spot, the others pay-as-you-go
     * @param units the units requested
     * @param stock the stock of the pool of type {@code t} in zone {@code z}, per billing
     * @param names an ordered instance and host name pattern, or null for none
     * @return the scenario
     */
    static Scenario of(int types, int vswitches, MultiAzPolicy policy, int units, IntBinaryOperator stock,
            String names) {
        ScalingConfiguration.Builder cfg = ScalingConfiguration.builder()
                .scalingGroupId("asg-bp14wlu85wrpchm0a1b2")
                .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
                .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefs3c4d").build());
        if (names != null) {
            cfg.instanceName(names).hostName(names);
        }
        for (int t = 0; t < types; t++) {
            cfg.addInstanceType(InstanceTypeSpec.of(type(t)));
        }
        boolean mixed = policy == MultiAzPolicy.COST_OPTIMIZED || policy == MultiAzPolicy.COMPOSABLE;
        if (mixed) {
            // the billing follows the configuration: a mix of billings needs a preemptible template
            cfg.spotStrategy(SpotStrategy.SPOT_AS_PRICE_GO);
        }
        ScaleOutRequest.Builder req = ScaleOutRequest.builder().units(units).policy(policy)
                .billing(mixed ? BillingMode.MIXED : BillingMode.PAYG);
        if (mixed) {
            req.onDemandBaseCapacity(10).onDemandPercentageAboveBaseCapacity(30).spotInstancePools(2);
        }
        if (policy == MultiAzPolicy.COMPOSABLE) {
            req.azBalance(true);
        }
        CapacitySnapshot.Builder snap = CapacitySnapshot.builder();
        for (int z = 0; z < vswitches; z++) {
            req.addVswitch(VSwitch.of("vsw-" + z, zone(z)));
            for (int t = 0; t < types; t++) {
                for (Billing b : Billing.values()) {
                    snap.addPool(PoolCapacity.builder().zoneId(zone(z)).instanceType(type(t)).billing(b)
                            .available(stock.applyAsInt(t, z))
                            .price(new BigDecimal(b == Billing.PAYG ? "0.60" : "0.12")
                                    .add(new BigDecimal(t * 7 + z).movePointLeft(3)))
                            .build());
                }
            }
        }
        return new Scenario(cfg.build(), req.build(), snap.build());
    }

    /** The {@code t}-th instance type: {@code ecs.g7.large}, {@code ecs.c7.large}, … */
    private static String type(int t) {
        return "ecs." + FAMILIES[t % FAMILIES.length] + "." + SIZES[t / FAMILIES.length];
    }

    /** The {@code z}-th zone: {@code cn-hangzhou-za}, {@code cn-hangzhou-zb}, … */
    private static String zone(int z) {
        return "cn-hangzhou-z" + (char) ('a' + z % 26) + (z < 26 ? "" : Integer.toString(z / 26));
    }
}
