package dev.scalecfg.tests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.core.io.DocumentReader;
import dev.scalecfg.core.io.ReadLimits;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The readers of the interop module and the Describe reader of core, found through ServiceLoader as
 * an application finds them: each recognizes its own format and no other, and none shows a secret.
 */
final class InteropReadersTest {
    private static final String PASSWORD = "Very-Secret-Pa55!";
    private static final String USER_DATA = "c2VjcmV0LXVzZXItZGF0YQ==";

    /** One small document per format, each with the same secrets and one wrong value. */
    private static final Map<String, String> SAMPLES = Map.of(
            "terraform", "resource \"alicloud_ess_scaling_configuration\" \"web\" {\n"
                    + "  image_id = \"m-1\"\n  system_disk_size = \"big\"\n  password = \"" + PASSWORD + "\"\n"
                    + "  user_data = \"" + USER_DATA + "\"\n  passwrd = \"" + PASSWORD + "\"\n}\n",
            "terraform-show", "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"resources\": [\n"
                    + "{\"address\": \"alicloud_ess_scaling_configuration.web\", \"mode\": \"managed\","
                    + " \"type\": \"alicloud_ess_scaling_configuration\", \"name\": \"web\", \"values\": {"
                    + "\"image_id\": \"m-1\", \"system_disk_size\": \"big\", \"password\": \"" + PASSWORD + "\","
                    + " \"user_data\": [\"" + USER_DATA + "\"]}}]}}}",
            "ros", "ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  Web:\n"
                    + "    Type: ALIYUN::ESS::ScalingConfiguration\n    Properties:\n      ImageId: m-1\n"
                    + "      SystemDiskSize: big\n      Password: '" + PASSWORD + "'\n      UserData: [" + USER_DATA + "]\n",
            "describe", "{\"RequestId\": \"r\", \"ScalingConfigurations\": [{\"ScalingConfigurationId\": \"asc-1\","
                    + " \"ImageId\": \"m-1\", \"SystemDiskSize\": \"big\", \"UserData\": [\"" + USER_DATA + "\"]}]}");

    private static List<DocumentReader> readers() {
        return ServiceLoader.load(DocumentReader.class).stream().map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());
    }

    @Test
    void everyReaderIsAServiceWithItsOwnFormat() {
        assertThat(readers()).extracting(reader -> reader.format().id())
                .contains("terraform", "terraform-show", "ros", "describe").doesNotHaveDuplicates();
    }

    @Test
    void eachSampleIsRecognizedByItsReaderOnly() {
        SAMPLES.forEach((format, text) -> assertThat(readers().stream()
                .filter(reader -> reader.recognizes("<stdin>", text)).map(reader -> reader.format().id()))
                .as(format).containsExactly(format));
    }

    @Test
    void wrongValuesAreProblemsAndSecretsNeverShow() {
        for (DocumentReader reader : readers()) {
            String text = SAMPLES.get(reader.format().id());
            if (text == null) {
                continue;
            }
            ConfigDocument document = reader.read("sample", text, ReadLimits.defaults());
            ConfigEntry entry = document.getEntries().get(0);
            assertThat(entry.getConfiguration().getImage().getImageId()).as(reader.format().id()).contains("m-1");
            assertThat(entry.getProblems()).as(reader.format().id())
                    .anySatisfy(problem -> assertThat(problem.modelPath()).contains("systemDisk.size"));
            String shown = entry.getProblems().stream().map(FormatError::toString).collect(Collectors.joining("\n"))
                    + entry.getNotes() + entry + document;
            assertThat(shown).as(reader.format().id()).doesNotContain(PASSWORD).doesNotContain(USER_DATA);
        }
    }
}
