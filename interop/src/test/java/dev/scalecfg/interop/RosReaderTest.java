package dev.scalecfg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.InternetChargeType;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.UserData;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.core.io.ReadLimits;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class RosReaderTest {
    private static final ReadLimits LIMITS = ReadLimits.defaults();

    private static String problems(ConfigEntry entry) {
        return entry.getProblems().stream().map(FormatError::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aYamlTemplateWithParametersConditionsMappingsAndShortTags() {
        ConfigDocument document = new RosReader().read("web-tier.yml", Fixtures.text("ros/web-tier.yml"), LIMITS);
        assertThat(document.getFormat()).isEqualTo(InteropFormats.ROS);
        assertThat(document.getEntries()).singleElement().satisfies(entry ->
                assertThat(entry.getName()).contains("ScalingConfiguration"));
        ConfigEntry entry = document.getEntries().get(0);
        assertThat(entry.getUnresolved()).containsExactlyInAnyOrder("scalingGroupId", "network.securityGroupId",
                "credentials.keyPairName", "credentials.password");
        assertThat(problems(entry)).contains(
                "ScalingGroupId (line 56, column 23): is not known offline: it refers to the resource ScalingGroup;",
                "SecurityGroupId (line 62, column 24): is not known offline: it refers to Fn::GetAtt"
                        + " SecurityGroup.SecurityGroupId",
                "KeyPairName (line 78, column 20): is not known offline: the parameter KeyPairName has no Default");
        ScalingConfiguration config = entry.getConfiguration();
        assertThat(config.getName()).contains("web-prod-config");
        assertThat(config.getInstanceName()).contains("web-prod-[1,4]");
        assertThat(config.getInstanceTypes()).containsExactly(InstanceTypeSpec.of("ecs.g7.large"),
                InstanceTypeSpec.of("ecs.g6.large"));
        assertThat(config.getSystemDisk().getSize()).contains(40);
        assertThat(config.getSystemDisk().getCategory()).contains(DiskCategory.CLOUD_ESSD);
        assertThat(config.getDataDisks()).hasSize(2);
        assertThat(config.getDataDisks().get(0).getSize()).contains(200);
        assertThat(config.getDataDisks().get(0).getEncrypted()).contains(true);
        assertThat(config.getDataDisks().get(1).getDiskName()).contains("logs");
        assertThat(config.getNetwork().getInternetChargeType()).contains(InternetChargeType.PAY_BY_TRAFFIC);
        assertThat(config.getSpotStrategy()).contains(SpotStrategy.NO_SPOT);
        assertThat(config.getRamRoleName()).isEmpty();
        assertThat(config.getUserData()).contains(UserData.ofPlainText("#!/bin/bash\necho \"hello\" > /tmp/hello\n"));
        assertThat(config.getTags()).containsOnly(Map.entry("env", "prod"), Map.entry("app", "web"));
        assertThat(entry.getNotes()).contains("InternetChargeType \"paybytraffic\" is read as PayByTraffic, which ROS"
                + " accepts it for", "ROS adds the tag ros-aliyun-created to the configuration when the stack is created");
    }

    @Test
    void givenParametersWin() {
        ConfigEntry entry = RosReader.builder().parameter("Environment", "staging").parameter("UseSpot", "True")
                .parameter("KeyPairName", "ops").parameter("InstanceTypes", "ecs.c7.large, ecs.c6.large").build()
                .read("web-tier.yml", Fixtures.text("ros/web-tier.yml"), LIMITS).getEntries().get(0);
        ScalingConfiguration config = entry.getConfiguration();
        assertThat(config.getDataDisks()).singleElement().satisfies(disk -> assertThat(disk.getSize()).contains(100));
        assertThat(config.getSpotStrategy()).contains(SpotStrategy.SPOT_AS_PRICE_GO);
        assertThat(config.getCredentials().getKeyPairName()).contains("ops");
        assertThat(config.getInstanceTypes()).extracting(InstanceTypeSpec::getInstanceType)
                .containsExactly("ecs.c7.large", "ecs.c6.large");
    }

    @Test
    void aJsonTemplateWithSpotPricesUnknownPropertiesAndAFalseCondition() {
        ConfigDocument document = new RosReader().read("spot.json", Fixtures.text("ros/spot.json"), LIMITS);
        assertThat(document.getEntries()).singleElement().satisfies(entry ->
                assertThat(entry.getName()).contains("SpotConfiguration"));
        ConfigEntry entry = document.getEntries().get(0);
        ScalingConfiguration config = entry.getConfiguration();
        assertThat(config.getInstanceTypes()).containsExactly(
                InstanceTypeSpec.builder().instanceType("ecs.c7.xlarge").spotPriceLimit(new BigDecimal("0.35")).build(),
                InstanceTypeSpec.builder().instanceType("ecs.c6.xlarge").spotPriceLimit(new BigDecimal("0.5")).build(),
                InstanceTypeSpec.builder().instanceType("ecs.g7.xlarge").spotPriceLimit(new BigDecimal("0.5")).build(),
                InstanceTypeSpec.builder().instanceType("ecs.c7.xlarge").weightedCapacity(4).build());
        assertThat(config.getUserData()).contains(UserData.ofBase64("IyEvYmluL3NoCmVjaG8gc3BvdAo="));
        assertThat(entry.getUnresolved()).containsExactlyInAnyOrder("placement.zoneId", "hostName");
        assertThat(problems(entry)).contains(
                "SystemDiskSize (line 21, column 27): \"fifty\" is not an integer",
                "DiskMapings (line 22, column 24): is not a property of ALIYUN::ESS::ScalingConfiguration; did you"
                        + " mean DiskMappings?",
                "HostName (line 20, column 21): is not known offline: it refers to the pseudo parameter"
                        + " ALIYUN::StackName");
        assertThat(entry.getNotes()).anySatisfy(note -> assertThat(note).startsWith("SpotPriceLimit is read as"));
    }

    @Test
    void aTerraformTemplateReadsItsWorkspace() {
        ConfigDocument document = new RosReader().read("tf.yml", Fixtures.text("ros/terraform-template.yml"), LIMITS);
        assertThat(document.getFormat()).isEqualTo(InteropFormats.ROS);
        assertThat(document.getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.getName()).contains("module.asg.alicloud_ess_scaling_configuration.default");
            assertThat(entry.getProblems()).isEmpty();
            assertThat(entry.getConfiguration().getInstanceTypes()).containsExactly(InstanceTypeSpec.of("ecs.g7.large"));
        });
    }

    @Test
    void noEchoValuesAreNotShown() {
        String template = "ROSTemplateFormatVersion: '2015-09-01'\nParameters:\n  Name:\n    Type: String\n"
                + "    NoEcho: true\n    Default: top-secret-name\n  Pw:\n    Type: String\n    NoEcho: true\n"
                + "    Default: Pa55-Word!\nResources:\n  C:\n    Type: ALIYUN::ESS::ScalingConfiguration\n"
                + "    Properties:\n      InstanceName: !Ref Name\n      Password: !Ref Pw\n      SystemDiskSize: x\n";
        ConfigEntry entry = new RosReader().read("t.yml", template, LIMITS).getEntries().get(0);
        assertThat(entry.getUnresolved()).containsExactly("instanceName");
        assertThat(entry.getConfiguration().getCredentials().getPassword()).isPresent();
        assertThat(problems(entry) + entry.getNotes()).doesNotContain("top-secret-name").doesNotContain("Pa55-Word!");
    }

    @Test
    void brokenTemplatesAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> new RosReader().read("t.yml", "ROSTemplateFormatVersion: '2015-09-01'\nResources:\n"
                + "  A: [unclosed\n", LIMITS)).isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).line()).isPresent());
        assertThatThrownBy(() -> new RosReader().read("t.json", "{\"ROSTemplateFormatVersion\": \"2015-09-01\",",
                LIMITS)).isInstanceOf(ConfigFormatException.class);
        assertThatThrownBy(() -> new RosReader().read("t.yml", "- a\n- b\n", LIMITS))
                .isInstanceOf(ConfigFormatException.class).hasMessageContaining("not a ROS template");
    }

    @Test
    void yamlAliasesAreBounded() {
        StringBuilder bomb = new StringBuilder("ROSTemplateFormatVersion: '2015-09-01'\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'j'; name++) {
            bomb.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 10; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = name;
        }
        assertThatThrownBy(() -> new RosReader().read("bomb.yml", bomb.toString(), LIMITS))
                .isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_PARAMETERS"));
    }

    @Test
    void recognizesTemplates() {
        assertThat(new RosReader().recognizes("x", Fixtures.text("ros/spot.json"))).isTrue();
        assertThat(new RosReader().recognizes("x", "{\"ImageId\": \"m-1\"}")).isFalse();
        assertThat(Base64.getDecoder().decode("IyEvYmluL3NoCmVjaG8gc3BvdAo=")).isNotEmpty();
    }
}
