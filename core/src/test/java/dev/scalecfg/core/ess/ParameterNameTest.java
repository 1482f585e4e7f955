package dev.scalecfg.core.ess;

import static dev.scalecfg.core.ess.ApiVersion.V2014_08_28;
import static dev.scalecfg.core.ess.ApiVersion.V2022_02_22;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class ParameterNameTest {

    @ParameterizedTest
    @CsvSource({
        "name, ScalingConfigurationName, ScalingConfigurationName",
        "scalingGroupId, ScalingGroupId, ScalingGroupId",
        "image.imageId, ImageId, ImageId",
        "image.loginAsNonRoot, ImageOptions.LoginAsNonRoot, ImageOptions.LoginAsNonRoot",
        "credentials.password, Password, Password",
        "userData, UserData, UserData",
        "tags, Tags, Tags",
        "tags[env], Tags, Tags",
        "tags<K>[env].<map key>, Tags, Tags",
        "dataDisks, DataDisk, DataDisks",
        "dataDisks[1], DataDisk.2, DataDisks.2",
        "dataDisks[1].size, DataDisk.2.Size, DataDisks.2.Size",
        "dataDisks[0].categories[1], DataDisk.1.Categories.2, DataDisks.1.Categories.2",
        "dataDisks[0].categories[1].<list element>, DataDisk.1.Categories.2, DataDisks.1.Categories.2",
        "dataDisks[2].kmsKeyId, DataDisk.3.KMSKeyId, DataDisks.3.KMSKeyId",
        "network.securityGroupIds[3], SecurityGroupIds.4, SecurityGroupIds.4",
        "network.securityGroupIds[3].<list element>, SecurityGroupIds.4, SecurityGroupIds.4",
        "network.internetMaxBandwidthOut, InternetMaxBandwidthOut, InternetMaxBandwidthOut",
        "network.networkInterfaces[0].interfaceType, NetworkInterfaces.1.InstanceType, NetworkInterfaces.1.InstanceType",
        "network.networkInterfaces[1].securityGroupIds[0], NetworkInterfaces.2.SecurityGroupIds.1, NetworkInterfaces.2.SecurityGroupIds.1",
        "systemDisk.categories[0], SystemDiskCategories.1, SystemDiskCategories.1",
        "systemDisk.size, SystemDisk.Size, SystemDisk.Size",
        "instancePatterns[0].architectures[1], InstancePatternInfo.1.Architecture.2, InstancePatternInfos.1.Architectures.2",
        "instancePatterns[1].excludedInstanceTypes[0], InstancePatternInfo.2.ExcludedInstanceType.1, InstancePatternInfos.2.ExcludedInstanceTypes.1",
        "instancePatterns[0].cores, InstancePatternInfo.1.Cores, InstancePatternInfos.1.Cores",
        "customPriorities[0].vswitchId, CustomPriorities.1.VswitchId, CustomPriorities.1.VswitchId",
        "privatePool, PrivatePoolOptions, PrivatePoolOptions",
        "privatePool.id, PrivatePoolOptions.Id, PrivatePoolOptions.Id",
        "resourcePool.privatePoolTags[0].key, ResourcePoolOptions.PrivatePoolTags.1.Key, ResourcePoolOptions.PrivatePoolTags.1.Key",
        "instanceTypeCandidateOptions.allowCidrBlocks[0], InstanceTypeCandidateOptions.AllowCidrBlocks.1, InstanceTypeCandidateOptions.AllowCidrBlocks.1",
        "confidentialComputingMode, SecurityOptions.ConfidentialComputingMode, SecurityOptions.ConfidentialComputingMode",
        "placement.zoneId, ZoneId, ZoneId",
        "instanceTypes[0].weightedCapacity, InstanceTypeOverride.1.WeightedCapacity, InstanceTypeOverrides.1.WeightedCapacity",
        "instanceTypes[2].spotPriceLimit, SpotPriceLimit.3.PriceLimit, SpotPriceLimits.3.PriceLimit",
        "instanceTypes[1], InstanceTypes.2, InstanceTypes.2",
        "instanceTypes[1].instanceType, InstanceTypes.2, InstanceTypes.2",
    })
    void mapsModelPathsWithoutAConfiguration(String path, String name2014, String name2022) {
        assertThat(EssParameters.parameterName(path, V2014_08_28)).contains(name2014);
        assertThat(EssParameters.parameterName(path, V2022_02_22)).contains(name2022);
    }

    @Test
    void pathsThatNameNoParameterGiveNothing() {
        assertThat(EssParameters.parameterName("", V2014_08_28)).isEmpty();
        assertThat(EssParameters.parameterName("image", V2014_08_28)).isEmpty();
        assertThat(EssParameters.parameterName("lifecycleState", V2014_08_28)).isEmpty();
        assertThat(EssParameters.parameterName("noSuchThing", V2014_08_28)).isEmpty();
    }

    @Test
    void instanceTypesFollowTheWrittenLayout() {
        ScalingConfiguration config = ScalingConfiguration.builder()
                .addInstanceType(InstanceTypeSpec.of("ecs.g7.large"))
                .addInstanceType(InstanceTypeSpec.builder().instanceType("ecs.g6.large").weightedCapacity(2)
                        .spotPriceLimit(new BigDecimal("0.5")).build())
                .addInstanceType(InstanceTypeSpec.builder().instanceType("ecs.c7.large")
                        .spotPriceLimit(new BigDecimal("0.25")).build())
                .addInstanceType(InstanceTypeSpec.builder().instanceType("ecs.r7.large").weightedCapacity(4).build())
                .build();
        assertThat(EssParameters.parameterName(config, "instanceTypes[0]", V2014_08_28)).contains("InstanceTypes.1");
        assertThat(EssParameters.parameterName(config, "instanceTypes[2].instanceType", V2014_08_28))
                .contains("InstanceTypes.2");
        assertThat(EssParameters.parameterName(config, "instanceTypes[1].instanceType", V2022_02_22))
                .contains("InstanceTypeOverrides.1.InstanceType");
        assertThat(EssParameters.parameterName(config, "instanceTypes[3].weightedCapacity", V2014_08_28))
                .contains("InstanceTypeOverride.2.WeightedCapacity");
        assertThat(EssParameters.parameterName(config, "instanceTypes[3]", V2014_08_28))
                .contains("InstanceTypeOverride.2");
        assertThat(EssParameters.parameterName(config, "instanceTypes[2].spotPriceLimit", V2014_08_28))
                .contains("SpotPriceLimit.2.PriceLimit");
        assertThat(EssParameters.parameterName(config, "instanceTypes", V2014_08_28)).contains("InstanceTypes");
        // every name the mapping gives is one that toParameters writes
        var written = EssParameters.toParameters(config, V2014_08_28);
        for (String path : new String[] {"instanceTypes[0]", "instanceTypes[1].instanceType",
            "instanceTypes[1].weightedCapacity", "instanceTypes[1].spotPriceLimit", "instanceTypes[2]",
            "instanceTypes[2].spotPriceLimit", "instanceTypes[3].instanceType", "instanceTypes[3].weightedCapacity"}) {
            assertThat(written).containsKey(EssParameters.parameterName(config, path, V2014_08_28).orElseThrow());
        }
    }
}
