package dev.scalecfg.core.ess;

import dev.scalecfg.core.Affinity;
import dev.scalecfg.core.BurstablePerformance;
import dev.scalecfg.core.ConfidentialComputingMode;
import dev.scalecfg.core.CreditSpecification;
import dev.scalecfg.core.EncryptAlgorithm;
import dev.scalecfg.core.HttpEndpoint;
import dev.scalecfg.core.HttpTokens;
import dev.scalecfg.core.InstanceFamilyLevel;
import dev.scalecfg.core.InternetChargeType;
import dev.scalecfg.core.IoOptimized;
import dev.scalecfg.core.NetworkInterfaceTrafficMode;
import dev.scalecfg.core.NetworkInterfaceType;
import dev.scalecfg.core.PerformanceLevel;
import dev.scalecfg.core.PrivatePoolMatchCriteria;
import dev.scalecfg.core.ResourcePoolStrategy;
import dev.scalecfg.core.SecurityEnhancementStrategy;
import dev.scalecfg.core.SpotInterruptionBehavior;
import dev.scalecfg.core.SpotStrategy;
import dev.scalecfg.core.Tenancy;
import dev.scalecfg.core.internal.ApiEnums;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one table of ESS parameter names: which API parameter (in each API version) holds which
 * model property, and of which wire type. Reading, writing and {@code parameterName} all use it.
 *
 * <p>A {@link Scope} is the root request or one element of a repeated object list
 * ({@code DataDisk.N}); its fields carry model paths and wire names relative to the scope.
 */
final class EssSchema {
    private EssSchema() {}

    /** The wire type of a leaf value. */
    enum Kind {
        STRING, INT, LONG, BOOL, BOOL_STRING, DECIMAL, ENUM, CATEGORY, TAGS, SECRET
    }

    /** The shape of a field. */
    enum Shape {
        LEAF, VALUE_LIST, OBJECT_LIST
    }

    /** Model paths of the instance-type parameters, which the codec maps by hand. */
    static final String LEGACY_INSTANCE_TYPE = "$instanceType";
    static final String INSTANCE_TYPES = "$instanceTypes";
    static final String OVERRIDES = "$instanceTypeOverrides";
    static final String SPOT_PRICE_LIMITS = "$spotPriceLimits";

    /** One parameter (or repeated parameter) of a scope. Immutable; everything derived is computed once. */
    static final class Field {
        final Shape shape;
        final String modelPath;
        final String wire2014;
        final String wire2022;
        final Kind kind;
        final Class<?> enumType;
        final Scope element;
        final boolean required;
        /** The model path split at dots, such as {@code [systemDisk, size]}. */
        final List<String> modelSegments;
        /** The distinct wire spellings: 2014 first, then 2022 if it differs. */
        final List<String> spellings;

        Field(Shape shape, String modelPath, String wire2014, String wire2022, Kind kind, Class<?> enumType,
                Scope element, boolean required) {
            this.shape = shape;
            this.modelPath = modelPath;
            this.wire2014 = wire2014;
            this.wire2022 = wire2022;
            this.kind = kind;
            this.enumType = enumType;
            this.element = element;
            this.required = required;
            this.modelSegments = List.of(modelPath.split("\\."));
            this.spellings = wire2014.equals(wire2022) ? List.of(wire2014) : List.of(wire2014, wire2022);
        }

        String wire(ApiVersion version) {
            return version == ApiVersion.V2014_08_28 ? wire2014 : wire2022;
        }

        boolean special() {
            return modelPath.startsWith("$");
        }

        List<String> modelSegments() {
            return modelSegments;
        }

        /** The allowed spellings of an enum field, comma separated. */
        String allowed() {
            return ApiEnums.allowedSpellings(enumType);
        }

        /** Returns the constant with this spelling, or null. */
        Object enumConstant(String text) {
            return ApiEnums.constantOrNull(enumType, text);
        }
    }

    /** One wire spelling of a field, split at dots. */
    static final class Spelling {
        final Field field;
        final String[] parts;

