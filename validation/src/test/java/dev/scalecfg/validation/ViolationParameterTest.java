package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.PerformanceLevel;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Violations carry the model path and the API parameter of the context's API version. */
final class ViolationParameterTest {

    private static final ScalingConfiguration SMALL_ESSD_DISK = Fixtures.builder()
            .addDataDisk(DiskSpec.builder().size(40).build())
            .addDataDisk(DiskSpec.builder().category(DiskCategory.CLOUD_ESSD).performanceLevel(PerformanceLevel.PL1)
                    .size(10).build())
            .build();

    @Test
    void dataDiskSize_2014() {
        Violation violation = RuleChain.defaultChain().validate(SMALL_ESSD_DISK).getViolations().get(0);

        assertThat(violation.getCode()).isEqualTo("DISK_SIZE_OUT_OF_RANGE");
        assertThat(violation.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(violation.getPath()).isEqualTo("dataDisks[1].size");
        assertThat(violation.getParameter()).isEqualTo("DataDisk.2.Size");
        assertThat(violation.getMessage()).isEqualTo("DataDisk.2.Size is 10 GiB; cloud_essd at PL1 takes 20 to 32768 GiB");
    }

    @Test
    void dataDiskSize_2022() {
        ValidationContext context = ValidationContext.builder().apiVersion(ApiVersion.V2022_02_22).build();

        Violation violation = RuleChain.defaultChain().validate(SMALL_ESSD_DISK, context).getViolations().get(0);

        assertThat(violation.getPath()).isEqualTo("dataDisks[1].size");
        assertThat(violation.getParameter()).isEqualTo("DataDisks.2.Size");
        assertThat(violation.getMessage()).startsWith("DataDisks.2.Size is 10 GiB");
    }

    @Test
    void fieldConstraint_weightedCapacity() {
        ScalingConfiguration config = Fixtures.builder().instanceTypes(List.of(
                InstanceTypeSpec.builder().instanceType("ecs.g7.large").weightedCapacity(1).build(),
                InstanceTypeSpec.builder().instanceType("ecs.g6.large").weightedCapacity(501).build())).build();

        Violation violation = RuleChain.defaultChain().validate(config).getViolations().get(0);

        assertThat(violation.getCode()).isEqualTo("WEIGHTED_CAPACITY_OUT_OF_RANGE");
        assertThat(violation.getPath()).isEqualTo("instanceTypes[1].weightedCapacity");
        assertThat(violation.getParameter()).isEqualTo("InstanceTypeOverride.2.WeightedCapacity");
        assertThat(violation.getMessage())
                .isEqualTo("InstanceTypeOverride.2.WeightedCapacity is 501; it must be 1 to 500");
    }

    @Test
    void fieldConstraint_listElementAndNestedIndexes() {
        ScalingConfiguration config = Fixtures.builder()
                .addDataDisk(DiskSpec.builder().size(40).build())
                .addDataDisk(DiskSpec.builder().addCategory(DiskCategory.CLOUD_SSD).addCategory(DiskCategory.CLOUD_AUTO).build())
                .build();
        ValidationContext context = ValidationContext.builder().apiVersion("2022-02-22").build();

        Violation violation = RuleChain.defaultChain().validate(config, context).getViolations().get(0);

        assertThat(violation.getCode()).isEqualTo("DISK_CATEGORIES_NOT_ALLOWED");
        assertThat(violation.getPath()).isEqualTo("dataDisks[1].categories[1]");
        assertThat(violation.getParameter()).isEqualTo("DataDisks.2.Categories.2");
    }

    @Test
    void tags_nameTheEntry() {
        Violation violation = RuleChain.defaultChain()
                .validate(Fixtures.builder().putTag("env", "acs:prod").build()).getViolations().get(0);

        assertThat(violation.getPath()).isEqualTo("tags[env]");
        assertThat(violation.getParameter()).isEqualTo("Tags");
        assertThat(violation.getMessage()).contains("Tags[env]").contains("acs:");
    }

    /** The spec-coverage codes name their API parameter, not the model path. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "SYSTEM_DISK_SMALLER_THAN_IMAGE, SystemDisk.Size",
        "SECURITY_ENHANCEMENT_CUSTOM_IMAGE, SecurityEnhancementStrategy",
        "IMAGE_NAME_AND_FAMILY, ImageName",
        "IO_OPTIMIZED_NONE, IoOptimized",
        "KEY_PAIR_NOT_IO_OPTIMIZED, KeyPairName",
        "DELETION_PROTECTION_WITH_SPOT, DeletionProtection",
        "POOL_OPTIONS_WITH_SPOT, ResourcePoolOptions.Strategy",
        "HTTP_TOKENS_ENDPOINT_DISABLED, HttpTokens"})
    void newCodes_nameTheirApiParameter(String code, String parameter) {
        ValidationContext context = ValidationContext.builder().apiVersion(ApiVersion.V2022_02_22).build();
        Violation violation = BuiltInRulesBoundaryTest.allCases()
                .map(args -> (BoundaryCase) args.get()[0])
                .filter(boundary -> boundary.codes.equals(List.of(code)))
                .map(boundary -> RuleChain.defaultChain().validate(boundary.configuration(), context).getViolations().get(0))
                .findFirst().orElseThrow();

        assertThat(violation.getParameter()).isEqualTo(parameter);
        assertThat(violation.getMessage()).startsWith(parameter);
    }
}
