package dev.scalecfg.validation;

import static dev.scalecfg.validation.BoundaryCase.bad;
import static dev.scalecfg.validation.BoundaryCase.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.Affinity;
import dev.scalecfg.core.CreditSpecification;
import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.EncryptAlgorithm;
import dev.scalecfg.core.HttpEndpoint;
import dev.scalecfg.core.HttpTokens;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.InstanceTypeCandidateOptions;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.NetworkInterfaceSpec;
import dev.scalecfg.core.NetworkInterfaceType;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.Password;
import dev.scalecfg.core.PerformanceLevel;
import dev.scalecfg.core.PlacementSpec;
import dev.scalecfg.core.PrivatePoolMatchCriteria;
import dev.scalecfg.core.PrivatePoolSpec;
import dev.scalecfg.core.ResourcePoolSpec;
import dev.scalecfg.core.ResourcePoolStrategy;
import dev.scalecfg.core.SecurityEnhancementStrategy;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.Tag;
import dev.scalecfg.core.Tenancy;
import dev.scalecfg.core.UserData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in limit, just inside (no violation at all) and just outside (exactly the named
 * code). The mutations start from {@link Fixtures#reference()}.
 */
final class BuiltInRulesBoundaryTest {

    static final ValidationContext WINDOWS = ValidationContext.builder().osType(OsType.WINDOWS).build();
    static final ValidationContext CLASSIC = ValidationContext.builder().networkType(NetworkType.CLASSIC).build();
    static final ValidationContext VPC = ValidationContext.builder().networkType(NetworkType.VPC).build();
    static final String WIN_IMAGE = "win2019_1809_x64_dtc_en-us_40G_alibase_20230811.vhd";
    static final String CUSTOM_IMAGE = "m-bp67acfmxazb4p";

    @ParameterizedTest(name = "{0}")
    @MethodSource({"fieldCases", "nameCases", "credentialCases", "typeCases", "diskCases", "networkCases", "otherCases"})
    void yieldsExactlyTheExpectedCodes(BoundaryCase boundary) {
        ValidationResult result = RuleChain.defaultChain().validate(boundary.configuration(), boundary.context);
        assertThat(result.codes()).as(result.toString()).isEqualTo(boundary.codes);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Every boundary case of this class. */
    static Stream<Arguments> allCases() {
        return Stream.of(fieldCases(), nameCases(), credentialCases(), typeCases(), diskCases(), networkCases(), otherCases())
                .flatMap(cases -> cases);
    }

    static String chars(int n) {
        return "a".repeat(n);
    }

    static InstancePatternSpec.Builder pattern() {
        return InstancePatternSpec.builder().cores(2).memory(new BigDecimal("4"));
    }

    static List<InstanceTypeSpec> types(String... names) {
        return Stream.of(names).map(InstanceTypeSpec::of).collect(Collectors.toList());
    }

    static final List<String> ELEVEN_TYPES = List.of("ecs.g7.large", "ecs.g7.xlarge", "ecs.g7.2xlarge",
            "ecs.g7.3xlarge", "ecs.g7.4xlarge", "ecs.g7.6xlarge", "ecs.g7.8xlarge", "ecs.g7.16xlarge",
            "ecs.g6.large", "ecs.g6.xlarge", "ecs.g6.2xlarge");

    static List<InstanceTypeSpec> firstTypes(int n) {
        return types(ELEVEN_TYPES.subList(0, n).toArray(new String[0]));
    }

    static List<String> sgs(int n) {
        return IntStream.range(0, n).mapToObj(i -> "sg-a" + i).collect(Collectors.toList());
    }

    static Map<String, String> tags(int n) {
        Map<String, String> tags = new LinkedHashMap<>();
        IntStream.range(0, n).forEach(i -> tags.put("k" + i, "v"));
        return tags;
    }

    static List<DiskSpec> disks(int n, DiskSpec disk) {
        return new ArrayList<>(Collections.nCopies(n, disk));
    }

    static DiskSpec disk(DiskCategory category, int size) {
        return DiskSpec.builder().category(category).size(size).build();
    }

    static DiskSpec essd(PerformanceLevel level, int size) {
        return DiskSpec.builder().category(DiskCategory.CLOUD_ESSD).performanceLevel(level).size(size).build();
    }

    static SystemDiskSpec sys(DiskCategory category, int size) {
        return SystemDiskSpec.builder().category(category).size(size).build();
    }

    static SystemDiskSpec sysEssd(PerformanceLevel level, int size) {
        return SystemDiskSpec.builder().category(DiskCategory.CLOUD_ESSD).performanceLevel(level).size(size).build();
    }

    static NetworkSpec.Builder net() {
        return NetworkSpec.builder().securityGroupId(Fixtures.SG);
    }

    static NetworkInterfaceSpec nic(NetworkInterfaceType type) {
        return NetworkInterfaceSpec.builder().interfaceType(type).addSecurityGroupId("sg-a1").build();
    }

    static InstanceTypeCandidateOptions maxPrice(String price) {
        return InstanceTypeCandidateOptions.builder().maxPrice(new BigDecimal(price)).build();
    }

    // ---- field constraints -------------------------------------------------------------------------

    static Stream<Arguments> fieldCases() {
        return Stream.of(
                ok("name 2 chars", b -> b.name("ab")),
                ok("name 64 chars", b -> b.name(chars(64))),
                ok("name in Chinese", b -> b.name("网站")),
                bad("NAME_LENGTH", "name 1 char", b -> b.name("a")),
                bad("NAME_LENGTH", "name 65 chars", b -> b.name(chars(65))),
                ok("name starts with digit", b -> b.name("9web.tier_1")),
                bad("NAME_FORMAT", "name starts with '-'", b -> b.name("-web")),
                bad("NAME_FORMAT", "name with space", b -> b.name("web tier")),
                ok("description 2 chars", b -> b.instanceDescription("ab")),
                ok("description 256 chars", b -> b.instanceDescription(chars(256))),
                ok("description mentions http later", b -> b.instanceDescription("see http://x")),
                bad("DESCRIPTION_LENGTH", "description 1 char", b -> b.instanceDescription("x")),
                bad("DESCRIPTION_LENGTH", "description 257 chars", b -> b.instanceDescription(chars(257))),
                bad("DESCRIPTION_FORMAT", "description http prefix", b -> b.instanceDescription("http://example.com")),
                bad("DESCRIPTION_FORMAT", "description https prefix", b -> b.instanceDescription("https://example.com")),
                bad("DESCRIPTION_LENGTH", "system disk description",
                        b -> b.systemDisk(SystemDiskSpec.builder().description("x").build())),
                bad("DESCRIPTION_FORMAT", "data disk description",
                        b -> b.addDataDisk(DiskSpec.builder().size(40).description("https://x").build())),
                ok("disk name 2 and 128 chars", b -> b.systemDisk(SystemDiskSpec.builder().diskName("da").build())
                        .addDataDisk(DiskSpec.builder().size(40).diskName("d:1_a.b-" + chars(120)).build())),
                bad("DISK_NAME_LENGTH", "disk name 1 char", b -> b.systemDisk(SystemDiskSpec.builder().diskName("d").build())),
                bad("DISK_NAME_LENGTH", "disk name 129 chars",
                        b -> b.systemDisk(SystemDiskSpec.builder().diskName(chars(129)).build())),
                bad("DISK_NAME_FORMAT", "disk name starts with digit",
                        b -> b.systemDisk(SystemDiskSpec.builder().diskName("1disk").build())),
                ok("key pair 2 and 128 chars", b -> b.credentials(CredentialsSpec.builder().keyPairName("k:" + chars(126)).build())),
                bad("KEY_PAIR_NAME_LENGTH", "key pair 1 char", b -> b.credentials(CredentialsSpec.builder().keyPairName("k").build())),
                bad("KEY_PAIR_NAME_LENGTH", "key pair 129 chars",
                        b -> b.credentials(CredentialsSpec.builder().keyPairName(chars(129)).build())),
                bad("KEY_PAIR_NAME_FORMAT", "key pair starts with digit",
                        b -> b.credentials(CredentialsSpec.builder().keyPairName("1key").build())),
                ok("client token 64 chars", b -> b.clientToken(chars(64))),
                bad("CLIENT_TOKEN_LENGTH", "client token 65 chars", b -> b.clientToken(chars(65))),
                bad("CLIENT_TOKEN_FORMAT", "client token not ASCII", b -> b.clientToken("tøken")),
                ok("all IDs well-formed", b -> b.resourceGroupId("rg-acfmxxxx").storageSetId("ss-bp67acfmxazb4p")
                        .placement(PlacementSpec.builder().deploymentSetId("ds-bp1frxuzdg87zh4pz")
                                .dedicatedHostClusterId("dc-2zedxc67zqzt7lb4").build())
                        .privatePool(PrivatePoolSpec.builder().id("eap-bp67acfmxazb4").build())
                        .systemDisk(SystemDiskSpec.builder().autoSnapshotPolicyId("sp-bp12m37ccmxvbmi5").build())
                        .addDataDisk(DiskSpec.builder().snapshotId("s-280s7").size(40).build())
                        .addCustomPriority(CustomPriority.of("ecs.g7.large", "vsw-bp14zolna43z266bq"))),
                bad("ID_FORMAT", "deployment set without ds-",
                        b -> b.placement(PlacementSpec.builder().deploymentSetId("bp1frxuzdg87zh4pz").build())),
                bad("ID_FORMAT", "scaling group id", b -> b.scalingGroupId("sg-bp14")),
                bad("ID_FORMAT", "resource group id", b -> b.resourceGroupId("acfmxxxx")),
                bad("ID_FORMAT", "storage set id", b -> b.storageSetId("s-1")),
                bad("ID_FORMAT", "snapshot id", b -> b.addDataDisk(DiskSpec.builder().snapshotId("sp-1").size(40).build())),
                bad("ID_FORMAT", "auto snapshot policy",
                        b -> b.systemDisk(SystemDiskSpec.builder().autoSnapshotPolicyId("s-1").build())),
                bad("ID_FORMAT", "private pool id", b -> b.privatePool(PrivatePoolSpec.builder().id("ea-1").build())),
                bad("ID_FORMAT", "dedicated host id", b -> b.placement(PlacementSpec.builder().dedicatedHostId("dc-1").build())),
                bad("ID_FORMAT", "security group id", b -> b.network(NetworkSpec.builder().securityGroupId("bp18").build())),
                bad("ID_FORMAT", "vswitch id",
                        b -> b.addCustomPriority(CustomPriority.of("ecs.g7.large", "vs-bp14"))),
                bad("ID_FORMAT", "dedicated host cluster id",
                        b -> b.placement(PlacementSpec.builder().dedicatedHostClusterId("dh-1").build())),
                bad("ID_FORMAT", "data disk auto snapshot policy",
                        b -> b.addDataDisk(DiskSpec.builder().size(40).autoSnapshotPolicyId("bp19").build())),
                bad("ID_FORMAT", "security group ids element",
                        b -> b.network(NetworkSpec.builder().addSecurityGroupId("sg-a1").addSecurityGroupId("sg a2").build())),
                bad("ID_FORMAT", "interface security group", b -> b.network(NetworkSpec.builder().addNetworkInterface(
                        NetworkInterfaceSpec.builder().interfaceType(NetworkInterfaceType.PRIMARY).addSecurityGroupId("g-1")
                                .build()).build())),
                bad("ID_FORMAT", "resource pool ids",
                        b -> b.resourcePool(ResourcePoolSpec.builder().addPrivatePoolId("eap1").build())),
                ok("custom image id", b -> b.image(ImageSpec.builder().imageId("m-bp67acfmxazb4p").build())),
                bad("IMAGE_ID_FORMAT", "image id neither m- nor .vhd",
                        b -> b.image(ImageSpec.builder().imageId("ubuntu_22_04").build())),
                ok("burstable type format", b -> b.instanceTypes(types("ecs.t5-lc1m2.large"))),
                bad("INSTANCE_TYPE_FORMAT", "type without ecs.", b -> b.instanceTypes(types("g7.large"))),
                ok("10 instance types", b -> b.instanceTypes(firstTypes(10))),
                bad("INSTANCE_TYPE_COUNT", "11 instance types", b -> b.instanceTypes(firstTypes(11))),
                ok("weights 1 and 500", b -> b.instanceTypes(List.of(
                        InstanceTypeSpec.builder().instanceType("ecs.g7.large").weightedCapacity(1).build(),
                        InstanceTypeSpec.builder().instanceType("ecs.g6.large").weightedCapacity(500).build()))),
                bad("WEIGHTED_CAPACITY_OUT_OF_RANGE", "weight 0", b -> b.instanceTypes(List.of(
                        InstanceTypeSpec.builder().instanceType("ecs.g7.large").weightedCapacity(0).build()))),
                bad("WEIGHTED_CAPACITY_OUT_OF_RANGE", "weight 501", b -> b.instanceTypes(List.of(
                        InstanceTypeSpec.builder().instanceType("ecs.g7.large").weightedCapacity(501).build()))),
                ok("price 0.001 and 0.125", b -> b.instanceTypeCandidateOptions(maxPrice("0.001"))
                        .spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT).instanceTypes(List.of(InstanceTypeSpec.builder()
                                .instanceType("ecs.g7.large").spotPriceLimit(new BigDecimal("0.125")).build()))),
                bad("PRICE_NOT_POSITIVE", "price 0", b -> b.instanceTypeCandidateOptions(maxPrice("0"))),
                bad("PRICE_NOT_POSITIVE", "price -1", b -> b.instanceTypeCandidateOptions(maxPrice("-1"))),
                bad("PRICE_PRECISION", "price with 4 decimals", b -> b.instanceTypeCandidateOptions(maxPrice("0.0125"))),
                bad("PRICE_PRECISION", "spot price limit with 4 decimals", b -> b.spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT)
                        .instanceTypes(List.of(InstanceTypeSpec.builder().instanceType("ecs.g7.large")
                                .spotPriceLimit(new BigDecimal("0.0125")).build()))),
                ok("pattern cores 1, memory 0.5", b -> b.addInstancePattern(
                        InstancePatternSpec.builder().cores(1).memory(new BigDecimal("0.5")).build())),
                bad("VALUE_NOT_POSITIVE", "pattern cores 0",
                        b -> b.addInstancePattern(InstancePatternSpec.builder().cores(0).memory(new BigDecimal("4")).build())),
                bad("VALUE_NOT_POSITIVE", "pattern memory 0",
                        b -> b.addInstancePattern(InstancePatternSpec.builder().cores(2).memory(BigDecimal.ZERO).build())),
                ok("ipv6 0", b -> b.network(net().ipv6AddressCount(0).build())),
                bad("VALUE_NEGATIVE", "ipv6 -1", b -> b.network(net().ipv6AddressCount(-1).build())),
                ok("2 cpu architectures, 10 families", b -> b.addInstancePattern(pattern().cpuArchitectures(List.of("X86", "ARM"))
                        .instanceTypeFamilies(IntStream.range(0, 10).mapToObj(i -> "ecs.g" + i).collect(Collectors.toList()))
                        .architectures(List.of("X86", "Arm", "BareMetal", "Heterogeneous")).build())),
                bad("PATTERN_FILTER_COUNT", "3 cpu architectures",
                        b -> b.addInstancePattern(pattern().cpuArchitectures(List.of("X86", "ARM", "X86")).build())),
                bad("PATTERN_FILTER_COUNT", "11 families", b -> b.addInstancePattern(pattern().instanceTypeFamilies(
                        IntStream.range(0, 11).mapToObj(i -> "ecs.g" + i).collect(Collectors.toList())).build())),
                bad("ARCHITECTURE_UNKNOWN", "architecture Sparc",
                        b -> b.addInstancePattern(pattern().architectures(List.of("Sparc")).build())),
                bad("ARCHITECTURE_UNKNOWN", "cpu architecture Arm",
                        b -> b.addInstancePattern(pattern().cpuArchitectures(List.of("Arm")).build())),
                ok("spot duration 0", b -> b.spotDuration(0)),
                ok("spot duration 1", b -> b.spotDuration(1)),
                bad("SPOT_DURATION_OUT_OF_RANGE", "spot duration 2", b -> b.spotDuration(2)),
                bad("SPOT_DURATION_OUT_OF_RANGE", "spot duration -1", b -> b.spotDuration(-1)),
                ok("16 data disks", b -> b.dataDisks(disks(16, disk(DiskCategory.CLOUD_ESSD, 40)))),
                bad("DATA_DISK_COUNT", "17 data disks", b -> b.dataDisks(disks(17, disk(DiskCategory.CLOUD_ESSD, 40)))),
                ok("4 fallback categories", b -> b.systemDisk(SystemDiskSpec.builder().categories(List.of(DiskCategory.CLOUD,
                        DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD, DiskCategory.CLOUD_ESSD)).build())),
                bad("DISK_CATEGORIES_COUNT", "5 fallback categories", b -> b.systemDisk(SystemDiskSpec.builder()
                        .categories(List.of(DiskCategory.CLOUD, DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD,
                                DiskCategory.CLOUD_ESSD, DiskCategory.CLOUD)).build())),
                ok("devices xvdb and xvdz", b -> b.addDataDisk(DiskSpec.builder().size(40).device("/dev/xvdb").build())
                        .addDataDisk(DiskSpec.builder().size(40).device("/dev/xvdz").build())),
                bad("DEVICE_FORMAT", "device xvda", b -> b.addDataDisk(DiskSpec.builder().size(40).device("/dev/xvda").build())),
                bad("DEVICE_FORMAT", "device sda", b -> b.addDataDisk(DiskSpec.builder().size(40).device("/dev/sda").build())),
                ok("out 0 and 100", b -> b.network(net().internetMaxBandwidthOut(100).build())),
                bad("BANDWIDTH_OUT_OUT_OF_RANGE", "out 101", b -> b.network(net().internetMaxBandwidthOut(101).build())),
                bad("BANDWIDTH_OUT_OUT_OF_RANGE", "out -1", b -> b.network(net().internetMaxBandwidthOut(-1).build())),
                ok("16 security groups warn only", b -> b.network(NetworkSpec.builder().securityGroupIds(sgs(5)).build())),
                bad("SECURITY_GROUP_COUNT", "17 security groups",
                        b -> b.network(NetworkSpec.builder().securityGroupIds(sgs(17)).build())),
                ok("49 secondary IPs", b -> b.network(NetworkSpec.builder().addNetworkInterface(NetworkInterfaceSpec.builder()
                        .interfaceType(NetworkInterfaceType.PRIMARY).addSecurityGroupId("sg-a1")
                        .secondaryPrivateIpAddressCount(49).build()).build())),
                bad("SECONDARY_PRIVATE_IP_COUNT_OUT_OF_RANGE", "50 secondary IPs", b -> b.network(NetworkSpec.builder()
                        .addNetworkInterface(NetworkInterfaceSpec.builder().interfaceType(NetworkInterfaceType.PRIMARY)
                                .addSecurityGroupId("sg-a1").secondaryPrivateIpAddressCount(50).build()).build())),
                bad("SECONDARY_PRIVATE_IP_COUNT_OUT_OF_RANGE", "0 secondary IPs", b -> b.network(NetworkSpec.builder()
                        .addNetworkInterface(NetworkInterfaceSpec.builder().interfaceType(NetworkInterfaceType.PRIMARY)
                                .addSecurityGroupId("sg-a1").secondaryPrivateIpAddressCount(0).build()).build())),
                ok("load balancer weight 1", b -> b.loadBalancerWeight(1)),
                ok("load balancer weight 100", b -> b.loadBalancerWeight(100)),
                bad("LOAD_BALANCER_WEIGHT_OUT_OF_RANGE", "load balancer weight 0", b -> b.loadBalancerWeight(0)),
                bad("LOAD_BALANCER_WEIGHT_OUT_OF_RANGE", "load balancer weight 101", b -> b.loadBalancerWeight(101)),
                ok("20 tags", b -> b.tags(tags(20))),
                bad("TAG_COUNT", "21 tags", b -> b.tags(tags(21))),
                ok("tag key 64, value 128, empty value", b -> b.putTag(chars(64), chars(128)).putTag("empty", "")
                        .putTag("my-aliyun", "acs-like")),
                bad("TAG_KEY_LENGTH", "tag key 65", b -> b.putTag(chars(65), "v")),
                bad("TAG_KEY_LENGTH", "empty tag key", b -> b.putTag("", "v")),
                bad("TAG_VALUE_LENGTH", "tag value 129", b -> b.putTag("env", chars(129))),
                bad("TAG_RESERVED_PREFIX", "tag key aliyun", b -> b.putTag("aliyun-env", "prod")),
                bad("TAG_RESERVED_PREFIX", "tag value acs:", b -> b.putTag("env", "acs:prod")),
                bad("TAG_URL", "tag value with URL", b -> b.putTag("site", "see https://x")),
                bad("TAG_URL", "tag key with URL", b -> b.putTag("http://x", "v")),
                ok("storage set partitions 2", b -> b.storageSetPartitionNumber(2)),
                bad("STORAGE_SET_PARTITION_OUT_OF_RANGE", "storage set partitions 1", b -> b.storageSetPartitionNumber(1)),
                ok("20 private pool tags", b -> b.resourcePool(ResourcePoolSpec.builder().privatePoolTags(
                        IntStream.range(0, 20).mapToObj(i -> Tag.of("k" + i, "v")).collect(Collectors.toList())).build())),
                bad("PRIVATE_POOL_TAG_COUNT", "21 private pool tags", b -> b.resourcePool(ResourcePoolSpec.builder()
                        .privatePoolTags(IntStream.range(0, 21).mapToObj(i -> Tag.of("k" + i, "v"))
                                .collect(Collectors.toList())).build())));
    }

    // ---- names ------------------------------------------------------------------------------------

    static Stream<Arguments> nameCases() {
        return Stream.of(
                ok("instance name 2 chars", b -> b.instanceName("ab")),
                ok("instance name 128 chars", b -> b.instanceName(chars(128))),
                ok("instance name with : _ . -", b -> b.instanceName("web:1_a.b-c")),
                bad("INSTANCE_NAME_LENGTH", "instance name 1 char", b -> b.instanceName("a")),
                bad("INSTANCE_NAME_LENGTH", "instance name 129 chars", b -> b.instanceName(chars(129))),
                bad("INSTANCE_NAME_FORMAT", "instance name starts with digit", b -> b.instanceName("1web")),
                bad("INSTANCE_NAME_FORMAT", "instance name URL", b -> b.instanceName("http://web")),
                ok("short prefix with sequence", b -> b.instanceName("w(AUTO_INCREMENT)[0,3]")),
                ok("generated name of 128", b -> b.instanceName(chars(122) + "[0,6]")),
                bad("INSTANCE_NAME_LENGTH", "generated name of 129", b -> b.instanceName(chars(123) + "[0,6]")),
                ok("sequence [] and [,]", b -> b.instanceName("web-[]").hostName("web-[,]")),
                ok("begin 999999", b -> b.instanceName("web-(AUTO_INCREMENT)[999999,6]")),
                ok("extended sequence", b -> b.instanceName("web-(0a,3)[0,3]-x")),
                bad("SEQUENTIAL_NAME_PATTERN_INVALID", "bits 7", b -> b.instanceName("web-[0,7]")),
                bad("SEQUENTIAL_NAME_PATTERN_INVALID", "bits 0", b -> b.instanceName("web-[0,0]")),
                bad("SEQUENTIAL_NAME_PATTERN_INVALID", "begin 1000000", b -> b.instanceName("web-[1000000,6]")),
                bad("SEQUENTIAL_NAME_PATTERN_INVALID", "space in brackets", b -> b.instanceName("web-[0, 3]")),
                bad("SEQUENTIAL_NAME_PATTERN_INVALID", "no prefix", b -> b.instanceName("(AUTO_INCREMENT)[0,3]")),
                bad("SEQUENTIAL_NAME_PATTERN_INVALID", "no brackets", b -> b.instanceName("web-(AUTO_INCREMENT)")),
                bad("SEQUENTIAL_NAME_PATTERN_INVALID", "two groups", b -> b.instanceName("web-[1,2]-[3,4]")),
                bad("SEQUENTIAL_NAME_PATTERN_INVALID", "host name pattern", b -> b.hostName("web-[0,x]")),
                ok("bits 3", b -> b.instanceName("web-(AUTO_INCREMENT)[0,3]")),
                bad("SEQUENTIAL_NAME_BITS_LOW", "bits 2", b -> b.instanceName("web-(AUTO_INCREMENT)[0,2]")),
                ok("Linux host name 64", b -> b.hostName(chars(30) + "." + chars(33))),
                ok("Linux host name all digits", b -> b.hostName("12345")),
                bad("HOST_NAME_LENGTH", "host name 1 char", b -> b.hostName("h")),
                bad("HOST_NAME_LENGTH", "Linux host name 65", b -> b.hostName(chars(65))),
                ok("Windows host name 15", WINDOWS, b -> b.hostName(chars(15))),
                bad("HOST_NAME_LENGTH", "Windows host name 16", WINDOWS, b -> b.hostName(chars(16))),
                bad(List.of("HOST_NAME_LENGTH"), "Windows inferred from image", ValidationContext.empty(),
                        b -> b.image(ImageSpec.builder().imageId(WIN_IMAGE).build()).hostName(chars(16))),
                bad("HOST_NAME_LENGTH", "Windows generated name 16", WINDOWS, b -> b.hostName("webserver-(AUTO_INCREMENT)[0,6]")),
                bad("HOST_NAME_FORMAT", "host name starts with -", b -> b.hostName("-web")),
                bad("HOST_NAME_FORMAT", "host name ends with .", b -> b.hostName("web.")),
                bad("HOST_NAME_FORMAT", "host name with ..", b -> b.hostName("a..b")),
                bad("HOST_NAME_FORMAT", "host name with --", b -> b.hostName("a--b")),
                bad("HOST_NAME_FORMAT", "host name with _", b -> b.hostName("web_1")),
                bad("HOST_NAME_FORMAT", "Windows host name with .", WINDOWS, b -> b.hostName("web.x")),
                bad("HOST_NAME_FORMAT", "Windows host name all digits", WINDOWS, b -> b.hostName("12345")),
                ok("Windows host name", WINDOWS, b -> b.hostName("web-01")));
    }

    // ---- credentials and image ----------------------------------------------------------------------

    static CredentialsSpec password(String secret) {
        return CredentialsSpec.builder().password(Password.of(secret)).build();
    }

    static Stream<Arguments> credentialCases() {
        return Stream.of(
                ok("password 8 chars", b -> b.credentials(password("Abcdefg1"))),
                ok("password 30 chars", b -> b.credentials(password("Ab1" + chars(27)))),
                ok("password with all specials", b -> b.credentials(password("Ab1()`~!@#$%^&*-_+=|{}[]:;'<>,.?/"
                        .substring(0, 30)))),
                bad("PASSWORD_LENGTH", "password 7 chars", b -> b.credentials(password("Abcde1!"))),
                bad("PASSWORD_LENGTH", "password 31 chars", b -> b.credentials(password("Ab1" + chars(28)))),
                bad("PASSWORD_COMPLEXITY", "password 2 classes", b -> b.credentials(password("abcdefgh1"))),
                bad("PASSWORD_CHARACTERS", "password with space", b -> b.credentials(password("Abcdefg1 "))),
                ok("Linux password with leading /", b -> b.credentials(password("/Abcdef1"))),
                bad("PASSWORD_WINDOWS_SLASH", "Windows password with leading /", WINDOWS,
                        b -> b.credentials(password("/Abcdef1"))),
                bad("PASSWORD_AND_INHERIT", "password and inherit", b -> b.credentials(CredentialsSpec.builder()
                        .password(Password.of("Abcdef1!")).passwordInherit(true).build())),
                ok("inherit alone", b -> b.credentials(CredentialsSpec.builder().passwordInherit(true).build())),
                ok("key pair on Linux", b -> b.credentials(CredentialsSpec.builder().keyPairName("KeyPairTest").build())),
                bad("KEY_PAIR_ON_WINDOWS", "key pair on Windows", WINDOWS,
                        b -> b.credentials(CredentialsSpec.builder().keyPairName("KeyPairTest").build())),
                bad("KEY_PAIR_AND_PASSWORD", "key pair and password on Linux", b -> b.credentials(CredentialsSpec.builder()
                        .keyPairName("KeyPairTest").password(Password.of("Abcdef1!")).build())),
                ok("key pair and password, OS unknown", b -> b.image(ImageSpec.builder().imageId("m-bp67acfmxazb4p").build())
                        .credentials(CredentialsSpec.builder().keyPairName("KeyPairTest").password(Password.of("Abcdef1!")).build())),
                bad("SCALING_GROUP_ID_MISSING", "no scaling group", b -> b.scalingGroupId(java.util.Optional.empty())),
                ok("scaling group set", b -> b.scalingGroupId("asg-bp14wlu85wrpchm0abcd")),
                bad("IMAGE_MISSING", "no image", b -> b.image(ImageSpec.builder().build())),
                ok("image family alone", b -> b.image(ImageSpec.builder().imageFamily("hangzhou-daily-update").build())),
                ok("image name alone", b -> b.image(ImageSpec.builder().imageName("my-image").build())),
                bad("IMAGE_ID_AND_FAMILY", "image id and family", b -> b.image(ImageSpec.builder().imageId(Fixtures.IMAGE)
                        .imageFamily("hangzhou-daily-update").build())),
                bad("IMAGE_NAME_IGNORED", "image id and name",
                        b -> b.image(ImageSpec.builder().imageId(Fixtures.IMAGE).imageName("my-image").build())),
                bad("IMAGE_NAME_AND_FAMILY", "image name and family",
                        b -> b.image(ImageSpec.builder().imageName("my-image").imageFamily("hangzhou-daily-update").build())),
                ok("security enhancement Active on a public image",
                        b -> b.securityEnhancementStrategy(SecurityEnhancementStrategy.ACTIVE)),
                ok("security enhancement Deactive on a custom image", b -> b.image(ImageSpec.builder().imageId(CUSTOM_IMAGE)
                        .build()).securityEnhancementStrategy(SecurityEnhancementStrategy.DEACTIVE)),
                ok("security enhancement Active on an image family", b -> b.image(ImageSpec.builder()
                        .imageFamily("app-golden").build()).securityEnhancementStrategy(SecurityEnhancementStrategy.ACTIVE)),
                bad("SECURITY_ENHANCEMENT_CUSTOM_IMAGE", "security enhancement Active on a custom image", b -> b
                        .image(ImageSpec.builder().imageId(CUSTOM_IMAGE).build())
                        .securityEnhancementStrategy(SecurityEnhancementStrategy.ACTIVE)),
                ok("key pair, I/O optimized", b -> b.network(net().ioOptimized(IoOptimized.OPTIMIZED).build())
                        .credentials(CredentialsSpec.builder().keyPairName("KeyPairTest").build())),
                bad("KEY_PAIR_NOT_IO_OPTIMIZED", "key pair, IoOptimized none (Cpu and Memory, no type list)", b -> b
                        .instanceTypes(List.of()).cpu(2).memory(4).network(net().ioOptimized(IoOptimized.NONE).build())
                        .credentials(CredentialsSpec.builder().keyPairName("KeyPairTest").build())));
    }

    // ---- instance types, patterns, spot, credit ------------------------------------------------------

    static Stream<Arguments> typeCases() {
        return Stream.of(
                bad("INSTANCE_TYPE_MISSING", "no types", b -> b.instanceTypes(List.of())),
                ok("pattern instead of types", b -> b.instanceTypes(List.of()).addInstancePattern(pattern().build())),
                ok("cpu and memory instead of types", b -> b.instanceTypes(List.of()).cpu(2).memory(4)),
                bad("INSTANCE_TYPE_WEIGHT_MIXED", "weighted and unweighted", b -> b.instanceTypes(List.of(
                        InstanceTypeSpec.builder().instanceType("ecs.g7.large").weightedCapacity(2).build(),
                        InstanceTypeSpec.of("ecs.g6.large")))),
                bad("INSTANCE_TYPE_DUPLICATE", "duplicate type", b -> b.instanceTypes(types("ecs.g7.large", "ecs.g7.large"))),
                bad("INSTANCE_TYPE_RETIRED", "retired family", b -> b.instanceTypes(types("ecs.n1.medium"))),
                ok("IoOptimized optimized with g7", b -> b.network(net().ioOptimized(IoOptimized.OPTIMIZED).build())),
                bad("IO_OPTIMIZED_NONE", "IoOptimized none with g7", b -> b.network(net().ioOptimized(IoOptimized.NONE).build())),
                bad(List.of("INSTANCE_TYPE_RETIRED", "IO_OPTIMIZED_NONE"), "IoOptimized none with a retired and a current type",
                        ValidationContext.empty(), b -> b.instanceTypes(types("ecs.s2.large", "ecs.g7.large"))
                                .network(net().ioOptimized(IoOptimized.NONE).build())),
                bad("CPU_MEMORY_INCOMPLETE", "cpu alone", b -> b.cpu(2)),
                bad("CPU_MEMORY_INCOMPLETE", "memory alone", b -> b.memory(4)),
                bad("CPU_MEMORY_WITH_TYPES", "cpu and memory with types", b -> b.cpu(2).memory(4)),
                bad("VALUE_NOT_POSITIVE", "cpu 0", b -> b.instanceTypes(List.of()).cpu(0).memory(4)),
                bad("INSTANCE_PATTERN_INCOMPLETE", "pattern without memory",
                        b -> b.addInstancePattern(InstancePatternSpec.builder().cores(2).build())),
                bad("INSTANCE_PATTERN_INCOMPLETE", "pattern without cores",
                        b -> b.addInstancePattern(InstancePatternSpec.builder().memory(BigDecimal.ONE).build())),
                ok("pattern in VPC", VPC, b -> b.addInstancePattern(pattern().build())),
                bad("INSTANCE_PATTERN_REQUIRES_VPC", "pattern in classic", CLASSIC, b -> b.addInstancePattern(pattern().build())),
                ok("max cores 4 x min", b -> b.addInstancePattern(pattern().minimumCpuCoreCount(2).maximumCpuCoreCount(8).build())),
                bad("INSTANCE_PATTERN_RANGE", "max cores above 4 x min",
                        b -> b.addInstancePattern(pattern().minimumCpuCoreCount(2).maximumCpuCoreCount(9).build())),
                bad("INSTANCE_PATTERN_RANGE", "min memory above max", b -> b.addInstancePattern(pattern()
                        .minimumMemorySize(new BigDecimal("8")).maximumMemorySize(new BigDecimal("4")).build())),
                bad("INSTANCE_PATTERN_RANGE", "min gpu above max",
                        b -> b.addInstancePattern(pattern().minimumGpuAmount(2).maximumGpuAmount(1).build())),
                ok("pattern with max price", b -> b.spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT)
                        .addInstancePattern(pattern().maxPrice(new BigDecimal("0.5")).build())),
                bad("PATTERN_MAX_PRICE_REQUIRED", "pattern without max price",
                        b -> b.spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT).addInstancePattern(pattern().build())),
                bad("SPOT_PRICE_LIMIT_IGNORED", "price limit without strategy", b -> b.instanceTypes(List.of(InstanceTypeSpec
                        .builder().instanceType("ecs.g7.large").spotPriceLimit(new BigDecimal("0.05")).build()))),
                bad("SPOT_PRICE_LIMIT_IGNORED", "price limit with SpotAsPriceGo", b -> b.spotStrategy(SpotStrategy.SPOT_AS_PRICE_GO)
                        .instanceTypes(List.of(InstanceTypeSpec.builder().instanceType("ecs.g7.large")
                                .spotPriceLimit(new BigDecimal("0.05")).build()))),
                bad("SPOT_ON_DEDICATED_HOST", "spot on dedicated host", b -> b.spotStrategy(SpotStrategy.SPOT_AS_PRICE_GO)
                        .placement(PlacementSpec.builder().dedicatedHostId("dh-bp67acfmxazb4p").build())),
                ok("deletion protection, pay-as-you-go", b -> b.spotStrategy(SpotStrategy.NO_SPOT).deletionProtection(true)),
                ok("deletion protection false with spot (Terraform sends it)",
                        b -> b.spotStrategy(SpotStrategy.SPOT_AS_PRICE_GO).deletionProtection(false)),
                bad("DELETION_PROTECTION_WITH_SPOT", "deletion protection with spot",
                        b -> b.spotStrategy(SpotStrategy.SPOT_AS_PRICE_GO).deletionProtection(true)),
                ok("no spot on dedicated host", b -> b.spotStrategy(SpotStrategy.NO_SPOT)
                        .placement(PlacementSpec.builder().dedicatedHostId("dh-bp67acfmxazb4p").build())),
                ok("credit on t6", b -> b.creditSpecification(CreditSpecification.UNLIMITED)
                        .instanceTypes(types("ecs.t6-c1m1.large"))),
                ok("credit on t5 among others", b -> b.creditSpecification(CreditSpecification.STANDARD)
                        .instanceTypes(types("ecs.g7.large", "ecs.t5-lc1m2.small"))),
                bad("CREDIT_SPECIFICATION_NOT_BURSTABLE", "credit on g7", b -> b.creditSpecification(CreditSpecification.UNLIMITED)),
                bad(List.of("CREDIT_SPECIFICATION_NOT_BURSTABLE", "INSTANCE_TYPE_RETIRED"), "credit on retired t1",
                        ValidationContext.empty(), b -> b.creditSpecification(CreditSpecification.UNLIMITED)
                                .instanceTypes(types("ecs.t1.small"))),
                bad("CUSTOM_PRIORITY_TYPE_NOT_LISTED", "custom priority for another type",
                        b -> b.addCustomPriority(CustomPriority.of("ecs.c7.large", "vsw-bp14zolna43z266bq"))),
                ok("candidate options with CIDR", b -> b.instanceTypeCandidateOptions(InstanceTypeCandidateOptions.builder()
                        .allowCrossAz(true).addAllowCidrBlock("10.0.0.0/16").build())),
                bad("CANDIDATE_CIDR_REQUIRED", "cross AZ without CIDR", b -> b.instanceTypeCandidateOptions(
                        InstanceTypeCandidateOptions.builder().allowCrossAz(true).build())));
    }

    // ---- disks ------------------------------------------------------------------------------------------

    static Stream<Arguments> diskCases() {
        return Stream.of(
                ok("system default 20", b -> b.systemDisk(SystemDiskSpec.builder().size(20).build())),
                ok("system default 2048", b -> b.systemDisk(SystemDiskSpec.builder().size(2048).build())),
                bad("DISK_SIZE_OUT_OF_RANGE", "system default 19", b -> b.systemDisk(SystemDiskSpec.builder().size(19).build())),
                bad("DISK_SIZE_OUT_OF_RANGE", "system default 2049", b -> b.systemDisk(SystemDiskSpec.builder().size(2049).build())),
                ok("system cloud 500", b -> b.systemDisk(sys(DiskCategory.CLOUD, 500))),
                bad("DISK_SIZE_OUT_OF_RANGE", "system cloud 501", b -> b.systemDisk(sys(DiskCategory.CLOUD, 501))),
                bad(List.of("INSTANCE_TYPE_RETIRED"), "system non-I/O-optimized (retired n1) default cloud 500",
                        ValidationContext.empty(), b -> b.instanceTypes(types("ecs.n1.medium"))
                                .network(net().ioOptimized(IoOptimized.NONE).build())
                                .systemDisk(SystemDiskSpec.builder().size(500).build())),
                bad(List.of("INSTANCE_TYPE_RETIRED", "DISK_SIZE_OUT_OF_RANGE"),
                        "system non-I/O-optimized (retired n1) default cloud 501", ValidationContext.empty(),
                        b -> b.instanceTypes(types("ecs.n1.medium")).network(net().ioOptimized(IoOptimized.NONE).build())
                                .systemDisk(SystemDiskSpec.builder().size(501).build())),
                ok("system essd PL0 1 on a custom image", b -> b.image(ImageSpec.builder().imageId(CUSTOM_IMAGE).build())
                        .systemDisk(sysEssd(PerformanceLevel.PL0, 1))),
                ok("system essd PL0 20 on a 20 GiB image", b -> b.systemDisk(sysEssd(PerformanceLevel.PL0, 20))),
                bad("SYSTEM_DISK_SMALLER_THAN_IMAGE", "system essd PL0 19 on a 20 GiB image",
                        b -> b.systemDisk(sysEssd(PerformanceLevel.PL0, 19))),
                ok("system 40 on a 40 GiB Windows image", b -> b.image(ImageSpec.builder().imageId(WIN_IMAGE).build())
                        .systemDisk(SystemDiskSpec.builder().size(40).build())),
                bad("SYSTEM_DISK_SMALLER_THAN_IMAGE", "system 39 on a 40 GiB Windows image", b -> b
                        .image(ImageSpec.builder().imageId(WIN_IMAGE).build()).systemDisk(SystemDiskSpec.builder().size(39).build())),
                bad("DISK_SIZE_OUT_OF_RANGE", "system 19 on a 40 GiB image: the range, reported once", b -> b
                        .image(ImageSpec.builder().imageId(WIN_IMAGE).build()).systemDisk(SystemDiskSpec.builder().size(19).build())),
                ok("system cloud_auto 1 on an image family", b -> b.image(ImageSpec.builder().imageFamily("app-golden").build())
                        .systemDisk(sys(DiskCategory.CLOUD_AUTO, 1))),
                bad("DISK_SIZE_OUT_OF_RANGE", "system essd PL0 0", b -> b.systemDisk(sysEssd(PerformanceLevel.PL0, 0))),
                ok("system essd default PL1 20", b -> b.systemDisk(sys(DiskCategory.CLOUD_ESSD, 20))),
                bad("DISK_SIZE_OUT_OF_RANGE", "system essd default PL1 19", b -> b.systemDisk(sys(DiskCategory.CLOUD_ESSD, 19))),
                ok("system essd PL2 461", b -> b.systemDisk(sysEssd(PerformanceLevel.PL2, 461))),
                bad("DISK_SIZE_OUT_OF_RANGE", "system essd PL2 460", b -> b.systemDisk(sysEssd(PerformanceLevel.PL2, 460))),
                ok("system essd PL3 1261", b -> b.systemDisk(sysEssd(PerformanceLevel.PL3, 1261))),
                bad("DISK_SIZE_OUT_OF_RANGE", "system essd PL3 1260", b -> b.systemDisk(sysEssd(PerformanceLevel.PL3, 1260))),
                bad("DISK_SIZE_OUT_OF_RANGE", "system essd PL3 2049", b -> b.systemDisk(sysEssd(PerformanceLevel.PL3, 2049))),
                ok("system cloud_auto 20 on a 20 GiB image", b -> b.systemDisk(sys(DiskCategory.CLOUD_AUTO, 20))),
                bad("SYSTEM_DISK_SMALLER_THAN_IMAGE", "system cloud_auto 1 on a 20 GiB image",
                        b -> b.systemDisk(sys(DiskCategory.CLOUD_AUTO, 1))),
                bad("DISK_SIZE_OUT_OF_RANGE", "system fallback list, cloud 501", b -> b.systemDisk(SystemDiskSpec.builder()
                        .categories(List.of(DiskCategory.CLOUD_ESSD, DiskCategory.CLOUD)).size(501).build())),
                ok("data cloud 5 and 2000", b -> b.addDataDisk(disk(DiskCategory.CLOUD, 5)).addDataDisk(disk(DiskCategory.CLOUD, 2000))),
                bad("DISK_SIZE_OUT_OF_RANGE", "data cloud 4", b -> b.addDataDisk(disk(DiskCategory.CLOUD, 4))),
                bad("DISK_SIZE_OUT_OF_RANGE", "data cloud 2001", b -> b.addDataDisk(disk(DiskCategory.CLOUD, 2001))),
                ok("data efficiency 20 and 32768", b -> b.addDataDisk(disk(DiskCategory.CLOUD_EFFICIENCY, 20))
                        .addDataDisk(disk(DiskCategory.CLOUD_SSD, 32768))),
                bad("DISK_SIZE_OUT_OF_RANGE", "data efficiency 19", b -> b.addDataDisk(disk(DiskCategory.CLOUD_EFFICIENCY, 19))),
                bad("DISK_SIZE_OUT_OF_RANGE", "data ssd 32769", b -> b.addDataDisk(disk(DiskCategory.CLOUD_SSD, 32769))),
                ok("data essd PL1 20", b -> b.addDataDisk(essd(PerformanceLevel.PL1, 20))),
                bad("DISK_SIZE_OUT_OF_RANGE", "data essd PL1 19", b -> b.addDataDisk(essd(PerformanceLevel.PL1, 19))),
                ok("data essd PL0 20", b -> b.addDataDisk(essd(PerformanceLevel.PL0, 20))),
                ok("data essd PL2 461", b -> b.addDataDisk(essd(PerformanceLevel.PL2, 461))),
                bad("DISK_SIZE_OUT_OF_RANGE", "data essd PL2 460", b -> b.addDataDisk(essd(PerformanceLevel.PL2, 460))),
                ok("data essd PL3 1261", b -> b.addDataDisk(essd(PerformanceLevel.PL3, 1261))),
                bad("DISK_SIZE_OUT_OF_RANGE", "data essd PL3 1260", b -> b.addDataDisk(essd(PerformanceLevel.PL3, 1260))),
                ok("data ephemeral 800", b -> b.addDataDisk(disk(DiskCategory.EPHEMERAL_SSD, 800))),
                bad("DISK_SIZE_OUT_OF_RANGE", "data ephemeral 801", b -> b.addDataDisk(disk(DiskCategory.EPHEMERAL_SSD, 801))),
                ok("data cloud_auto 1", b -> b.addDataDisk(disk(DiskCategory.CLOUD_AUTO, 1))),
                ok("data essd from snapshot, Size 0 (ignored; Terraform sends 0)", b -> b.addDataDisk(
                        essd(PerformanceLevel.PL1, 0).toBuilder().snapshotId("s-bp1c0doj0taqyzzlxxxx").build())),
                bad("DISK_SIZE_OUT_OF_RANGE", "data essd without snapshot, Size 0",
                        b -> b.addDataDisk(essd(PerformanceLevel.PL1, 0))),
                ok("ephemeral total 2048", b -> b.addDataDisk(disk(DiskCategory.EPHEMERAL_SSD, 800))
                        .addDataDisk(disk(DiskCategory.EPHEMERAL_SSD, 800)).addDataDisk(disk(DiskCategory.EPHEMERAL_SSD, 448))),
                bad("EPHEMERAL_DISK_TOTAL", "ephemeral total 2049", b -> b.addDataDisk(disk(DiskCategory.EPHEMERAL_SSD, 800))
                        .addDataDisk(disk(DiskCategory.EPHEMERAL_SSD, 800)).addDataDisk(disk(DiskCategory.EPHEMERAL_SSD, 449))),
                bad("DISK_CATEGORY_UNKNOWN", "unknown system category",
                        b -> b.systemDisk(SystemDiskSpec.builder().category(DiskCategory.of("cloud_essd_entry")).size(9999).build())),
                bad("DISK_CATEGORY_UNKNOWN", "unknown data category",
                        b -> b.addDataDisk(DiskSpec.builder().category(DiskCategory.of("cloud_regional")).build())),
                bad("DISK_CATEGORY_CONFLICT", "category and categories", b -> b.systemDisk(SystemDiskSpec.builder()
                        .category(DiskCategory.CLOUD_ESSD).addCategory(DiskCategory.CLOUD_ESSD).build())),
                bad("DISK_CATEGORY_CONFLICT", "data category and categories", b -> b.addDataDisk(DiskSpec.builder()
                        .category(DiskCategory.CLOUD_ESSD).addCategory(DiskCategory.CLOUD_SSD).size(40).build())),
                bad("DISK_CATEGORIES_NOT_ALLOWED", "cloud_auto in fallback list",
                        b -> b.systemDisk(SystemDiskSpec.builder().addCategory(DiskCategory.CLOUD_AUTO).build())),
                bad("DISK_CATEGORIES_NOT_ALLOWED", "ephemeral in data fallback list",
                        b -> b.addDataDisk(DiskSpec.builder().addCategory(DiskCategory.EPHEMERAL_SSD).build())),
                ok("PL on essd", b -> b.systemDisk(sysEssd(PerformanceLevel.PL2, 500))),
                ok("PL with essd in fallback list", b -> b.addDataDisk(DiskSpec.builder().categories(List.of(
                        DiskCategory.CLOUD_SSD, DiskCategory.CLOUD_ESSD)).performanceLevel(PerformanceLevel.PL1).build())),
                bad("PERFORMANCE_LEVEL_NOT_ESSD", "PL on default category",
                        b -> b.systemDisk(SystemDiskSpec.builder().performanceLevel(PerformanceLevel.PL2).build())),
                ok("delete with instance on essd", b -> b.addDataDisk(DiskSpec.builder().category(DiskCategory.CLOUD_ESSD)
                        .size(40).deleteWithInstance(true).build())),
                bad("DELETE_WITH_INSTANCE_CATEGORY", "delete with instance on ephemeral", b -> b.addDataDisk(DiskSpec.builder()
                        .category(DiskCategory.EPHEMERAL_SSD).size(100).deleteWithInstance(true).build())),
                ok("bursting on cloud_auto", b -> b.systemDisk(SystemDiskSpec.builder().category(DiskCategory.CLOUD_AUTO)
                        .burstingEnabled(true).build())),
                bad("BURSTING_REQUIRES_CLOUD_AUTO", "bursting on default category",
                        b -> b.systemDisk(SystemDiskSpec.builder().burstingEnabled(true).build())),
                bad("BURSTING_REQUIRES_CLOUD_AUTO", "bursting on data essd", b -> b.addDataDisk(DiskSpec.builder()
                        .category(DiskCategory.CLOUD_ESSD).size(40).burstingEnabled(true).build())),
                ok("KMS key with encryption", b -> b.systemDisk(SystemDiskSpec.builder().encrypted(true)
                        .kmsKeyId("0e478b7a-4262-4802-b8cb-00d3fb40xxxx").encryptAlgorithm(EncryptAlgorithm.values()[0]).build())),
                bad("ENCRYPTION_SETTINGS_IGNORED", "KMS key without encryption",
                        b -> b.systemDisk(SystemDiskSpec.builder().kmsKeyId("0e478b7a-4262-4802-b8cb-00d3fb40xxxx").build())),
                bad("ENCRYPTION_SETTINGS_IGNORED", "algorithm without encryption",
                        b -> b.systemDisk(SystemDiskSpec.builder().encryptAlgorithm(EncryptAlgorithm.values()[0]).build())),
                bad("ENCRYPTION_SETTINGS_IGNORED", "data KMS key without encryption", b -> b.addDataDisk(DiskSpec.builder()
                        .size(40).kmsKeyId("0e478b7a-4262-4802-b8cb-00d3fb40xxxx").build())));
    }

    // ---- network -------------------------------------------------------------------------------------------

    static Stream<Arguments> networkCases() {
        ValidationContext vpcA = ValidationContext.builder().vpcId("vpc-a").putSecurityGroupVpc(Fixtures.SG, "vpc-a").build();
        ValidationContext vpcB = ValidationContext.builder().vpcId("vpc-a").putSecurityGroupVpc(Fixtures.SG, "vpc-b").build();
        ValidationContext classicWithVpcSg = ValidationContext.builder().networkType(NetworkType.CLASSIC)
                .putSecurityGroupVpc(Fixtures.SG, "vpc-b").build();
        return Stream.of(
                ok("in 10 with out 0", b -> b.network(net().internetMaxBandwidthIn(10).build())),
                ok("in 1", b -> b.network(net().internetMaxBandwidthIn(1).build())),
                bad("BANDWIDTH_IN_OUT_OF_RANGE", "in 11 with out 0", b -> b.network(net().internetMaxBandwidthIn(11).build())),
                bad("BANDWIDTH_IN_OUT_OF_RANGE", "in 0", b -> b.network(net().internetMaxBandwidthIn(0).build())),
                ok("in 50 with out 50", b -> b.network(net().internetMaxBandwidthOut(50).internetMaxBandwidthIn(50).build())),
                bad("BANDWIDTH_IN_OUT_OF_RANGE", "in 51 with out 50",
                        b -> b.network(net().internetMaxBandwidthOut(50).internetMaxBandwidthIn(51).build())),
                bad("SECURITY_GROUP_MISSING", "no security group", b -> b.network(NetworkSpec.builder().build())),
                bad("SECURITY_GROUP_CONFLICT", "id and ids", b -> b.network(net().addSecurityGroupId("sg-a1").build())),
                ok("5 security groups", b -> b.network(NetworkSpec.builder().securityGroupIds(sgs(5)).build())),
                bad("SECURITY_GROUP_QUOTA", "6 security groups", b -> b.network(NetworkSpec.builder().securityGroupIds(sgs(6)).build())),
                bad("SECURITY_GROUP_QUOTA", "16 security groups", b -> b.network(NetworkSpec.builder().securityGroupIds(sgs(16)).build())),
                ok("security group in the group's VPC", vpcA, b -> b),
                bad("SECURITY_GROUP_VPC_MISMATCH", "security group in another VPC", vpcB, b -> b),
                bad("SECURITY_GROUP_VPC_MISMATCH", "VPC security group in classic group", classicWithVpcSg, b -> b),
                ok("one primary interface", b -> b.network(NetworkSpec.builder().addNetworkInterface(NetworkInterfaceSpec.builder()
                        .interfaceType(NetworkInterfaceType.PRIMARY).addSecurityGroupId("sg-a1").ipv6AddressCount(1).build())
                        .addNetworkInterface(nic(NetworkInterfaceType.SECONDARY)).build())),
                bad("NETWORK_INTERFACE_CONFLICT", "interfaces with security group id",
                        b -> b.network(net().addNetworkInterface(nic(NetworkInterfaceType.PRIMARY)).build())),
                bad("NETWORK_INTERFACE_CONFLICT", "interfaces with top-level IPv6", b -> b.network(NetworkSpec.builder()
                        .ipv6AddressCount(1).addNetworkInterface(nic(NetworkInterfaceType.PRIMARY)).build())),
                bad("NETWORK_INTERFACE_PRIMARY", "no primary interface",
                        b -> b.network(NetworkSpec.builder().addNetworkInterface(nic(NetworkInterfaceType.SECONDARY)).build())),
                bad("NETWORK_INTERFACE_PRIMARY", "two primary interfaces", b -> b.network(NetworkSpec.builder()
                        .addNetworkInterface(nic(NetworkInterfaceType.PRIMARY)).addNetworkInterface(nic(NetworkInterfaceType.PRIMARY))
                        .build())),
                ok("IPv6 count 0 on secondary (Terraform sends it for every interface)", b -> b.network(NetworkSpec
                        .builder().addNetworkInterface(nic(NetworkInterfaceType.PRIMARY)).addNetworkInterface(
                                NetworkInterfaceSpec.builder().interfaceType(NetworkInterfaceType.SECONDARY)
                                        .addSecurityGroupId("sg-a1").ipv6AddressCount(0).build()).build())),
                bad("NETWORK_INTERFACE_IPV6_NOT_PRIMARY", "IPv6 on secondary", b -> b.network(NetworkSpec.builder()
                        .addNetworkInterface(nic(NetworkInterfaceType.PRIMARY)).addNetworkInterface(NetworkInterfaceSpec.builder()
                                .interfaceType(NetworkInterfaceType.SECONDARY).addSecurityGroupId("sg-a1").ipv6AddressCount(1)
                                .build()).build())),
                ok("RAM role and user data in VPC", VPC, b -> b.ramRoleName("EcsRole").userData(UserData.ofPlainText("echo hi"))),
                ok("RAM role, network unknown", b -> b.ramRoleName("EcsRole")),
                bad("RAM_ROLE_REQUIRES_VPC", "RAM role in classic", CLASSIC, b -> b.ramRoleName("EcsRole")),
                bad("USER_DATA_REQUIRES_VPC", "user data in classic", CLASSIC, b -> b.userData(UserData.ofPlainText("echo hi"))),
                bad("USER_DATA_NOT_BASE64", "user data not Base64", b -> b.userData(UserData.ofBase64("not base64!"))),
                ok("user data 32768 bytes", b -> b.userData(UserData.ofPlainText(chars(32768)))),
                bad("USER_DATA_TOO_LARGE", "user data 32769 bytes", b -> b.userData(UserData.ofPlainText(chars(32769)))));
    }

    // ---- placement and pools ---------------------------------------------------------------------------

    static Stream<Arguments> otherCases() {
        return Stream.of(
                ok("host tenancy with affinity", b -> b.placement(PlacementSpec.builder().tenancy(Tenancy.HOST)
                        .affinity(Affinity.HOST).build())),
                bad("DEDICATED_HOST_SETTINGS", "affinity without host",
                        b -> b.placement(PlacementSpec.builder().affinity(Affinity.HOST).build())),
                bad("DEDICATED_HOST_SETTINGS", "dedicated host with default tenancy", b -> b.placement(PlacementSpec.builder()
                        .dedicatedHostId("dh-bp67acfmxazb4p").tenancy(Tenancy.DEFAULT).build())),
                ok("deployment set alone", b -> b.placement(PlacementSpec.builder().deploymentSetId("ds-bp1frxuzdg87zh4pz").build())),
                bad("DEPLOYMENT_SET_ON_DEDICATED_HOST", "deployment set on host", b -> b.placement(PlacementSpec.builder()
                        .deploymentSetId("ds-bp1frxuzdg87zh4pz").tenancy(Tenancy.HOST).build())),
                ok("private pool alone", b -> b.privatePool(PrivatePoolSpec.builder().matchCriteria(PrivatePoolMatchCriteria.TARGET)
                        .id("eap-bp67acfmxazb4").build())),
                ok("resource pool alone", b -> b.resourcePool(ResourcePoolSpec.builder()
                        .strategy(ResourcePoolStrategy.PRIVATE_POOL_ONLY).addPrivatePoolId("eap-bp67acfmxazb4").build())),
                bad("PRIVATE_POOL_CONFLICT", "private and resource pool", b -> b
                        .privatePool(PrivatePoolSpec.builder().matchCriteria(PrivatePoolMatchCriteria.OPEN).build())
                        .resourcePool(ResourcePoolSpec.builder().strategy(ResourcePoolStrategy.PRIVATE_POOL_FIRST).build())),
                bad("PRIVATE_POOL_ID_REQUIRED", "target without id",
                        b -> b.privatePool(PrivatePoolSpec.builder().matchCriteria(PrivatePoolMatchCriteria.TARGET).build())),
                bad("RESOURCE_POOL_IDS_REQUIRED", "private pool only without ids",
                        b -> b.resourcePool(ResourcePoolSpec.builder().strategy(ResourcePoolStrategy.PRIVATE_POOL_ONLY).build())),
                bad("RESOURCE_POOL_IDS_AND_TAGS", "ids and tags", b -> b.resourcePool(ResourcePoolSpec.builder()
                        .addPrivatePoolId("eap-bp67acfmxazb4").addPrivatePoolTag(Tag.of("k", "v")).build())),
                ok("resource pool, pay-as-you-go", b -> b.spotStrategy(SpotStrategy.NO_SPOT).resourcePool(ResourcePoolSpec
                        .builder().strategy(ResourcePoolStrategy.PRIVATE_POOL_FIRST).build())),
                ok("private pool None with spot", b -> b.spotStrategy(SpotStrategy.SPOT_AS_PRICE_GO)
                        .privatePool(PrivatePoolSpec.builder().matchCriteria(PrivatePoolMatchCriteria.NONE).build())),
                bad("POOL_OPTIONS_WITH_SPOT", "resource pool with spot", b -> b.spotStrategy(SpotStrategy.SPOT_AS_PRICE_GO)
                        .resourcePool(ResourcePoolSpec.builder().strategy(ResourcePoolStrategy.PRIVATE_POOL_FIRST).build())),
                bad("POOL_OPTIONS_WITH_SPOT", "private pool Open with spot", b -> b.spotStrategy(SpotStrategy.SPOT_WITH_PRICE_LIMIT)
                        .privatePool(PrivatePoolSpec.builder().matchCriteria(PrivatePoolMatchCriteria.OPEN).build())),
                ok("tokens required, endpoint enabled", b -> b.httpEndpoint(HttpEndpoint.ENABLED).httpTokens(HttpTokens.REQUIRED)),
                ok("tokens optional, endpoint disabled", b -> b.httpEndpoint(HttpEndpoint.DISABLED).httpTokens(HttpTokens.OPTIONAL)),
                ok("tokens required, endpoint default", b -> b.httpTokens(HttpTokens.REQUIRED)),
                bad("HTTP_TOKENS_ENDPOINT_DISABLED", "tokens required, endpoint disabled",
                        b -> b.httpEndpoint(HttpEndpoint.DISABLED).httpTokens(HttpTokens.REQUIRED)));
    }
}
