package dev.scalecfg.core.ess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.core.io.ConfigFormat;
import dev.scalecfg.core.io.DocumentReader;
import dev.scalecfg.core.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class DescribeResponseReaderTest {
    private static final DescribeResponseReader READER = new DescribeResponseReader();

    static String resource(String name) {
        try (InputStream in = DescribeResponseReaderTest.class.getResourceAsStream("/describe/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigDocument read(String text) {
        return READER.read("response.json", text, ReadLimits.defaults());
    }

    @Test
    void wrappedListsOfThe2014Api() {
        ConfigDocument document = read(resource("describe-2014.json"));
        assertThat(document.getFormat()).isEqualTo(ConfigFormat.DESCRIBE);
        assertThat(document.getEntries()).extracting(entry -> entry.getName().orElseThrow())
                .containsExactly("asc-bp1ffogvv4bk5ydz5z3h", "asc-bp1i65jd06v04vdh79gu");
        ConfigEntry first = document.getEntries().get(0);
        assertThat(first.getProblems()).isEmpty();
        assertThat(first.getApiVersion()).contains(ApiVersion.V2014_08_28);
        ScalingConfiguration config = first.getConfiguration();
        assertThat(config.getLifecycleState()).contains(LifecycleState.ACTIVE);
        assertThat(config.getName()).contains("web-tier-v3");
        assertThat(config.getInstanceTypes()).containsExactly(
                InstanceTypeSpec.builder().instanceType("ecs.g7.large").spotPriceLimit(new BigDecimal("0.5")).build(),
                InstanceTypeSpec.of("ecs.g6.large"));
        assertThat(config.getSystemDisk().getCategory()).contains(DiskCategory.CLOUD_ESSD);
        assertThat(config.getSystemDisk().getSize()).contains(40);
        assertThat(config.getSystemDisk().getEncrypted()).contains(false);
        assertThat(config.getSystemDisk().getKmsKeyId()).isEmpty();
        assertThat(config.getDataDisks()).singleElement().satisfies(disk -> {
            assertThat(disk.getSize()).contains(100);
            assertThat(disk.getEncrypted()).contains(false);
            assertThat(disk.getDiskName()).contains("data");
            assertThat(disk.getSnapshotId()).isEmpty();
        });
        assertThat(config.getTags()).containsEntry("env", "prod").containsEntry("team", "web");
        assertThat(config.getRamRoleName()).isEmpty();
        assertThat(config.getCpu()).as("Cpu 0 means not set").isEmpty();
        assertThat(config.getNetwork().getInternetMaxBandwidthIn()).contains(200);
        assertThat(config.getPrivatePool().getMatchCriteria()).isPresent();
        assertThat(config.getPrivatePool().getId()).isEmpty();
        assertThat(first.getNotes()).isEmpty();
    }

    @Test
    void weightedTypesAreZippedAndZeroSizesAreUnset() {
        ConfigEntry second = read(resource("describe-2014.json")).getEntries().get(1);
        ScalingConfiguration config = second.getConfiguration();
        assertThat(second.getProblems()).isEmpty();
        assertThat(config.getLifecycleState()).contains(LifecycleState.INACTIVE);
        assertThat(config.getInstanceTypes()).containsExactly(
                InstanceTypeSpec.builder().instanceType("ecs.c7.xlarge").weightedCapacity(4).build(),
                InstanceTypeSpec.builder().instanceType("ecs.c7.2xlarge").weightedCapacity(8).build());
        assertThat(config.getSystemDisk().getSize()).isEmpty();
        assertThat(config.getNetwork().getSecurityGroupIds()).hasSize(2);
        assertThat(config.getInstancePatterns()).singleElement().satisfies(pattern -> {
            assertThat(pattern.getCores()).contains(4);
            assertThat(pattern.getMaxPrice()).isEmpty();
            assertThat(pattern.getArchitectures()).containsExactly("X86");
            assertThat(pattern.getExcludedInstanceTypes()).containsExactly("ecs.t6.*");
        });
        assertThat(config.getTags()).isEmpty();
    }

    @Test
    void flatListsOfThe2022Api() {
        ConfigEntry entry = read(resource("describe-2022.json")).getEntries().get(0);
        assertThat(entry.getProblems()).isEmpty();
        assertThat(entry.getName()).contains("asc-2zed7lqn4ts4pmuzvz3q");
        assertThat(entry.getApiVersion()).contains(ApiVersion.V2022_02_22);
        ScalingConfiguration config = entry.getConfiguration();
        assertThat(config.getImage().getImageFamily()).contains("acs:alibaba_cloud_linux_3_2104_lts_x64");
        assertThat(config.getImage().getLoginAsNonRoot()).contains(true);
        assertThat(config.getInstanceTypes()).extracting(InstanceTypeSpec::getInstanceType)
                .containsExactly("ecs.g8i.large", "ecs.g7.large", "ecs.g6.large");
        assertThat(config.getInstanceTypes().get(0).getSpotPriceLimit()).contains(new BigDecimal("0.125"));
        assertThat(config.getNetwork().getNetworkInterfaces()).singleElement()
                .satisfies(nic -> assertThat(nic.getSecurityGroupIds()).containsExactly("sg-2ze8wvrbk0fmb0b1vxyz"));
        assertThat(config.getSystemDisk().getEncrypted()).contains(true);
        assertThat(config.getSystemDisk().getProvisionedIops()).contains(3000L);
        assertThat(config.getDataDisks().get(0).getCategories()).hasSize(2);
        assertThat(config.getDataDisks().get(0).getEncrypted()).contains(true);
        assertThat(config.getSpotDuration()).contains(0);
        assertThat(config.getResourcePool().getPrivatePoolIds()).containsExactly("eap-2ze8k0yyr9a4ffbkzzzz");
        assertThat(config.getCustomPriorities()).hasSize(1);
        assertThat(config.getInstanceTypeCandidateOptions()).isPresent();
        assertThat(config.getSchedulerOptions()).contains("{\"ManagedPrivateSpaceId\":\"dedicated-space-1\"}");
        assertThat(config.getConfidentialComputingMode()).isPresent();
        assertThat(config.getDeletionProtection()).contains(true);
        assertThat(config.getStorageSetPartitionNumber()).isEmpty();
        assertThat(entry.getNotes()).isEmpty();
    }

    @Test
    void theDocumentationSampleWithStringNumbersAndSingleObjects() {
        ConfigEntry entry = read(resource("describe-doc-sample-2014.json")).getEntries().get(0);
        assertThat(entry.getProblems()).isEmpty();
        ScalingConfiguration config = entry.getConfiguration();
        assertThat(config.getInstanceTypes()).containsExactly(InstanceTypeSpec.of("ecs.t1.small"));
        assertThat(config.getDataDisks()).singleElement().satisfies(disk -> {
            assertThat(disk.getSize()).contains(200);
            assertThat(disk.getDeleteWithInstance()).contains(true);
            assertThat(disk.getDevice()).contains("/dev/xvdb");
        });
        assertThat(config.getNetwork().getInternetMaxBandwidthOut()).contains(1);
    }

    @Test
    void wrongValuesAreProblemsOfTheirEntryAtTheirField() {
        String text = "{\"ScalingConfigurations\": [\n"
                + "  {\"ScalingConfigurationId\": \"asc-1\", \"SystemDiskSize\": \"forty\",\n"
                + "   \"SpotStrategy\": \"Cheap\", \"UserData\": [1], \"ImageId\": \"m-1\", \"LifecycleState\": \"Gone\"}\n"
                + "]}";
        ConfigEntry entry = read(text).getEntries().get(0);
        assertThat(entry.getConfiguration().getImage().getImageId()).contains("m-1");
        assertThat(entry.getProblems()).extracting(FormatError::location).containsExactlyInAnyOrder(
                "ScalingConfigurations[0].SystemDiskSize", "ScalingConfigurations[0].SpotStrategy",
                "ScalingConfigurations[0].UserData", "ScalingConfigurations[0].LifecycleState");
        FormatError size = entry.getProblems().stream()
                .filter(p -> p.location().endsWith("SystemDiskSize")).findFirst().orElseThrow();
        assertThat(size.code()).isEqualTo("VALUE_NOT_AN_INTEGER");
        assertThat(size.modelPath()).contains("systemDisk.size");
        assertThat(size.line()).hasValue(2);
        assertThat(size.column()).hasValue(57);
        FormatError spot = entry.getProblems().stream()
                .filter(p -> p.location().endsWith("SpotStrategy")).findFirst().orElseThrow();
        assertThat(spot.code()).isEqualTo("VALUE_NOT_ALLOWED");
        assertThat(spot.line()).hasValue(3);
    }

    @Test
    void userDataNeverAppearsInProblems() {
        String text = "{\"ScalingConfigurations\": [{\"UserData\": {\"x\": \"c2VjcmV0\"}, \"SystemDiskSize\": \"x\"}]}";
        ConfigEntry entry = read(text).getEntries().get(0);
        assertThat(entry.getProblems().stream().map(FormatError::toString).collect(Collectors.joining()))
                .doesNotContain("c2VjcmV0");
    }

    @Test
    void unknownFieldsAreIgnoredWithANote() {
        ConfigEntry entry = read("{\"ScalingConfigurations\": [{\"ScalingConfigurationId\": \"asc-1\","
                + " \"FutureField\": 1, \"ImageId\": \"m-1\"}]}").getEntries().get(0);
        assertThat(entry.getProblems()).isEmpty();
        assertThat(entry.getNotes()).singleElement().asString().contains("FutureField");
    }

    @Test
    void unreadableDocumentsAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> read("{\"ScalingConfigurations\": [ {\"a\": } ]}"))
                .isInstanceOfSatisfying(ConfigFormatException.class, e -> {
                    assertThat(e.getErrors()).singleElement().satisfies(error -> {
                        assertThat(error.code()).isEqualTo("MALFORMED");
                        assertThat(error.line()).hasValue(1);
                    });
                });
        assertThatThrownBy(() -> read("{\"RequestId\": \"x\"}")).isInstanceOf(ConfigFormatException.class)
                .hasMessageContaining("ScalingConfigurations");
        assertThatThrownBy(() -> read("{\"ScalingConfigurations\": [1]}")).isInstanceOf(ConfigFormatException.class)
                .hasMessageContaining("ScalingConfigurations[0]");
    }

    @Test
    void limitsAreEnforced() {
        ReadLimits small = ReadLimits.builder().maxDocumentChars(100).maxNestingDepth(3).maxListElements(2)
                .maxNumberChars(5).build();
        assertThatThrownBy(() -> READER.read("r", "{\"ScalingConfigurations\": []}" + " ".repeat(100), small))
                .isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_DOCUMENT_SIZE"));
        assertThatThrownBy(() -> READER.read("r", "{\"ScalingConfigurations\": [{\"DataDisks\": [{\"Size\": [1]}]}]}",
                small)).isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_NESTING"));
        assertThatThrownBy(() -> READER.read("r", "{\"ScalingConfigurations\": [{}, {}, {}]}", small))
                .isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_LIST_SIZE"));
        ConfigEntry entry = READER.read("r", "{\"ScalingConfigurations\": [{\"SystemDiskSize\": 1234567}]}", small)
                .getEntries().get(0);
        assertThat(entry.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("VALUE_TOO_LONG");
            assertThat(problem.toString()).doesNotContain("1234567");
        });
    }

    @Test
    void recognizesResponsesOnly() {
        assertThat(READER.recognizes("r.json", resource("describe-2022.json"))).isTrue();
        assertThat(READER.recognizes("r.json", "{\"ImageId\": \"m-1\"}")).isFalse();
        assertThat(READER.recognizes("r.json", "ScalingConfigurations")).isFalse();
    }

    @Test
    void isAServiceProvider() {
        assertThat(ServiceLoader.load(DocumentReader.class).stream().map(ServiceLoader.Provider::type))
                .contains(DescribeResponseReader.class);
    }
}
