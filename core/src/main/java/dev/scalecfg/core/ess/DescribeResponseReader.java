package dev.scalecfg.core.ess;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.internal.ApiEnums;
import dev.scalecfg.core.internal.JsonSupport;
import dev.scalecfg.core.io.ConfigDocument;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.core.io.ConfigFormat;
import dev.scalecfg.core.io.DocumentReader;
import dev.scalecfg.core.io.ReadLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the JSON body of a {@code DescribeScalingConfigurations} response, of either API version,
 * into one entry per configuration, named by its {@code ScalingConfigurationId}.
 *
 * <pre>{@code
 * ConfigDocument document = new DescribeResponseReader().read("response.json", text, ReadLimits.defaults());
 * for (ConfigEntry entry : document.getEntries()) {
 *     entry.getName();                                  // Optional[asc-bp1...]
 *     entry.getConfiguration().getLifecycleState();     // Optional[ACTIVE]
 *     entry.getApiVersion();                            // 2014-08-28 (wrapped lists) or 2022-02-22
 * }
 * }</pre>
 *
 * <p>Both envelopes are read: the 2014-08-28 one wraps every list
 * ({@code "ScalingConfigurations": {"ScalingConfiguration": [...]}}, {@code "DataDisks":
 * {"DataDisk": [...]}}, dotted keys such as {@code SystemDisk.Encrypted}), the 2022-02-22 one has
 * flat arrays and undotted keys ({@code SystemDiskEncrypted}). As in the documentation's own
 * samples, a wrapped list may hold a single object instead of an array and numbers may be strings.
 *
 * <p>Each field is turned into the {@code CreateScalingConfiguration} parameter it stands for
 * ({@code SystemDiskSize} → {@code SystemDisk.Size}, {@code Tags.Tag[]} → the {@code Tags} JSON
 * object, {@code InstanceTypes} zipped with {@code WeightedCapacities} →
 * {@code InstanceTypeOverride.N}) and read with {@link EssEntries}, so a wrong value is a problem
 * of its entry located at the field (JSON path, line and column). {@code LifecycleState} goes into
 * the model; the other response-only fields ({@code CreationTime}, {@code ImageOwnerAlias},
 * {@code InstanceGeneration}, {@code PasswordSetted}, …) are ignored without error, and a field this
 * reader does not know is ignored with a note. A zero where the API's range starts at 1
 * ({@code Cpu}, {@code Memory}, {@code SystemDiskSize}, {@code LoadBalancerWeight},
 * {@code InternetMaxBandwidthIn}, {@code StorageSetPartitionNumber}, a pattern's {@code Cores},
 * {@code Memory} or {@code MaxPrice}) is how the response says "not set" and is read so.
 *
 * <p>Instances are immutable and thread-safe; the class is registered as a
 * {@link DocumentReader} service.
 *
 * @since 0.2.0
 */
public final class DescribeResponseReader implements DocumentReader {
    private static final Set<String> RESPONSE_ONLY = Set.of("ScalingConfigurationId", "LifecycleState",
            "CreationTime", "ImageOwnerAlias", "InstanceGeneration", "PasswordSetted", "CpuOptions",
            "CpuOptions.NestedVirtualization", "InstanceType", "InstanceTypes", "WeightedCapacities");
    private static final Set<String> ZERO_IS_UNSET = Set.of("Cpu", "Memory", "StorageSetPartitionNumber",
            "LoadBalancerWeight", "InternetMaxBandwidthIn", "SystemDisk.Size");
    private static final Set<String> PATTERN_ZERO_IS_UNSET = Set.of("Cores", "Memory", "MaxPrice");