        Spelling(Field field, String wire) {
            this.field = field;
            this.parts = wire.split("\\.");
        }
    }

    /** The fields of the root request or of one element of an object list. Immutable. */
    static final class Scope {
        final List<Field> fields;
        /** The spellings of the fields by their first segment, in field order. */
        private final Map<String, List<Spelling>> byFirstSegment;
        private final Map<String, Field> byModelPath;

        Scope(Field... fields) {
            this.fields = List.of(fields);
            Map<String, List<Spelling>> first = new HashMap<>();
            Map<String, Field> model = new HashMap<>();
            for (Field field : fields) {
                for (String wire : field.spellings) {
                    Spelling spelling = new Spelling(field, wire);
                    first.computeIfAbsent(spelling.parts[0], unused -> new ArrayList<>()).add(spelling);
                }
                model.putIfAbsent(field.modelPath, field);
            }
            first.replaceAll((segment, spellings) -> List.copyOf(spellings));
            this.byFirstSegment = Map.copyOf(first);
            this.byModelPath = Map.copyOf(model);
        }

        /**
         * The spellings whose first segment is {@code segment}, in the order of the fields (and
         * 2014 before 2022): exactly the candidates a scan of every field would try.
         */
        List<Spelling> startingWith(String segment) {
            return byFirstSegment.getOrDefault(segment, List.of());
        }

        /** The wire names of the required fields, for messages. */
        String requiredNames(ApiVersion version) {
            return fields.stream().filter(f -> f.required).map(f -> f.wire(version))
                    .collect(Collectors.joining(" and "));
        }

        /** Every parameter template of the scope, such as {@code DataDisk.N.Size}, both spellings. */
        void templates(String prefix, List<String> out) {
            for (Field field : fields) {
                for (String wire : field.spellings) {
                    switch (field.shape) {
                        case LEAF:
                            out.add(prefix + wire);
                            break;
                        case VALUE_LIST:
                            out.add(prefix + wire + ".N");
                            break;
                        default:
                            field.element.templates(prefix + wire + ".N.", out);
                    }
                }
            }
        }
    }

    // ---- table builders -------------------------------------------------------------------

    private static Field leaf(String model, String wire, Kind kind) {
        return new Field(Shape.LEAF, model, wire, wire, kind, null, null, false);
    }

    private static Field required(String model, String wire, Kind kind) {
        return new Field(Shape.LEAF, model, wire, wire, kind, null, null, true);
    }

    private static Field enumLeaf(String model, String wire, Class<? extends Enum<?>> type) {
        return new Field(Shape.LEAF, model, wire, wire, Kind.ENUM, type, null, false);
    }

    private static Field values(String model, String wire2014, String wire2022, Kind kind) {
        return new Field(Shape.VALUE_LIST, model, wire2014, wire2022, kind, null, null, false);
    }

    private static Field values(String model, String wire, Kind kind) {
        return values(model, wire, wire, kind);
    }

    private static Field objects(String model, String wire2014, String wire2022, Scope element) {
        return new Field(Shape.OBJECT_LIST, model, wire2014, wire2022, null, null, element, false);
    }

    private static Field objects(String model, String wire, Scope element) {
        return objects(model, wire, wire, element);
    }

    // ---- the table ------------------------------------------------------------------------

