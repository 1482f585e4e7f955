package dev.scalecfg.testkit;

import dev.scalecfg.core.ApiLimits;
import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.InternetChargeType;
import dev.scalecfg.core.NetworkInterfaceSpec;
import dev.scalecfg.core.NetworkInterfaceType;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.PerformanceLevel;
import dev.scalecfg.core.ResourcePoolStrategy;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.Tenancy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spot checks of the generators' own invariants and of the API limits (spec §1, §2, §3): written apart
 * from the validator's rules, so that it also states what the generators promise beyond validity (one
 * credential mode, one security-group mode, no warnings' causes), with the numbers read from the one
 * table, {@link ApiLimits}. Returns the broken rules; an empty list means "looks valid".
 */
final class SpecChecks {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{1,63}");
    private static final Pattern TYPE = Pattern.compile("ecs\\.[a-z0-9\\-]+\\.[a-z0-9]+");
    private static final Pattern SEQUENCE = Pattern.compile("^(.*?)(\\(AUTO_INCREMENT\\))?\\[(\\d{1,6}),([1-6])\\](.*)$");
    private static final Pattern DEVICE = Pattern.compile("/dev/xvd[b-z]");
    private static final String SPECIALS = ApiLimits.PASSWORD_SPECIALS;
    private static final List<DiskCategory> LISTABLE = List.of(
            DiskCategory.CLOUD, DiskCategory.CLOUD_EFFICIENCY, DiskCategory.CLOUD_SSD, DiskCategory.CLOUD_ESSD);

    private final List<String> problems = new ArrayList<>();

    private SpecChecks() {}

    static List<String> problems(ScalingConfiguration config) {
        SpecChecks checks = new SpecChecks();
        checks.check(config);
        return checks.problems;
    }

    static boolean windows(ScalingConfiguration config) {
        return config.getImage().getImageId().map(id -> id.startsWith("win")).orElse(false);
    }

    static boolean burstable(String type) {
        return type.startsWith("ecs.t5-") || type.startsWith("ecs.t6-");
    }

    /** Expands a sequential pattern to its first name; returns plain names unchanged. */
    static String expand(String name) {
        Matcher m = SEQUENCE.matcher(name);
        if (!m.matches()) {
            return name;
        }
        int bits = Integer.parseInt(m.group(4));
        String number = String.format("%0" + bits + "d", Integer.parseInt(m.group(3)));
        return m.group(1) + number + m.group(5);
    }

    private void fail(boolean broken, String rule) {
        if (broken) {
            problems.add(rule);
        }
    }

