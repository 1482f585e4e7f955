package dev.scalecfg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.InternetChargeType;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.UserData;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.core.io.ReadLimits;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class TerraformReaderTest {
    private static final ReadLimits LIMITS = ReadLimits.defaults();

    private static ConfigEntry only(ConfigDocument document) {
        assertThat(document.getEntries()).hasSize(1);
        return document.getEntries().get(0);
    }

    private static String problems(ConfigEntry entry) {
        return entry.getProblems().stream().map(FormatError::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void aWebTierInTheStyleOfTheProviderExamples() throws IOException {
        ConfigEntry entry = only(new TerraformReader().read(Fixtures.path("terraform/web"), LIMITS));
        assertThat(entry.getName()).contains("alicloud_ess_scaling_configuration.default");
        assertThat(entry.getUnresolved()).containsExactlyInAnyOrder("scalingGroupId", "image.imageId",
                "network.securityGroupId", "credentials.keyPairName");
        assertThat(entry.getProblems()).allSatisfy(p -> assertThat(p.code()).isEqualTo("VALUE_UNRESOLVED"));
        assertThat(problems(entry)).contains(
                "main.tf: scaling_group_id (line 85, column 32): is not known offline: it refers to"
                        + " alicloud_ess_scaling_group.default.id; rules that need it are skipped",
                "image_id (line 87, column 32): is not known offline: it refers to data.alicloud_images.ubuntu.images[0].id",
                "key_name (line 94, column 32): is not known offline: var.key_name has no default");
        ScalingConfiguration config = entry.getConfiguration();
        assertThat(config.getName()).contains("web-prod-config");
        assertThat(config.getInstanceTypes()).containsExactly(InstanceTypeSpec.of("ecs.g7.large"),
                InstanceTypeSpec.of("ecs.g6.large"));
        assertThat(config.getNetwork().getInternetChargeType()).contains(InternetChargeType.PAY_BY_TRAFFIC);
        assertThat(config.getNetwork().getInternetMaxBandwidthOut()).contains(10);
        assertThat(config.getSystemDisk().getCategory()).contains(DiskCategory.CLOUD_ESSD);
        assertThat(config.getSystemDisk().getSize()).contains(40);
        assertThat(config.getDataDisks()).hasSize(2);
        assertThat(config.getDataDisks().get(0).getSize()).contains(100);
        assertThat(config.getDataDisks().get(0).getDeleteWithInstance()).contains(true);
        assertThat(config.getDataDisks().get(1).getSnapshotId()).contains("s-bp1fkmy1ovq4z3q6abcd");
        assertThat(config.getDataDisks().get(1).getSize()).isEmpty();
        assertThat(config.getUserData()).contains(UserData.ofPlainText(
                "#!/bin/bash\necho \"hello from web\" > /etc/motd\n"));
        assertThat(config.getTags()).containsOnly(Map.entry("env", "prod"), Map.entry("team", "platform"),
                Map.entry("service", "web"), Map.entry("Name", "web-prod-config"));
        assertThat(config.getInstanceName()).contains("ESS-Instance");
        assertThat(entry.getNotes()).containsExactly("instance_name is not set: Terraform sends its default, ESS-Instance");
    }

    @Test
    void modulesWithCountTfvarsOptionalAttributesDynamicBlocksAndForEach() throws IOException {
        ConfigDocument document = new TerraformReader().read(Fixtures.path("terraform/modules-example"), LIMITS);
        assertThat(document.getEntries()).extracting(e -> e.getName().orElseThrow()).containsExactly(
                "module.asg[0].alicloud_ess_scaling_configuration.this",
                "module.asg[0].alicloud_ess_scaling_configuration.sized[\"small\"]",
                "module.asg[0].alicloud_ess_scaling_configuration.sized[\"large\"]",
                "module.asg[1].alicloud_ess_scaling_configuration.this",
                "module.asg[1].alicloud_ess_scaling_configuration.sized[\"small\"]",
                "module.asg[1].alicloud_ess_scaling_configuration.sized[\"large\"]");
        ConfigEntry first = document.getEntries().get(0);
        assertThat(first.getProblems()).as(problems(first)).isEmpty();
        ScalingConfiguration config = first.getConfiguration();
        assertThat(config.getName()).contains("api-prod-0");
        assertThat(config.getScalingGroupId()).contains("asg-bp1hwxxrl2pxkdd8mu70");
        assertThat(config.getImage().getImageId()).contains("aliyun_3_x64_20G_alibase_20240819.vhd");
        assertThat(config.getSystemDisk().getSize()).contains(40);
        assertThat(config.getSystemDisk().getCategory()).contains(DiskCategory.CLOUD_EFFICIENCY);
        assertThat(config.getSpotStrategy()).as("spot.auto.tfvars").contains(SpotStrategy.SPOT_AS_PRICE_GO);
        assertThat(config.getInstanceName()).contains("api-prod-0-node");
        assertThat(config.getCredentials().getPassword()).isPresent();
        assertThat(config.getDataDisks()).hasSize(2);
        assertThat(config.getDataDisks().get(0).getPerformanceLevel()).isPresent();
        assertThat(config.getDataDisks().get(1).getPerformanceLevel()).isEmpty();
        assertThat(config.getNetwork().getSecurityGroupIds()).containsExactly("sg-bp1fkmy1ovq4z3q6ln6f");
        assertThat(document.getEntries().get(3).getConfiguration().getName()).contains("api-prod-1");
        ConfigEntry large = document.getEntries().get(2);
        assertThat(large.getConfiguration().getInstanceTypes()).containsExactly(InstanceTypeSpec.of("ecs.c7.xlarge"));
        assertThat(large.getConfiguration().getName()).contains("api-prod-0-large");
        assertThat(large.getNotes()).contains("instance_name is not set: Terraform sends its default, ESS-Instance",
                "system_disk_category is not set: Terraform sends its default, cloud_efficiency");
    }

    @Test
    void givenVariablesWinOverTfvarsAndDefaults() throws IOException {
        TerraformReader reader = TerraformReader.builder().variableFile("prod.tfvars", "environment = \"qa\"\n")
                .variable("spot", "false").build();
        ConfigEntry first = reader.read(Fixtures.path("terraform/modules-example"), LIMITS).getEntries().get(0);
        assertThat(first.getConfiguration().getName()).contains("api-qa-0");
        assertThat(first.getConfiguration().getSpotStrategy()).contains(SpotStrategy.NO_SPOT);
        ConfigEntry web = TerraformReader.builder().variable("key_name", "web-key").variable("instance_types",
                "[\"ecs.c7.large\"]").build().read(Fixtures.path("terraform/web/main.tf"), LIMITS).getEntries().get(0);
        assertThat(web.getConfiguration().getCredentials().getKeyPairName()).contains("web-key");
        assertThat(web.getConfiguration().getInstanceTypes()).containsExactly(InstanceTypeSpec.of("ecs.c7.large"));
        assertThat(web.getUnresolved()).doesNotContain("credentials.keyPairName");
    }

    @Test
    void tfJsonWithTemplatesCommentsDynamicBlocksAndSpotPrices() throws IOException {
        ConfigEntry entry = only(new TerraformReader().read(Fixtures.path("terraform/json/main.tf.json"), LIMITS));
        assertThat(entry.getName()).contains("alicloud_ess_scaling_configuration.batch");
        assertThat(entry.getUnresolved()).containsExactly("scalingGroupId");
        ScalingConfiguration config = entry.getConfiguration();
        assertThat(config.getImage().getImageId()).contains("m-bp1dvjn7ol6fumh3xu9q");
        assertThat(config.getInstanceTypes()).containsExactly(
                InstanceTypeSpec.builder().instanceType("ecs.c7.xlarge").spotPriceLimit(new BigDecimal("0.5")).build(),
                InstanceTypeSpec.builder().instanceType("ecs.c6.xlarge").spotPriceLimit(new BigDecimal("0.12")).build());
        assertThat(entry.getNotes()).contains("spot_price_limit[1].price_limit = 0.125 is sent as 0.12: the provider"
                + " formats it with two decimals");
        assertThat(config.getDataDisks()).extracting(d -> d.getSize().orElseThrow()).containsExactly(100, 200);
        assertThat(config.getTags()).containsOnly(Map.entry("workload", "batch"));
    }

    @Test
    void legacySyntaxAndAnOldProviderPin() throws IOException {
        ConfigEntry entry = only(new TerraformReader().read(Fixtures.path("terraform/legacy"), LIMITS));
        ScalingConfiguration config = entry.getConfiguration();
        assertThat(config.getNetwork().getSecurityGroupId()).contains("sg-2ze8wvrbk0fmb0b1vxyz");
        assertThat(config.getSystemDisk().getSize()).contains(50);
        assertThat(config.getNetwork().getIoOptimized()).isEmpty();
        assertThat(config.getNetwork().getInternetMaxBandwidthIn()).isEmpty();
        assertThat(config.getDataDisks()).singleElement().satisfies(disk -> assertThat(disk.getSize()).contains(100));
        assertThat(config.getTags()).containsOnly(Map.entry("kubernetes.io/cluster/cn-beijing", "owned"));
        assertThat(config.getNetwork().getInternetChargeType()).as("provider ~> 1.230.0")
                .contains(InternetChargeType.PAY_BY_BANDWIDTH);
        assertThat(entry.getNotes()).contains(
                "internet_charge_type is not set: providers before 1.279.0 send their default, PayByBandwidth",
                "io_optimized is deprecated and ignored by the provider (is_outdated chooses IoOptimized)",
                "internet_max_bandwidth_in = 0 is not sent: the provider sends internet_max_bandwidth_in only when it"
                        + " is not 0");
        ConfigEntry current = only(TerraformReader.builder().providerVersion("1.290.0").build()
                .read(Fixtures.path("terraform/legacy"), LIMITS));
        assertThat(current.getConfiguration().getNetwork().getInternetChargeType()).isEmpty();
    }

    @Test
    void wrongValuesAreProblemsAtTheirAttribute() {
        String text = "resource \"alicloud_ess_scaling_configuration\" \"bad\" {\n"
                + "  scaling_group_id = \"asg-1\"\n"
                + "  system_disk_size = \"forty\"\n"
                + "  spot_strategy    = \"Cheap\"\n"
                + "  instance_typ     = \"ecs.g7.large\"\n"
                + "  is_outdated      = true\n"
                + "  password         = \"Secret-Pa55!\"\n"
                + "  data_disk {\n    size = \"big\"\n    sise = 3\n  }\n"
                + "}\n";
        ConfigEntry entry = only(new TerraformReader().read("bad.tf", text, LIMITS));
        assertThat(entry.getConfiguration().getScalingGroupId()).contains("asg-1");
        assertThat(entry.getConfiguration().getNetwork().getIoOptimized()).contains(IoOptimized.NONE);
        assertThat(problems(entry)).contains(
                "system_disk_size (line 3, column 22): \"forty\" is not an integer",
                "spot_strategy (line 4, column 22): \"Cheap\" is not one of",
                "instance_typ (line 5, column 22): is not an argument of alicloud_ess_scaling_configuration; did you"
                        + " mean instance_type?",
                "data_disk[0].size (line 9, column 12): \"big\" is not an integer",
                "data_disk[0].sise (line 10, column 12): is not an argument of data_disk; did you mean size?");
        assertThat(entry.getProblems()).filteredOn(p -> p.location().equals("system_disk_size")).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("VALUE_NOT_AN_INTEGER");
                    assertThat(p.modelPath()).contains("systemDisk.size");
                });
        assertThat(problems(entry) + entry.getNotes()).doesNotContain("Secret-Pa55!");
    }

    @Test
    void sensitiveValuesAndUnknownCountAreNotGuessed() {
        String text = "variable \"name\" {\n  default = \"web\"\n  sensitive = true\n}\n"
                + "variable \"pw\" {\n  default = \"Pa55-word!\"\n  sensitive = true\n}\n"
                + "resource \"alicloud_ess_scaling_configuration\" \"s\" {\n"
                + "  count = length(data.alicloud_zones.all.ids)\n"
                + "  scaling_configuration_name = var.name\n"
                + "  password = var.pw\n"
                + "  host_name = \"node-${count.index}\"\n"
                + "  user_data = file(\"init.sh\")\n"
                + "}\n";
        ConfigEntry entry = only(new TerraformReader().read("main.tf", text, LIMITS));
        assertThat(entry.getName()).contains("alicloud_ess_scaling_configuration.s");
        assertThat(entry.getUnresolved()).containsExactlyInAnyOrder("name", "hostName", "userData");
        assertThat(entry.getConfiguration().getCredentials().getPassword()).isPresent();
        assertThat(problems(entry)).contains("count (line 10, column 11): is not known offline: it refers to"
                + " data.alicloud_zones.all.ids", "scaling_configuration_name (line 11, column 32): is not known"
                + " offline: it is sensitive", "user_data (line 14, column 15): is not known offline: it calls"
                + " file(), which reads files").doesNotContain("Pa55-word!").doesNotContain("\"web\"");
    }

    @Test
    void unreadableFilesAreRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> new TerraformReader().read("main.tf", "resource \"a\" \"b\" {\n  x = [1,\n}\n", LIMITS))
                .isInstanceOfSatisfying(ConfigFormatException.class, e -> {
                    assertThat(e.getErrors()).singleElement().satisfies(error -> {
                        assertThat(error.line()).hasValue(3);
                        assertThat(error.code()).isEqualTo("MALFORMED");
                    });
                });
        assertThatThrownBy(() -> new TerraformReader().read("main.tf.json", "{\"resource\": [1]}", LIMITS))
                .isInstanceOf(ConfigFormatException.class).hasMessageContaining("line 1");
    }

    @Test
    void aFileWithoutScalingConfigurationsHasNoEntries() {
        assertThat(new TerraformReader().read("vpc.tf", "resource \"alicloud_vpc\" \"x\" {\n  cidr_block = \"10.0.0.0/8\"\n}\n",
                LIMITS).getEntries()).isEmpty();
    }

    @Test
    void recognizesTerraformOnly() {
        TerraformReader reader = new TerraformReader();
        assertThat(reader.recognizes("main.tf", "")).isTrue();
        assertThat(reader.recognizes("x", "resource \"alicloud_ess_scaling_configuration\" \"a\" {}")).isTrue();
        assertThat(reader.recognizes("x", "{\"resource\": {}}")).isTrue();
        assertThat(reader.recognizes("x", "{\"format_version\": \"1.0\", \"resource_changes\": []}")).isFalse();
        assertThat(reader.recognizes("x", "ROSTemplateFormatVersion: '2015-09-01'\nWorkspace:\n  main.tf: |\n"
                + "    resource \"a\" \"b\" {}")).isFalse();
        assertThat(reader.recognizes("x", "{\"ImageId\": \"m-1\"}")).isFalse();
    }

    @Test
    void limitsCountEveryFileOfAConfiguration() {
        ReadLimits small = ReadLimits.builder().maxDocumentChars(1500).build();
        assertThatThrownBy(() -> new TerraformReader().read(Fixtures.path("terraform/modules-example"), small))
                .isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_DOCUMENT_SIZE"));
        ReadLimits shallow = ReadLimits.builder().maxNestingDepth(3).build();
        assertThatThrownBy(() -> new TerraformReader().read("main.tf", "resource \"a\" \"b\" {\n  x = [[[[1]]]]\n}\n",
                shallow)).isInstanceOfSatisfying(ConfigFormatException.class,
                        e -> assertThat(e.getErrors().get(0).code()).isEqualTo("LIMIT_NESTING"));
    }

    @Test
    void modulesInMemoryAndModuleCyclesAreNotFollowedTwice() {
        Map<String, String> files = Map.of(
                "main.tf", "module \"a\" {\n  source = \"./a\"\n}\n",
                "a/main.tf", "module \"again\" {\n  source = \"../a\"\n}\n"
                        + "resource \"alicloud_ess_scaling_configuration\" \"x\" {\n  image_id = \"m-1\"\n}\n");
        ConfigDocument document = new TerraformReader().readFiles("workspace", files, LIMITS);
        assertThat(document.getEntries()).extracting(e -> e.getName().orElseThrow())
                .containsExactly("module.a.alicloud_ess_scaling_configuration.x");
    }

    @Test
    void anUnknownForEachIsReadOnceAndSaysSo() {
        ConfigEntry entry = only(new TerraformReader().read("main.tf", "resource \"alicloud_ess_scaling_configuration\" \"x\" {\n"
                + "  for_each = toset(data.alicloud_instance_types.all.ids)\n  instance_type = each.value\n}\n", LIMITS));
        assertThat(entry.getName()).contains("alicloud_ess_scaling_configuration.x");
        assertThat(entry.getUnresolved()).containsExactly("instanceTypes");
        assertThat(problems(entry)).contains("for_each (line 2, column 14): is not known offline: it refers to"
                + " data.alicloud_instance_types.all.ids; the resource is read once");
    }
}
