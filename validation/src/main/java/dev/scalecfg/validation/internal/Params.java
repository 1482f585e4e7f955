package dev.scalecfg.validation.internal;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model path to ESS API parameter name, per API version.
 *
 * <p>TEMPORARY: the codecs module owns the model-path to parameter mapping
 * ({@code dev.scalecfg.core.ess}); this stub covers the paths the built-in rules emit until that
 * mapping is merged, then delegates to it.
 */
public final class Params {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[([^\\]]*)\\])?");

    private Params() {}

    /**
     * Returns the API parameter for a model path.
     *
     * @param path the model path such as {@code dataDisks[1].size}
     * @param configuration the configuration (decides weighted vs unweighted type lists)
     * @param apiVersion the API version
     * @return the parameter such as {@code DataDisk.2.Size}
     */
    public static String of(String path, ScalingConfiguration configuration, String apiVersion) {
        if (path.isEmpty()) {
            return "";
        }
        boolean v22 = ValidationContext.API_2022_02_22.equals(apiVersion);
        List<String[]> seg = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            seg.add(new String[] {m.group(1), m.group(2)});
        }
        String first = seg.get(0)[0];
        String idx = number(seg.get(0)[1]);
        String sub = seg.size() > 1 ? seg.get(1)[0] : null;
        String subIdx = seg.size() > 1 ? number(seg.get(1)[1]) : null;
        switch (first) {
            case "name":
                return "ScalingConfigurationName";
            case "tags":
                return "Tags";
            case "confidentialComputingMode":
                return "SecurityOptions.ConfidentialComputingMode";
            case "image":
                if (sub == null) {
                    return "ImageId";
                }
                return "loginAsNonRoot".equals(sub) ? "ImageOptions.LoginAsNonRoot" : cap(sub);
            case "instanceTypes":
                return instanceType(configuration, v22, seg.get(0)[1], sub);
            case "instancePatterns": {
                String base = v22 ? "InstancePatternInfos" : "InstancePatternInfo";
                if (idx == null) {
                    return base;
                }
                if (sub == null) {
                    return base + "." + idx;
                }
                String name = cap(sub);
                if (!v22 && "architectures".equals(sub)) {
                    name = "Architecture";
                } else if (!v22 && "excludedInstanceTypes".equals(sub)) {
                    name = "ExcludedInstanceType";
                }
                return base + "." + idx + "." + name + suffix(subIdx);
            }
            case "customPriorities":
                return "CustomPriorities" + suffix(idx) + (sub == null ? "" : "." + cap(sub));
            case "instanceTypeCandidateOptions":
                return "InstanceTypeCandidateOptions" + (sub == null ? "" : "." + cap(sub) + suffix(subIdx));
            case "systemDisk":
                if (sub == null) {
                    return "SystemDisk";
                }
                if ("categories".equals(sub)) {
                    return "SystemDiskCategories" + suffix(subIdx);
                }
                return "SystemDisk." + disk(sub);
            case "dataDisks": {
                String base = v22 ? "DataDisks" : "DataDisk";
                if (idx == null) {
                    return base;
                }
                if (sub == null) {
                    return base + "." + idx;
                }
                return base + "." + idx + "." + disk(sub) + suffix(subIdx);
            }
            case "network":
                return network(seg);
            case "credentials":
            case "placement":
                return sub == null ? cap(first) : cap(sub);
            case "privatePool":
                return "PrivatePoolOptions" + (sub == null ? "" : "." + cap(sub));
            case "resourcePool":
                return "ResourcePoolOptions" + (sub == null ? "" : "." + cap(sub) + suffix(subIdx));
            default:
                return cap(first) + suffix(idx);
        }
    }

    private static String instanceType(ScalingConfiguration config, boolean v22, String rawIndex, String sub) {
        List<InstanceTypeSpec> types = config.getInstanceTypes();
        boolean weighted = types.stream().anyMatch(t -> t.getWeightedCapacity().isPresent());
        String override = v22 ? "InstanceTypeOverrides" : "InstanceTypeOverride";
        String list = weighted ? override : "InstanceTypes";
        if (rawIndex == null) {
            return list;
        }
        int index = Integer.parseInt(rawIndex);
        if ("spotPriceLimit".equals(sub)) {
            int n = 1;
            for (int i = 0; i < index && i < types.size(); i++) {
                if (types.get(i).getSpotPriceLimit().isPresent()) {
                    n++;
                }
            }
            return (v22 ? "SpotPriceLimits." : "SpotPriceLimit.") + n + ".PriceLimit";
        }
        if ("weightedCapacity".equals(sub)) {
            return override + "." + (index + 1) + ".WeightedCapacity";
        }
        return weighted ? override + "." + (index + 1) + ".InstanceType" : "InstanceTypes." + (index + 1);
    }

    private static String network(List<String[]> seg) {
        if (seg.size() < 2) {
            return "SecurityGroupId";
        }
        String sub = seg.get(1)[0];
        String subIdx = number(seg.get(1)[1]);
        if (!"networkInterfaces".equals(sub)) {
            return cap(sub) + suffix(subIdx);
        }
        String base = "NetworkInterfaces" + suffix(subIdx);
        if (seg.size() < 3) {
            return base;
        }
        String leaf = seg.get(2)[0];
        String leafIdx = number(seg.get(2)[1]);
        switch (leaf) {
            case "interfaceType":
                return base + ".InstanceType";
            case "trafficMode":
                return base + ".NetworkInterfaceTrafficMode";
            default:
                return base + "." + cap(leaf) + suffix(leafIdx);
        }
    }

    private static String disk(String sub) {
        return "kmsKeyId".equals(sub) ? "KMSKeyId" : cap(sub);
    }

    private static String number(String index) {
        if (index == null || index.isEmpty() || !index.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return String.valueOf(Integer.parseInt(index) + 1);
    }

    private static String suffix(String oneBased) {
        return oneBased == null ? "" : "." + oneBased;
    }

    private static String cap(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