    /** Fields whose response key differs from the parameter; keys that equal their parameter are not listed. */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("SystemDiskCategory", "SystemDisk.Category"),
            Map.entry("SystemDiskSize", "SystemDisk.Size"),
            Map.entry("SystemDiskName", "SystemDisk.DiskName"),
            Map.entry("SystemDiskDescription", "SystemDisk.Description"),
            Map.entry("SystemDiskAutoSnapshotPolicyId", "SystemDisk.AutoSnapshotPolicyId"),
            Map.entry("SystemDiskPerformanceLevel", "SystemDisk.PerformanceLevel"),
            Map.entry("SystemDiskEncrypted", "SystemDisk.Encrypted"),
            Map.entry("SystemDiskKMSKeyId", "SystemDisk.KMSKeyId"),
            Map.entry("SystemDiskEncryptAlgorithm", "SystemDisk.EncryptAlgorithm"),
            Map.entry("SystemDiskProvisionedIops", "SystemDisk.ProvisionedIops"),
            Map.entry("SystemDiskBurstingEnabled", "SystemDisk.BurstingEnabled"),
            Map.entry("ImageOptionsLoginAsNonRoot", "ImageOptions.LoginAsNonRoot"));

    /** Scalars whose key is the parameter name (dotted keys of the 2014 responses included). */
    private static final Set<String> SAME = Set.of("ScalingGroupId", "ScalingConfigurationName", "RegionId",
            "ImageId", "ImageName", "ImageFamily", "InstanceDescription", "ResourceGroupId", "Cpu", "Memory",
            "CreditSpecification", "SecurityGroupId", "Ipv6AddressCount", "InternetChargeType",
            "InternetMaxBandwidthIn", "InternetMaxBandwidthOut", "IoOptimized", "KeyPairName", "RamRoleName",
            "HostName", "InstanceName", "PasswordInherit", "UserData", "SpotStrategy", "SpotDuration",
            "SpotInterruptionBehavior", "LoadBalancerWeight", "ZoneId", "DeploymentSetId", "HpcClusterId",
            "Affinity", "Tenancy", "DedicatedHostId", "DedicatedHostClusterId", "SecurityEnhancementStrategy",
            "StorageSetId", "StorageSetPartitionNumber", "HttpEndpoint", "HttpTokens", "DeletionProtection",
            "SystemDisk.Encrypted", "SystemDisk.KMSKeyId", "SystemDisk.EncryptAlgorithm",
            "SystemDisk.ProvisionedIops", "SystemDisk.BurstingEnabled", "ImageOptions.LoginAsNonRoot",
            "PrivatePoolOptions.Id", "PrivatePoolOptions.MatchCriteria");

    private static final Set<String> DATA_DISK_SCALARS = Set.of("Size", "Category", "SnapshotId", "Device",
            "DeleteWithInstance", "Encrypted", "KMSKeyId", "DiskName", "Description", "AutoSnapshotPolicyId",
            "PerformanceLevel", "BurstingEnabled", "ProvisionedIops");
    private static final Map<String, String> PATTERN_LISTS = Map.of("Architectures", "Architecture",
            "ExcludedInstanceTypes", "ExcludedInstanceType", "InstanceTypeFamilies", "InstanceTypeFamily",
            "InstanceCategories", "InstanceCategory", "CpuArchitectures", "CpuArchitecture",
            "PhysicalProcessorModels", "PhysicalProcessorModel", "GpuSpecs", "GpuSpec");

    /** Creates the reader. */
    public DescribeResponseReader() {}

    /**
     * Returns {@link ConfigFormat#DESCRIBE}.
     *
     * @return the format
     */
    @Override
    public ConfigFormat format() {
        return ConfigFormat.DESCRIBE;
    }

    /**
     * Tells whether a text looks like a Describe response: a JSON object with a
     * {@code "ScalingConfigurations"} member.
     *
     * @param name the file name, not used
     * @param text the whole text
     * @return true for a Describe response
     */
    @Override
    public boolean recognizes(String name, String text) {
        return text != null && firstNonBlank(text) == '{' && text.contains("\"ScalingConfigurations\"");
    }

    /**
     * Reads a response.
     *
     * @param source the name messages give the input
     * @param text the JSON body
     * @param limits the limits to enforce
     * @return one entry per configuration, in the order of the response
     * @throws ConfigFormatException when the text is not JSON, is not a Describe response or
     *     exceeds a limit
     */
    @Override
    public ConfigDocument read(String source, String text, ReadLimits limits) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(limits, "limits");
        JsonTree.Node root = JsonTree.read(text, limits);
        JsonTree.Node list = root.get("ScalingConfigurations");
        if (root.kind != JsonTree.Kind.OBJECT || list == null) {
            throw new ConfigFormatException(FormatError.at("", root.line, root.column, null,
                    "is not a DescribeScalingConfigurations response: it has no ScalingConfigurations member"));
        }
        ApiVersion version = list.kind == JsonTree.Kind.ARRAY ? ApiVersion.V2022_02_22 : ApiVersion.V2014_08_28;
        String listPath = version == ApiVersion.V2022_02_22 ? "ScalingConfigurations"
                : "ScalingConfigurations.ScalingConfiguration";
        List<JsonTree.Node> configurations = version == ApiVersion.V2022_02_22 ? list.items
                : items(list, "ScalingConfiguration");
        if (configurations == null) {
            throw new ConfigFormatException(FormatError.at("ScalingConfigurations", list.line, list.column, null,
                    "is neither a list of configurations nor an object holding ScalingConfiguration"));
        }
        ConfigDocument.Builder document = ConfigDocument.builder().source(source).format(format());
        for (int i = 0; i < configurations.size(); i++) {
            JsonTree.Node node = configurations.get(i);
            String path = listPath + "[" + i + "]";
            if (node.kind != JsonTree.Kind.OBJECT) {
                throw new ConfigFormatException(FormatError.at(path, node.line, node.column, null,
                        "is not a JSON object"));
            }
            document.addEntry(new Conversion(path, limits).entry(node, version));
        }
        return document.build();
    }

    private static char firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /**
     * The elements of a list in either shape: a flat array, an object wrapping it under
     * {@code inner} ({@code {"DataDisk": [...]}}), or a wrapped single object or value; null when
     * the node is neither.
     */
    private static List<JsonTree.Node> items(JsonTree.Node node, String inner) {
        if (node == null || node.kind == JsonTree.Kind.NULL) {
            return List.of();
        }
        if (node.kind == JsonTree.Kind.ARRAY) {
            return node.items;
        }
        if (node.kind == JsonTree.Kind.OBJECT) {
            JsonTree.Node wrapped = node.get(inner);
            if (wrapped == null) {
                return node.fields.isEmpty() ? List.of() : null;
            }
            if (wrapped.kind == JsonTree.Kind.ARRAY) {
                return wrapped.items;
            }
            return wrapped.kind == JsonTree.Kind.NULL ? List.of() : List.of(wrapped);
        }
        return null;
    }

    /** The conversion of one configuration object into parameters, remembering where each came from. */
    private static final class Conversion {
        final String base;
        final ReadLimits limits;
        final Map<String, String> parameters = new LinkedHashMap<>();
        final Map<String, Where> where = new LinkedHashMap<>();
        final List<FormatError> problems = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Conversion(String base, ReadLimits limits) {
            this.base = base;
            this.limits = limits;
        }

        ConfigEntry entry(JsonTree.Node object, ApiVersion version) {
            String name = null;
            LifecycleState state = null;
            for (Map.Entry<String, JsonTree.Node> field : object.fields.entrySet()) {
                String key = field.getKey();
                JsonTree.Node value = field.getValue();
                String path = base + "." + key;
                if (SAME.contains(key) || RENAMED.containsKey(key)) {
                    String parameter = RENAMED.getOrDefault(key, key);
                    scalar(parameter, value, path, ZERO_IS_UNSET.contains(parameter));
                } else if ("ScalingConfigurationId".equals(key)) {
                    name = value.isScalar() ? value.text : null;
                } else if ("LifecycleState".equals(key)) {
                    state = lifecycle(value, path);
                } else if (!RESPONSE_ONLY.contains(key) && !structured(key, value, path)) {
                    notes.add("ignored the response field " + Shown.text(key) + ", which scalecfg does not know");
                }
            }
            instanceTypes(object);
            ConfigEntry read = EssEntries.read(parameters);
            ScalingConfiguration config = read.getConfiguration();
            if (state != null) {
                config = config.withLifecycleState(state);
            }
            List<FormatError> all = new ArrayList<>(problems);
            for (FormatError problem : read.getProblems()) {
                all.add(relocate(problem));
            }
            ConfigEntry.Builder entry = ConfigEntry.builder().configuration(config).problems(all).notes(notes)
                    .apiVersion(version);
            if (name != null && !name.isEmpty()) {
                entry.name(name);
            }
            return entry.build();
        }

        private LifecycleState lifecycle(JsonTree.Node value, String path) {
            if (value.kind == JsonTree.Kind.NULL || (value.isScalar() && value.text.isEmpty())) {
                return null;
            }
            LifecycleState state = value.isScalar()
                    ? (LifecycleState) ApiEnums.constantOrNull(LifecycleState.class, value.text) : null;
            if (state == null) {
                problems.add(FormatError.at(path, value.line, value.column, value.isScalar() ? value.text : null,
                        "is not one of " + ApiEnums.allowedSpellings(LifecycleState.class))
                        .withCode("VALUE_NOT_ALLOWED").withModelPath("lifecycleState"));
            }
            return state;
        }

        /** The structured fields; false when the key is not one of them. */
        private boolean structured(String key, JsonTree.Node value, String path) {
            switch (key) {
                case "SecurityGroupIds":
                    values("SecurityGroupIds", value, "SecurityGroupId", path);
                    return true;
                case "SystemDiskCategories":
                    values("SystemDiskCategories", value, "SystemDiskCategory", path);
                    return true;
                case "DataDisks":
                    objects("DataDisk", value, "DataDisk", path, (disk, prefix, diskPath) -> {
                        for (Map.Entry<String, JsonTree.Node> field : disk.fields.entrySet()) {
                            String name = field.getKey();
                            if (DATA_DISK_SCALARS.contains(name)) {
                                scalar(prefix + name, field.getValue(), diskPath + "." + name, false);
                            } else if ("Categories".equals(name)) {
                                values(prefix + "Categories", field.getValue(), "Category",
                                        diskPath + ".Categories");
                            } else {
                                ignoredInner(name, diskPath);
                            }
                        }
                    });
                    return true;
                case "SpotPriceLimit":
                case "SpotPriceLimits":
                    objects("SpotPriceLimit", value, "SpotPriceModel", path, this::plainObject);
                    return true;
                case "CustomPriorities":
                    objects("CustomPriorities", value, "CustomPriority", path, this::plainObject);
                    return true;
                case "InstancePatternInfos":
                    objects("InstancePatternInfo", value, "InstancePatternInfo", path, (pattern, prefix, at) -> {
                        for (Map.Entry<String, JsonTree.Node> field : pattern.fields.entrySet()) {
                            String name = field.getKey();
                            if (PATTERN_LISTS.containsKey(name)) {
                                values(prefix + name, field.getValue(), PATTERN_LISTS.get(name), at + "." + name);
                            } else {
                                scalar(prefix + name, field.getValue(), at + "." + name,
                                        PATTERN_ZERO_IS_UNSET.contains(name));
                            }
                        }
                    });
                    return true;
                case "NetworkInterfaces":
                    objects("NetworkInterfaces", value, "NetworkInterface", path, (nic, prefix, at) -> {
                        for (Map.Entry<String, JsonTree.Node> field : nic.fields.entrySet()) {
                            String name = field.getKey();
                            if ("SecurityGroupIds".equals(name)) {
                                values(prefix + name, field.getValue(), "SecurityGroupId", at + "." + name);
                            } else {
                                scalar(prefix + name, field.getValue(), at + "." + name, false);
                            }
                        }
                    });
                    return true;
                case "Tags":
                    tags(value, path);
                    return true;
                case "PrivatePoolOptions":
                case "SecurityOptions":
                    if (value.kind == JsonTree.Kind.OBJECT) {
                        for (Map.Entry<String, JsonTree.Node> field : value.fields.entrySet()) {
                            scalar(key + "." + field.getKey(), field.getValue(), path + "." + field.getKey(), false);
                        }
                    } else if (value.kind != JsonTree.Kind.NULL) {
                        notAnObject(value, path);
                    }
                    return true;
                case "InstanceTypeCandidateOptions":
                    if (value.kind == JsonTree.Kind.OBJECT) {
                        for (Map.Entry<String, JsonTree.Node> field : value.fields.entrySet()) {
                            String name = field.getKey();
                            if ("AllowCidrBlocks".equals(name)) {
                                values(key + "." + name, field.getValue(), "AllowCidrBlock", path + "." + name);
                            } else {
                                scalar(key + "." + name, field.getValue(), path + "." + name, false);
                            }
                        }
                    } else if (value.kind != JsonTree.Kind.NULL) {
                        notAnObject(value, path);
                    }
                    return true;
                case "ResourcePoolOptions":
                    resourcePool(value, path);
                    return true;
                case "SchedulerOptions":
                    schedulerOptions(value, path);
                    return true;
                default:
                    return false;
            }
        }

        private void resourcePool(JsonTree.Node value, String path) {
            if (value.kind == JsonTree.Kind.NULL) {
                return;
            }
            if (value.kind != JsonTree.Kind.OBJECT) {
                notAnObject(value, path);
                return;
            }
            String prefix = "ResourcePoolOptions.";
            for (Map.Entry<String, JsonTree.Node> field : value.fields.entrySet()) {
                String name = field.getKey();
                String at = path + "." + name;
                if ("PrivatePoolIds".equals(name)) {
                    values(prefix + name, field.getValue(), "PrivatePoolId", at);
                } else if ("PrivatePoolTags".equals(name)) {
                    objects(prefix + name, field.getValue(), "PrivatePoolTag", at, this::plainObject);
                } else {
                    scalar(prefix + name, field.getValue(), at, false);
                }
            }
        }

        private void schedulerOptions(JsonTree.Node value, String path) {
            if (value.kind == JsonTree.Kind.NULL) {
                return;
            }
            if (value.isScalar()) {
                scalar("SchedulerOptions", value, path, false);
                return;
            }
            if (value.kind == JsonTree.Kind.OBJECT && value.fields.isEmpty()) {
                return;
            }
            put("SchedulerOptions", toJson(value), path, value);
        }

        private void tags(JsonTree.Node value, String path) {
            List<JsonTree.Node> tags = items(value, "Tag");
            if (tags == null) {
                notAList(value, path);
                return;
            }
            if (tags.isEmpty()) {
                return;
            }
            ObjectNode object = JsonSupport.shared().createObjectNode();
            for (int i = 0; i < tags.size(); i++) {
                JsonTree.Node tag = tags.get(i);
                JsonTree.Node key = tag.get("Key");
                JsonTree.Node tagValue = tag.get("Value");
                if (key == null || !key.isScalar()) {
                    problems.add(FormatError.at(path + "[" + i + "]", tag.line, tag.column, null,
                            "is not a tag: it needs a Key (and a Value)").withCode("VALUE_MISSING")
                            .withModelPath("tags"));
                    continue;
                }
                object.put(key.text, tagValue == null || !tagValue.isScalar() ? "" : tagValue.text);
            }
            try {
                put("Tags", JsonSupport.shared().writeValueAsString(object), path, value);
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException("cannot write tags", impossible);
            }
        }

        /** InstanceTypes (or the single InstanceType), zipped with WeightedCapacities when it holds weights. */
        private void instanceTypes(JsonTree.Node object) {
            JsonTree.Node listNode = object.get("InstanceTypes");
            String listPath = base + ".InstanceTypes";
            List<JsonTree.Node> types = items(listNode, "InstanceType");
            if (types == null) {
                notAList(listNode, listPath);
                return;
            }
            if (types.isEmpty()) {
                JsonTree.Node single = object.get("InstanceType");
                if (single != null) {
                    scalar("InstanceTypes.1", single, base + ".InstanceType", false);
                }
                return;
            }
            JsonTree.Node weightsNode = object.get("WeightedCapacities");
            String weightsPath = base + ".WeightedCapacities";
            List<JsonTree.Node> weights = items(weightsNode, "WeightedCapacity");
            if (weights == null) {
                notAList(weightsNode, weightsPath);
                weights = List.of();
            }
            boolean weighted = !weights.isEmpty();
            if (weighted && weights.size() != types.size()) {
                problems.add(FormatError.at(weightsPath, weightsNode.line, weightsNode.column, null,
                        "has " + weights.size() + " weights for " + types.size()
                                + " instance types; each type needs its weight, in the same order")
                        .withCode("PARAMETER_CONFLICT").withModelPath("instanceTypes"));
                weighted = false;
            }
            for (int i = 0; i < types.size(); i++) {
                String itemPath = listPath + "[" + i + "]";
                if (weighted) {
                    String prefix = "InstanceTypeOverride." + (i + 1) + ".";
                    scalar(prefix + "InstanceType", types.get(i), itemPath, false);
                    scalar(prefix + "WeightedCapacity", weights.get(i), weightsPath + "[" + i + "]", false);
                } else {
                    scalar("InstanceTypes." + (i + 1), types.get(i), itemPath, false);
                }
            }
        }

        /** A list of scalar values, in either shape. */
        private void values(String parameter, JsonTree.Node value, String inner, String path) {
            List<JsonTree.Node> items = items(value, inner);
            if (items == null) {
                notAList(value, path);
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                scalar(parameter + "." + (i + 1), items.get(i), path + "[" + i + "]", false);
            }
        }

        /** How the fields of one list element are turned into parameters under {@code prefix}. */
        private interface ElementReader {
            void read(JsonTree.Node element, String prefix, String path);
        }

        private void objects(String parameter, JsonTree.Node value, String inner, String path, ElementReader reader) {
            List<JsonTree.Node> items = items(value, inner);
            if (items == null) {
                notAList(value, path);
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                JsonTree.Node element = items.get(i);
                String at = path + "[" + i + "]";
                if (element.kind != JsonTree.Kind.OBJECT) {
                    notAnObject(element, at);
                    continue;
                }
                reader.read(element, parameter + "." + (i + 1) + ".", at);
            }
        }

        private void plainObject(JsonTree.Node element, String prefix, String path) {
            for (Map.Entry<String, JsonTree.Node> field : element.fields.entrySet()) {
                scalar(prefix + field.getKey(), field.getValue(), path + "." + field.getKey(), false);
            }
        }

        private void ignoredInner(String name, String path) {
            notes.add("ignored the response field " + Shown.text(path + "." + name)
                    + ", which scalecfg does not know");
        }

        private void scalar(String parameter, JsonTree.Node value, String path, boolean zeroIsUnset) {
            if (value.kind == JsonTree.Kind.NULL) {
                return;
            }
            if (!value.isScalar()) {
                problems.add(located(FormatError.at(path, value.line, value.column, null,
                        "is " + (value.kind == JsonTree.Kind.ARRAY ? "a list" : "an object")
                                + "; expected a single value"), parameter, "VALUE_INVALID"));
                return;
            }
            if (value.kind == JsonTree.Kind.NUMBER && value.text.length() > limits.getMaxNumberChars()) {
                problems.add(located(FormatError.at(path, value.line, value.column, null, "is a number of "
                        + value.text.length() + " characters; the limit is " + limits.getMaxNumberChars()),
                        parameter, "VALUE_TOO_LONG"));
                return;
            }
            if (zeroIsUnset && isZero(value.text)) {
                return;
            }
            put(parameter, value.text, path, value);
        }

        private FormatError located(FormatError error, String parameter, String code) {
            FormatError coded = error.withCode(code);
            return EssPaths.modelPath(parameter).map(coded::withModelPath).orElse(coded);
        }

        private void put(String parameter, String text, String path, JsonTree.Node node) {
            parameters.put(parameter, text);
            where.put(parameter, new Where(path, node.line, node.column));
        }

        private void notAList(JsonTree.Node value, String path) {
            problems.add(FormatError.at(path, value.line, value.column, null, "is not a list").withCode("VALUE_INVALID"));
        }

        private void notAnObject(JsonTree.Node value, String path) {
            problems.add(FormatError.at(path, value.line, value.column, null, "is not a JSON object")
                    .withCode("VALUE_INVALID"));
        }

        /** Puts a problem the parameter reader found at the field the parameter came from. */
        private FormatError relocate(FormatError problem) {
            Where at = where.get(problem.location());
            if (at == null) {
                String prefix = problem.location() + ".";
                at = where.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
            }
            if (at == null) {
                return problem;
            }
            FormatError moved = FormatError.at(at.path, at.line, at.column, problem.value().orElse(null),
                    problem.message()).withCode(problem.code());
            return problem.modelPath().map(moved::withModelPath).orElse(moved);
        }
    }

    private static boolean isZero(String text) {
        try {
            return text.length() <= 40 && new java.math.BigDecimal(text.trim()).signum() == 0;
        } catch (NumberFormatException notNumber) {
            return false;
        }
    }

    /** A field's JSON path and position. */
    private static final class Where {
        final String path;
        final int line;
        final int column;

        Where(String path, int line, int column) {
            this.path = path;
            this.line = line;
            this.column = column;
        }
    }

    /** Writes a node back as compact JSON (for SchedulerOptions, which the API takes as a JSON string). */
    private static String toJson(JsonTree.Node node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonTree.Node node, StringBuilder out) {
        switch (node.kind) {
            case OBJECT: {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonTree.Node> field : node.fields.entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    quote(field.getKey(), out);
                    out.append(':');
                    write(field.getValue(), out);
                }
                out.append('}');
                break;
            }
            case ARRAY: {
                out.append('[');
                for (int i = 0; i < node.items.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(node.items.get(i), out);
                }
                out.append(']');
                break;
            }
            case STRING:
                quote(node.text, out);
                break;
            case NULL:
                out.append("null");
                break;
            default:
                out.append(node.text);
        }
    }

    private static void quote(String text, StringBuilder out) {
        try {
            out.append(JsonSupport.shared().writeValueAsString(text));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