    private void check(ScalingConfiguration c) {
        boolean windows = windows(c);
        boolean preemptible = c.preemptible();
        boolean priceLimit = c.getSpotStrategy().filter(SpotStrategy.SPOT_WITH_PRICE_LIMIT::equals).isPresent();

        fail(!c.getScalingGroupId().map(id -> id.startsWith("asg-")).orElse(false), "scalingGroupId asg-");
        c.getName().ifPresent(n -> fail(!NAME.matcher(n).matches(), "name format/length: " + n));
        description(c.getInstanceDescription());
        c.getClientToken().ifPresent(t -> fail(t.length() > 64 || !t.chars().allMatch(ch -> ch < 128), "clientToken"));
        c.getResourceGroupId().ifPresent(id -> fail(!id.startsWith("rg-"), "resourceGroupId rg-"));
        fail(c.getLifecycleState().isPresent() || c.getCpu().isPresent() || c.getMemory().isPresent(), "no cpu/memory/lifecycle");

        // image
        int sources = (c.getImage().getImageId().isPresent() ? 1 : 0) + (c.getImage().getImageFamily().isPresent() ? 1 : 0)
                + (c.getImage().getImageName().isPresent() ? 1 : 0);
        fail(sources != 1, "exactly one image source");
        c.getImage().getImageId().ifPresent(id -> fail(!(id.startsWith("m-") || id.endsWith(".vhd")), "image id shape " + id));
        fail(windows && c.getImage().getLoginAsNonRoot().isPresent(), "loginAsNonRoot only on Linux");

        // instance types
        List<InstanceTypeSpec> types = c.getInstanceTypes();
        fail(types.isEmpty() || types.size() > ApiLimits.INSTANCE_TYPES_MAX, "1-10 instance types");
        fail(new HashSet<>(types.stream().map(InstanceTypeSpec::getInstanceType).toList()).size() != types.size(), "distinct types");
        long weighted = types.stream().filter(t -> t.getWeightedCapacity().isPresent()).count();
        fail(weighted != 0 && weighted != types.size(), "all or no weights");
        for (InstanceTypeSpec t : types) {
            fail(!TYPE.matcher(t.getInstanceType()).matches(), "type format " + t.getInstanceType());
            t.getWeightedCapacity().ifPresent(w -> fail(w < ApiLimits.WEIGHTED_CAPACITY_MIN || w > ApiLimits.WEIGHTED_CAPACITY_MAX, "weight"));
            fail(priceLimit != t.getSpotPriceLimit().isPresent(), "spot price limit iff SpotWithPriceLimit");
            t.getSpotPriceLimit().ifPresent(p -> fail(p.signum() <= 0 || p.scale() > 3, "price > 0, <= 3 decimals"));
        }
        c.getCreditSpecification().ifPresent(x ->
                fail(!types.stream().allMatch(t -> burstable(t.getInstanceType())), "credit spec only for burstable"));
        c.getInstancePatterns().forEach(p -> {
            fail(p.getCores().isEmpty() || p.getMemory().isEmpty(), "pattern cores+memory");
            fail(priceLimit && p.getMaxPrice().isEmpty(), "pattern maxPrice with SpotWithPriceLimit");
        });
        c.getCustomPriorities().forEach(p -> {
            fail(types.stream().noneMatch(t -> t.getInstanceType().equals(p.getInstanceType())), "custom priority type listed");
            fail(!p.getVswitchId().startsWith("vsw-"), "vsw- prefix");
        });
        c.getInstanceTypeCandidateOptions().ifPresent(o ->
                fail(o.getAllowCrossAz().orElse(false) && o.getAllowCidrBlocks().isEmpty(), "cidr blocks with cross-AZ"));

        // billing
        c.getSpotDuration().ifPresent(h -> fail(h < 0 || h > 1 || !preemptible, "spotDuration 0-1, spot only"));
        fail(c.getSpotInterruptionBehavior().isPresent() && !preemptible, "interruption behaviour spot only");
        fail(c.getDeletionProtection().isPresent() && preemptible, "deletion protection pay-as-you-go only");

        // storage
        systemDisk(c.getSystemDisk(), windows ? 40 : 20);
        fail(c.getDataDisks().size() > ApiLimits.DATA_DISKS_MAX, "at most 16 data disks");
        int ephemeral = 0;
        List<String> devices = new ArrayList<>();
        for (DiskSpec disk : c.getDataDisks()) {
            dataDisk(disk);
            if (disk.getCategory().filter(DiskCategory.EPHEMERAL_SSD::equals).isPresent()) {
                ephemeral += disk.getSize().orElse(0);
            }
            disk.getDevice().ifPresent(devices::add);
        }
        fail(ephemeral > ApiLimits.EPHEMERAL_TOTAL_MAX_GIB, "ephemeral total");
        fail(new HashSet<>(devices).size() != devices.size(), "distinct devices");
        c.getStorageSetPartitionNumber().ifPresent(n -> fail(n < 2, "storage set partitions >= 2"));

        network(c.getNetwork());

        // credentials
        CredentialsSpec cred = c.getCredentials();
        int modes = (cred.getKeyPairName().isPresent() ? 1 : 0) + (cred.getPassword().isPresent() ? 1 : 0)
                + (cred.getPasswordInherit().orElse(false) ? 1 : 0);
        fail(modes > 1, "one credential mode");
        fail(windows && cred.getKeyPairName().isPresent(), "key pair only on Linux");
        cred.getPassword().ifPresent(p -> password(p.reveal()));

        c.getHostName().ifPresent(h -> hostName(h, windows));
        c.getInstanceName().ifPresent(n -> {
            String name = expand(n);
            fail(name.length() < 2 || name.length() > 128 || !Character.isLetter(name.charAt(0))
                    || !name.matches("[A-Za-z0-9:_.\\-]+"), "instance name " + n);
            if (n.contains("[")) {
                Matcher m = SEQUENCE.matcher(n);
                fail(!m.matches() || Integer.parseInt(m.group(4)) < 3
                        || m.group(3).length() > Integer.parseInt(m.group(4)), "sequence pattern " + n);
            }
        });

        // tags
        Map<String, String> tags = c.getTags();
        fail(tags.size() > ApiLimits.TAGS_MAX, "at most 20 tags");
        tags.forEach((k, v) -> {
            fail(k.isEmpty() || k.length() > 64 || k.startsWith("aliyun") || k.startsWith("acs:") || k.contains("http://")
                    || k.contains("https://"), "tag key " + k);
            fail(v.length() > 128 || v.startsWith("aliyun") || v.startsWith("acs:") || v.contains("http://")
                    || v.contains("https://"), "tag value " + v);
        });
        c.getUserData().ifPresent(u -> fail(u.decodedSize().map(s -> s > ApiLimits.USER_DATA_MAX_BYTES).orElse(true), "user data Base64 within the limit"));
        c.getLoadBalancerWeight().ifPresent(w -> fail(w < ApiLimits.LOAD_BALANCER_WEIGHT_MIN || w > ApiLimits.LOAD_BALANCER_WEIGHT_MAX, "load balancer weight"));

        // placement and pools
        boolean dedicated = c.getPlacement().getTenancy().filter(Tenancy.HOST::equals).isPresent()
                || c.getPlacement().getDedicatedHostId().isPresent();
        fail(dedicated && c.getPlacement().getDeploymentSetId().isPresent(), "no deployment set on dedicated hosts");
        fail(dedicated && c.getSpotStrategy().isPresent(), "no spot on dedicated hosts");
        c.getPlacement().getZoneId().ifPresent(z -> fail(!z.matches("[a-z]+-[a-z]+(-\\d)?-[a-z]"), "zone shape " + z));
        boolean privatePool = c.getPrivatePool().getMatchCriteria().isPresent();
        boolean resourcePool = c.getResourcePool().getStrategy().isPresent() || !c.getResourcePool().getPrivatePoolIds().isEmpty()
                || !c.getResourcePool().getPrivatePoolTags().isEmpty();
        fail(privatePool && resourcePool, "private XOR resource pool");
        fail((privatePool || resourcePool) && preemptible, "pools pay-as-you-go only");
        c.getPrivatePool().getMatchCriteria().ifPresent(m ->
                fail(m.apiValue().equals("Target") && c.getPrivatePool().getId().isEmpty(), "Target needs id"));
        c.getResourcePool().getStrategy().ifPresent(s ->
                fail(s == ResourcePoolStrategy.PRIVATE_POOL_ONLY && c.getResourcePool().getPrivatePoolIds().isEmpty(), "ids needed"));
        fail(!c.getResourcePool().getPrivatePoolIds().isEmpty() && !c.getResourcePool().getPrivatePoolTags().isEmpty(), "ids XOR tags");
    }

