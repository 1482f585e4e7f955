package dev.scalecfg.interop.internal.ros;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of {@code ALIYUN::ESS::ScalingConfiguration} properties: which ESS API parameter
 * each one stands for (interop-formats §2.2, §2.3). The reader and the writer both use it, in its
 * order, which is the writer's property order. Properties with no parameter of their own
 * ({@code TagList}, {@code SpotPriceLimit}, {@code SpotPriceLimitForInstanceType},
 * {@code InstanceId}) are handled by the mapper.
 */
public final class RosSchema {
    private RosSchema() {}

    /** The shape of a property. */
    public enum Shape {
        /** One value. */
        SCALAR,
        /** A list of values, sent as {@code Prefix.N}. */
        LIST,
        /** A list of objects, sent as {@code Prefix.N.Field}. */
        OBJECTS,
        /** An object of fixed properties, sent as {@code Prefix.Field}. */
        OBJECT
    }

    /** The type of a property's value as ROS declares it, for writing. */
    public enum Type {
        STRING, INTEGER, NUMBER, BOOLEAN, SECRET, USER_DATA
    }

    /** One property. Immutable. */
    public static final class Property {
        public final String name;
        public final String parameter;
        /** The 2014 spelling of the parameter, accepted when writing; null when it is the same. */
        public final String alternative;
        public final Shape shape;
        public final Type type;
        public final List<Property> fields;

        Property(String name, String parameter, String alternative, Shape shape, Type type, List<Property> fields) {
            this.name = name;
            this.parameter = parameter;
            this.alternative = alternative;
            this.shape = shape;
            this.type = type;
            this.fields = fields;
        }

        /** The field with this name, or null. */
        public Property field(String field) {
            for (Property property : fields) {
                if (property.name.equals(field)) {
                    return property;
                }
            }
            return null;
        }
    }

    private static Property p(String name, String parameter, Type type) {
        return new Property(name, parameter, null, Shape.SCALAR, type, List.of());
    }

    private static Property p(String name, String parameter) {
        return p(name, parameter, Type.STRING);
    }

    private static Property list(String name, String parameter, String alternative) {
        return new Property(name, parameter, alternative, Shape.LIST, Type.STRING, List.of());
    }

    private static Property objects(String name, String parameter, Property... fields) {
        return new Property(name, parameter, null, Shape.OBJECTS, null, List.of(fields));
    }

