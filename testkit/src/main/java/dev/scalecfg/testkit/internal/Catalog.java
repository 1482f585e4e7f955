package dev.scalecfg.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Realistic values (ECS instance types, public images, regions and zones, name words), each list
 * ordered simplest first so that shrinking ends on the most ordinary choice.
 */
public final class Catalog {

    private Catalog() {}

    /** An x86 instance type with its vCPU count, memory in GiB and on-demand price per hour. */
    public record Type(String name, int vcpus, double memoryGib, boolean burstable, double pricePerHour) {
        /** The family, such as {@code g6} or {@code t5-lc1m2}. */
        public String family() {
            return name.substring(4, name.lastIndexOf('.'));
        }
    }

    /** x86 types: general purpose first, burstable last. */
    public static final List<Type> TYPES = List.of(
            new Type("ecs.g6.large", 2, 8, false, 0.39),
            new Type("ecs.c6.large", 2, 4, false, 0.32),
            new Type("ecs.r6.large", 2, 16, false, 0.50),
            new Type("ecs.g7.large", 2, 8, false, 0.41),
            new Type("ecs.c7.large", 2, 4, false, 0.34),
            new Type("ecs.g6.xlarge", 4, 16, false, 0.78),
            new Type("ecs.g7.xlarge", 4, 16, false, 0.82),
            new Type("ecs.c6.xlarge", 4, 8, false, 0.64),
            new Type("ecs.c7.xlarge", 4, 8, false, 0.68),
            new Type("ecs.r6.xlarge", 4, 32, false, 1.00),
            new Type("ecs.r7.large", 2, 16, false, 0.53),
            new Type("ecs.g7a.large", 2, 8, false, 0.36),
            new Type("ecs.c7a.large", 2, 4, false, 0.30),
            new Type("ecs.g8i.large", 2, 8, false, 0.44),
            new Type("ecs.c5.xlarge", 4, 8, false, 0.62),
            new Type("ecs.hfc7.large", 2, 4, false, 0.40),
            new Type("ecs.hfg7.large", 2, 8, false, 0.47),
            new Type("ecs.g6.2xlarge", 8, 32, false, 1.56),
            new Type("ecs.g7.2xlarge", 8, 32, false, 1.64),
            new Type("ecs.c6.2xlarge", 8, 16, false, 1.28),
            new Type("ecs.r6.2xlarge", 8, 64, false, 2.00),
            new Type("ecs.i3.xlarge", 4, 32, false, 1.35),
            new Type("ecs.i3.2xlarge", 8, 64, false, 2.70),
            new Type("ecs.gn6i-c4g1.xlarge", 4, 15, false, 8.60),
            new Type("ecs.gn7i-c8g1.2xlarge", 8, 30, false, 11.20),
            new Type("ecs.t5-lc2m1.nano", 1, 0.5, true, 0.02),
            new Type("ecs.t5-lc1m1.small", 1, 1, true, 0.04),
            new Type("ecs.t5-lc1m2.small", 1, 2, true, 0.06),
            new Type("ecs.t5-lc1m2.large", 2, 4, true, 0.12),
            new Type("ecs.t5-c1m1.large", 2, 2, true, 0.15),
            new Type("ecs.t5-c1m2.xlarge", 4, 8, true, 0.40),
            new Type("ecs.t5-c1m4.2xlarge", 8, 32, true, 1.10),
            new Type("ecs.t6-c1m1.large", 2, 2, true, 0.10),
            new Type("ecs.t6-c1m2.large", 2, 4, true, 0.13),
            new Type("ecs.t6-c1m4.xlarge", 4, 16, true, 0.42),
            new Type("ecs.t6-c2m1.large", 2, 1, true, 0.07),
            new Type("ecs.t6-c4m1.large", 2, 0.5, true, 0.05));

    /** Types that are not burstable. */
    public static final List<Type> REGULAR = TYPES.stream().filter(t -> !t.burstable()).collect(Collectors.toList());

    /** Burstable (t5, t6) types. */
    public static final List<Type> BURSTABLE = TYPES.stream().filter(Type::burstable).collect(Collectors.toList());

    /** Names of every type. */
    public static final List<String> TYPE_NAMES = TYPES.stream().map(Type::name).collect(Collectors.toList());

    private static final Map<String, Type> BY_NAME = TYPES.stream().collect(Collectors.toMap(Type::name, t -> t));

    /** Looks a type up by name. */
    public static Type type(String name) {
        return BY_NAME.get(name);
    }

