package dev.scalecfg.core.ess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.io.ConfigEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class EssEntriesTest {
    @Test
    void everyMistakeIsAProblemAndEveryOtherValueIsRead() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ScalingGroupId", "asg-bp14wlu85wrpchm0xy1z");
        parameters.put("ImageId", "ubuntu_22_04_x64_20G_alibase_20230907.vhd");
        parameters.put("InstanceTypes.1", "ecs.g6.large");
        parameters.put("SystemDisk.Size", "sixty");
        parameters.put("SpotStrategy", "Cheap");
        parameters.put("InternetChargeType", "PayByMoon");
        parameters.put("InternetMaxBandwidthOut", "5000");
        parameters.put("DataDsk.1.Size", "100");
        parameters.put("DataDisk.1.Encrypted", "maybe");
        ConfigEntry entry = EssEntries.read(parameters);
        assertThat(entry.getConfiguration().getNetwork().getInternetMaxBandwidthOut()).contains(5000);
        assertThat(entry.getConfiguration().getInstanceTypes()).hasSize(1);
        assertThat(entry.getProblems()).extracting(FormatError::location).containsExactlyInAnyOrder(
                "SystemDisk.Size", "SpotStrategy", "InternetChargeType", "DataDsk.1.Size", "DataDisk.1.Encrypted");
        assertThat(entry.getProblems()).extracting(FormatError::code).containsExactlyInAnyOrder(
                "VALUE_NOT_AN_INTEGER", "VALUE_NOT_ALLOWED", "VALUE_NOT_ALLOWED", "PARAMETER_UNKNOWN",
                "VALUE_NOT_A_BOOLEAN");
        assertThat(entry.getProblems().stream().filter(p -> p.location().equals("DataDisk.1.Encrypted"))
                .findFirst().orElseThrow().modelPath()).contains("dataDisks[0].encrypted");
    }

    @Test
    void listsThatCannotBeReadAreLeftOutWhole() {
        ConfigEntry entry = EssEntries.read(Map.of("InstanceTypes.1", "ecs.g6.large",
                "SpotPriceLimit.1.PriceLimit", "0.5", "DataDisk.1.Size", "40", "DataDisk.3.Size", "50"));
        assertThat(entry.getConfiguration().getInstanceTypes()).hasSize(1);
        assertThat(entry.getConfiguration().getDataDisks()).isEmpty();
        assertThat(entry.getProblems()).extracting(FormatError::code).contains("INDEX_GAP", "VALUE_MISSING");
    }

    @Test
    void conflictsAreProblems() {
        ConfigEntry entry = EssEntries.read(Map.of("InstanceType", "ecs.g6.large", "InstanceTypes.1", "ecs.g7.large"));
        assertThat(entry.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("PARAMETER_CONFLICT");
            assertThat(problem.modelPath()).contains("instanceTypes");
        });
        assertThat(entry.getConfiguration().getInstanceTypes()).hasSize(1);
    }

    @Test
    void secretsAreMasked() {
        ConfigEntry entry = EssEntries.read(Map.of("Password", "Secret123!", "Passwrd", "Secret123!",
                "UserData", "c2VjcmV0", "SystemDisk.Size", "x"));
        String text = entry.getProblems().stream().map(FormatError::toString).collect(Collectors.joining("\n"));
        assertThat(text).doesNotContain("Secret123!").doesNotContain("c2VjcmV0");
        assertThat(entry.getConfiguration().getCredentials().getPassword()).isPresent();
    }

    @Test
    void modelPathsOfParameters() {
        assertThat(EssParameters.modelPath("SystemDisk.Size")).contains("systemDisk.size");
        assertThat(EssParameters.modelPath("DataDisks.2.Size")).contains("dataDisks[1].size");
        assertThat(EssParameters.modelPath("DataDisk.2")).contains("dataDisks[1]");
        assertThat(EssParameters.modelPath("DataDisk")).contains("dataDisks");
        assertThat(EssParameters.modelPath("DataDisk.1.Categories.2")).contains("dataDisks[0].categories[1]");
        assertThat(EssParameters.modelPath("SecurityGroupIds.3")).contains("network.securityGroupIds[2]");
        assertThat(EssParameters.modelPath("InstancePatternInfo.1.Architecture.1"))
                .contains("instancePatterns[0].architectures[0]");
        assertThat(EssParameters.modelPath("InstancePatternInfos.1.Architectures.1"))
                .contains("instancePatterns[0].architectures[0]");
        assertThat(EssParameters.modelPath("InstanceTypes.2")).contains("instanceTypes");
        assertThat(EssParameters.modelPath("SpotPriceLimit.1.PriceLimit")).contains("instanceTypes");
        assertThat(EssParameters.modelPath("InstanceType")).contains("instanceTypes");
        assertThat(EssParameters.modelPath("Password")).contains("credentials.password");
        assertThat(EssParameters.modelPath("Tags")).contains("tags");
        assertThat(EssParameters.modelPath("ResourcePoolOptions.PrivatePoolTags.1.Key"))
                .contains("resourcePool.privatePoolTags[0].key");
        assertThat(EssParameters.modelPath("NoSuchThing")).isEmpty();
        assertThat(EssParameters.modelPath("SystemDisk.Size.3")).isEmpty();
    }

    @Test
    void modelPathsInvertParameterNames() {
        dev.scalecfg.core.ScalingConfiguration config = dev.scalecfg.core.Fixtures.full();
        for (ApiVersion version : ApiVersion.values()) {
            for (String parameter : EssParameters.toParameters(config, version).keySet()) {
                String path = EssParameters.modelPath(parameter).orElseThrow(() -> new AssertionError(parameter));
                if (!path.startsWith("instanceTypes") && !path.equals("tags")) {
                    assertThat(EssParameters.parameterName(config, path, version)).as(parameter).contains(parameter);
                }
            }
        }
    }
}
