package dev.scalecfg.benchmarks;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.json.ScalingJson;
import dev.scalecfg.testkit.ScalingGenerators;
import dev.scalecfg.testkit.ScalingSamples;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ValidationResult;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures the per-file cost of what {@code scalecfg validate} does: read a configuration (JSON or
 * ESS parameters) and run the default rule chain on it. The configuration is a large one from the
 * testkit (10 instance types, 16 data disks), drawn with a fixed seed.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ConfigurationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ConfigurationBenchmark {
    private final ScalingJson json = ScalingJson.defaults();
    private final RuleChain chain = RuleChain.defaultChain();
    private ScalingConfiguration configuration;
    private String document;
    private Map<String, String> parameters;

    /** Draws one large configuration and encodes it once. */
    @Setup
    public void setUp() {
        configuration = ScalingSamples.sample(
                ScalingGenerators.configurations().instanceTypes(10, 10).dataDisks(16, 16), 42L);
        document = json.write(configuration);
        parameters = EssParameters.toParameters(configuration, ApiVersion.V2022_02_22);
    }

    /**
     * Reads the canonical JSON document.
     *
     * @return the configuration read
     */
    @Benchmark
    public ScalingConfiguration readJson() {
        return json.read(document);
    }

    /**
     * Reads the ESS API parameters.
     *
     * @return the configuration read
     */
    @Benchmark
    public ScalingConfiguration readEssParameters() {
        return EssParameters.fromParameters(parameters);
    }

    /**
     * Writes the ESS API parameters.
     *
     * @return the parameters written
     */
    @Benchmark
    public Map<String, String> writeEssParameters() {
        return EssParameters.toParameters(configuration, ApiVersion.V2022_02_22);
    }

    /**
     * Runs the default rule chain, Jakarta field constraints included.
     *
     * @return the result
     */
    @Benchmark
    public ValidationResult validate() {
        return chain.validate(configuration);
    }
}
