package dev.scalecfg.benchmarks;

import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.launcher.InstanceLauncher;
import dev.scalecfg.launcher.LaunchPlan;
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
 * {@link InstanceLauncher#plan} as the pools grow: {@code types × vSwitches} = 1×1, 4×3, 10×6 and
 * 10×40 (400 pairs; a configuration holds at most 10 instance types, so the 400-pair point has 40
 * vSwitches rather than 20×20), each pair with a pay-as-you-go and a spot pool of 100 units. The
 * request, 100,000 units, exceeds the stock, so every pool is drained and planned. The report
 * divides the time by the pairs: planning should be near-linear in the pools, a flat cost per
 * pair.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PoolScalingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PoolScalingBenchmark {
    /** Instance types × vSwitches. */
    @Param({"1x1", "4x3", "10x6", "10x40"})
    public String pools;

    /** Multi-zone policy. */
    @Param({"PRIORITY", "BALANCE", "COST_OPTIMIZED", "COMPOSABLE"})
    public String policy;

    private final InstanceLauncher launcher = InstanceLauncher.create();
    private Scenario scenario;

    /** Builds the scenario. */
    @Setup
    public void setUp() {
        String[] shape = pools.split("x", -1);
        scenario = Scenario.of(Integer.parseInt(shape[0]), Integer.parseInt(shape[1]), MultiAzPolicy.valueOf(policy),
                100_000, (t, z) -> 100, null);
    }

    /**
     * Plans the scale-out.
     *
     * @return the plan
     */
    @Benchmark
    public LaunchPlan plan() {
        return launcher.plan(scenario.configuration, scenario.request, scenario.snapshot);
    }
}
