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
 * {@link InstanceLauncher#plan} at 100, 10,000 and 100,000 units under every policy, on 4 instance
 * types × 3 vSwitches × 2 billings whose stock runs out part-way at 100,000 units. The baseline is
 * the same plan at 100 units: planning must grow with the pools, not the units. Goal (#13): 100,000
 * units at most 1.1 times 100 units. The plan includes validating the configuration.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LaunchPlanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LaunchPlanBenchmark {
    /** Units to add. */
    @Param({"100", "10000", "100000"})
    public int units;

    /** Multi-zone policy. */
    @Param({"PRIORITY", "BALANCE", "COST_OPTIMIZED", "COMPOSABLE"})
    public String policy;

    private final InstanceLauncher launcher = InstanceLauncher.create();
    private Scenario scenario;

    /** Builds the scenario: pool stock 7,000 + 3,000 per type rank + 500 per zone rank. */
    @Setup
    public void setUp() {
        scenario = Scenario.of(4, 3, MultiAzPolicy.valueOf(policy), units, (t, z) -> 7_000 + 3_000 * t + 500 * z, null);
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