    /** Public Linux images (20 GiB). */
    public static final List<String> LINUX_IMAGES = List.of(
            "aliyun_3_x64_20G_alibase_20240819.vhd",
            "ubuntu_22_04_x64_20G_alibase_20240130.vhd",
            "aliyun_2_1903_x64_20G_alibase_20200324.vhd",
            "centos_7_9_x64_20G_alibase_20240628.vhd",
            "debian_12_6_x64_20G_alibase_20240823.vhd",
            "ubuntu_20_04_x64_20G_alibase_20240508.vhd",
            "rockylinux_9_4_x64_20G_alibase_20240709.vhd");

    /** Public Windows images (40 GiB). */
    public static final List<String> WINDOWS_IMAGES = List.of(
            "win2019_1809_x64_dtc_en-us_40G_alibase_20240110.vhd",
            "win2022_21H2_x64_dtc_en-us_40G_alibase_20240110.vhd",
            "win2016_1607_x64_dtc_en-us_40G_alibase_20231220.vhd",
            "win2019_1809_x64_dtc_zh-cn_40G_alibase_20240110.vhd");

    /** Custom image families. */
    public static final List<String> IMAGE_FAMILIES = List.of(
            "web-base", "hangzhou-daily-update", "app-golden", "k8s-node-base");

    /** A region with its zone letters and the infix its resource IDs carry. */
    public record Region(String id, String infix, List<String> zoneLetters) {
        /** The zone IDs of the region. */
        public List<String> zones() {
            return zoneLetters.stream().map(letter -> id + "-" + letter).collect(Collectors.toList());
        }
    }

    /** Regions, Hangzhou first. */
    public static final List<Region> REGIONS = List.of(
            new Region("cn-hangzhou", "bp", List.of("h", "i", "j", "k", "g")),
            new Region("cn-shanghai", "uf", List.of("l", "m", "n", "e")),
            new Region("cn-beijing", "2z", List.of("h", "i", "j", "k", "l")),
            new Region("cn-shenzhen", "wz", List.of("c", "d", "e", "f")),
            new Region("cn-qingdao", "m5", List.of("b", "c")),
            new Region("cn-zhangjiakou", "8v", List.of("a", "b", "c")),
            new Region("cn-hongkong", "j6", List.of("b", "c", "d")),
            new Region("ap-southeast-1", "t4", List.of("a", "b", "c")),
            new Region("ap-northeast-1", "6w", List.of("a", "b", "c")),
            new Region("us-west-1", "rj", List.of("a", "b")),
            new Region("us-east-1", "0x", List.of("a", "b")),
            new Region("eu-central-1", "gw", List.of("a", "b", "c")),
            new Region("eu-west-1", "d7", List.of("a", "b")),
            new Region("me-east-1", "eb", List.of("a")));

    /** Words for configuration, instance, host and disk names; shortest first. */
    public static final List<String> WORDS = List.of(
            "web", "api", "app", "db", "ml", "job", "etl", "gpu", "node", "edge", "cache",
            "batch", "queue", "search", "worker", "ingest", "render", "backend", "frontend", "gateway");

    /** Tag keys (distinct, none starting with {@code aliyun} or {@code acs:}). */
    public static final List<String> TAG_KEYS = List.of(
            "env", "team", "app", "owner", "tier", "project", "service", "cost-center", "component",
            "version", "department", "stage", "release", "managed-by", "region-role", "backup",
            "compliance", "oncall", "product", "customer", "workload", "cluster", "k8s.io/role", "data-class");

    /** Tag values; the empty value is allowed. */
    public static final List<String> TAG_VALUES = List.of(
            "prod", "dev", "staging", "web", "", "platform", "data", "payments", "terraform", "true",
            "blue", "green", "v1.2.3", "cc-1024", "ops@example.com", "internal", "batch", "gold");

    /** Shell scripts for Linux user data. */
    public static final List<String> LINUX_SCRIPTS = List.of(
            "#!/bin/bash\necho hello ecs!",
            "#!/bin/bash\nyum install -y nginx && systemctl enable --now nginx",
            "#cloud-config\npackages:\n  - htop\nruncmd:\n  - [ sh, -c, 'echo ready > /tmp/ready' ]",
            "#!/bin/sh\nset -eu\ncurl -fsSL https://example.com/bootstrap.sh | sh -s -- --role worker");

    /** PowerShell scripts for Windows user data. */
    public static final List<String> WINDOWS_SCRIPTS = List.of(
            "[powershell]\nWrite-Output hello",
            "[powershell]\nInstall-WindowsFeature -Name Web-Server -IncludeManagementTools",
            "[bat]\necho ready > C:\\ready.txt");
}