    private static final Scope INSTANCE_PATTERN = new Scope(
            leaf("cores", "Cores", Kind.INT),
            leaf("memory", "Memory", Kind.DECIMAL),
            leaf("maxPrice", "MaxPrice", Kind.DECIMAL),
            enumLeaf("instanceFamilyLevel", "InstanceFamilyLevel", InstanceFamilyLevel.class),
            enumLeaf("burstablePerformance", "BurstablePerformance", BurstablePerformance.class),
            values("architectures", "Architecture", "Architectures", Kind.STRING),
            values("excludedInstanceTypes", "ExcludedInstanceType", "ExcludedInstanceTypes", Kind.STRING),
            values("instanceTypeFamilies", "InstanceTypeFamilies", Kind.STRING),
            values("instanceCategories", "InstanceCategories", Kind.STRING),
            values("cpuArchitectures", "CpuArchitectures", Kind.STRING),
            values("physicalProcessorModels", "PhysicalProcessorModels", Kind.STRING),
            values("gpuSpecs", "GpuSpecs", Kind.STRING),
            leaf("minimumCpuCoreCount", "MinimumCpuCoreCount", Kind.INT),
            leaf("maximumCpuCoreCount", "MaximumCpuCoreCount", Kind.INT),
            leaf("minimumMemorySize", "MinimumMemorySize", Kind.DECIMAL),
            leaf("maximumMemorySize", "MaximumMemorySize", Kind.DECIMAL),
            leaf("minimumGpuAmount", "MinimumGpuAmount", Kind.INT),
            leaf("maximumGpuAmount", "MaximumGpuAmount", Kind.INT),
            leaf("minimumInitialCredit", "MinimumInitialCredit", Kind.INT),
            leaf("minimumBaselineCredit", "MinimumBaselineCredit", Kind.INT),
            leaf("minimumEniQuantity", "MinimumEniQuantity", Kind.INT),
            leaf("minimumEniPrivateIpAddressQuantity", "MinimumEniPrivateIpAddressQuantity", Kind.INT),
            leaf("minimumEniIpv6AddressQuantity", "MinimumEniIpv6AddressQuantity", Kind.INT));

    private static final Scope OVERRIDE = new Scope(
            required("instanceType", "InstanceType", Kind.STRING),
            required("weightedCapacity", "WeightedCapacity", Kind.INT));

    private static final Scope SPOT_PRICE_LIMIT = new Scope(
            required("instanceType", "InstanceType", Kind.STRING),
            required("priceLimit", "PriceLimit", Kind.DECIMAL));

    private static final Scope CUSTOM_PRIORITY = new Scope(
            required("instanceType", "InstanceType", Kind.STRING),
            required("vswitchId", "VswitchId", Kind.STRING));

    private static final Scope DATA_DISK = new Scope(
            leaf("category", "Category", Kind.CATEGORY),
            values("categories", "Categories", Kind.CATEGORY),
            leaf("size", "Size", Kind.INT),
            enumLeaf("performanceLevel", "PerformanceLevel", PerformanceLevel.class),
            leaf("snapshotId", "SnapshotId", Kind.STRING),
            leaf("deleteWithInstance", "DeleteWithInstance", Kind.BOOL),
            leaf("encrypted", "Encrypted", Kind.BOOL_STRING),
            leaf("kmsKeyId", "KMSKeyId", Kind.STRING),
            leaf("diskName", "DiskName", Kind.STRING),
            leaf("description", "Description", Kind.STRING),
            leaf("device", "Device", Kind.STRING),
            leaf("autoSnapshotPolicyId", "AutoSnapshotPolicyId", Kind.STRING),
            leaf("burstingEnabled", "BurstingEnabled", Kind.BOOL),
            leaf("provisionedIops", "ProvisionedIops", Kind.LONG));

    private static final Scope NETWORK_INTERFACE = new Scope(
            enumLeaf("interfaceType", "InstanceType", NetworkInterfaceType.class),
            values("securityGroupIds", "SecurityGroupIds", Kind.STRING),
            leaf("ipv6AddressCount", "Ipv6AddressCount", Kind.INT),
            enumLeaf("trafficMode", "NetworkInterfaceTrafficMode", NetworkInterfaceTrafficMode.class),
            leaf("secondaryPrivateIpAddressCount", "SecondaryPrivateIpAddressCount", Kind.INT));

    private static final Scope POOL_TAG = new Scope(
            required("key", "Key", Kind.STRING),
            required("value", "Value", Kind.STRING));

