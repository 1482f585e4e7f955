package dev.scalecfg.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.Password;
import dev.scalecfg.core.ScalingConfiguration;
import org.junit.jupiter.api.Test;

/** The spot checks the property tests rely on must be able to fail. */
final class SpecChecksTest {

    private static final ScalingConfiguration R = ScalingConfiguration.builder()
            .scalingGroupId("asg-bp14wlu85wrpchm0xxxx")
            .name("web-tier")
            .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
            .addInstanceType(InstanceTypeSpec.of("ecs.g7.large"))
            .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefsxxxx").build())
            .build();

    @Test
    void referenceConfigurationPasses() {
        assertThat(SpecChecks.problems(R)).isEmpty();
    }

    @Test
    void brokenConfigurationsAreFlagged() {
        assertThat(SpecChecks.problems(R.withName("a"))).isNotEmpty();
        assertThat(SpecChecks.problems(R.withHostName("web.prod").withImage(
                ImageSpec.builder().imageId("win2019_1809_x64_dtc_en-us_40G_alibase_20240110.vhd").build()))).isNotEmpty();
        assertThat(SpecChecks.problems(R.withCredentials(CredentialsSpec.builder().password(Password.of("abcdefgh1")).build())))
                .isNotEmpty();
        assertThat(SpecChecks.problems(R.withTags(java.util.Map.of("aliyun-env", "prod")))).isNotEmpty();
        assertThat(SpecChecks.problems(R.withNetwork(NetworkSpec.builder().build()))).isNotEmpty();
    }

    @Test
    void expand_turnsSequentialPatternsIntoTheFirstName() {
        assertThat(SpecChecks.expand("ess-node-(AUTO_INCREMENT)[0,3]-ecshost")).isEqualTo("ess-node-000-ecshost");
        assertThat(SpecChecks.expand("k8s-node-[1,4]-alibabacloud")).isEqualTo("k8s-node-0001-alibabacloud");
        assertThat(SpecChecks.expand("web")).isEqualTo("web");
    }
}
