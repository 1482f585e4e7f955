package dev.scalecfg.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints every benchmark beside its baseline, from JMH's JSON output ({@code -rf json}): each
 * result with its median and spread, then each ratio of #13 with its spread and whether it meets
 * its goal, as Markdown tables.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar -rf json -rff target/jmh.json
 * java -cp benchmarks/target/benchmarks.jar dev.scalecfg.benchmarks.Ratios target/jmh.json [more.json ...]
 * }</pre>
 *
 * <p>Several files (rounds of the same suite, run one after the other) are merged: the samples of a
 * benchmark are the measurement iterations of all its forks in all rounds. On a shared machine,
 * rounds interleave the benchmarks with their baselines over time, so a ratio is less skewed by a
 * burst of load on one of them.
 *
 * <p>Statistics: a result's figure is the median of its samples, its spread the lowest and highest
 * sample. A ratio {@code a/b} is the median of {@code a_i / b_j} over every pair of samples of
 * {@code a} and {@code b}; its spread is the 10th to 90th percentile of those pair ratios. A goal
 * is met when the 90th percentile is within it, "likely" when only the median is. Ratios whose
 * results are not in the files (a partial run) are listed as missing.
 */
public final class Ratios {
    private static final String PACKAGE = "dev.scalecfg.benchmarks.";
    private static final String[] POLICIES = {"PRIORITY", "BALANCE", "COST_OPTIMIZED", "COMPOSABLE"};
    private static final String[] POOLS = {"1x1", "4x3", "10x6", "10x40"};
    private static final String[] SIZES = {"large", "minimal"};

    private final Map<String, Result> results = new TreeMap<>();

    private Ratios() {}

