package dev.scalecfg.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class FormatDetectorTest {
    private static InputFormat detect(String text) {
        return FormatDetector.detect(new InputFile("f", text));
    }

    @Test
    void canonicalJsonHasLowerCamelKeys() {
        assertThat(detect("{\"name\": \"web\", \"instanceTypes\": []}")).isEqualTo(InputFormat.JSON);
        assertThat(detect("  \n{}")).isEqualTo(InputFormat.JSON);
    }

    @Test
    void essParametersHaveApiNames() {
        assertThat(detect("{\"ImageId\": \"a.vhd\", \"InstanceTypes.1\": \"ecs.g7.large\", \"DataDisk.1.Size\": 100}"))
                .isEqualTo(InputFormat.ESS);
    }

    @Test
    void aliyunCommandLines() {
        assertThat(detect("aliyun ess CreateScalingConfiguration --ImageId x")).isEqualTo(InputFormat.ALIYUN_CLI);
        assertThat(detect("#!/bin/bash\n# comment\naliyun ess CreateScalingConfiguration \\\n --ImageId x"))
                .isEqualTo(InputFormat.ALIYUN_CLI);
        assertThat(detect("/usr/local/bin/aliyun ess CreateScalingConfiguration --ImageId x"))
                .isEqualTo(InputFormat.ALIYUN_CLI);
    }

    @Test
    void requestsAndSnapshotsAreRecognisedAsMistakes() {
        assertThatThrownBy(() -> detect("{\"units\": 3, \"vswitches\": []}"))
                .hasMessageContaining("scale-out request").hasMessageContaining("plan --request");
        assertThatThrownBy(() -> detect("{\"pools\": []}"))
                .hasMessageContaining("capacity snapshot").hasMessageContaining("plan --capacity");
    }

    @Test
    void parametersKeepTheirPositionAndTextualValues() {
        Map<String, FormatDetector.Located> parameters = FormatDetector.readParameters(new InputFile("f",
                "{\n  \"SystemDisk.Size\": 40,\n  \"DeletionProtection\": true,\n  \"Tags\": {\"env\": \"prod\"}\n}"));
        assertThat(parameters.get("SystemDisk.Size")).isEqualTo(new FormatDetector.Located("40", 2, 3));
        assertThat(parameters.get("DeletionProtection").value()).isEqualTo("true");
        assertThat(parameters.get("Tags").value()).isEqualTo("{\"env\":\"prod\"}");
    }
}
