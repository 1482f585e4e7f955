package dev.scalecfg.core;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared test data: a configuration with every parameter of the API set, and its parameters. */
public final class Fixtures {
    /** A password that must never show up in an exception message. */
    public static final String SECRET_PASSWORD = "Sup3r-Secret!pw";
    /** User data that must never show up in an exception message. */
    public static final String SECRET_USER_DATA = "ZWNobyBzZWNyZXQtdXNlci1kYXRh";

    private Fixtures() {}

    /** A configuration with every attribute set (lifecycleState aside, which is not a parameter). */
    public static ScalingConfiguration full() {
        return ScalingConfiguration.builder()
                .regionId("cn-hangzhou")
                .scalingGroupId("asg-bp14wlu85wrpchm0xxxx")
                .name("web-tier.v2")
                .instanceDescription("web servers")
                .clientToken("token-123")
                .resourceGroupId("rg-acfmxxxx")
                .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").imageName("my-image")
                        .imageFamily("hangzhou-daily-update").loginAsNonRoot(true).build())
                .addInstanceType(InstanceTypeSpec.builder().instanceType("ecs.g7.large")
                        .spotPriceLimit(new BigDecimal("0.050")).build())
                .addInstanceType(InstanceTypeSpec.of("ecs.g6.large"))
                .addInstanceType(InstanceTypeSpec.builder().instanceType("ecs.c7.large").weightedCapacity(2)
                        .spotPriceLimit(new BigDecimal("0.120")).build())
                .addInstanceType(InstanceTypeSpec.builder().instanceType("ecs.r7.large").weightedCapacity(4).build())
                .cpu(2)
                .memory(8)
                .addInstancePattern(InstancePatternSpec.builder().cores(2).memory(new BigDecimal("4.0"))
                        .maxPrice(new BigDecimal("0.300")).instanceFamilyLevel(InstanceFamilyLevel.ENTERPRISE_LEVEL)
                        .burstablePerformance(BurstablePerformance.EXCLUDE).addArchitecture("X86")
                        .addArchitecture("Arm").addExcludedInstanceType("ecs.c6.*")
                        .addInstanceTypeFamily("ecs.g7").addInstanceCategory("General-purpose")
                        .addCpuArchitecture("X86").addPhysicalProcessorModel("Intel Xeon(Ice Lake) Platinum 8369B")
                        .addGpuSpec("NVIDIA T4").minimumCpuCoreCount(2).maximumCpuCoreCount(8)
                        .minimumMemorySize(new BigDecimal("4")).maximumMemorySize(new BigDecimal("32.5"))
                        .minimumGpuAmount(1).maximumGpuAmount(2).minimumInitialCredit(30).minimumBaselineCredit(10)
                        .minimumEniQuantity(2).minimumEniPrivateIpAddressQuantity(3).minimumEniIpv6AddressQuantity(1)
                        .build())
                .addInstancePattern(InstancePatternSpec.builder().cores(4).memory(new BigDecimal("16")).build())
                .creditSpecification(CreditSpecification.UNLIMITED)
                .addCustomPriority(CustomPriority.of("ecs.g7.large", "vsw-bp14zolna43z266bqxxxx"))
                .addCustomPriority(CustomPriority.of("ecs.g6.large", "vsw-bp1second"))
                .instanceTypeCandidateOptions(InstanceTypeCandidateOptions.builder().enabled(true)
                        .allowDifferentGeneration(true).allowCrossAz(false).addAllowCidrBlock("10.0.0.0/8")
                        .addAllowCidrBlock("172.16.0.0/12").maxPrice(new BigDecimal("1.5")).build())
                .spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT)
                .spotDuration(1)
                .spotInterruptionBehavior(SpotInterruptionBehavior.TERMINATE)
                .systemDisk(SystemDiskSpec.builder().category(DiskCategory.CLOUD_ESSD)
                        .addCategory(DiskCategory.CLOUD_ESSD).addCategory(DiskCategory.CLOUD_SSD).size(40)
                        .performanceLevel(PerformanceLevel.PL1).diskName("system").description("the system disk")
                        .autoSnapshotPolicyId("sp-bp12m37ccmxvbmi5xxxx").encrypted(true)
                        .encryptAlgorithm(EncryptAlgorithm.SM4_128).kmsKeyId("0e478b7a-4262-4802-b8cb-00d3fb40xxxx")
                        .burstingEnabled(false).provisionedIops(50000L).build())
                .addDataDisk(DiskSpec.builder().category(DiskCategory.CLOUD_AUTO).size(100)
                        .performanceLevel(PerformanceLevel.PL0).snapshotId("s-280s7xxxx").deleteWithInstance(true)
                        .encrypted(true).kmsKeyId("key-1").diskName("data1").description("first data disk")
                        .device("/dev/xvdb").autoSnapshotPolicyId("sp-bp19nq9enxqkomibxxxx").burstingEnabled(true)
                        .provisionedIops(12345678901L).build())
                .addDataDisk(DiskSpec.builder().addCategory(DiskCategory.CLOUD_ESSD)
                        .addCategory(DiskCategory.of("cloud_essd_entry")).size(200).encrypted(false).build())
                .storageSetId("ss-bp67acfmxazb4pxxxx")
                .storageSetPartitionNumber(2)
                .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefsxxxx")
                        .addSecurityGroupId("sg-1").addSecurityGroupId("sg-2")
                        .internetChargeType(InternetChargeType.PAY_BY_TRAFFIC).internetMaxBandwidthOut(10)
                        .internetMaxBandwidthIn(10).ipv6AddressCount(1).ioOptimized(IoOptimized.OPTIMIZED)
                        .addNetworkInterface(NetworkInterfaceSpec.builder().interfaceType(NetworkInterfaceType.PRIMARY)
                                .addSecurityGroupId("sg-3").addSecurityGroupId("sg-4").ipv6AddressCount(2)
                                .trafficMode(NetworkInterfaceTrafficMode.STANDARD).build())
                        .addNetworkInterface(NetworkInterfaceSpec.builder()
                                .interfaceType(NetworkInterfaceType.SECONDARY).addSecurityGroupId("sg-5")
                                .trafficMode(NetworkInterfaceTrafficMode.HIGH_PERFORMANCE)
                                .secondaryPrivateIpAddressCount(3).build())
                        .build())
                .securityEnhancementStrategy(SecurityEnhancementStrategy.ACTIVE)
                .httpEndpoint(HttpEndpoint.ENABLED)
                .httpTokens(HttpTokens.REQUIRED)
                .confidentialComputingMode(ConfidentialComputingMode.TDX)
                .deletionProtection(true)
                .credentials(CredentialsSpec.builder().keyPairName("KeyPairTest").password(Password.of(SECRET_PASSWORD))
                        .passwordInherit(false).build())
                .instanceName("web-(AUTO_INCREMENT)[0,3]")
                .hostName("web-host")
                .ramRoleName("EcsRole")
                .userData(UserData.ofBase64(SECRET_USER_DATA))
                .putTag("env", "prod")
                .putTag("team", "web")
                .loadBalancerWeight(50)
                .placement(PlacementSpec.builder().zoneId("cn-hangzhou-g").deploymentSetId("ds-bp1frxuzdg87zh4pzxxxx")
                        .hpcClusterId("hpc-1").tenancy(Tenancy.HOST).affinity(Affinity.HOST)
                        .dedicatedHostId("dh-bp67acfmxazb4pxxxx").dedicatedHostClusterId("dc-2zedxc67zqzt7lb4xxxx")
                        .build())
                .privatePool(PrivatePoolSpec.builder().matchCriteria(PrivatePoolMatchCriteria.TARGET)
                        .id("eap-bp67acfmxazb4xxxx").build())
                .resourcePool(ResourcePoolSpec.builder().strategy(ResourcePoolStrategy.PRIVATE_POOL_FIRST)
                        .addPrivatePoolId("eap-1").addPrivatePoolId("eap-2")
                        .addPrivatePoolTag(Tag.of("pool", "a")).addPrivatePoolTag(Tag.of("tier", "")).build())
                .schedulerOptions("{\"ManagedPrivateSpaceId\":\"xxxx\"}")
                .build();
    }

    /** The parameters of {@link #full()} in API version 2014-08-28, in writing order. */
    public static Map<String, String> full2014() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("RegionId", "cn-hangzhou");
        m.put("ScalingGroupId", "asg-bp14wlu85wrpchm0xxxx");
        m.put("ScalingConfigurationName", "web-tier.v2");
        m.put("InstanceDescription", "web servers");
        m.put("ClientToken", "token-123");
        m.put("ResourceGroupId", "rg-acfmxxxx");
        m.put("ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd");
        m.put("ImageName", "my-image");
        m.put("ImageFamily", "hangzhou-daily-update");
        m.put("ImageOptions.LoginAsNonRoot", "true");
        m.put("InstanceTypes.1", "ecs.g7.large");
        m.put("InstanceTypes.2", "ecs.g6.large");
        m.put("InstanceTypeOverride.1.InstanceType", "ecs.c7.large");
        m.put("InstanceTypeOverride.1.WeightedCapacity", "2");
        m.put("InstanceTypeOverride.2.InstanceType", "ecs.r7.large");
        m.put("InstanceTypeOverride.2.WeightedCapacity", "4");
        m.put("Cpu", "2");
        m.put("Memory", "8");
        m.put("InstancePatternInfo.1.Cores", "2");
        m.put("InstancePatternInfo.1.Memory", "4.0");
        m.put("InstancePatternInfo.1.MaxPrice", "0.300");
        m.put("InstancePatternInfo.1.InstanceFamilyLevel", "EnterpriseLevel");
        m.put("InstancePatternInfo.1.BurstablePerformance", "Exclude");
        m.put("InstancePatternInfo.1.Architecture.1", "X86");
        m.put("InstancePatternInfo.1.Architecture.2", "Arm");
        m.put("InstancePatternInfo.1.ExcludedInstanceType.1", "ecs.c6.*");
        m.put("InstancePatternInfo.1.InstanceTypeFamilies.1", "ecs.g7");
        m.put("InstancePatternInfo.1.InstanceCategories.1", "General-purpose");
        m.put("InstancePatternInfo.1.CpuArchitectures.1", "X86");
        m.put("InstancePatternInfo.1.PhysicalProcessorModels.1", "Intel Xeon(Ice Lake) Platinum 8369B");
        m.put("InstancePatternInfo.1.GpuSpecs.1", "NVIDIA T4");
        m.put("InstancePatternInfo.1.MinimumCpuCoreCount", "2");
        m.put("InstancePatternInfo.1.MaximumCpuCoreCount", "8");
        m.put("InstancePatternInfo.1.MinimumMemorySize", "4");
        m.put("InstancePatternInfo.1.MaximumMemorySize", "32.5");
        m.put("InstancePatternInfo.1.MinimumGpuAmount", "1");
        m.put("InstancePatternInfo.1.MaximumGpuAmount", "2");
        m.put("InstancePatternInfo.1.MinimumInitialCredit", "30");
        m.put("InstancePatternInfo.1.MinimumBaselineCredit", "10");
        m.put("InstancePatternInfo.1.MinimumEniQuantity", "2");
        m.put("InstancePatternInfo.1.MinimumEniPrivateIpAddressQuantity", "3");
        m.put("InstancePatternInfo.1.MinimumEniIpv6AddressQuantity", "1");
        m.put("InstancePatternInfo.2.Cores", "4");
        m.put("InstancePatternInfo.2.Memory", "16");
        m.put("CreditSpecification", "Unlimited");
        m.put("CustomPriorities.1.InstanceType", "ecs.g7.large");
        m.put("CustomPriorities.1.VswitchId", "vsw-bp14zolna43z266bqxxxx");
        m.put("CustomPriorities.2.InstanceType", "ecs.g6.large");
        m.put("CustomPriorities.2.VswitchId", "vsw-bp1second");
        m.put("InstanceTypeCandidateOptions.Enabled", "true");
        m.put("InstanceTypeCandidateOptions.AllowDifferentGeneration", "true");
        m.put("InstanceTypeCandidateOptions.AllowCrossAz", "false");
        m.put("InstanceTypeCandidateOptions.AllowCidrBlocks.1", "10.0.0.0/8");
        m.put("InstanceTypeCandidateOptions.AllowCidrBlocks.2", "172.16.0.0/12");
        m.put("InstanceTypeCandidateOptions.MaxPrice", "1.5");
        m.put("SpotStrategy", "SpotWithPriceLimit");
        m.put("SpotPriceLimit.1.InstanceType", "ecs.g7.large");
        m.put("SpotPriceLimit.1.PriceLimit", "0.050");
        m.put("SpotPriceLimit.2.InstanceType", "ecs.c7.large");
        m.put("SpotPriceLimit.2.PriceLimit", "0.120");
        m.put("SpotDuration", "1");
        m.put("SpotInterruptionBehavior", "Terminate");
        m.put("SystemDisk.Category", "cloud_essd");
        m.put("SystemDiskCategories.1", "cloud_essd");
        m.put("SystemDiskCategories.2", "cloud_ssd");
        m.put("SystemDisk.Size", "40");
        m.put("SystemDisk.PerformanceLevel", "PL1");
        m.put("SystemDisk.DiskName", "system");
        m.put("SystemDisk.Description", "the system disk");
        m.put("SystemDisk.AutoSnapshotPolicyId", "sp-bp12m37ccmxvbmi5xxxx");
        m.put("SystemDisk.Encrypted", "true");
        m.put("SystemDisk.EncryptAlgorithm", "SM4-128");
        m.put("SystemDisk.KMSKeyId", "0e478b7a-4262-4802-b8cb-00d3fb40xxxx");
        m.put("SystemDisk.BurstingEnabled", "false");
        m.put("SystemDisk.ProvisionedIops", "50000");
        m.put("DataDisk.1.Category", "cloud_auto");
        m.put("DataDisk.1.Size", "100");
        m.put("DataDisk.1.PerformanceLevel", "PL0");
        m.put("DataDisk.1.SnapshotId", "s-280s7xxxx");
        m.put("DataDisk.1.DeleteWithInstance", "true");
        m.put("DataDisk.1.Encrypted", "true");
        m.put("DataDisk.1.KMSKeyId", "key-1");
        m.put("DataDisk.1.DiskName", "data1");
        m.put("DataDisk.1.Description", "first data disk");
        m.put("DataDisk.1.Device", "/dev/xvdb");
        m.put("DataDisk.1.AutoSnapshotPolicyId", "sp-bp19nq9enxqkomibxxxx");
        m.put("DataDisk.1.BurstingEnabled", "true");
        m.put("DataDisk.1.ProvisionedIops", "12345678901");
        m.put("DataDisk.2.Categories.1", "cloud_essd");
        m.put("DataDisk.2.Categories.2", "cloud_essd_entry");
        m.put("DataDisk.2.Size", "200");
        m.put("DataDisk.2.Encrypted", "false");
        m.put("StorageSetId", "ss-bp67acfmxazb4pxxxx");
        m.put("StorageSetPartitionNumber", "2");
        m.put("SecurityGroupId", "sg-bp18kz60mefsxxxx");
        m.put("SecurityGroupIds.1", "sg-1");
        m.put("SecurityGroupIds.2", "sg-2");
        m.put("InternetChargeType", "PayByTraffic");
        m.put("InternetMaxBandwidthOut", "10");
        m.put("InternetMaxBandwidthIn", "10");
        m.put("Ipv6AddressCount", "1");
        m.put("IoOptimized", "optimized");
        m.put("NetworkInterfaces.1.InstanceType", "Primary");
        m.put("NetworkInterfaces.1.SecurityGroupIds.1", "sg-3");
        m.put("NetworkInterfaces.1.SecurityGroupIds.2", "sg-4");
        m.put("NetworkInterfaces.1.Ipv6AddressCount", "2");
        m.put("NetworkInterfaces.1.NetworkInterfaceTrafficMode", "Standard");
        m.put("NetworkInterfaces.2.InstanceType", "Secondary");
        m.put("NetworkInterfaces.2.SecurityGroupIds.1", "sg-5");
        m.put("NetworkInterfaces.2.NetworkInterfaceTrafficMode", "HighPerformance");
        m.put("NetworkInterfaces.2.SecondaryPrivateIpAddressCount", "3");
        m.put("SecurityEnhancementStrategy", "Active");
        m.put("HttpEndpoint", "enabled");
        m.put("HttpTokens", "required");
        m.put("SecurityOptions.ConfidentialComputingMode", "TDX");
        m.put("DeletionProtection", "true");
        m.put("KeyPairName", "KeyPairTest");
        m.put("Password", SECRET_PASSWORD);
        m.put("PasswordInherit", "false");
        m.put("InstanceName", "web-(AUTO_INCREMENT)[0,3]");
        m.put("HostName", "web-host");
        m.put("RamRoleName", "EcsRole");
        m.put("UserData", SECRET_USER_DATA);
        m.put("Tags", "{\"env\":\"prod\",\"team\":\"web\"}");
        m.put("LoadBalancerWeight", "50");
        m.put("ZoneId", "cn-hangzhou-g");
        m.put("DeploymentSetId", "ds-bp1frxuzdg87zh4pzxxxx");
        m.put("HpcClusterId", "hpc-1");
        m.put("Tenancy", "host");
        m.put("Affinity", "host");
        m.put("DedicatedHostId", "dh-bp67acfmxazb4pxxxx");
        m.put("DedicatedHostClusterId", "dc-2zedxc67zqzt7lb4xxxx");
        m.put("PrivatePoolOptions.MatchCriteria", "Target");
        m.put("PrivatePoolOptions.Id", "eap-bp67acfmxazb4xxxx");
        m.put("ResourcePoolOptions.Strategy", "PrivatePoolFirst");
        m.put("ResourcePoolOptions.PrivatePoolIds.1", "eap-1");
        m.put("ResourcePoolOptions.PrivatePoolIds.2", "eap-2");
        m.put("ResourcePoolOptions.PrivatePoolTags.1.Key", "pool");
        m.put("ResourcePoolOptions.PrivatePoolTags.1.Value", "a");
        m.put("ResourcePoolOptions.PrivatePoolTags.2.Key", "tier");
        m.put("ResourcePoolOptions.PrivatePoolTags.2.Value", "");
        m.put("SchedulerOptions", "{\"ManagedPrivateSpaceId\":\"xxxx\"}");
        return m;
    }

    /**
     * The parameters of {@link #full()} in API version 2022-02-22: the 2014 names with the
     * renamed lists of spec §0, in the same order.
     */
    public static Map<String, String> full2022() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : full2014().entrySet()) {
            String key = e.getKey()
                    .replaceFirst("^InstanceTypeOverride\\.", "InstanceTypeOverrides.")
                    .replaceFirst("^DataDisk\\.", "DataDisks.")
                    .replaceFirst("^SpotPriceLimit\\.", "SpotPriceLimits.")
                    .replaceFirst("^InstancePatternInfo\\.(\\d+)\\.Architecture\\.", "InstancePatternInfos.$1.Architectures.")
                    .replaceFirst("^InstancePatternInfo\\.(\\d+)\\.ExcludedInstanceType\\.",
                            "InstancePatternInfos.$1.ExcludedInstanceTypes.")
                    .replaceFirst("^InstancePatternInfo\\.", "InstancePatternInfos.");
            m.put(key, e.getValue());
        }
        return m;
    }
}
