package dev.scalecfg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratio report reads JMH's JSON output, merges rounds and computes each ratio and its spread. */
final class RatiosTest {
    @TempDir
    Path directory;

    /** One JMH result: a benchmark of this package, its parameters, its samples (one fork). */
    private static String result(String benchmark, String params, String unit, double... samples) {
        StringBuilder raw = new StringBuilder();
        for (double sample : samples) {
            raw.append(raw.length() == 0 ? "" : ", ").append(sample);
        }
        return "{\"benchmark\": \"dev.scalecfg.benchmarks." + benchmark + "\", \"params\": {" + params + "},"
                + " \"primaryMetric\": {\"score\": 1, \"scoreError\": \"NaN\", \"scoreUnit\": \"" + unit + "\","
                + " \"rawData\": [[" + raw + "]]}, \"secondaryMetrics\": {}}";
    }

    private Path file(String name, String... results) throws IOException {
        return Files.writeString(directory.resolve(name), "[" + String.join(",\n", results) + "]");
    }

    @Test
    void aRatioIsTheMedianOfThePairRatiosWithItsSpreadAndGoal() throws IOException {
        Path round = file("round.json",
                result("ValidationBenchmark.ruleChain", "\"size\": \"large\"", "us/op", 2, 4, 6),
                result("ValidationBenchmark.bareHibernateValidator", "\"size\": \"large\"", "us/op", 1, 2, 4),
                result("JsonCodecBenchmark.read", "\"size\": \"minimal\"", "us/op", 1.1),
                result("JsonCodecBenchmark.readTreeJackson", "\"size\": \"minimal\"", "ns/op", 1000));
        String report = Ratios.report(round);
        // pairs 2/1 2/2 2/4 4/1 4/2 4/4 6/1 6/2 6/4: sorted 0.5 1 1 1.5 2 2 3 4 6, median 2, p10 0.9, p90 4.4
        assertThat(report).contains(
                "| default rule chain / bare Hibernate Validator (large) | 2.00× | 0.90–4.40× | 2.00× | ≤ 1.00× | no |");
        // units differ (µs against ns): 1.1 µs / 1000 ns = 1.1, within 1.2 in every pair
        assertThat(report).contains("| `ScalingJson.read` / Jackson `readTree` (minimal) | 1.10× | 1.10–1.10× | 1.10× | ≤ 1.20× | yes |");
        assertThat(report).contains("| `ScalingJson.read` / Jackson `readTree` (large) | missing |");
        assertThat(report).contains("| `ValidationBenchmark.ruleChain size=large` | 4.00 us/op | 2.00–6.00 | 3 |");
    }

    @Test
    void roundsAreMerged() throws IOException {
        Path first = file("1.json", result("ValidationBenchmark.ruleChain", "\"size\": \"minimal\"", "us/op", 3),
                result("ValidationBenchmark.bareHibernateValidator", "\"size\": \"minimal\"", "us/op", 2));
        Path second = file("2.json", result("ValidationBenchmark.ruleChain", "\"size\": \"minimal\"", "us/op", 1),
                result("ValidationBenchmark.bareHibernateValidator", "\"size\": \"minimal\"", "us/op", 2));
        String report = Ratios.report(first, second);
        assertThat(report).contains("| `ValidationBenchmark.ruleChain size=minimal` | 2.00 us/op | 1.00–3.00 | 2 |");
        // pairs 3/2 3/2 1/2 1/2: median 1, fastest 1/2
        assertThat(report).contains("| default rule chain / bare Hibernate Validator (minimal) | 1.00× | 0.50–1.50× | 0.50× | ≤ 1.00× | likely (p90 above) |");
    }

    @Test
    void theCostPerPairDividesByTheTypesTimesTheVswitches() throws IOException {
        Path round = file("pools.json",
                result("PoolScalingBenchmark.plan", "\"policy\": \"PRIORITY\", \"pools\": \"4x3\"", "us/op", 120),
                result("PoolScalingBenchmark.plan", "\"policy\": \"PRIORITY\", \"pools\": \"10x40\"", "ms/op", 2));
        String report = Ratios.report(round);
        // 120 µs / 12 pairs = 10 µs; 2 ms / 400 pairs = 5 µs: half the cost per pair
        assertThat(report).contains("| `plan` PRIORITY: cost per pair at 10x40 / at 4x3 | 0.50× | 0.50–0.50× | 0.50× | ≤ 2.00× | yes |");
        assertThat(report).contains("| PRIORITY | – | 10.0 µs | – | 5.00 µs |");
    }
}
