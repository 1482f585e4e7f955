package dev.scalecfg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.HttpTokens;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.Password;
import dev.scalecfg.core.PerformanceLevel;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.UserData;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ReadLimits;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class TerraformWriterTest {
    static final ScalingConfiguration WEB = ScalingConfiguration.builder()
            .scalingGroupId("asg-bp14wlu85wrpchm0abcd")
            .name("web-tier")
            .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
            .addInstanceType(InstanceTypeSpec.builder().instanceType("ecs.g7.large").spotPriceLimit(new BigDecimal("0.5")).build())
            .addInstanceType(InstanceTypeSpec.of("ecs.g6.large"))
            .spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT)
            .systemDisk(SystemDiskSpec.builder().category(DiskCategory.CLOUD_ESSD).size(40).build())
            .addDataDisk(DiskSpec.builder().category(DiskCategory.CLOUD_ESSD).size(100)
                    .performanceLevel(PerformanceLevel.PL1).deleteWithInstance(true).build())
            .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefsabcd").internetMaxBandwidthOut(10)
                    .ioOptimized(IoOptimized.OPTIMIZED).build())
            .credentials(CredentialsSpec.builder().password(Password.of("Secret-Pa55!")).build())
            .userData(UserData.ofPlainText("#!/bin/sh\necho ${HOME}\n"))
            .instanceName("web-${HOSTNAME}")
            .putTag("env", "prod")
            .putTag("kubernetes.io/cluster", "owned")
            .httpTokens(HttpTokens.REQUIRED)
            .build();

    @Test
    void aResourceInCanonicalOrderWithSecretsAsVariables() {
        WriteResult result = TerraformWriter.defaults().write("web", WEB);
        assertThat(result.getText()).isEqualTo(String.join("\n",
                "variable \"web_password\" {",
                "  description = \"Password of alicloud_ess_scaling_configuration.web\"",
                "  type        = string",
                "  sensitive   = true",
                "}",
                "",
                "variable \"web_user_data\" {",
                "  description = \"UserData of alicloud_ess_scaling_configuration.web\"",
                "  type        = string",
                "  sensitive   = true",
                "}",
                "",
                "resource \"alicloud_ess_scaling_configuration\" \"web\" {",
                "  scaling_group_id           = \"asg-bp14wlu85wrpchm0abcd\"",
                "  scaling_configuration_name = \"web-tier\"",
                "  image_id                   = \"aliyun_3_x64_20G_alibase_20240819.vhd\"",
                "  instance_types             = [\"ecs.g7.large\", \"ecs.g6.large\"]",
                "  spot_strategy              = \"SpotWithPriceLimit\"",
                "  system_disk_category       = \"cloud_essd\"",
                "  system_disk_size           = 40",
                "  security_group_id          = \"sg-bp18kz60mefsabcd\"",
                "  internet_max_bandwidth_out = 10",
                "  password                   = var.web_password",
                "  instance_name              = \"web-$${HOSTNAME}\"",
                "  user_data                  = var.web_user_data",
                "  tags = {",
                "    env                     = \"prod\"",
                "    \"kubernetes.io/cluster\" = \"owned\"",
                "  }",
                "",
                "  spot_price_limit {",
                "    instance_type = \"ecs.g7.large\"",
                "    price_limit   = 0.5",
                "  }",
                "",
                "  data_disk {",
                "    category             = \"cloud_essd\"",
                "    size                 = 100",
                "    performance_level    = \"PL1\"",
                "    delete_with_instance = true",
                "  }",
                "",
                "  # Not expressible in alicloud_ess_scaling_configuration, so not written:",
                "  #   HttpTokens = required",
                "}",
                ""));
        assertThat(result.getSecretVariables()).containsExactly(java.util.Map.entry("web_password", "Password"),
                java.util.Map.entry("web_user_data", "UserData"));
        assertThat(result.getIssues()).extracting(WriteIssue::toString).containsExactly(
                "web: IoOptimized (IMPLIED): not written: the provider always sends IoOptimized=optimized unless"
                        + " is_outdated is true",
                "web: HttpTokens (UNSUPPORTED): alicloud_ess_scaling_configuration has no argument for it");
        assertThat(result.isLossless()).isFalse();
    }

    @Test
    void strictWritersRefuseWhatTerraformCannotExpress() {
        assertThatThrownBy(() -> TerraformWriter.builder().failOnUnsupported().build().write("web", WEB))
                .isInstanceOfSatisfying(UnsupportedParametersException.class, e -> {
                    assertThat(e.getIssues()).extracting(WriteIssue::getParameter).containsExactly("HttpTokens");
                    assertThat(e.getMessage()).contains("HttpTokens").doesNotContain("required");
                });
        WriteResult fine = TerraformWriter.builder().failOnUnsupported().build()
                .write("web", WEB.withHttpTokens(java.util.Optional.empty()));
        assertThat(fine.getIssues(WriteIssue.Kind.UNSUPPORTED)).isEmpty();
    }

    @Test
    void aDocumentIsWrittenResourceByResourceWithItsUnresolvedAttributes() throws IOException {
        ConfigDocument document = new TerraformReader().read(Fixtures.path("terraform/modules-example"),
                ReadLimits.defaults());
        WriteResult result = TerraformWriter.defaults().write(document);
        assertThat(result.getText()).contains("resource \"alicloud_ess_scaling_configuration\" \"this\" {",
                "resource \"alicloud_ess_scaling_configuration\" \"this_2\" {",
                "resource \"alicloud_ess_scaling_configuration\" \"sized_small\" {",
                "variable \"this_password\" {").doesNotContain("Tf-Pa55word!");
        ConfigDocument web = new TerraformReader().read(Fixtures.path("terraform/web"), ReadLimits.defaults());
        assertThat(TerraformWriter.defaults().write(web).getText()).contains(
                "# Not known offline in the source, so not written: scalingGroupId, image.imageId,"
                        + " network.securityGroupId, credentials.keyPairName");
        ConfigDocument back = TerraformReader.builder().variable("this_password", "x").variable("this_2_password", "x")
                .build().read("back.tf", result.getText(), ReadLimits.defaults());
        assertThat(back.getEntries()).hasSize(document.getEntries().size());
    }

    @Test
    void resourceNames() {
        assertThat(TerraformWriter.resourceName("module.asg[0].alicloud_ess_scaling_configuration.this[\"a b\"]"))
                .isEqualTo("this_a_b");
        assertThat(TerraformWriter.resourceName("asc-bp1ffogvv4bk5ydz5z3h")).isEqualTo("asc-bp1ffogvv4bk5ydz5z3h");
        assertThat(TerraformWriter.resourceName("9lives")).isEqualTo("c_9lives");
        assertThat(TerraformWriter.resourceName("***")).isEqualTo("this");
    }
}
