package dev.scalecfg.interop.internal.tf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table of {@code alicloud_ess_scaling_configuration} attributes: which ESS API parameter
 * each one is sent as, how its value is converted, and when the provider sends it (interop-formats
 * §1.1, §1.2, §1.4). The reader and the writer both use it, in its order, which is the canonical
 * attribute order of the writer.
 */
public final class TfSchema {
    private TfSchema() {}

    /** The shape of an attribute. */
    public enum Shape {
        /** One value. */
        SCALAR,
        /** A list or set of values, sent as {@code Prefix.N}. */
        LIST,
        /** Nested blocks, sent as {@code Prefix.N.Field}. */
        BLOCKS,
        /** A map, sent as one JSON object ({@code tags}). */
        MAP
    }

    /** How a value is turned into the parameter's text. */
    public enum Conv {
        /** As text. */
        STRING,
        /** An integer. */
        INT,
        /** A float the provider formats with two decimals ({@code %.2f}). */
        FLOAT2,
        /** A bool, sent as {@code true}/{@code false}. */
        BOOL,
        /** Sent unchanged when it is base64, else base64-encoded by the provider. */
        USER_DATA,
        /** A secret string. */
        SECRET
    }

    /** When the provider sends the attribute. */
    public enum Send {
        /** Always, zero values included. */
        ALWAYS,
        /** Only when it is not "" and not 0. */
        NONZERO,
        /** Whenever it is set, 0 included ({@code GetOkExists}). */
        SET
    }

    /** One attribute. Immutable. */
    public static final class Attr {
        public final String name;
        public final String parameter;
        /** Another spelling of the parameter accepted when writing (the 2014 names of pattern lists). */
        public final String alternative;
        public final Shape shape;
        public final Conv conv;
        public final Send send;
        /**
         * The value Terraform fills in when the attribute is unset and that equals the API's own
         * default: a plan or a state, which cannot tell it from a written value, reads it as unset.
         */
        public final String implicit;
        public final List<Attr> fields;

        Attr(String name, String parameter, String alternative, Shape shape, Conv conv, Send send, String implicit,
                List<Attr> fields) {
            this.name = name;
            this.parameter = parameter;
            this.alternative = alternative;
            this.shape = shape;
            this.conv = conv;
            this.send = send;
            this.implicit = implicit;
            this.fields = fields;
        }

        /** The field of a block attribute with this name, or null. */
        public Attr field(String field) {
            for (Attr attr : fields) {
                if (attr.name.equals(field)) {
                    return attr;
                }
            }
            return null;
        }
    }

    private static Attr scalar(String name, String parameter, Conv conv, Send send) {
        return new Attr(name, parameter, null, Shape.SCALAR, conv, send, null, List.of());
    }

    private static Attr scalar(String name, String parameter) {
        return scalar(name, parameter, Conv.STRING, Send.NONZERO);
    }

    private static Attr implicit(String name, String parameter, Conv conv, String implicit) {
        return new Attr(name, parameter, null, Shape.SCALAR, conv, Send.ALWAYS, implicit, List.of());
    }

    private static Attr list(String name, String parameter) {
        return new Attr(name, parameter, null, Shape.LIST, Conv.STRING, Send.NONZERO, null, List.of());
    }

    private static Attr list(String name, String parameter, String alternative) {
        return new Attr(name, parameter, alternative, Shape.LIST, Conv.STRING, Send.NONZERO, null, List.of());
    }

    private static Attr blocks(String name, String parameter, Attr... fields) {
        return new Attr(name, parameter, null, Shape.BLOCKS, null, Send.NONZERO, null, List.of(fields));
    }

    /** The singular instance type, appended to {@code instance_types} as the provider does. */
    public static final String INSTANCE_TYPE = "instance_type";
    /** {@code is_outdated}: chooses {@code IoOptimized=none}. */
    public static final String IS_OUTDATED = "is_outdated";
    /** Decrypted with KMS into {@code Password} when Terraform runs. */
    public static final String KMS_ENCRYPTED_PASSWORD = "kms_encrypted_password";

