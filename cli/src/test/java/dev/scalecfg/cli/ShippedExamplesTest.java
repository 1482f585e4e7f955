package dev.scalecfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the CLI in-process on every file shipped in {@code examples/}. */
final class ShippedExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> VALID = List.of("examples/minimal.json", "examples/web-tier.json",
            "examples/web-tier-spot.json", "examples/intelligent-mode.json", "examples/full.json", "examples/preemptible-multi-type.json", "examples/ess-parameters.json",
            "examples/create-scaling-configuration.sh");
    private static final List<String> REQUESTS = List.of("examples/scale-out-10.json",
            "examples/scale-out-balance.json", "examples/scale-out-cost-optimized.json",
            "examples/scale-out-composable.json", "examples/scale-out-intelligent.json");

    @Test
    void everyShippedFileIsCoveredHere() throws IOException {
        try (Stream<Path> files = Files.list(Run.ROOT.resolve("examples"))) {
            List<String> shipped = files.filter(Files::isRegularFile)
                    .map(path -> "examples/" + path.getFileName())
                    .filter(name -> name.endsWith(".json") || name.endsWith(".sh"))
                    .sorted()
                    .toList();
            List<String> covered = Stream.of(VALID, REQUESTS,
                            List.of("examples/invalid.json", "examples/stockout.json", "examples/scalecfg-settings.json",
                                    "examples/capacity-catalog.json"))
                    .flatMap(List::stream).sorted().toList();
            assertThat(shipped).isEqualTo(covered);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/minimal.json", "examples/web-tier.json", "examples/web-tier-spot.json",
        "examples/intelligent-mode.json", "examples/full.json",
        "examples/preemptible-multi-type.json", "examples/ess-parameters.json",
        "examples/create-scaling-configuration.sh"})
    void validConfigurationsHaveNoViolation(String file) {
        Run run = Run.of("validate", file);
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).as(run.toString()).isEmpty();
        assertThat(run.err.strip()).isEqualTo("scalecfg: 1 file checked, 0 errors, 0 warnings");
    }

    @Test
    void theThreeFormatsAreDetected() {
        assertThat(Run.of("convert", "--to", "json", "examples/ess-parameters.json").out)
                .contains("\"name\": \"api-tier\"");
        Run aliyun = Run.of("convert", "--to", "json", "examples/create-scaling-configuration.sh");
        assertThat(aliyun.exit).as(aliyun.toString()).isZero();
        assertThat(aliyun.out).contains("\"name\": \"worker-tier\"", "\"regionId\": \"cn-hangzhou\"",
                "\"cost-center\": \"cc-3001\"", "started by the \\\"jobs\\\" scaling group");
        Run forced = Run.of("validate", "--format", "ess", "examples/web-tier.json");
        assertThat(forced.exit).as(forced.toString()).isEqualTo(Main.EXIT_USAGE);
        assertThat(forced.errLines()).hasSize(1);
    }

    @Test
    void invalidExampleReportsEveryMistakeLikeACompiler() {
        Run run = Run.of("validate", "examples/invalid.json");
        assertThat(run.exit).as(run.toString()).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(run.outLines()).hasSize(8).allSatisfy(line -> assertThat(line)
                .matches("examples/invalid\\.json: (ERROR|WARNING) \\S+ [A-Z_]+: .+"));
        assertThat(run.out).contains(
                "examples/invalid.json: ERROR ScalingConfigurationName NAME_FORMAT: ",
                "examples/invalid.json: ERROR ImageFamily IMAGE_ID_AND_FAMILY: ",
                "examples/invalid.json: ERROR InstanceTypes.2 INSTANCE_TYPE_DUPLICATE: ",
                "examples/invalid.json: ERROR SystemDisk.Size DISK_SIZE_OUT_OF_RANGE: ",
                "examples/invalid.json: ERROR InternetMaxBandwidthOut BANDWIDTH_OUT_OUT_OF_RANGE: ",
                "examples/invalid.json: ERROR Password PASSWORD_COMPLEXITY: ",
                "examples/invalid.json: WARNING InstanceName SEQUENTIAL_NAME_BITS_LOW: ",
                "examples/invalid.json: ERROR Tags TAG_RESERVED_PREFIX: ");
        assertThat(run.out).doesNotContain("secret-pw");
        assertThat(run.err.strip()).isEqualTo("scalecfg: 1 file checked, 7 errors, 1 warning");
    }

    @Test
    void manyFilesInOneRun() {
        String[] args = Stream.concat(Stream.of("validate"),
                Stream.concat(VALID.stream(), Stream.of("examples/invalid.json"))).toArray(String[]::new);
        Run run = Run.of(args);
        assertThat(run.exit).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(run.outLines()).hasSize(8).allSatisfy(line -> assertThat(line).startsWith("examples/invalid.json: "));
        assertThat(run.err.strip()).isEqualTo("scalecfg: " + (VALID.size() + 1) + " files checked, 7 errors, 1 warning");
    }

    @Test
    void jsonLinesOnePerFile() throws IOException {
        Run run = Run.of("validate", "--output", "json", "examples/invalid.json", "examples/minimal.json");
        assertThat(run.exit).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(run.err).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(2);
        JsonNode invalid = JSON.readTree(lines.get(0));
        assertThat(invalid.get("file").asText()).isEqualTo("examples/invalid.json");
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        assertThat(invalid.get("violations")).hasSize(8);
        JsonNode first = invalid.get("violations").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("code", "severity", "path", "parameter", "message");
        JsonNode minimal = JSON.readTree(lines.get(1));
        assertThat(minimal.get("valid").asBoolean()).isTrue();
        assertThat(minimal.get("violations")).isEmpty();
    }

    @Test
    void validationContextOptions() throws IOException {
        Run classic = Run.of("validate", "--network-type", "classic", "examples/web-tier.json");
        assertThat(classic.exit).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(classic.out).contains("ERROR RamRoleName RAM_ROLE_REQUIRES_VPC", "ERROR UserData USER_DATA_REQUIRES_VPC");

        Run mismatch = Run.of("validate", "--vpc-id", "vpc-bp1web", "--security-group-vpc",
                "sg-bp18kz60mefs3c4d=vpc-bp1other", "examples/minimal.json");
        assertThat(mismatch.exit).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(mismatch.out).contains("SECURITY_GROUP_VPC_MISMATCH");

        Path context = Files.createTempFile("context", ".json");
        try {
            Files.writeString(context, "{\"networkType\": \"classic\", \"apiVersion\": \"2022-02-22\"}");
            Run fromFile = Run.of("validate", "--context", context.toString(), "examples/full.json");
            assertThat(fromFile.out).contains("ERROR InstancePatternInfos INSTANCE_PATTERN_REQUIRES_VPC");
            Run overridden = Run.of("validate", "--context", context.toString(), "--network-type", "vpc",
                    "examples/full.json");
            assertThat(overridden.exit).as(overridden.toString()).isZero();
            Files.writeString(context, "{\"networkType\": \"vlan\"}");
            Run bad = Run.of("validate", "--context", context.toString(), "examples/full.json");
            assertThat(bad.exit).isEqualTo(Main.EXIT_USAGE);
            assertThat(bad.errLines()).singleElement().asString().contains("networkType", "vlan", "vpc, classic");
        } finally {
            Files.delete(context);
        }
    }

    @Test
    void apiVersionSpellsParameters() {
        Run v2014 = Run.of("validate", "--network-type", "classic", "examples/full.json");
        Run v2022 = Run.of("validate", "--network-type", "classic", "--api-version", "2022-02-22", "examples/full.json");
        assertThat(v2014.out).contains("InstancePatternInfo INSTANCE_PATTERN_REQUIRES_VPC");
        assertThat(v2022.out).contains("InstancePatternInfos INSTANCE_PATTERN_REQUIRES_VPC");
    }

    @Test
    void previewOfEveryConfiguration() {
        for (String file : VALID) {
            Run run = Run.of("preview", file);
            assertThat(run.exit).as(file + run).isZero();
            assertThat(run.out).contains("Basic settings", "System settings", "Violations: none");
        }
        Run invalid = Run.of("preview", "examples/invalid.json");
        assertThat(invalid.exit).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(invalid.out).contains("Violations: 7 errors, 1 warning", "password ******** (set)")
                .doesNotContain("secret-pw");
    }

    @Test
    void planWithEveryPolicy() {
        for (String request : REQUESTS) {
            // the requests that split pay-as-you-go and spot go with the preemptible web tier
            String config = request.contains("cost-optimized") || request.contains("composable")
                    ? "examples/web-tier-spot.json" : "examples/web-tier.json";
            Run run = Run.of("plan", "--config", config, "--request", request,
                    "--capacity", "examples/stockout.json");
            assertThat(run.exit).as(request + run).isZero();
            assertThat(run.out).as(request).contains("Scale-out plan: FULFILLED", "Allocations", "Shortfall: none",
                    "Decision trace");
            assertThat(run.err).isEmpty();
        }
    }

    @Test
    void planJsonAndInstances() throws IOException {
        Run run = Run.of("plan", "--config", "examples/web-tier.json", "--request", "examples/scale-out-10.json",
                "--capacity", "examples/stockout.json", "--output", "json", "--instances");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode plan = JSON.readTree(run.out);
        assertThat(plan.get("status").asText()).isEqualTo("FULFILLED");
        assertThat(plan.get("plannedUnits").asInt()).isEqualTo(10);
        assertThat(plan.get("allocations")).hasSize(3);
        assertThat(plan.get("instances")).hasSize(10);
        assertThat(plan.get("instances").get(0).get("instanceName").asText()).isEqualTo("web-000");
        assertThat(plan.get("trace").get(0).get("reason").asText()).isEqualTo("RECENTLY_UNAVAILABLE");
        assertThat(plan.get("trace").get(2).get("reason").asText()).isEqualTo("NO_STOCK");
        assertThat(plan.get("trace").get(2).get("cloudError").asText()).startsWith("OperationDenied.NoStock");

        Run text = Run.of("plan", "--config", "examples/web-tier.json", "--request", "examples/scale-out-10.json",
                "--capacity", "examples/stockout.json", "--instances");
        assertThat(text.out).containsSubsequence("Instances", "   1  web-000", "  10  web-009", "Decision trace");
    }

    @Test
    void planWithoutCapacityTreatsStockAsUnknown() {
        Run run = Run.of("plan", "--config", "examples/minimal.json", "--request", "examples/scale-out-10.json");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("stock unknown");
    }

    @Test
    void planRefusesAnInvalidConfiguration() {
        Run run = Run.of("plan", "--config", "examples/invalid.json", "--request", "examples/scale-out-10.json");
        assertThat(run.exit).isEqualTo(Main.EXIT_FINDINGS);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("examples/invalid.json: ERROR SystemDisk.Size DISK_SIZE_OUT_OF_RANGE",
                "scalecfg plan: examples/invalid.json has 7 validation errors");
    }

    @Test
    void planRefusesAnInvalidConfiguration_asJsonLinesWhenAskedForJson() throws IOException {
        Run run = Run.of("plan", "--config", "examples/invalid.json", "--request", "examples/scale-out-10.json",
                "--output", "json");
        assertThat(run.exit).isEqualTo(Main.EXIT_FINDINGS);
        JsonNode report = JSON.readTree(run.out);
        assertThat(report.get("file").asText()).isEqualTo("examples/invalid.json");
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("violations").findValuesAsText("code")).contains("DISK_SIZE_OUT_OF_RANGE");
        assertThat(run.err).contains("scalecfg plan: examples/invalid.json has 7 validation errors");
    }

    @Test
    void planMixesUpFilesClearly() {
        Run swapped = Run.of("plan", "--config", "examples/web-tier.json", "--request", "examples/stockout.json");
        assertThat(swapped.exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(swapped.errLines()).singleElement().asString().startsWith("examples/stockout.json:");
        Run requestAsConfig = Run.of("plan", "--config", "examples/scale-out-10.json", "--request",
                "examples/scale-out-10.json");
        assertThat(requestAsConfig.errLines()).singleElement().asString().contains("scale-out request");
    }

    @Test
    void planInIntelligentMode() throws IOException {
        Run run = Run.of("plan", "--config", "examples/intelligent-mode.json", "--request",
                "examples/scale-out-intelligent.json", "--capacity", "examples/capacity-catalog.json");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.err).isEmpty();
        // the patterns resolve against the catalog, cheapest first; the trace says which type came from which
        assertThat(run.out).containsSubsequence("Scale-out plan: FULFILLED",
                "cn-hangzhou-h  vsw-bp1h3kq9k3x7bq2xa1b2  ecs.g8i.large   PAYG         2",
                "cn-hangzhou-h  vsw-bp1h3kq9k3x7bq2xa1b2  ecs.g7.large    PAYG         3",
                "Decision trace", "ecs.g6.large", "PATTERN_EXCLUDED",
                "ecs.g8i.large   -        CANDIDATE      0  PATTERN_MATCH            matches pattern 1",
                "ecs.hfg7.large", "PATTERN_PRICE_ABOVE_MAX", "ecs.g7.xlarge", "matches pattern 2");
        Run json = Run.of("plan", "--config", "examples/intelligent-mode.json", "--request",
                "examples/scale-out-intelligent.json", "--capacity", "examples/capacity-catalog.json", "--output", "json");
        JsonNode first = JSON.readTree(json.out).get("trace").get(1);
        assertThat(first.get("reason").asText()).isEqualTo("PATTERN_MATCH");
        assertThat(first.get("outcome").asText()).isEqualTo("CANDIDATE");
        assertThat(first.get("pattern").asInt()).isEqualTo(1);
        assertThat(first.get("instanceType").asText()).isEqualTo("ecs.g8i.large");
        Run preview = Run.of("preview", "examples/intelligent-mode.json");
        assertThat(preview.out).contains(
                "pattern 1: 2 vCPU, 8 GiB, EnterpriseLevel, max price 0.7/h (cheapest matching type first)",
                "excluding ecs.g6.*", "pattern 2: 4 vCPU, 16 GiB, EnterpriseLevel, max price 1.3/h");
    }

    @Test
    void aPatternOnlyConfigurationWithoutACatalogNamesTheFilesAndWhatIsMissing() {
        Run none = Run.of("plan", "--config", "examples/intelligent-mode.json", "--request", "examples/scale-out-10.json");
        assertThat(none.exit).as(none.toString()).isEqualTo(Main.EXIT_USAGE);
        assertThat(none.errLines()).singleElement().asString()
                .startsWith("scalecfg plan: examples/intelligent-mode.json, (no --capacity file: an empty snapshot): ")
                .contains("InstancePatternInfos", "no instance-type catalog", "'catalog'")
                .doesNotContain("scale-out-10.json").doesNotContain("lists no instance type");
        Run noCatalog = Run.of("plan", "--config", "examples/intelligent-mode.json", "--request",
                "examples/scale-out-10.json", "--capacity", "examples/stockout.json");
        assertThat(noCatalog.errLines()).singleElement().asString()
                .startsWith("scalecfg plan: examples/intelligent-mode.json, examples/stockout.json: ")
                .doesNotContain("scale-out-10.json");
    }

    @Test
    void planTakesTheBillingFromTheConfiguration() throws IOException {
        // the cost-optimized request splits the preemptible web tier into pay-as-you-go and spot ...
        Run spot = Run.of("plan", "--config", "examples/web-tier-spot.json", "--request",
                "examples/scale-out-cost-optimized.json", "--capacity", "examples/stockout.json");
        assertThat(spot.out).contains("PAYG", "SPOT");
        // ... and plans only pay-as-you-go from the pay-as-you-go web tier
        Run payg = Run.of("plan", "--config", "examples/web-tier.json", "--request",
                "examples/scale-out-cost-optimized.json", "--capacity", "examples/stockout.json");
        assertThat(payg.exit).as(payg.toString()).isZero();
        assertThat(payg.out).contains("PAYG").doesNotContain(" SPOT ");
        // a request asking spot of a pay-as-you-go configuration is refused, naming both files and values
        Path request = Files.createTempFile("request", ".json");
        try {
            Files.writeString(request, Files.readString(Run.ROOT.resolve("examples/scale-out-10.json"))
                    .replace("\"units\": 10,", "\"units\": 10, \"billing\": \"SPOT\","));
            Run run = Run.of("plan", "--config", "examples/web-tier.json", "--request", request.toString(),
                    "--capacity", "examples/stockout.json");
            assertThat(run.exit).as(run.toString()).isEqualTo(Main.EXIT_USAGE);
            assertThat(run.out).isEmpty();
            assertThat(run.errLines()).singleElement().asString()
                    .startsWith("scalecfg plan: examples/web-tier.json, " + request + ": ")
                    .contains("billing is SPOT", "SpotStrategy is NoSpot")
                    .doesNotContain("stockout.json");
        } finally {
            Files.delete(request);
        }
    }

    @Test
    void planErrorsNameOnlyTheFileTheyComeFrom() throws IOException {
        Path request = Files.createTempFile("request", ".json");
        Path capacity = Files.createTempFile("capacity", ".json");
        try {
            Files.writeString(request, Files.readString(Run.ROOT.resolve("examples/scale-out-10.json"))
                    .replace("\"minSize\": 2,", "\"minSize\": 50,"));
            Run badRequest = Run.of("plan", "--config", "examples/web-tier.json", "--request", request.toString(),
                    "--capacity", "examples/stockout.json");
            assertThat(badRequest.exit).isEqualTo(Main.EXIT_USAGE);
            assertThat(badRequest.errLines()).singleElement().asString()
                    .isEqualTo("scalecfg plan: " + request + ": minSize is 50 but maxSize is 40; minSize must not"
                            + " exceed maxSize (ESS MinSize ≤ MaxSize)");
            Files.writeString(capacity, "{\"pools\": [{\"zoneId\": \"cn-hangzhou-h\", \"instanceType\": \"ecs.g7.large\","
                    + " \"billing\": \"PAYG\", \"available\": -4}]}");
            Run badSnapshot = Run.of("plan", "--config", "examples/web-tier.json", "--request",
                    "examples/scale-out-10.json", "--capacity", capacity.toString());
            assertThat(badSnapshot.exit).isEqualTo(Main.EXIT_USAGE);
            assertThat(badSnapshot.errLines()).singleElement().asString()
                    .startsWith("scalecfg plan: " + capacity + ": pools: available of").contains("-4")
                    .doesNotContain("scale-out-10.json");
        } finally {
            Files.delete(request);
            Files.delete(capacity);
        }
    }

    @Test
    void planReportsASequentialNameOverflow() throws IOException {
        Path request = Files.createTempFile("request", ".json");
        try {
            Files.writeString(request, Files.readString(Run.ROOT.resolve("examples/scale-out-10.json"))
                    .replace("\"units\": 10,", "\"units\": 10, \"firstSequenceNumber\": 995,"));
            Run run = Run.of("plan", "--config", "examples/web-tier.json", "--request", request.toString(),
                    "--capacity", "examples/stockout.json", "--instances");
            // one truth: ESS would fail the activity, so the status, the text and the JSON all say NONE (Failed)
            assertThat(run.exit).as(run.toString()).isEqualTo(Main.EXIT_FINDINGS);
            assertThat(run.out).contains("Scale-out plan: NONE (ESS activity status Failed)",
                    "  nothing is planned: InstanceName: the sequence number 1004", "999", "NAME_SEQUENCE_EXHAUSTED")
                    .doesNotContain("web-995").doesNotContain("FULFILLED");
            Run json = Run.of("plan", "--config", "examples/web-tier.json", "--request", request.toString(),
                    "--capacity", "examples/stockout.json", "--output", "json");
            JsonNode plan = JSON.readTree(json.out);
            assertThat(plan.get("status").asText()).isEqualTo("NONE");
            assertThat(plan.get("essStatus").asText()).isEqualTo("Failed");
            assertThat(plan.get("allocations")).isEmpty();
            assertThat(plan.get("namingProblem").asText()).contains("InstanceName");
        } finally {
            Files.delete(request);
        }
    }
}