    /**
     * Reads JMH JSON result files and prints the tables.
     *
     * @param args the files
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java -cp benchmarks.jar " + Ratios.class.getName() + " RESULT.json [MORE.json ...]");
            System.exit(2);
        }
        Path[] files = new Path[args.length];
        for (int i = 0; i < args.length; i++) {
            files[i] = Path.of(args[i]);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(report(files));
    }

    /**
     * Returns the tables for JMH JSON result files.
     *
     * @param files the files, merged
     * @return the Markdown tables
     * @throws IOException if a file cannot be read
     */
    static String report(Path... files) throws IOException {
        Ratios ratios = new Ratios();
        for (Path file : files) {
            ratios.read(file);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ratios.print(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One benchmark with its parameters, its samples merged over forks and files. */
    private static final class Result {
        final String unit;
        final List<Double> samples = new ArrayList<>();
        final List<Double> allocation = new ArrayList<>(); // gc.alloc.rate.norm, B/op, when profiled

        Result(String unit) {
            this.unit = unit;
        }

        double[] values() {
            return samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
    }

    private void read(Path file) throws IOException {
        JsonNode root = Fixtures.PLAIN.readTree(Files.readString(file));
        for (JsonNode run : root) {
            String name = run.path("benchmark").asText().replace(PACKAGE, "");
            StringBuilder key = new StringBuilder(name);
            for (Iterator<Map.Entry<String, JsonNode>> params = run.path("params").fields(); params.hasNext(); ) {
                Map.Entry<String, JsonNode> param = params.next();
                key.append(' ').append(param.getKey()).append('=').append(param.getValue().asText());
            }
            JsonNode primary = run.path("primaryMetric");
            Result result = results.computeIfAbsent(canonical(key.toString()), k -> new Result(primary.path("scoreUnit").asText()));
            for (JsonNode fork : primary.path("rawData")) {
                for (JsonNode sample : fork) {
                    result.samples.add(sample.asDouble());
                }
            }
            for (JsonNode fork : run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("rawData")) {
                for (JsonNode sample : fork) {
                    result.allocation.add(sample.asDouble());
                }
            }
        }
    }

    /** The key with its parameters in name order, as the ratio definitions spell it. */
    private static String canonical(String key) {
        String[] parts = key.split(" ");
        Arrays.sort(parts, 1, parts.length);
        return String.join(" ", parts);
    }

    private void print(PrintStream out) {
        out.println("| Benchmark | Median | Spread (min–max) | Samples |");
        out.println("| --- | ---: | ---: | ---: |");
        results.forEach((key, result) -> {
            double[] v = result.values();
            out.printf(Locale.ROOT, "| `%s` | %s %s | %s–%s | %d |%n", key, number(median(v)), result.unit,
                    number(v[0]), number(v[v.length - 1]), v.length);
        });
        out.println();
        out.println("| Ratio | Median | Spread (p10–p90) | Fastest / fastest | Goal | Met |");
        out.println("| --- | ---: | ---: | ---: | ---: | --- |");
        for (String size : SIZES) {
            ratio(out, "default rule chain / bare Hibernate Validator (" + size + ")",
                    "ValidationBenchmark.ruleChain size=" + size, "ValidationBenchmark.bareHibernateValidator size=" + size, 1.0);
        }
        for (String size : SIZES) {
            ratio(out, "`ScalingJson.read` / Jackson `readTree` (" + size + ")",
                    "JsonCodecBenchmark.read size=" + size, "JsonCodecBenchmark.readTreeJackson size=" + size, 1.2);
            ratio(out, "`ScalingJson.read` / Jackson databind into the model (" + size + ")",
                    "JsonCodecBenchmark.read size=" + size, "JsonCodecBenchmark.readDatabindJackson size=" + size, null);
            ratio(out, "`ScalingJson.write` / Jackson writing the tree (" + size + ")",
                    "JsonCodecBenchmark.write size=" + size, "JsonCodecBenchmark.writeTreeJackson size=" + size, null);
            ratio(out, "`ScalingJson.write` / Jackson databind from the model (" + size + ")",
                    "JsonCodecBenchmark.write size=" + size, "JsonCodecBenchmark.writeDatabindJackson size=" + size, null);
        }
        for (String size : SIZES) {
            ratio(out, "ESS document read / Jackson `readTree` (" + size + ")",
                    "EssCodecBenchmark.readDocument size=" + size, "EssCodecBenchmark.readTreeJackson size=" + size, null);
            ratio(out, "ESS `fromParameters` / Jackson map databind (" + size + ")",
                    "EssCodecBenchmark.read size=" + size, "EssCodecBenchmark.readMapJackson size=" + size, null);
            ratio(out, "ESS document write / Jackson writing the map (" + size + ")",
                    "EssCodecBenchmark.writeDocument size=" + size, "EssCodecBenchmark.writeMapJackson size=" + size, null);
        }
        for (String policy : POLICIES) {
            for (String units : new String[] {"10000", "100000"}) {
                ratio(out, "`plan` " + policy + ": " + units + " / 100 units",
                        "LaunchPlanBenchmark.plan policy=" + policy + " units=" + units,
                        "LaunchPlanBenchmark.plan policy=" + policy + " units=100", "100000".equals(units) ? 1.1 : null);
            }
        }
        for (String policy : POLICIES) {
            for (String pools : POOLS) {
                if (!"1x1".equals(pools)) {
                    poolRatio(out, policy, pools);
                }
            }
        }
        ratio(out, "instance expansion / building the names only (time per instance)",
                "InstanceExpansionBenchmark.expand", "InstanceExpansionBenchmark.namesOnly", null);
        allocation(out);
        out.println();
        out.println("Cost per (type, vSwitch) pair of `plan`, from `PoolScalingBenchmark` (median ÷ pairs, µs):");
        out.println();
        out.println("| Policy | " + String.join(" | ", POOLS) + " |");
        out.println("| --- |" + " ---: |".repeat(POOLS.length));
        for (String policy : POLICIES) {
            StringBuilder row = new StringBuilder("| " + policy + " |");
            for (String pools : POOLS) {
                Result result = results.get("PoolScalingBenchmark.plan policy=" + policy + " pools=" + pools);
                row.append(result == null ? " – |"
                        : " " + number(median(result.values()) * unit(result.unit) / 1e3 / pairs(pools)) + " µs |");
            }
            out.println(row);
        }
    }

    private void ratio(PrintStream out, String label, String numerator, String denominator, Double goal) {
        Result a = results.get(numerator);
        Result b = results.get(denominator);
        if (a == null || b == null) {
            out.printf(Locale.ROOT, "| %s | missing | | | %s | |%n", label, goal == null ? "" : "≤ " + number(goal) + "×");
            return;
        }
        double scale = unit(a.unit) / unit(b.unit);
        printRatio(out, label, pairRatios(a.samples, b.samples, scale), fastest(a.samples, b.samples, scale), goal);
    }

    /** Cost per pair at a shape against the cost per pair at 4x3 (1x1 against 1x1 is 1). */
    private void poolRatio(PrintStream out, String policy, String pools) {
        String base = "4x3".equals(pools) ? "1x1" : "4x3";
        Result a = results.get("PoolScalingBenchmark.plan policy=" + policy + " pools=" + pools);
        Result b = results.get("PoolScalingBenchmark.plan policy=" + policy + " pools=" + base);
        String label = "`plan` " + policy + ": cost per pair at " + pools + " / at " + base;
        if (a == null || b == null) {
            out.printf(Locale.ROOT, "| %s | missing | | | ≤ 2.00× | |%n", label);
            return;
        }
        double scale = unit(a.unit) / unit(b.unit) * pairs(base) / pairs(pools);
        printRatio(out, label, pairRatios(a.samples, b.samples, scale), fastest(a.samples, b.samples, scale), 2.0);
    }

    private void allocation(PrintStream out) {
        Result a = results.get("InstanceExpansionBenchmark.expand");
        Result b = results.get("InstanceExpansionBenchmark.namesOnly");
        String label = "instance expansion / building the names only (bytes per instance)";
        if (a == null || b == null || a.allocation.isEmpty() || b.allocation.isEmpty()) {
            out.printf(Locale.ROOT, "| %s | missing (run with `-prof gc`) | | | | |%n", label);
            return;
        }
        double[] bytes = a.allocation.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] baseline = b.allocation.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        printRatio(out, label + ": " + number(median(bytes)) + " B vs " + number(median(baseline)) + " B",
                pairRatios(a.allocation, b.allocation, 1.0), fastest(a.allocation, b.allocation, 1.0), null);
    }

    private static void printRatio(PrintStream out, String label, double[] ratios, double fastest, Double goal) {
        double median = median(ratios);
        double high = percentile(ratios, 0.9);
        String met = goal == null ? "" : high <= goal ? "yes" : median <= goal ? "likely (p90 above)" : "no";
        out.printf(Locale.ROOT, "| %s | %s× | %s–%s× | %s× | %s | %s |%n", label, number(median),
                number(percentile(ratios, 0.1)), number(high), number(fastest),
                goal == null ? "" : "≤ " + number(goal) + "×", met);
    }

    private static double fastest(List<Double> a, List<Double> b, double scale) {
        return a.stream().mapToDouble(Double::doubleValue).min().orElseThrow()
                / b.stream().mapToDouble(Double::doubleValue).min().orElseThrow() * scale;
    }

    private static double[] pairRatios(List<Double> a, List<Double> b, double scale) {
        double[] ratios = new double[a.size() * b.size()];
        int n = 0;
        for (double x : a) {
            for (double y : b) {
                ratios[n++] = x / y * scale;
            }
        }
        Arrays.sort(ratios);
        return ratios;
    }

    private static int pairs(String pools) {
        String[] shape = pools.split("x", -1);
        return Integer.parseInt(shape[0]) * Integer.parseInt(shape[1]);
    }

    /** Nanoseconds per unit of a JMH score unit such as {@code us/op}. */
    private static double unit(String unit) {
        return switch (unit.substring(0, unit.indexOf('/'))) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }

    private static double median(double[] sorted) {
        return percentile(sorted, 0.5);
    }

    /** A percentile of sorted values, interpolated between the closest ranks. */
    private static double percentile(double[] sorted, double p) {
        double rank = p * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    /** Three significant digits, no exponent. */
    private static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
