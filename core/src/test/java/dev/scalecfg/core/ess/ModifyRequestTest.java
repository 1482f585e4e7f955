package dev.scalecfg.core.ess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.NetworkInterfaceSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.Password;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SecurityEnhancementStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

final class ModifyRequestTest {
    private static final ScalingConfiguration LIVE = ScalingConfiguration.builder()
            .scalingGroupId("asg-bp14wlu85wrpchm0xy1z")
            .name("web")
            .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
            .addInstanceType(InstanceTypeSpec.of("ecs.g7.large"))
            .addInstanceType(InstanceTypeSpec.of("ecs.g6.large"))
            .systemDisk(SystemDiskSpec.builder().size(40).build())
            .addDataDisk(DiskSpec.builder().size(100).build())
            .addDataDisk(DiskSpec.builder().size(200).build())
            .network(NetworkSpec.builder().securityGroupId("sg-bp1fkmy1ovq4z3q6ln6f").internetMaxBandwidthIn(100).build())
            .credentials(CredentialsSpec.builder().password(Password.of("0ld-Secret!")).build())
            .putTag("env", "prod")
            .build();

    @Test
    void changedScalarsAreSentAlone() {
        ModifyRequest modify = ModifyRequest.between(LIVE,
                LIVE.withSystemDisk(SystemDiskSpec.builder().size(60).build()).withName("web-v2"),
                ApiVersion.V2014_08_28);
        assertThat(modify.isPossible()).isTrue();
        assertThat(modify.toParameters("asc-bp1ffogvv4bk5ydz5z3h")).containsExactly(
                java.util.Map.entry("ScalingConfigurationId", "asc-bp1ffogvv4bk5ydz5z3h"),
                java.util.Map.entry("ScalingConfigurationName", "web-v2"),
                java.util.Map.entry("SystemDisk.Size", "60"));
        assertThat(modify.getNotes()).isEmpty();
    }

    @Test
    void aChangedListIsSentWhole() {
        ScalingConfiguration wanted = LIVE.withDataDisks(DiskSpec.builder().size(100).build(),
                DiskSpec.builder().size(300).build());
        ModifyRequest modify = ModifyRequest.between(LIVE, wanted, ApiVersion.V2022_02_22);
        assertThat(modify.getParameters()).containsExactly(java.util.Map.entry("DataDisks.1.Size", "100"),
                java.util.Map.entry("DataDisks.2.Size", "300"));
        assertThat(modify.getNotes()).singleElement().asString().contains("sent whole");
    }

    @Test
    void instanceTypesAndTheirPricesAreOneList() {
        ScalingConfiguration wanted = LIVE.withInstanceTypes(
                InstanceTypeSpec.builder().instanceType("ecs.g7.large").spotPriceLimit(new BigDecimal("0.5")).build(),
                InstanceTypeSpec.of("ecs.g6.large"));
        ModifyRequest modify = ModifyRequest.between(LIVE, wanted, ApiVersion.V2014_08_28);
        assertThat(modify.getParameters()).containsOnlyKeys("InstanceTypes.1", "InstanceTypes.2",
                "SpotPriceLimit.1.InstanceType", "SpotPriceLimit.1.PriceLimit");
    }

    @Test
    void whatModifyDoesNotTakeIsRefused() {
        ScalingConfiguration wanted = LIVE.withScalingGroupId("asg-other")
                .withSecurityEnhancementStrategy(SecurityEnhancementStrategy.ACTIVE)
                .withCredentials(CredentialsSpec.builder().password(Password.of("N3w-Secret!")).build())
                .withNetwork(LIVE.getNetwork().withInternetMaxBandwidthIn(50));
        ModifyRequest old = ModifyRequest.between(LIVE, wanted, ApiVersion.V2014_08_28);
        assertThat(old.isPossible()).isFalse();
        assertThat(old.getRefusals()).extracting(ModifyRequest.Refusal::getParameter).containsExactlyInAnyOrder(
                "ScalingGroupId", "SecurityEnhancementStrategy", "Password", "InternetMaxBandwidthIn");
        assertThat(old.getRefusals()).allSatisfy(r -> assertThat(r.getCode()).isEqualTo(ModifyRequest.MODIFY_NOT_SUPPORTED));
        assertThat(old.toString()).doesNotContain("Secret");
        ModifyRequest current = ModifyRequest.between(LIVE, wanted, ApiVersion.V2022_02_22);
        assertThat(current.getRefusals()).extracting(ModifyRequest.Refusal::getParameter)
                .containsExactlyInAnyOrder("ScalingGroupId", "SecurityEnhancementStrategy");
        assertThat(current.getParameters()).containsEntry("Password", "N3w-Secret!")
                .containsEntry("InternetMaxBandwidthIn", "50");
        assertThat(current.toString()).contains("Password=****").doesNotContain("N3w");
    }

