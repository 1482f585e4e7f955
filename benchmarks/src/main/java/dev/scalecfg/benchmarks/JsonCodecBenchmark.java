package dev.scalecfg.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.json.ScalingJson;
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
 * The canonical JSON codec ({@link ScalingJson}) against plain Jackson on the same text: reading
 * against {@code readTree} (parsing only) and against databind straight into the model's classes
 * with a default mapper (no strictness, no limits, no error collection); writing against the same
 * two. Goal (#13): {@code ScalingJson.read} at most 1.2 times {@code readTree}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonCodecBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JsonCodecBenchmark {
    /** Which configuration: {@code large} (10 types, 16 disks) or {@code minimal}. */
    @Param({"large", "minimal"})
    public String size;

    private final ScalingJson json = ScalingJson.defaults();
    private final ObjectWriter plainPretty = Fixtures.PLAIN_MODEL.writerWithDefaultPrettyPrinter();
    private final ObjectWriter plainTreePretty = Fixtures.PLAIN.writerWithDefaultPrettyPrinter();
    private ScalingConfiguration configuration;
    private String document;
    private JsonNode tree;

    /** Writes the configuration once with the codec; every read benchmark reads this text. */
    @Setup
    public void setUp() throws JsonProcessingException {
        configuration = Fixtures.configuration(size);
        document = json.write(configuration);
        tree = Fixtures.PLAIN.readTree(document);
        ScalingConfiguration plain = Fixtures.PLAIN_MODEL.readValue(document, ScalingConfiguration.class);
        if (!plain.equals(configuration) || !json.read(document).equals(configuration)) {
            throw new IllegalStateException("the baseline does not read the same configuration");
        }
    }

    /**
     * Reads the document with the codec: strict, bounded, every mistake collected.
     *
     * @return the configuration
     */
    @Benchmark
    public ScalingConfiguration read() {
        return json.read(document);
    }

    /**
     * Baseline: Jackson {@code readTree} of the same text (parsing, no binding).
     *
     * @return the tree
     * @throws JsonProcessingException never
     */
    @Benchmark
    public JsonNode readTreeJackson() throws JsonProcessingException {
        return Fixtures.PLAIN.readTree(document);
    }

    /**
     * Baseline: Jackson databind straight into the model's classes, default mapper.
     *
     * @return the configuration
     * @throws JsonProcessingException never
     */
    @Benchmark
    public ScalingConfiguration readDatabindJackson() throws JsonProcessingException {
        return Fixtures.PLAIN_MODEL.readValue(document, ScalingConfiguration.class);
    }

    /**
     * Writes the document with the codec: pretty, empty settings left out.
     *
     * @return the document
     */
    @Benchmark
    public String write() {
        return json.write(configuration);
    }

    /**
     * Baseline: Jackson writing the tree of the same document (generation only), pretty.
     *
     * @return the document
     * @throws JsonProcessingException never
     */
    @Benchmark
    public String writeTreeJackson() throws JsonProcessingException {
        return plainTreePretty.writeValueAsString(tree);
    }

    /**
     * Baseline: Jackson databind writing the model's classes, default mapper, pretty.
     *
     * @return the document
     * @throws JsonProcessingException never
     */
    @Benchmark
    public String writeDatabindJackson() throws JsonProcessingException {
        return plainPretty.writeValueAsString(configuration);
    }
}