    /** The request: every parameter of {@code CreateScalingConfiguration}, in writing order. */
    static final Scope ROOT = new Scope(
            // identity
            leaf("regionId", "RegionId", Kind.STRING),
            leaf("scalingGroupId", "ScalingGroupId", Kind.STRING),
            leaf("name", "ScalingConfigurationName", Kind.STRING),
            leaf("instanceDescription", "InstanceDescription", Kind.STRING),
            leaf("clientToken", "ClientToken", Kind.STRING),
            leaf("resourceGroupId", "ResourceGroupId", Kind.STRING),
            // image
            leaf("image.imageId", "ImageId", Kind.STRING),
            leaf("image.imageName", "ImageName", Kind.STRING),
            leaf("image.imageFamily", "ImageFamily", Kind.STRING),
            leaf("image.loginAsNonRoot", "ImageOptions.LoginAsNonRoot", Kind.BOOL),
            // instance types (mapped by hand: see EssCodec)
            leaf(LEGACY_INSTANCE_TYPE, "InstanceType", Kind.STRING),
            values(INSTANCE_TYPES, "InstanceTypes", Kind.STRING),
            objects(OVERRIDES, "InstanceTypeOverride", "InstanceTypeOverrides", OVERRIDE),
            leaf("cpu", "Cpu", Kind.INT),
            leaf("memory", "Memory", Kind.INT),
            objects("instancePatterns", "InstancePatternInfo", "InstancePatternInfos", INSTANCE_PATTERN),
            enumLeaf("creditSpecification", "CreditSpecification", CreditSpecification.class),
            objects("customPriorities", "CustomPriorities", CUSTOM_PRIORITY),
            leaf("instanceTypeCandidateOptions.enabled", "InstanceTypeCandidateOptions.Enabled", Kind.BOOL),
            leaf("instanceTypeCandidateOptions.allowDifferentGeneration",
                    "InstanceTypeCandidateOptions.AllowDifferentGeneration", Kind.BOOL),
            leaf("instanceTypeCandidateOptions.allowCrossAz", "InstanceTypeCandidateOptions.AllowCrossAz", Kind.BOOL),
            values("instanceTypeCandidateOptions.allowCidrBlocks", "InstanceTypeCandidateOptions.AllowCidrBlocks",
                    Kind.STRING),
            leaf("instanceTypeCandidateOptions.maxPrice", "InstanceTypeCandidateOptions.MaxPrice", Kind.DECIMAL),
            // billing
            enumLeaf("spotStrategy", "SpotStrategy", SpotStrategy.class),
            objects(SPOT_PRICE_LIMITS, "SpotPriceLimit", "SpotPriceLimits", SPOT_PRICE_LIMIT),
            leaf("spotDuration", "SpotDuration", Kind.INT),
            enumLeaf("spotInterruptionBehavior", "SpotInterruptionBehavior", SpotInterruptionBehavior.class),
            // storage
            leaf("systemDisk.category", "SystemDisk.Category", Kind.CATEGORY),
            values("systemDisk.categories", "SystemDiskCategories", Kind.CATEGORY),
            leaf("systemDisk.size", "SystemDisk.Size", Kind.INT),
            enumLeaf("systemDisk.performanceLevel", "SystemDisk.PerformanceLevel", PerformanceLevel.class),
            leaf("systemDisk.diskName", "SystemDisk.DiskName", Kind.STRING),
            leaf("systemDisk.description", "SystemDisk.Description", Kind.STRING),
            leaf("systemDisk.autoSnapshotPolicyId", "SystemDisk.AutoSnapshotPolicyId", Kind.STRING),
            leaf("systemDisk.encrypted", "SystemDisk.Encrypted", Kind.BOOL),
            enumLeaf("systemDisk.encryptAlgorithm", "SystemDisk.EncryptAlgorithm", EncryptAlgorithm.class),
            leaf("systemDisk.kmsKeyId", "SystemDisk.KMSKeyId", Kind.STRING),
            leaf("systemDisk.burstingEnabled", "SystemDisk.BurstingEnabled", Kind.BOOL),
            leaf("systemDisk.provisionedIops", "SystemDisk.ProvisionedIops", Kind.LONG),
            objects("dataDisks", "DataDisk", "DataDisks", DATA_DISK),
            leaf("storageSetId", "StorageSetId", Kind.STRING),
            leaf("storageSetPartitionNumber", "StorageSetPartitionNumber", Kind.INT),
            // network and security
            leaf("network.securityGroupId", "SecurityGroupId", Kind.STRING),
            values("network.securityGroupIds", "SecurityGroupIds", Kind.STRING),
            enumLeaf("network.internetChargeType", "InternetChargeType", InternetChargeType.class),
            leaf("network.internetMaxBandwidthOut", "InternetMaxBandwidthOut", Kind.INT),
            leaf("network.internetMaxBandwidthIn", "InternetMaxBandwidthIn", Kind.INT),
            leaf("network.ipv6AddressCount", "Ipv6AddressCount", Kind.INT),
            enumLeaf("network.ioOptimized", "IoOptimized", IoOptimized.class),
            objects("network.networkInterfaces", "NetworkInterfaces", NETWORK_INTERFACE),
            enumLeaf("securityEnhancementStrategy", "SecurityEnhancementStrategy", SecurityEnhancementStrategy.class),
            enumLeaf("httpEndpoint", "HttpEndpoint", HttpEndpoint.class),
            enumLeaf("httpTokens", "HttpTokens", HttpTokens.class),
            enumLeaf("confidentialComputingMode", "SecurityOptions.ConfidentialComputingMode",
                    ConfidentialComputingMode.class),
            leaf("deletionProtection", "DeletionProtection", Kind.BOOL),
            // system settings
            leaf("credentials.keyPairName", "KeyPairName", Kind.STRING),
            leaf("credentials.password", "Password", Kind.SECRET),
            leaf("credentials.passwordInherit", "PasswordInherit", Kind.BOOL),
            leaf("instanceName", "InstanceName", Kind.STRING),
            leaf("hostName", "HostName", Kind.STRING),
            leaf("ramRoleName", "RamRoleName", Kind.STRING),
            leaf("userData", "UserData", Kind.SECRET),
            leaf("tags", "Tags", Kind.TAGS),
            leaf("loadBalancerWeight", "LoadBalancerWeight", Kind.INT),
            // placement and pools
            leaf("placement.zoneId", "ZoneId", Kind.STRING),
            leaf("placement.deploymentSetId", "DeploymentSetId", Kind.STRING),
            leaf("placement.hpcClusterId", "HpcClusterId", Kind.STRING),
            enumLeaf("placement.tenancy", "Tenancy", Tenancy.class),
            enumLeaf("placement.affinity", "Affinity", Affinity.class),
            leaf("placement.dedicatedHostId", "DedicatedHostId", Kind.STRING),
            leaf("placement.dedicatedHostClusterId", "DedicatedHostClusterId", Kind.STRING),
            enumLeaf("privatePool.matchCriteria", "PrivatePoolOptions.MatchCriteria", PrivatePoolMatchCriteria.class),
            leaf("privatePool.id", "PrivatePoolOptions.Id", Kind.STRING),
            enumLeaf("resourcePool.strategy", "ResourcePoolOptions.Strategy", ResourcePoolStrategy.class),
            values("resourcePool.privatePoolIds", "ResourcePoolOptions.PrivatePoolIds", Kind.STRING),
            objects("resourcePool.privatePoolTags", "ResourcePoolOptions.PrivatePoolTags", POOL_TAG),
            leaf("schedulerOptions", "SchedulerOptions", Kind.STRING));

    /**
     * Common parameters of every ESS request that say who calls, not what to create. They are
     * accepted and ignored.
     */
    static final List<String> IGNORED = List.of("OwnerId", "OwnerAccount", "ResourceOwnerAccount", "ResourceOwnerId");

    private static final List<String> TEMPLATES = buildTemplates();

    private static List<String> buildTemplates() {
        List<String> out = new ArrayList<>();
        ROOT.templates("", out);
        return List.copyOf(out);
    }

    /** Every parameter template, such as {@code DataDisk.N.Size}, in both spellings (computed once). */
    static List<String> templates() {
        return TEMPLATES;
    }

    /** The field of a scope with this (relative) model path, or null. */
    static Field byModelPath(Scope scope, String modelPath) {
        return scope.byModelPath.get(modelPath);
    }
}