    @Test
    void clearingIsRefused() {
        ModifyRequest modify = ModifyRequest.between(LIVE, LIVE.withDataDisks().withTags(java.util.Map.of())
                .withName(java.util.Optional.empty()), ApiVersion.V2014_08_28);
        assertThat(modify.getRefusals()).extracting(ModifyRequest.Refusal::getParameter)
                .containsExactlyInAnyOrder("ScalingConfigurationName", "DataDisk", "Tags");
        assertThat(modify.getRefusals()).allSatisfy(r -> assertThat(r.getCode()).isEqualTo(ModifyRequest.MODIFY_CANNOT_CLEAR));
        assertThat(modify.getParameters()).isEmpty();
    }

    @Test
    void networkInterfacesReplaceSecurityGroups() {
        ScalingConfiguration wanted = LIVE.withNetwork(NetworkSpec.builder().internetMaxBandwidthIn(100)
                .addNetworkInterface(NetworkInterfaceSpec.builder().addSecurityGroupId("sg-bp13cdzzprcvmpfbgzzz").build())
                .build());
        ModifyRequest modify = ModifyRequest.between(LIVE, wanted, ApiVersion.V2014_08_28);
        assertThat(modify.isPossible()).isTrue();
        assertThat(modify.getParameters()).containsOnlyKeys("NetworkInterfaces.1.SecurityGroupIds.1");
        assertThat(modify.getNotes()).anySatisfy(note -> assertThat(note).contains("clears"));
        ModifyRequest back = ModifyRequest.between(wanted, LIVE, ApiVersion.V2014_08_28);
        assertThat(back.isPossible()).isTrue();
        assertThat(back.getParameters()).containsOnlyKeys("SecurityGroupId");
        ScalingConfiguration both = wanted.withNetwork(wanted.getNetwork().withSecurityGroupId("sg-x"));
        assertThat(ModifyRequest.between(LIVE, both, ApiVersion.V2014_08_28).getRefusals())
                .extracting(ModifyRequest.Refusal::getCode).containsExactly(ModifyRequest.MODIFY_CONFLICT);
    }

    @Test
    void anImageChangeSendsTheDataDisksAgain() {
        ScalingConfiguration wanted = LIVE.withImage(ImageSpec.builder().imageId("m-bp1dvjn7ol6fumh3xu9q").build());
        ModifyRequest modify = ModifyRequest.between(LIVE, wanted, ApiVersion.V2014_08_28);
        assertThat(modify.getParameters()).containsOnlyKeys("ImageId", "DataDisk.1.Size", "DataDisk.2.Size");
        assertThat(modify.getNotes()).anySatisfy(note -> assertThat(note).contains("ImageId"));
    }

    @Test
    void theLifecycleStateIsNotAParameter() {
        ModifyRequest modify = ModifyRequest.between(LIVE.withLifecycleState(LifecycleState.INACTIVE),
                LIVE.withLifecycleState(LifecycleState.ACTIVE), ApiVersion.V2014_08_28);
        assertThat(modify.getRefusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.getCode()).isEqualTo(ModifyRequest.MODIFY_NOT_A_PARAMETER);
            assertThat(refusal.getReason()).contains("ModifyScalingGroup");
        });
    }

    @Test
    void nothingToDo() {
        ModifyRequest modify = ModifyRequest.between(LIVE, LIVE, ApiVersion.V2014_08_28);
        assertThat(modify.isEmpty()).isTrue();
        assertThat(modify.toString()).isEqualTo("(nothing to modify)");
        assertThatThrownBy(() -> modify.toParameters(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
