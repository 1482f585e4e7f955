package dev.scalecfg.examples;

import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.PerformanceLevel;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.UserData;

/**
 * Builds a scaling configuration fluently: three instance types in priority order, an ESSD system
 * disk and a data disk, a key pair, tags and a sequential instance name.
 */
public final class BuildConfigurationExample {
    private BuildConfigurationExample() {}

    /**
     * Builds the web tier's configuration.
     *
     * @return the configuration
     */
    public static ScalingConfiguration webTier() {
        return ScalingConfiguration.builder()
                .scalingGroupId("asg-bp14wlu85wrpchm0a1b2")
                .regionId("cn-hangzhou")
                .name("web-tier")
                .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
                // the order of the list is the priority: g7 first, then g6, then c7
                .addInstanceType(InstanceTypeSpec.of("ecs.g7.large"))
                .addInstanceType(InstanceTypeSpec.of("ecs.g6.large"))
                .addInstanceType(InstanceTypeSpec.of("ecs.c7.xlarge"))
                .systemDisk(SystemDiskSpec.builder()
                        .category(DiskCategory.CLOUD_ESSD)
                        .performanceLevel(PerformanceLevel.PL0)
                        .size(40)
                        .build())
                .addDataDisk(DiskSpec.builder()
                        .category(DiskCategory.CLOUD_ESSD)
                        .size(100)
                        .deleteWithInstance(true)
                        .build())
                .network(NetworkSpec.builder().addSecurityGroupId("sg-bp18kz60mefs3c4d").build())
                .credentials(CredentialsSpec.builder().keyPairName("web-ops-2026").build())
                .instanceName("web-(AUTO_INCREMENT)[0,3]")
                .userData(UserData.ofPlainText("#!/bin/bash\nsystemctl enable --now nginx\n"))
                .putTag("env", "prod")
                .putTag("team", "web")
                .build();
    }

    /**
     * Prints the configuration; its {@code toString()} never shows secrets.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ScalingConfiguration config = webTier();
        System.out.println("Built " + config.getName().orElseThrow() + " with " + config.getInstanceTypes().size()
                + " instance types in priority order:");
        config.getInstanceTypes().forEach(type -> System.out.println("  " + type.getInstanceType()));
        // with-ers return a modified copy; the original is unchanged
        ScalingConfiguration staging = config.withName("web-tier-staging");
        System.out.println("Copy for staging: " + staging.getName().orElseThrow() + ", original still "
                + config.getName().orElseThrow());
        System.out.println("User data: " + config.getUserData().orElseThrow());
    }
}
