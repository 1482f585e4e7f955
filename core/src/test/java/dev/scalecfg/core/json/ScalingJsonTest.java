package dev.scalecfg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Fixtures;
import dev.scalecfg.core.InstanceTypeCandidateOptions;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.ScalingConfiguration;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScalingJsonTest {
    private final ScalingJson json = ScalingJson.defaults();

    private ConfigFormatException failure(String text) {
        return catchThrowableOfType(ConfigFormatException.class, () -> json.read(text));
    }

    private static List<String> lines(ConfigFormatException failure) {
        return failure.getErrors().stream().map(FormatError::toString).collect(Collectors.toList());
    }

    @Test
    void everyAttributeRoundTrips() {
        ScalingConfiguration config = Fixtures.full().withLifecycleState(LifecycleState.ACTIVE);
        String text = json.write(config);
        assertThat(json.read(text)).isEqualTo(config);
        assertThat(json.write(json.read(text))).isEqualTo(text);
    }

    @Test
    void writesReadableCamelCaseAndLeavesOutWhatIsAbsent() {
        ScalingConfiguration config = ScalingConfiguration.builder().scalingGroupId("asg-1")
                .addInstanceType(InstanceTypeSpec.builder().instanceType("ecs.g7.large")
                        .spotPriceLimit(new BigDecimal("0.050")).build())
                .build();
        assertThat(json.write(config)).isEqualTo("{\n"
                + "  \"scalingGroupId\": \"asg-1\",\n"
                + "  \"instanceTypes\": [\n"
                + "    {\n"
                + "      \"instanceType\": \"ecs.g7.large\",\n"
                + "      \"spotPriceLimit\": 0.050\n"
                + "    }\n"
                + "  ]\n"
                + "}");
    }

    @Test
    void emptyButPresentNestedValuesSurvive() {
        ScalingConfiguration config = ScalingConfiguration.builder()
                .instanceTypeCandidateOptions(InstanceTypeCandidateOptions.builder().build())
                .addDataDisk(DiskSpec.builder().build())
                .name("")
                .build();
        assertThat(json.read(json.write(config))).isEqualTo(config);
    }

    @Test
    void decimalsAreExact() {
        ScalingConfiguration config = json.read("{\"instanceTypes\":[{\"instanceType\":\"ecs.a\","
                + "\"spotPriceLimit\":0.050}]}");
        BigDecimal limit = config.getInstanceTypes().get(0).getSpotPriceLimit().orElseThrow();
        assertThat(limit.toString()).isEqualTo("0.050");
        assertThat(json.write(config)).contains("\"spotPriceLimit\": 0.050");
    }

    @Test
    void readsFromReaderAndFile(@TempDir Path dir) throws Exception {
        String text = json.write(Fixtures.full());
        assertThat(json.read(new StringReader(text))).isEqualTo(Fixtures.full());
        Path file = dir.resolve("config.json");
        Files.writeString(file, text);
        assertThat(json.read(file)).isEqualTo(Fixtures.full());
    }

    @Test
    void wrongTypeNamesPathLineColumnAndValue() {
        String text = "{\n"
                + "  \"dataDisks\": [\n"
                + "    { \"size\": 40 },\n"
                + "    { \"size\": \"abc\" }\n"
                + "  ]\n"
                + "}";
        FormatError error = failure(text).getErrors().get(0);
        assertThat(error.location()).isEqualTo("dataDisks[1].size");
        assertThat(error.line()).hasValue(4);
        assertThat(error.column()).isPresent();
        assertThat(error.value()).contains("abc");
        assertThat(error.toString()).startsWith("dataDisks[1].size (line 4, column ")
                .endsWith("): \"abc\" is not an integer; found a string");
    }

    @Test
    void collectsSeveralErrorsAtOnce() {
        String text = "{\n"
                + "  \"name\": 7,\n"
                + "  \"cpu\": \"two\",\n"
                + "  \"spotStrategy\": \"Spot\",\n"
                + "  \"systemDisk\": { \"size\": 40, \"sizeGib\": 40 },\n"
                + "  \"dataDisks\": [ { \"size\": 20 }, { \"size\": true } ],\n"
                + "  \"instanceTypes\": [ { \"weightedCapacity\": 2 } ]\n"
                + "}";
        ConfigFormatException failure = failure(text);
        assertThat(lines(failure)).containsExactlyInAnyOrder(
                "name (line 2, column 11): \"7\" is not a string; found an integer",
                "cpu (line 3, column 10): \"two\" is not an integer; found a string",
                "spotStrategy (line 4, column 19): \"Spot\" is not one of NoSpot, SpotWithPriceLimit, SpotAsPriceGo",
                "systemDisk.sizeGib (line 5, column 42): is not a field of SystemDiskSpec; did you mean \"size\"?",
                "dataDisks[1].size (line 6, column 44): \"true\" is not an integer; found a boolean",
                "instanceTypes[0].instanceType (line 7, column 22): is missing; it is required");
        assertThat(failure.getMessage()).startsWith("6 errors in the scaling configuration:\n");
    }

    @Test
    void nullsAreReportedWhereTheModelHasNoAbsence() {
        assertThat(json.read("{\"name\": null}")).isEqualTo(ScalingConfiguration.builder().build());
        assertThat(json.read("{\"dataDisks\": null}")).isEqualTo(ScalingConfiguration.builder().build());
        assertThat(lines(failure("{\"tags\": {\"a\": null}}"))).containsExactly(
                "tags (line 1, column 10): has a null entry; maps must not contain null keys or values");
        assertThat(lines(failure("{\"network\": {\"securityGroupIds\": [\"sg\", null]}}"))).containsExactly(
                "network.securityGroupIds (line 1, column 34): has a null element; lists must not contain null");
        assertThat(json.read("{\"image\": null}")).isEqualTo(ScalingConfiguration.builder().build());
    }

    @Test
    void noCoercionOfFloatsToIntegersOrNumbersToBooleans() {
        assertThat(lines(failure("{\"cpu\": 1.5}")).get(0)).startsWith("cpu (line 1, column ").contains("\"1.5\" is not an integer");
        assertThat(lines(failure("{\"deletionProtection\": 1}")).get(0)).contains("is not a boolean");
    }

    @Test
    void unknownFieldSuggestsTheClosestName() {
        assertThat(lines(failure("{\n  \"scalingGroupID\": \"asg-1\"\n}"))).containsExactly(
                "scalingGroupID (line 2, column 21): is not a field of ScalingConfiguration; did you mean \"scalingGroupId\"?");
        assertThat(lines(failure("{\"systemDisk\": {\"sizeGib\": 40}}")).get(0))
                .startsWith("systemDisk.sizeGib (line 1, column ").contains("is not a field of SystemDiskSpec");
    }

    @Test
    void badEnumListsTheAllowedSpellings() {
        assertThat(lines(failure("{\"spotStrategy\": \"Spot\"}")).get(0)).startsWith("spotStrategy (line 1, column ")
                .endsWith("\"Spot\" is not one of NoSpot, SpotWithPriceLimit, SpotAsPriceGo");
        assertThat(lines(failure("{\"systemDisk\": {\"performanceLevel\": \"PL9\"}}")).get(0))
                .startsWith("systemDisk.performanceLevel (line 1").endsWith("\"PL9\" is not one of PL0, PL1, PL2, PL3");
    }

    @Test
    void missingRequiredAttributeIsNamed() {
        assertThat(lines(failure("{\"instanceTypes\": [{\"weightedCapacity\": 2}]}")).get(0))
                .startsWith("instanceTypes[0].instanceType (line 1, column ").endsWith("is missing; it is required");
        assertThat(lines(failure("{\"customPriorities\": [{}]}"))).hasSize(2);
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        FormatError error = failure("{\n  \"name\": \"a\",\n  \"hostName\": }").getErrors().get(0);
        assertThat(error.location()).isEqualTo("hostName");
        assertThat(error.line()).hasValue(3);
        assertThat(error.message()).startsWith("is not valid JSON: Unexpected character");
        assertThat(lines(failure("{\"name\": \"a\"} {"))).containsExactly(
                "(document) (line 1, column 15): has more content after the end of the document");
        assertThat(lines(failure("  "))).containsExactly("(document): is empty; expected a JSON document");
        assertThat(lines(failure("{\"name\": \"a\", \"name\": \"b\"}")).get(0)).contains("Duplicate field 'name'");
        assertThat(lines(failure("[1]")).get(0)).contains("is not a ScalingConfiguration (a JSON object); found an array");
    }

    @Test
    void documentsTooLargeOrTooDeepAreRejected() {
        ScalingJson small = ScalingJson.builder().maxDocumentChars(50).maxNestingDepth(3).build();
        ConfigFormatException large = catchThrowableOfType(ConfigFormatException.class,
                () -> small.read("{\"name\": \"" + "x".repeat(100) + "\"}"));
        assertThat(large.getMessage()).isEqualTo("(document): is too large: at most 50 characters are allowed, the "
                + "document has 112");
        ConfigFormatException largeStream = catchThrowableOfType(ConfigFormatException.class,
                () -> small.read(new StringReader("{\"name\": \"" + "x".repeat(100) + "\"}")));
        assertThat(largeStream.getMessage()).contains("is too large: at most 50 characters are allowed");
        ScalingJson shallow = ScalingJson.builder().maxNestingDepth(3).build();
        ConfigFormatException deep = catchThrowableOfType(ConfigFormatException.class,
                () -> shallow.read("{\"network\": {\"networkInterfaces\": [{\"securityGroupIds\": [\"sg\"]}]}}"));
        assertThat(deep.getMessage()).contains("is nested too deeply: at most 3 levels are allowed");
        assertThat(small.maxDocumentChars()).isEqualTo(50);
        assertThat(small.maxNestingDepth()).isEqualTo(3);
    }

    @Test
    void secretsNeverAppearInErrors() {
        String[] documents = {
            "{\"credentials\": {\"password\": " + Fixtures.SECRET_PASSWORD + "}}",
            "{\"credentials\": {\"password\": [\"" + Fixtures.SECRET_PASSWORD + "\"]}}",
            "{\"userData\": " + Fixtures.SECRET_USER_DATA + "}",
            "{\"userData\": {\"x\": \"" + Fixtures.SECRET_USER_DATA + "\"}}",
            "{\"credentials\": {\"password\": \"" + Fixtures.SECRET_PASSWORD + "\", \"passwordInherit\": \"no\"}}",
        };
        for (String document : documents) {
            ConfigFormatException failure = failure(document);
            assertThat(failure.getMessage()).doesNotContain(Fixtures.SECRET_PASSWORD)
                    .doesNotContain(Fixtures.SECRET_USER_DATA);
        }
        assertThat(ScalingConfiguration.builder().from(Fixtures.full()).build().toString())
                .doesNotContain(Fixtures.SECRET_PASSWORD);
    }

    @Test
    void readValueMapsErrorsForOtherTypes() {
        assertThat(json.readValue("{\"size\": 40}", DiskSpec.class).getSize()).contains(40);
        ConfigFormatException failure = catchThrowableOfType(ConfigFormatException.class,
                () -> json.readValue("{\"size\": true}", DiskSpec.class));
        assertThat(failure.getErrors().get(0).location()).isEqualTo("size");
        assertThat(json.writeValue(List.of(1, 2))).isEqualTo("[\n  1,\n  2\n]");
    }

    @Test
    void instanceTypesMayBeWrittenAsBareNames() {
        ScalingConfiguration config = json.read("{\"instanceTypes\": [\"ecs.g7.large\","
                + " {\"instanceType\": \"ecs.g6.large\", \"weightedCapacity\": 2}]}");

        assertThat(config.getInstanceTypes()).containsExactly(InstanceTypeSpec.of("ecs.g7.large"),
                InstanceTypeSpec.builder().instanceType("ecs.g6.large").weightedCapacity(2).build());
        assertThat(json.write(config)).contains("\"instanceType\": \"ecs.g7.large\"");
        assertThat(failure("{\"instanceTypes\": [42]}").getMessage()).contains("instanceTypes[0]");
    }

    @Test
    void theModuleWorksInAPlainMapper() throws Exception {
        ObjectMapper mine = JsonMapper.builder().addModule(new ScalingJacksonModule()).build();
        ScalingConfiguration config = Fixtures.full();
        assertThat(mine.readValue(mine.writeValueAsString(config), ScalingConfiguration.class)).isEqualTo(config);
        assertThat(json.mapper().readValue(json.write(config), ScalingConfiguration.class)).isEqualTo(config);
    }

    @Test
    void testsRunOnTheModulePath() {
        assertThat(ScalingJson.class.getModule().getName()).isEqualTo("dev.scalecfg.core");
        assertThat(ObjectMapper.class.getModule().getName()).isEqualTo("com.fasterxml.jackson.databind");
    }
}
