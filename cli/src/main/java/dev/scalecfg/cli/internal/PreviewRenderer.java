package dev.scalecfg.cli.internal;

import dev.scalecfg.core.ApiValue;
import dev.scalecfg.core.CredentialsSpec;
import dev.scalecfg.core.DiskCategory;
import dev.scalecfg.core.DiskSpec;
import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkInterfaceType;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.SystemDiskSpec;
import dev.scalecfg.core.UserData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a configuration the way the ESS console's Preview step shows it: basic settings, then
 * system settings. Secrets are masked: a password shows as set or not, user data only by size.
 */
public final class PreviewRenderer {
    private static final String NOT_SET = "-";
    private static final int LABEL_WIDTH = 20;

    private final List<String> lines = new ArrayList<>();

    private PreviewRenderer() {}

    /**
     * Renders the preview.
     *
     * @param config the configuration
     * @return the lines of the preview
     */
    public static List<String> render(ScalingConfiguration config) {
        PreviewRenderer renderer = new PreviewRenderer();
        renderer.renderAll(config);
        return renderer.lines;
    }

    private void renderAll(ScalingConfiguration config) {
        lines.add("Scaling configuration " + config.getName().orElse("(unnamed)"));
        field("Scaling group", config.getScalingGroupId().orElse(NOT_SET));
        config.getRegionId().ifPresent(region -> field("Region", region));
        config.getLifecycleState().ifPresent(state -> field("Lifecycle state", state.apiValue()));
        lines.add("");
        lines.add("Basic settings");
        field("Billing method", billing(config));
        field("Instance types", instanceTypes(config));
        field("Image", image(config.getImage()));
        field("Storage", storage(config));
        field("Public IP address", publicIp(config.getNetwork()));
        field("IPv6 addresses", ipv6(config.getNetwork()));
        field("Security groups", securityGroups(config.getNetwork()));
        lines.add("");
        lines.add("System settings");
        field("Tags", config.getTags().isEmpty() ? NOT_SET : config.getTags().entrySet().stream()
                .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(", ")));
        field("Resource group", config.getResourceGroupId().orElse(NOT_SET));
        field("Logon credentials", credentials(config.getCredentials()));
        field("Instance name", config.getInstanceName().orElse(NOT_SET));
        field("Host name", config.getHostName().orElse(NOT_SET));
        field("RAM role", config.getRamRoleName().orElse(NOT_SET));
        field("User data", config.getUserData().map(PreviewRenderer::userData).orElse(NOT_SET));
    }

    private void field(String label, String value) {
        field(label, List.of(value));
    }

    private void field(String label, List<String> values) {
        String first = "  " + pad(label + ":");
        if (values.isEmpty()) {
            lines.add(first + NOT_SET);
            return;
        }
        lines.add(first + values.get(0));
        String indent = " ".repeat(first.length());
        for (String more : values.subList(1, values.size())) {
            lines.add(indent + more);
        }
    }

    private static String pad(String label) {
        return label.length() >= LABEL_WIDTH ? label + " " : label + " ".repeat(LABEL_WIDTH - label.length());
    }

    private static String billing(ScalingConfiguration config) {
        SpotStrategy strategy = config.getSpotStrategy().orElse(SpotStrategy.NO_SPOT);
        if (strategy == SpotStrategy.NO_SPOT) {
            return "Pay-as-you-go";
        }
        StringBuilder text = new StringBuilder("Preemptible instance (")
                .append(strategy == SpotStrategy.SPOT_WITH_PRICE_LIMIT ? "price limit per type" : "market price")
                .append(", ").append(strategy.apiValue()).append(")");
        config.getSpotDuration().ifPresent(hours -> text.append(", protection ").append(hours).append(" h"));
        config.getSpotInterruptionBehavior().ifPresent(behaviour -> text.append(", on interruption ")
                .append(behaviour.apiValue()));
        return text.toString();
    }

    private static List<String> instanceTypes(ScalingConfiguration config) {
        List<String> out = new ArrayList<>();
        int priority = 1;
        for (InstanceTypeSpec type : config.getInstanceTypes()) {
            List<String> details = new ArrayList<>();
            type.getWeightedCapacity().ifPresent(weight -> details.add("weight " + weight));
            type.getSpotPriceLimit().ifPresent(limit -> details.add("price limit " + Shown.number(limit) + "/h"));
            out.add(priority++ + ". " + type.getInstanceType()
                    + (details.isEmpty() ? "" : "  (" + String.join(", ", details) + ")"));
        }
        for (int i = 0; i < config.getInstancePatterns().size(); i++) {
            out.addAll(pattern(i + 1, config.getInstancePatterns().get(i)));
        }
        if (config.getCpu().isPresent() || config.getMemory().isPresent()) {
            out.add("any type with " + config.getCpu().map(cpu -> cpu + " vCPU").orElse("? vCPU") + ", "
                    + config.getMemory().map(memory -> memory + " GiB").orElse("? GiB") + " (cost optimization)");
        }
        config.getCreditSpecification().ifPresent(credit -> out.add("burstable performance mode: " + credit.apiValue()));
        if (!config.getCustomPriorities().isEmpty()) {
            out.add("custom priorities: " + config.getCustomPriorities().stream()
                    .map(pair -> pair.getInstanceType() + "@" + pair.getVswitchId())
                    .collect(Collectors.joining(", ")));
        }
        return out;
    }

    /**
     * An intelligent-mode pattern as the console's "Specify Instance Pattern" shows it: the
     * configuration scope (vCPUs, memory, family level, maximum price) on the first line, every
     * other filter on a second one.
     */
    private static List<String> pattern(int number, InstancePatternSpec pattern) {
        List<String> scope = new ArrayList<>();
        pattern.getCores().ifPresent(cores -> scope.add(cores + " vCPU"));
        pattern.getMemory().ifPresent(memory -> scope.add(Shown.number(memory) + " GiB"));
        pattern.getInstanceFamilyLevel().ifPresent(level -> scope.add(level.apiValue()));
        pattern.getMaxPrice().ifPresent(price -> scope.add("max price " + Shown.number(price) + "/h"));
        List<String> filters = new ArrayList<>();
        range(filters, "vCPU", pattern.getMinimumCpuCoreCount().map(BigDecimal::valueOf),
                pattern.getMaximumCpuCoreCount().map(BigDecimal::valueOf), "");
        range(filters, "memory", pattern.getMinimumMemorySize(), pattern.getMaximumMemorySize(), " GiB");
        pattern.getBurstablePerformance().ifPresent(burstable -> filters.add("burstable " + burstable.apiValue()));
        list(filters, "architectures", pattern.getArchitectures());
        list(filters, "CPU architectures", pattern.getCpuArchitectures());
        list(filters, "families", pattern.getInstanceTypeFamilies());
        list(filters, "categories", pattern.getInstanceCategories());
        list(filters, "processors", pattern.getPhysicalProcessorModels());
        range(filters, "GPUs", pattern.getMinimumGpuAmount().map(BigDecimal::valueOf),
                pattern.getMaximumGpuAmount().map(BigDecimal::valueOf), "");
        list(filters, "GPU models", pattern.getGpuSpecs());
        pattern.getMinimumInitialCredit().ifPresent(n -> filters.add("initial credit ≥ " + n));
        pattern.getMinimumBaselineCredit().ifPresent(n -> filters.add("baseline credit ≥ " + n));
        pattern.getMinimumEniQuantity().ifPresent(n -> filters.add("ENIs ≥ " + n));
        pattern.getMinimumEniPrivateIpAddressQuantity().ifPresent(n -> filters.add("private IPs per ENI ≥ " + n));
        pattern.getMinimumEniIpv6AddressQuantity().ifPresent(n -> filters.add("IPv6 addresses per ENI ≥ " + n));
        list(filters, "excluding", pattern.getExcludedInstanceTypes());
        List<String> out = new ArrayList<>();
        out.add("pattern " + number + ": " + (scope.isEmpty() ? "any type" : String.join(", ", scope))
                + " (cheapest matching type first)");
        if (!filters.isEmpty()) {
            out.add("  " + String.join("; ", filters));
        }
        return out;
    }

    private static void range(List<String> out, String what, Optional<BigDecimal> min, Optional<BigDecimal> max, String unit) {
        if (min.isPresent() && max.isPresent()) {
            out.add(what + " " + Shown.number(min.get()) + "–" + Shown.number(max.get()) + unit);
        } else {
            min.ifPresent(value -> out.add(what + " ≥ " + Shown.number(value) + unit));
            max.ifPresent(value -> out.add(what + " ≤ " + Shown.number(value) + unit));
        }
    }

    private static void list(List<String> out, String label, List<String> values) {
        if (!values.isEmpty()) {
            out.add(label + " " + String.join(", ", values));
        }
    }

    private static String image(ImageSpec image) {
        String which = image.getImageId()
                .or(() -> image.getImageName().map(name -> "name " + name))
                .or(() -> image.getImageFamily().map(family -> "family " + family))
                .orElse(NOT_SET);
        return which + (image.getLoginAsNonRoot().orElse(false) ? " (log in as ecs-user)" : "");
    }

    private static List<String> storage(ScalingConfiguration config) {
        List<String> out = new ArrayList<>();
        SystemDiskSpec system = config.getSystemDisk();
        out.add("system disk: " + disk(system.getCategory(), system.getCategories(), system.getSize(),
                system.getPerformanceLevel().map(ApiValue::apiValue), system.getEncrypted(), Optional.empty()));
        int index = 1;
        for (DiskSpec data : config.getDataDisks()) {
            String size = data.getSnapshotId().map(snapshot -> "from snapshot " + snapshot + ", ").orElse("");
            out.add("data disk " + index++ + ": " + size + disk(data.getCategory(), data.getCategories(), data.getSize(),
                    data.getPerformanceLevel().map(ApiValue::apiValue), data.getEncrypted(),
                    data.getDeleteWithInstance()));
        }
        return out;
    }

    private static String disk(Optional<DiskCategory> category, List<DiskCategory> categories, Optional<Integer> size,
            Optional<String> performanceLevel, Optional<Boolean> encrypted, Optional<Boolean> deleteWithInstance) {
        List<String> parts = new ArrayList<>();
        if (category.isPresent()) {
            parts.add(category.get().apiValue());
        } else if (!categories.isEmpty()) {
            parts.add(categories.stream().map(DiskCategory::apiValue).collect(Collectors.joining(" > ")));
        } else {
            parts.add("default category");
        }
        performanceLevel.ifPresent(parts::add);
        parts.add(size.map(gib -> gib + " GiB").orElse("default size"));
        if (encrypted.orElse(false)) {
            parts.add("encrypted");
        }
        deleteWithInstance.ifPresent(delete -> parts.add(delete ? "released with the instance" : "kept after release"));
        return String.join(", ", parts);
    }

    private static String publicIp(NetworkSpec network) {
        int out = network.getInternetMaxBandwidthOut().orElse(0);
        if (out <= 0) {
            return "not assigned";
        }
        return "assigned, " + network.getInternetChargeType().map(ApiValue::apiValue).orElse("default billing")
                + ", " + out + " Mbit/s out" + network.getInternetMaxBandwidthIn().map(in -> ", " + in + " Mbit/s in").orElse("");
    }

    /** {@code Ipv6AddressCount}, or that of the primary interface ({@code NetworkInterfaces.N.Ipv6AddressCount}). */
    private static String ipv6(NetworkSpec network) {
        return network.getIpv6AddressCount()
                .or(() -> network.getNetworkInterfaces().stream()
                        .filter(nic -> nic.getInterfaceType().orElse(null) == NetworkInterfaceType.PRIMARY)
                        .flatMap(nic -> nic.getIpv6AddressCount().stream()).findFirst())
                .map(count -> count + " per instance")
                .orElse(NOT_SET);
    }

    private static List<String> securityGroups(NetworkSpec network) {
        List<String> out = new ArrayList<>();
        network.getSecurityGroupId().ifPresent(out::add);
        out.addAll(network.getSecurityGroupIds());
        network.getNetworkInterfaces().forEach(nic -> out.add(
                nic.getInterfaceType().map(ApiValue::apiValue).orElse("Secondary") + " interface: "
                        + (nic.getSecurityGroupIds().isEmpty() ? NOT_SET : String.join(", ", nic.getSecurityGroupIds()))));
        return out;
    }

    private static String credentials(CredentialsSpec credentials) {
        if (credentials.getKeyPairName().isPresent()) {
            return "key pair " + credentials.getKeyPairName().get();
        }
        if (credentials.getPasswordInherit().orElse(false)) {
            return "password inherited from the image";
        }
        if (credentials.getPassword().isPresent()) {
            return "password ******** (set)";
        }
        return "set after creation";
    }

    private static String userData(UserData data) {
        return data.decodedSize().map(size -> size + " bytes (not shown)").orElse("set, not valid Base64 (not shown)");
    }

    /**
     * Formats findings for the end of a preview.
     *
     * @param findings the findings
     * @return the lines of the violations section
     */
    public static List<String> violations(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        out.add("");
        if (findings.isEmpty()) {
            out.add("Violations: none");
            return out;
        }
        long errors = findings.stream().filter(Finding::error).count();
        out.add("Violations: " + errors + " error" + (errors == 1 ? "" : "s") + ", " + (findings.size() - errors)
                + " warning" + (findings.size() - errors == 1 ? "" : "s"));
        for (Finding finding : findings) {
            out.add("  " + finding.severity() + " " + Report.where(finding) + " " + finding.code() + ": "
                    + InputException.oneLine(finding.message()));
        }
        return out;
    }

}