    private void description(Optional<String> text) {
        text.ifPresent(t -> fail(t.length() < ApiLimits.DESCRIPTION_MIN || t.length() > ApiLimits.DESCRIPTION_MAX
                || t.startsWith("http://") || t.startsWith("https://"), "description " + t));
    }

    private void systemDisk(SystemDiskSpec disk, int imageSize) {
        description(disk.getDescription());
        fail(disk.getCategory().isPresent() && !disk.getCategories().isEmpty(), "system category XOR categories");
        fail(disk.getCategories().size() > 4 || !LISTABLE.containsAll(disk.getCategories())
                || new HashSet<>(disk.getCategories()).size() != disk.getCategories().size(), "system categories 1-4 cloud disks");
        disk.getCategory().ifPresent(cat -> fail(!cat.isKnown() || cat.equals(DiskCategory.EPHEMERAL_SSD), "system category"));
        disk.getSize().ifPresent(s -> {
            PerformanceLevel level = disk.getPerformanceLevel().orElse(ApiLimits.DEFAULT_PERFORMANCE_LEVEL);
            for (DiskCategory listed : disk.getCategory().map(List::of).orElse(disk.getCategories().isEmpty()
                    ? List.of(DiskCategory.CLOUD_EFFICIENCY) : disk.getCategories())) {
                ApiLimits.DiskSize range = ApiLimits.systemDiskSize(listed, level).orElseThrow();
                fail(!range.contains(s) || s < imageSize, "system size " + s + " not in " + range + " or below the image");
            }
        });
        disk.getPerformanceLevel().ifPresent(pl -> fail(!disk.getCategory().filter(DiskCategory.CLOUD_ESSD::equals).isPresent()
                || pl == PerformanceLevel.PL2 || pl == PerformanceLevel.PL3, "system PL0/PL1 on ESSD only"));
        disk.getBurstingEnabled().ifPresent(b -> fail(!disk.getCategory().filter(DiskCategory.CLOUD_AUTO::equals).isPresent(), "bursting"));
        fail((disk.getKmsKeyId().isPresent() || disk.getEncryptAlgorithm().isPresent()) && !disk.getEncrypted().orElse(false), "kms");
        disk.getAutoSnapshotPolicyId().ifPresent(id -> fail(!id.startsWith("sp-"), "sp- prefix"));
    }

