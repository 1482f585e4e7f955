package dev.scalecfg.core.ess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.Password;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SystemDiskSpec;
import org.junit.jupiter.api.Test;

final class ConfigurationDiffTest {
    static final ScalingConfiguration LIVE = ScalingConfiguration.builder()
            .scalingGroupId("asg-bp14wlu85wrpchm0xy1z")
            .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
            .addInstanceType(InstanceTypeSpec.of("ecs.g7.large"))
            .systemDisk(SystemDiskSpec.builder().size(40).build())
            .addDataDisk(DiskSpec.builder().size(100).build())
            .credentials(CredentialsSpec.builder().keyPairName("web-key").password(Password.of("0ld-Secret!")).build())
            .lifecycleState(LifecycleState.ACTIVE)
            .build();

    @Test
    void addedRemovedAndChangedParameters() {
        ScalingConfiguration wanted = LIVE.withSystemDisk(SystemDiskSpec.builder().size(60).build())
                .withDataDisks(DiskSpec.builder().size(100).build(), DiskSpec.builder().size(200).build())
                .withCredentials(CredentialsSpec.builder().password(Password.of("N3w-Secret!")).build());
        ConfigurationDiff diff = ConfigurationDiff.between(LIVE, wanted);
        assertThat(diff.toString()).isEqualTo(String.join("\n",
                "~ SystemDisk.Size: 40 -> 60",
                "+ DataDisk.2.Size: 200",
                "- KeyPairName: web-key",
                "~ Password: **** -> ****"));
        assertThat(diff.getChanges(ConfigurationDiff.Kind.ADDED)).extracting(ConfigurationDiff.Change::getParameter)
                .containsExactly("DataDisk.2.Size");
        assertThat(diff.toString()).doesNotContain("Secret");
    }

    @Test
    void theSpellingOfTheVersionAndTheLifecycleState() {
        ScalingConfiguration wanted = LIVE.withDataDisks(DiskSpec.builder().size(120).build())
                .withLifecycleState(LifecycleState.INACTIVE);
        ConfigurationDiff diff = ConfigurationDiff.between(LIVE, wanted, ApiVersion.V2022_02_22);
        assertThat(diff.getChanges()).extracting(ConfigurationDiff.Change::toString)
                .containsExactly("~ DataDisks.1.Size: 100 -> 120", "~ LifecycleState: Active -> Inactive");
        assertThat(diff.getApiVersion()).isEqualTo(ApiVersion.V2022_02_22);
    }

    @Test
    void equalConfigurationsHaveNoDifferences() {
        ConfigurationDiff diff = ConfigurationDiff.between(LIVE, LIVE.toBuilder().build());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.toString()).isEqualTo("(no differences)");
    }
}