    /** Every attribute that becomes a parameter, in canonical order. */
    public static final List<Attr> ATTRIBUTES = List.of(
            scalar("scaling_group_id", "ScalingGroupId"),
            scalar("scaling_configuration_name", "ScalingConfigurationName"),
            scalar("instance_description", "InstanceDescription"),
            scalar("resource_group_id", "ResourceGroupId"),
            scalar("image_id", "ImageId", Conv.STRING, Send.ALWAYS),
            scalar("image_name", "ImageName"),
            implicit("image_options_login_as_non_root", "ImageOptions.LoginAsNonRoot", Conv.BOOL, "false"),
            scalar(INSTANCE_TYPE, "InstanceTypes"),
            list("instance_types", "InstanceTypes"),
            blocks("instance_type_override", "InstanceTypeOverride",
                    scalar("instance_type", "InstanceType"),
                    implicit("weighted_capacity", "WeightedCapacity", Conv.INT, "0")),
            blocks("instance_pattern_info", "InstancePatternInfo",
                    scalar("cores", "Cores", Conv.INT, Send.NONZERO),
                    scalar("memory", "Memory", Conv.FLOAT2, Send.NONZERO),
                    scalar("max_price", "MaxPrice", Conv.FLOAT2, Send.NONZERO),
                    scalar("instance_family_level", "InstanceFamilyLevel"),
                    scalar("burstable_performance", "BurstablePerformance"),
                    list("excluded_instance_types", "ExcludedInstanceTypes", "ExcludedInstanceType"),
                    list("architectures", "Architectures", "Architecture"),
                    list("instance_type_families", "InstanceTypeFamilies"),
                    list("instance_categories", "InstanceCategories"),
                    list("cpu_architectures", "CpuArchitectures"),
                    list("physical_processor_models", "PhysicalProcessorModels"),
                    list("gpu_specs", "GpuSpecs"),
                    scalar("minimum_cpu_core_count", "MinimumCpuCoreCount", Conv.INT, Send.NONZERO),
                    scalar("maximum_cpu_core_count", "MaximumCpuCoreCount", Conv.INT, Send.NONZERO),
                    scalar("minimum_memory_size", "MinimumMemorySize", Conv.FLOAT2, Send.NONZERO),
                    scalar("maximum_memory_size", "MaximumMemorySize", Conv.FLOAT2, Send.NONZERO),
                    scalar("minimum_gpu_amount", "MinimumGpuAmount", Conv.INT, Send.NONZERO),
                    scalar("maximum_gpu_amount", "MaximumGpuAmount", Conv.INT, Send.NONZERO),
                    scalar("minimum_initial_credit", "MinimumInitialCredit", Conv.INT, Send.NONZERO),
                    scalar("minimum_baseline_credit", "MinimumBaselineCredit", Conv.INT, Send.NONZERO),
                    scalar("minimum_eni_quantity", "MinimumEniQuantity", Conv.INT, Send.NONZERO),
                    scalar("minimum_eni_private_ip_address_quantity", "MinimumEniPrivateIpAddressQuantity", Conv.INT,
                            Send.NONZERO),
                    scalar("minimum_eni_ipv6_address_quantity", "MinimumEniIpv6AddressQuantity", Conv.INT,
                            Send.NONZERO)),
            scalar("credit_specification", "CreditSpecification"),
            blocks("custom_priorities", "CustomPriorities",
                    scalar("instance_type", "InstanceType"),
                    scalar("vswitch_id", "VswitchId")),
            scalar("spot_strategy", "SpotStrategy"),
            blocks("spot_price_limit", "SpotPriceLimit",
                    scalar("instance_type", "InstanceType"),
                    scalar("price_limit", "PriceLimit", Conv.FLOAT2, Send.ALWAYS)),
            scalar("spot_duration", "SpotDuration", Conv.INT, Send.SET),
            scalar("system_disk_category", "SystemDisk.Category"),
            scalar("system_disk_size", "SystemDisk.Size", Conv.INT, Send.NONZERO),
            scalar("system_disk_performance_level", "SystemDisk.PerformanceLevel"),
            scalar("system_disk_name", "SystemDisk.DiskName"),
            scalar("system_disk_description", "SystemDisk.Description"),
            scalar("system_disk_auto_snapshot_policy_id", "SystemDisk.AutoSnapshotPolicyId"),
            implicit("system_disk_encrypted", "SystemDisk.Encrypted", Conv.BOOL, "false"),
            scalar("system_disk_encrypt_algorithm", "SystemDisk.EncryptAlgorithm"),
            scalar("system_disk_kms_key_id", "SystemDisk.KMSKeyId", Conv.STRING, Send.ALWAYS),
            scalar("system_disk_provisioned_iops", "SystemDisk.ProvisionedIops", Conv.INT, Send.NONZERO),
            blocks("data_disk", "DataDisk",
                    scalar("category", "Category"),
                    implicit("size", "Size", Conv.INT, "0"),
                    scalar("performance_level", "PerformanceLevel"),
                    scalar("snapshot_id", "SnapshotId"),
                    implicit("delete_with_instance", "DeleteWithInstance", Conv.BOOL, "true"),
                    implicit("encrypted", "Encrypted", Conv.BOOL, "false"),
                    scalar("kms_key_id", "KMSKeyId"),
                    scalar("name", "DiskName"),
                    scalar("description", "Description"),
                    scalar("device", "Device"),
                    scalar("auto_snapshot_policy_id", "AutoSnapshotPolicyId"),
                    implicit("provisioned_iops", "ProvisionedIops", Conv.INT, "0")),
            scalar("security_group_id", "SecurityGroupId"),
            list("security_group_ids", "SecurityGroupIds"),
            scalar("internet_charge_type", "InternetChargeType"),
            implicit("internet_max_bandwidth_out", "InternetMaxBandwidthOut", Conv.INT, "0"),
            scalar("internet_max_bandwidth_in", "InternetMaxBandwidthIn", Conv.INT, Send.NONZERO),
            scalar(IS_OUTDATED, "IoOptimized", Conv.BOOL, Send.NONZERO),
            blocks("network_interfaces", "NetworkInterfaces",
                    scalar("instance_type", "InstanceType"),
                    list("security_group_ids", "SecurityGroupIds"),
                    implicit("ipv6_address_count", "Ipv6AddressCount", Conv.INT, "0"),
                    scalar("network_interface_traffic_mode", "NetworkInterfaceTrafficMode")),
            scalar("security_enhancement_strategy", "SecurityEnhancementStrategy"),
            scalar("http_endpoint", "HttpEndpoint"),
            implicit("deletion_protection", "DeletionProtection", Conv.BOOL, "false"),
            scalar("key_name", "KeyPairName"),
            scalar("password", "Password", Conv.SECRET, Send.NONZERO),
            implicit("password_inherit", "PasswordInherit", Conv.BOOL, "false"),
            scalar("instance_name", "InstanceName"),
            scalar("host_name", "HostName"),
            scalar("role_name", "RamRoleName"),
            scalar("user_data", "UserData", Conv.USER_DATA, Send.NONZERO),
            new Attr("tags", "Tags", null, Shape.MAP, Conv.STRING, Send.NONZERO, null, List.of()),
            scalar("dedicated_host_cluster_id", "DedicatedHostClusterId"),
            scalar("resource_pool_options_strategy", "ResourcePoolOptions.Strategy"),
            list("resource_pool_options_private_pool_ids", "ResourcePoolOptions.PrivatePoolIds"),
            blocks("resource_pool_options_private_pool_tags", "ResourcePoolOptions.PrivatePoolTags",
                    scalar("key", "Key", Conv.STRING, Send.ALWAYS),
                    scalar("value", "Value", Conv.STRING, Send.ALWAYS)));