    private void dataDisk(DiskSpec disk) {
        description(disk.getDescription());
        fail(disk.getCategory().isPresent() == !disk.getCategories().isEmpty(), "data category XOR categories");
        fail(disk.getCategories().size() > 4 || !LISTABLE.containsAll(disk.getCategories()), "data categories 1-4 cloud disks");
        Optional<DiskCategory> category = disk.getCategory();
        PerformanceLevel level = disk.getPerformanceLevel().orElse(ApiLimits.DEFAULT_PERFORMANCE_LEVEL);
        int min = 0;
        int max = Integer.MAX_VALUE;
        for (DiskCategory listed : category.map(List::of).orElse(disk.getCategories())) {
            ApiLimits.DiskSize range = ApiLimits.dataDiskSize(listed, level).orElseThrow();
            min = Math.max(min, range.min());
            max = Math.min(max, range.max());
        }
        if (disk.getPerformanceLevel().isPresent()) {
            fail(!category.filter(DiskCategory.CLOUD_ESSD::equals).isPresent(), "data PL on ESSD only");
        }
        int low = min;
        int high = max;
        fail(disk.getSize().isEmpty() && disk.getSnapshotId().isEmpty(), "size or snapshot");
        disk.getSize().ifPresent(s -> fail(s < low || s > high, "data size " + s + " not in " + low + "-" + high + " for " + disk));
        disk.getSnapshotId().ifPresent(id -> fail(!id.startsWith("s-"), "s- prefix"));
        disk.getDeleteWithInstance().ifPresent(x -> fail(!category.map(DiskCategory::isCloudDisk).orElse(true), "deleteWithInstance"));
        disk.getBurstingEnabled().ifPresent(b -> fail(!category.filter(DiskCategory.CLOUD_AUTO::equals).isPresent(), "bursting"));
        disk.getDevice().ifPresent(dev -> fail(!DEVICE.matcher(dev).matches(), "device " + dev));
        fail(disk.getKmsKeyId().isPresent() && !disk.getEncrypted().orElse(false), "kms");
    }

