package dev.scalecfg.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The ESS parameter codec ({@link EssParameters}) against plain Jackson on the same ESS document
 * (a flat JSON object of strings, {@code {"ImageId": "...", "InstanceTypes.1": "..."}}), API
 * version 2022-02-22.
 *
 * <ul>
 *   <li>{@code read}: the codec alone, from the parameter map; {@code readDocument}: the text read
 *       into a map by Jackson, then the codec. Baselines: {@code readTreeJackson} and
 *       {@code readMapJackson} (databind into {@code Map<String, String>}) of the same text.</li>
 *   <li>{@code write}: the codec alone, to the parameter map; {@code writeDocument}: the map, then
 *       the text. Baseline: {@code writeMapJackson}, Jackson writing the same map as text.</li>
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EssCodecBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class EssCodecBenchmark {
    /** Which configuration: {@code large} (10 types, 16 disks) or {@code minimal}. */
    @Param({"large", "minimal"})
    public String size;

    private final ObjectReader mapReader = Fixtures.PLAIN.readerFor(new TypeReference<LinkedHashMap<String, String>>() {});
    private final ObjectWriter mapWriter = Fixtures.PLAIN.writerWithDefaultPrettyPrinter();
    private ScalingConfiguration configuration;
    private Map<String, String> parameters;
    private String document;

    /** Writes the parameters and their document once; every read benchmark reads these. */
    @Setup
    public void setUp() throws JsonProcessingException {
        configuration = Fixtures.configuration(size);
        parameters = EssParameters.toParameters(configuration, ApiVersion.V2022_02_22);
        document = mapWriter.writeValueAsString(parameters);
        if (!readDocument().equals(configuration)) {
            throw new IllegalStateException("the ESS document does not read back as the configuration");
        }
    }

    /**
     * Reads the configuration from the parameter map.
     *
     * @return the configuration
     */
    @Benchmark
    public ScalingConfiguration read() {
        return EssParameters.fromParameters(parameters);
    }

    /**
     * Reads the configuration from the ESS document: Jackson into a map, then the codec.
     *
     * @return the configuration
     * @throws JsonProcessingException never
     */
    @Benchmark
    public ScalingConfiguration readDocument() throws JsonProcessingException {
        Map<String, String> read = mapReader.readValue(document);
        return EssParameters.fromParameters(read);
    }

    /**
     * Baseline: Jackson {@code readTree} of the same text.
     *
     * @return the tree
     * @throws JsonProcessingException never
     */
    @Benchmark
    public JsonNode readTreeJackson() throws JsonProcessingException {
        return Fixtures.PLAIN.readTree(document);
    }

    /**
     * Baseline: Jackson databind of the same text into a {@code Map<String, String>}.
     *
     * @return the map
     * @throws JsonProcessingException never
     */
    @Benchmark
    public Map<String, String> readMapJackson() throws JsonProcessingException {
        return mapReader.readValue(document);
    }

    /**
     * Writes the parameter map.
     *
     * @return the parameters
     */
    @Benchmark
    public Map<String, String> write() {
        return EssParameters.toParameters(configuration, ApiVersion.V2022_02_22);
    }

    /**
     * Writes the ESS document: the codec, then Jackson.
     *
     * @return the document
     * @throws JsonProcessingException never
     */
    @Benchmark
    public String writeDocument() throws JsonProcessingException {
        return mapWriter.writeValueAsString(EssParameters.toParameters(configuration, ApiVersion.V2022_02_22));
    }

    /**
     * Baseline: Jackson writing the same parameter map as text.
     *
     * @return the document
     * @throws JsonProcessingException never
     */
    @Benchmark
    public String writeMapJackson() throws JsonProcessingException {
        return mapWriter.writeValueAsString(parameters);
    }
}
