package dev.scalecfg.benchmarks;

import dev.scalecfg.core.scaleout.MultiAzPolicy;
import dev.scalecfg.launcher.InstanceLauncher;
import dev.scalecfg.launcher.LaunchPlan;
import dev.scalecfg.launcher.PlannedInstance;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Expanding a plan of 100,000 instances into {@link PlannedInstance}s with ordered instance and
 * host names ({@code web-(AUTO_INCREMENT)[0,6]}), reading each instance's names, zone and type.
 * Scores are per instance ({@code @OperationsPerInvocation}); run with {@code -prof gc} for the
 * bytes allocated per instance ({@code gc.alloc.rate.norm}). The baseline builds the same two
 * names per instance with a {@code StringBuilder}: the least any naming allocates.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar InstanceExpansionBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class InstanceExpansionBenchmark {
    private static final int INSTANCES = 100_000;

    private LaunchPlan plan;

    /** Plans 100,000 instances over 4 types × 3 vSwitches. */
    @Setup
    public void setUp() {
        Scenario scenario = Scenario.of(4, 3, MultiAzPolicy.PRIORITY, INSTANCES, (t, z) -> 10_000,
                "web-(AUTO_INCREMENT)[0,6]");
        plan = InstanceLauncher.create().plan(scenario.configuration, scenario.request, scenario.snapshot);
        if (plan.getPlannedInstances() != INSTANCES) {
            throw new IllegalStateException("planned " + plan.getPlannedInstances() + " instances, not " + INSTANCES);
        }
    }

    /**
     * Expands every instance and reads its names, zone and type.
     *
     * @param sink consumes the values
     */
    @Benchmark
    @OperationsPerInvocation(INSTANCES)
    public void expand(Blackhole sink) {
        for (PlannedInstance instance : plan.instances()) {
            sink.consume(instance.getInstanceName().orElseThrow());
            sink.consume(instance.getHostName().orElseThrow());
            sink.consume(instance.getZoneId());
            sink.consume(instance.getInstanceType());
        }
    }

    /**
     * Baseline: builds the same two names per instance, zero-padded to 6 digits.
     *
     * @param sink consumes the names
     */
    @Benchmark
    @OperationsPerInvocation(INSTANCES)
    public void namesOnly(Blackhole sink) {
        StringBuilder name = new StringBuilder(16);
        for (int i = 0; i < INSTANCES; i++) {
            String digits = Integer.toString(i);
            for (int copy = 0; copy < 2; copy++) { // the instance name, then the host name
                name.setLength(0);
                name.append("web-");
                for (int pad = digits.length(); pad < 6; pad++) {
                    name.append('0');
                }
                sink.consume(name.append(digits).toString());
            }
        }
    }
}
