package dev.scalecfg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.UserData;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.core.io.ReadLimits;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class TerraformShowReaderTest {
    private static final TerraformShowReader READER = new TerraformShowReader();

    private static ConfigDocument read(String name) {
        return READER.read(name, Fixtures.text("terraform/show/" + name), ReadLimits.defaults());
    }

    @Test
    void aPlanWithUnknownAndSensitiveValues() {
        ConfigDocument document = read("plan.json");
        assertThat(document.getEntries()).extracting(e -> e.getName().orElseThrow())
                .containsExactly("module.asg.alicloud_ess_scaling_configuration.this[0]");
        ConfigEntry entry = document.getEntries().get(0);
        assertThat(entry.getUnresolved()).containsExactlyInAnyOrder("scalingGroupId", "name", "hostName");
        String problems = entry.getProblems().stream().map(FormatError::toString).collect(Collectors.joining("\n"));
        assertThat(problems).contains("scaling_group_id (line 86, column 31): is not known offline: it is known only"
                + " after apply (after_unknown in the plan)")
                .doesNotContain("Adm1n-Pa55!").doesNotContain("\"api\"");
        ScalingConfiguration config = entry.getConfiguration();
        assertThat(config.getImage().getImageId()).contains("aliyun_3_x64_20G_alibase_20240819.vhd");
        assertThat(config.getInstanceTypes()).extracting(InstanceTypeSpec::getInstanceType)
                .containsExactly("ecs.g7.large", "ecs.g6.large");
        assertThat(config.getCredentials().getPassword()).as("a secret is read whatever the marks say").isPresent();
        assertThat(config.getCredentials().getPasswordInherit()).as("Terraform's false is the API default").isEmpty();
        assertThat(config.getDeletionProtection()).isEmpty();
        assertThat(config.getDataDisks()).singleElement().satisfies(disk -> {
            assertThat(disk.getSize()).contains(100);
            assertThat(disk.getDeleteWithInstance()).isEmpty();
            assertThat(disk.getEncrypted()).isEmpty();
            assertThat(disk.getProvisionedIops()).isEmpty();
        });
        assertThat(config.getInstanceName()).contains("ESS-Instance");
        assertThat(config.getUserData()).contains(UserData.ofPlainText("#!/bin/bash\necho ready\n"));
        assertThat(config.getTags()).containsOnly(Map.entry("env", "prod"));
        assertThat(config.getNetwork().getInternetMaxBandwidthOut()).contains(5);
        assertThat(entry.getNotes()).isEmpty();
    }

    @Test
    void aStateWithChildModules() {
        ConfigDocument document = read("state.json");
        assertThat(document.getEntries()).extracting(e -> e.getName().orElseThrow()).containsExactly(
                "alicloud_ess_scaling_configuration.web", "module.batch.alicloud_ess_scaling_configuration.spot[\"c7\"]");
        ConfigEntry web = document.getEntries().get(0);
        assertThat(web.getProblems()).isEmpty();
        assertThat(web.getConfiguration().getInstanceTypes()).containsExactly(InstanceTypeSpec.of("ecs.g7.large"));
        assertThat(web.getConfiguration().getCredentials().getPasswordInherit()).contains(true);
        assertThat(web.getConfiguration().getNetwork().getInternetMaxBandwidthIn()).contains(200);
        assertThat(web.getConfiguration().getNetwork().getInternetMaxBandwidthOut()).isEmpty();
        assertThat(web.getConfiguration().getTags()).isEmpty();
        assertThat(web.getConfiguration().getUserData()).isEmpty();
        ConfigEntry spot = document.getEntries().get(1);
        assertThat(spot.getProblems()).isEmpty();
        assertThat(spot.getConfiguration().getInstanceTypes()).containsExactly(InstanceTypeSpec.builder()
                .instanceType("ecs.c7.xlarge").spotPriceLimit(new BigDecimal("0.35")).build());
        assertThat(spot.getConfiguration().getDataDisks()).singleElement().satisfies(disk -> {
            assertThat(disk.getSize()).as("a snapshot disk's 0 is not a size").isEmpty();
            assertThat(disk.getSnapshotId()).isPresent();
        });
        assertThat(spot.getConfiguration().getCredentials().getPassword()).isPresent();
    }

    @Test
    void aStateFile() {
        ConfigEntry entry = read("terraform.tfstate").getEntries().get(0);
        assertThat(entry.getName()).contains("module.asg[1].alicloud_ess_scaling_configuration.this[0]");
        assertThat(entry.getUnresolved()).containsExactly("credentials.keyPairName");
        assertThat(entry.getProblems().toString()).doesNotContain("ops").doesNotContain("Fil3-Secret!");
        assertThat(entry.getConfiguration().getSystemDisk().getSize()).isEmpty();
        assertThat(entry.getConfiguration().getDeletionProtection()).contains(true);
        assertThat(entry.getConfiguration().getTags()).containsOnly(Map.entry("team", "api"));
    }

    @Test
    void otherJsonIsRefused() {
        assertThatThrownBy(() -> READER.read("x.json", "{\"format_version\": \"1.0\"}", ReadLimits.defaults()))
                .isInstanceOf(ConfigFormatException.class).hasMessageContaining("terraform show -json");
        assertThatThrownBy(() -> READER.read("x.json", "[]", ReadLimits.defaults()))
                .isInstanceOf(ConfigFormatException.class);
    }

    @Test
    void recognizesPlansAndStates() {
        assertThat(READER.recognizes("plan.json", Fixtures.text("terraform/show/plan.json"))).isTrue();
        assertThat(READER.recognizes("state.json", Fixtures.text("terraform/show/state.json"))).isTrue();
        assertThat(READER.recognizes("x", Fixtures.text("terraform/show/terraform.tfstate"))).isTrue();
        assertThat(READER.recognizes("x", "{\"resource\": {}}")).isFalse();
        assertThat(READER.recognizes("x", "resource \"a\" \"b\" {}")).isFalse();
    }
}