    /**
     * Arguments of the resource that are no API parameter (lifecycle switches, deprecated
     * arguments, client-side settings, meta-arguments), with what the reader says about them (null:
     * nothing).
     */
    public static final Map<String, String> NO_PARAMETER = noParameter();

    private static Map<String, String> noParameter() {
        Map<String, String> map = new HashMap<>();
        for (String name : List.of("active", "enable", "substitute", "force_delete", "override",
                "kms_encryption_context", "count", "for_each", "depends_on", "provider", "lifecycle", "timeouts",
                "provisioner", "connection", "id")) {
            map.put(name, null);
        }
        map.put("io_optimized", "io_optimized is deprecated and ignored by the provider (is_outdated chooses"
                + " IoOptimized)");
        map.put("instance_ids", "instance_ids is deprecated and never sent (use alicloud_ess_attachment)");
        map.put(KMS_ENCRYPTED_PASSWORD, null);
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The nested block types of the resource (for {@code .tf.json} bodies and plan values). */
    public static final Set<String> BLOCK_TYPES = blockTypes();

    private static Set<String> blockTypes() {
        List<String> names = new ArrayList<>(List.of("lifecycle", "timeouts", "dynamic", "provisioner", "connection"));
        for (Attr attr : ATTRIBUTES) {
            if (attr.shape == Shape.BLOCKS) {
                names.add(attr.name);
            }
        }
        return Set.copyOf(names);
    }

    private static final Map<String, Attr> BY_NAME = byName();

    private static Map<String, Attr> byName() {
        Map<String, Attr> map = new HashMap<>();
        for (Attr attr : ATTRIBUTES) {
            map.put(attr.name, attr);
        }
        return Map.copyOf(map);
    }

    /** The attribute with this name, or null. */
    public static Attr attribute(String name) {
        return BY_NAME.get(name);
    }

    /** Every argument name the resource takes, for suggestions. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(BY_NAME.keySet());
        names.addAll(NO_PARAMETER.keySet());
        return names;
    }
}