    private void network(NetworkSpec net) {
        int modes = (net.getSecurityGroupId().isPresent() ? 1 : 0) + (net.getSecurityGroupIds().isEmpty() ? 0 : 1)
                + (net.getNetworkInterfaces().isEmpty() ? 0 : 1);
        fail(modes != 1, "exactly one security-group mode");
        net.getSecurityGroupId().ifPresent(id -> fail(!id.startsWith("sg-"), "sg- prefix"));
        fail(net.getSecurityGroupIds().size() > ApiLimits.SECURITY_GROUPS_DEFAULT_QUOTA, "at most 5 security groups (default quota)");
        fail(new HashSet<>(net.getSecurityGroupIds()).size() != net.getSecurityGroupIds().size(), "distinct security groups");
        if (!net.getNetworkInterfaces().isEmpty()) {
            fail(net.getIpv6AddressCount().isPresent(), "no top-level IPv6 with NICs");
            long primaries = net.getNetworkInterfaces().stream()
                    .filter(n -> n.getInterfaceType().filter(NetworkInterfaceType.PRIMARY::equals).isPresent()).count();
            fail(primaries != 1, "exactly one primary NIC");
            for (NetworkInterfaceSpec nic : net.getNetworkInterfaces()) {
                boolean primary = nic.getInterfaceType().filter(NetworkInterfaceType.PRIMARY::equals).isPresent();
                fail(nic.getIpv6AddressCount().isPresent() && !primary, "NIC IPv6 only on primary");
                nic.getSecondaryPrivateIpAddressCount().ifPresent(n -> fail(n < ApiLimits.SECONDARY_PRIVATE_IPS_MIN || n > ApiLimits.SECONDARY_PRIVATE_IPS_MAX, "secondary IPs"));
            }
        }
        Optional<Integer> out = net.getInternetMaxBandwidthOut();
        out.ifPresent(o -> fail(o < ApiLimits.BANDWIDTH_OUT_MIN || o > ApiLimits.BANDWIDTH_OUT_MAX, "out bandwidth"));
        net.getInternetMaxBandwidthIn().ifPresent(in -> {
            int o = out.orElse(0);
            fail(in < ApiLimits.BANDWIDTH_IN_MIN || in > (o <= ApiLimits.BANDWIDTH_IN_FLOOR ? ApiLimits.BANDWIDTH_IN_FLOOR : o),
                    "in bounded by out");
        });
        fail(net.getInternetChargeType().filter(InternetChargeType.PAY_BY_TRAFFIC::equals).isPresent() && out.isEmpty(),
                "PayByTraffic needs an explicit out bandwidth");
    }

    private void password(String p) {
        fail(p.length() < ApiLimits.PASSWORD_MIN || p.length() > ApiLimits.PASSWORD_MAX, "password length");
        int classes = (p.chars().anyMatch(Character::isUpperCase) ? 1 : 0) + (p.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (p.chars().anyMatch(Character::isDigit) ? 1 : 0) + (p.chars().anyMatch(ch -> SPECIALS.indexOf(ch) >= 0) ? 1 : 0);
        fail(classes < ApiLimits.PASSWORD_CLASSES_MIN, "password complexity");
        fail(!p.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || SPECIALS.indexOf(ch) >= 0)), "password charset");
        fail(p.startsWith("/"), "password must not start with /");
    }

    private void hostName(String pattern, boolean windows) {
        String h = expand(pattern);
        fail(h.startsWith(".") || h.startsWith("-") || h.endsWith(".") || h.endsWith("-") || h.contains("..") || h.contains("--"),
                "host name edges " + h);
        if (windows) {
            fail(h.length() < ApiLimits.HOST_NAME_MIN || h.length() > ApiLimits.HOST_NAME_WINDOWS_MAX || !h.matches("[A-Za-z0-9-]+") || h.matches("\\d+"), "windows host name " + h);
        } else {
            fail(h.length() < ApiLimits.HOST_NAME_MIN || h.length() > ApiLimits.HOST_NAME_LINUX_MAX || !h.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*"), "linux host name " + h);
        }
    }
}
