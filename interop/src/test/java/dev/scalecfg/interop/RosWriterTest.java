package dev.scalecfg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ReadLimits;
import org.junit.jupiter.api.Test;

final class RosWriterTest {
    @Test
    void aYamlTemplateWithSecretsAsNoEchoParameters() {
        WriteResult result = RosWriter.yaml().write("WebConfiguration", TerraformWriterTest.WEB);
        assertThat(result.getText()).isEqualTo(String.join("\n",
                "ROSTemplateFormatVersion: \"2015-09-01\"",
                "Parameters:",
                "  WebConfigurationPassword:",
                "    Type: String",
                "    NoEcho: true",
                "    Description: Password of WebConfiguration",
                "  WebConfigurationUserData:",
                "    Type: String",
                "    NoEcho: true",
                "    Description: \"UserData of WebConfiguration, base64-encoded\"",
                "Resources:",
                "  WebConfiguration:",
                "    Type: ALIYUN::ESS::ScalingConfiguration",
                "    Properties:",
                "      ScalingGroupId: asg-bp14wlu85wrpchm0abcd",
                "      ScalingConfigurationName: web-tier",
                "      ImageId: aliyun_3_x64_20G_alibase_20240819.vhd",
                "      InstanceTypes:",
                "        - ecs.g7.large",
                "        - ecs.g6.large",
                "      SpotStrategy: SpotWithPriceLimit",
                "      SpotPriceLimitForInstanceType:",
                "        ecs.g7.large: 0.5",
                "      SystemDiskCategory: cloud_essd",
                "      SystemDiskSize: 40",
                "      DiskMappings:",
                "        - Category: cloud_essd",
                "          Size: \"100\"",
                "          PerformanceLevel: PL1",
                "          DeleteWithInstance: true",
                "      SecurityGroupId: sg-bp18kz60mefsabcd",
                "      InternetMaxBandwidthOut: 10",
                "      IoOptimized: optimized",
                "      Password:",
                "        Ref: WebConfigurationPassword",
                "      InstanceName: \"web-${HOSTNAME}\"",
                "      UserData:",
                "        Fn::Base64Decode:",
                "          Ref: WebConfigurationUserData",
                "      TagList:",
                "        - Key: env",
                "          Value: prod",
                "        - Key: kubernetes.io/cluster",
                "          Value: owned",
                "Metadata:",
                "  scalecfg:",
                "    NotExpressible:",
                "      WebConfiguration:",
                "        HttpTokens: required",
                ""));
        assertThat(result.getIssues()).extracting(WriteIssue::toString).containsExactly(
                "HttpTokens (UNSUPPORTED): ALIYUN::ESS::ScalingConfiguration has no property for it");
        assertThat(result.getSecretVariables()).containsOnlyKeys("WebConfigurationPassword", "WebConfigurationUserData");
    }

    @Test
    void jsonTemplatesReadBack() {
        WriteResult result = RosWriter.json().write(TerraformWriterTest.WEB);
        assertThat(result.getText()).startsWith("{\n  \"ROSTemplateFormatVersion\" : \"2015-09-01\",");
        ConfigDocument back = RosReader.builder().parameter("ScalingConfigurationPassword", "Secret-Pa55!")
                .parameter("ScalingConfigurationUserData", TerraformWriterTest.WEB.getUserData().orElseThrow().base64())
                .build().read("t.json", result.getText(), ReadLimits.defaults());
        assertThat(back.getEntries().get(0).getConfiguration())
                .isEqualTo(TerraformWriterTest.WEB.withHttpTokens(java.util.Optional.empty()));
    }

    @Test
    void strictWritersRefuseWhatRosCannotExpress() {
        assertThatThrownBy(() -> RosWriter.builder().failOnUnsupported().build().write(TerraformWriterTest.WEB))
                .isInstanceOf(UnsupportedParametersException.class).hasMessageContaining("HttpTokens");
    }

    @Test
    void logicalIds() {
        assertThat(RosWriter.logicalId("module.asg[0].alicloud_ess_scaling_configuration.this[\"a\"]"))
                .isEqualTo("ThisA");
        assertThat(RosWriter.logicalId("asc-bp1ffogvv4bk5ydz5z3h")).isEqualTo("AscBp1ffogvv4bk5ydz5z3h");
        assertThat(RosWriter.logicalId("--")).isEqualTo("ScalingConfiguration");
        assertThat(RosWriter.logicalId("9x")).isEqualTo("C9x");
    }
}