    /** The properties that stand for API parameters, in the writer's order. */
    public static final List<Property> PROPERTIES = List.of(
            p("ScalingGroupId", "ScalingGroupId"),
            p("ScalingConfigurationName", "ScalingConfigurationName"),
            p("InstanceDescription", "InstanceDescription"),
            p("ResourceGroupId", "ResourceGroupId"),
            p("ImageId", "ImageId"),
            p("ImageName", "ImageName"),
            p("ImageFamily", "ImageFamily"),
            p("ImageOptionsLoginAsNonRoot", "ImageOptions.LoginAsNonRoot", Type.BOOLEAN),
            p("InstanceType", "InstanceType"),
            list("InstanceTypes", "InstanceTypes", null),
            objects("InstanceTypeOverrides", "InstanceTypeOverride",
                    p("InstanceType", "InstanceType"),
                    p("WeightedCapacity", "WeightedCapacity", Type.INTEGER)),
            p("Cpu", "Cpu", Type.INTEGER),
            p("Memory", "Memory", Type.INTEGER),
            objects("InstancePatternInfos", "InstancePatternInfo",
                    p("Cores", "Cores", Type.INTEGER),
                    p("Memory", "Memory", Type.NUMBER),
                    p("MaxPrice", "MaxPrice", Type.NUMBER),
                    p("InstanceFamilyLevel", "InstanceFamilyLevel"),
                    p("BurstablePerformance", "BurstablePerformance"),
                    list("ExcludedInstanceTypes", "ExcludedInstanceTypes", "ExcludedInstanceType"),
                    list("Architectures", "Architectures", "Architecture")),
            p("CreditSpecification", "CreditSpecification"),
            p("SpotStrategy", "SpotStrategy"),
            p("SpotDuration", "SpotDuration", Type.INTEGER),
            p("SpotInterruptionBehavior", "SpotInterruptionBehavior"),
            p("SystemDiskCategory", "SystemDisk.Category"),
            list("SystemDiskCategories", "SystemDiskCategories", null),
            p("SystemDiskSize", "SystemDisk.Size", Type.INTEGER),
            p("SystemDiskPerformanceLevel", "SystemDisk.PerformanceLevel"),
            p("SystemDiskDiskName", "SystemDisk.DiskName"),
            p("SystemDiskDescription", "SystemDisk.Description"),
            p("SystemDiskAutoSnapshotPolicyId", "SystemDisk.AutoSnapshotPolicyId"),
            p("SystemDiskEncrypted", "SystemDisk.Encrypted", Type.BOOLEAN),
            p("SystemDiskEncryptAlgorithm", "SystemDisk.EncryptAlgorithm"),
            p("SystemDiskKMSKeyId", "SystemDisk.KMSKeyId"),
            p("SystemDiskBurstingEnabled", "SystemDisk.BurstingEnabled", Type.BOOLEAN),
            p("SystemDiskProvisionedIops", "SystemDisk.ProvisionedIops", Type.INTEGER),
            objects("DiskMappings", "DataDisk",
                    p("Category", "Category"),
                    list("Categories", "Categories", null),
                    p("Size", "Size"),
                    p("PerformanceLevel", "PerformanceLevel"),
                    p("SnapshotId", "SnapshotId"),
                    p("DeleteWithInstance", "DeleteWithInstance", Type.BOOLEAN),
                    p("Encrypted", "Encrypted"),
                    p("KMSKeyId", "KMSKeyId"),
                    p("DiskName", "DiskName"),
                    p("Description", "Description"),
                    p("Device", "Device"),
                    p("AutoSnapshotPolicyId", "AutoSnapshotPolicyId"),
                    p("BurstingEnabled", "BurstingEnabled", Type.BOOLEAN),
                    p("ProvisionedIops", "ProvisionedIops", Type.INTEGER)),
            p("SecurityGroupId", "SecurityGroupId"),
            list("SecurityGroupIds", "SecurityGroupIds", null),
            p("InternetChargeType", "InternetChargeType"),
            p("InternetMaxBandwidthOut", "InternetMaxBandwidthOut", Type.INTEGER),
            p("InternetMaxBandwidthIn", "InternetMaxBandwidthIn", Type.INTEGER),
            p("Ipv6AddressCount", "Ipv6AddressCount", Type.INTEGER),
            p("IoOptimized", "IoOptimized"),
            p("SecurityEnhancementStrategy", "SecurityEnhancementStrategy"),
            p("KeyPairName", "KeyPairName"),
            p("Password", "Password", Type.SECRET),
            p("PasswordInherit", "PasswordInherit", Type.BOOLEAN),
            p("InstanceName", "InstanceName"),
            p("HostName", "HostName"),
            p("RamRoleName", "RamRoleName"),
            p("UserData", "UserData", Type.USER_DATA),
            p("LoadBalancerWeight", "LoadBalancerWeight", Type.INTEGER),
            p("ZoneId", "ZoneId"),
            p("DeploymentSetId", "DeploymentSetId"),
            p("HpcClusterId", "HpcClusterId"),
            p("Tenancy", "Tenancy"),
            p("Affinity", "Affinity"),
            p("DedicatedHostId", "DedicatedHostId"),
            new Property("PrivatePoolOptions", "PrivatePoolOptions", null, Shape.OBJECT, null, List.of(
                    p("MatchCriteria", "MatchCriteria"),
                    p("Id", "Id"))));

    /** Properties mapped by hand. */
    public static final String TAG_LIST = "TagList";
    public static final String SPOT_PRICE_LIMIT = "SpotPriceLimit";
    public static final String SPOT_PRICE_LIMITS = "SpotPriceLimitForInstanceType";
    public static final String INSTANCE_ID = "InstanceId";

    private static final Map<String, Property> BY_NAME = byName();

    private static Map<String, Property> byName() {
        Map<String, Property> map = new HashMap<>();
        for (Property property : PROPERTIES) {
            map.put(property.name, property);
        }
        return Map.copyOf(map);
    }

    /** The property with this name, or null. */
    public static Property property(String name) {
        return BY_NAME.get(name);
    }

    /** Every property name, for suggestions. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(BY_NAME.keySet());
        names.addAll(List.of(TAG_LIST, SPOT_PRICE_LIMIT, SPOT_PRICE_LIMITS, INSTANCE_ID));
        return names;
    }
}
