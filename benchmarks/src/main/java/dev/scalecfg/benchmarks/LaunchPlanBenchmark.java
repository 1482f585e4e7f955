package dev.scalecfg.benchmarks;

import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.scaleout.BillingMode;
import dev.scalecfg.core.scaleout.Billing;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.core.scaleout.PoolCapacity;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.core.scaleout.VSwitch;
import dev.scalecfg.launcher.InstanceLauncher;
import dev.scalecfg.launcher.LaunchPlan;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures {@link InstanceLauncher#plan} at 100 and 100,000 units: the planning cost must grow
 * with the number of pools, not with the number of units (target: ratio under 2).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LaunchPlanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class LaunchPlanBenchmark {
    /** Units to add. */
    @Param({"100", "100000"})
    public int units;

    /** Multi-zone policy. */
    @Param({"PRIORITY", "BALANCE", "COST_OPTIMIZED"})
    public String policy;

    private final InstanceLauncher launcher = InstanceLauncher.create();
    private ScalingConfiguration configuration;
    private ScaleOutRequest request;
    private CapacitySnapshot snapshot;

    /** Builds 4 types x 3 zones x 2 billings, with stock that runs out part-way at 100,000 units. */
    @Setup
    public void setUp() {
        String[] types = {"ecs.g7.large", "ecs.g6.large", "ecs.c7.large", "ecs.r7.large"};
        ScalingConfiguration.Builder cfg = ScalingConfiguration.builder()
                .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
                .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefsxxxx").build());
        for (String type : types) {
            cfg.addInstanceType(InstanceTypeSpec.of(type));
        }
        MultiAzPolicy p = MultiAzPolicy.valueOf(policy);
        if (p == MultiAzPolicy.COST_OPTIMIZED) {
            // MIXED billing needs a preemptible configuration: the launcher takes the billing from it
            cfg.spotStrategy(SpotStrategy.SPOT_AS_PRICE_GO);
        }
        configuration = cfg.build();
        ScaleOutRequest.Builder req = ScaleOutRequest.builder().units(units).policy(p)
                .billing(p == MultiAzPolicy.COST_OPTIMIZED ? BillingMode.MIXED : BillingMode.PAYG)
                .onDemandBaseCapacity(10).onDemandPercentageAboveBaseCapacity(30).spotInstancePools(2);
        CapacitySnapshot.Builder snap = CapacitySnapshot.builder();
        for (int z = 0; z < 3; z++) {
            req.addVswitch(VSwitch.of("vsw-" + z, "cn-hangzhou-" + (char) ('h' + z)));
            for (int t = 0; t < types.length; t++) {
                for (Billing b : Billing.values()) {
                    snap.addPool(PoolCapacity.builder().zoneId("cn-hangzhou-" + (char) ('h' + z)).instanceType(types[t])
                            .billing(b).available(7_000 + 3_000 * t + 500 * z)
                            .price(new BigDecimal(b == Billing.PAYG ? "0.60" : "0.12").add(new BigDecimal(t * 7 + z).movePointLeft(3)))
                            .build());
                }
            }
        }
        request = req.build();
        snapshot = snap.build();
    }

    /**
     * Plans the scale-out.
     *
     * @return the plan
     */
    @Benchmark
    public LaunchPlan plan() {
        return launcher.plan(configuration, request, snapshot);
    }
}
