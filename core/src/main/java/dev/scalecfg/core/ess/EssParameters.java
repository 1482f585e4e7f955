package dev.scalecfg.core.ess;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.ScalingConfiguration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts between a {@link ScalingConfiguration} and the flat query parameters of the ESS
 * {@code CreateScalingConfiguration} API, such as {@code ImageId}, {@code InstanceTypes.1} and
 * {@code DataDisk.2.Size}.
 *
 * <pre>{@code
 * ScalingConfiguration config = EssParameters.fromParameters(Map.of(
 *     "ScalingGroupId", "asg-bp14wlu85wrpchm0xxxx",
 *     "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
 *     "InstanceTypes.1", "ecs.g7.large",
 *     "DataDisk.1.Size", "100"));
 * Map<String, String> request = EssParameters.toParameters(config, ApiVersion.V2022_02_22);
 * // {ScalingGroupId=asg-…, ImageId=…, InstanceTypes.1=ecs.g7.large, DataDisks.1.Size=100}
 * }</pre>
 *
 * <p><b>Reading</b> accepts the spelling of either API version ({@code DataDisk.N} or
 * {@code DataDisks.N}, {@code InstanceTypeOverride.N} or {@code InstanceTypeOverrides.N},
 * {@code SpotPriceLimit.N} or {@code SpotPriceLimits.N}, {@code InstancePatternInfo.N.Architecture.M}
 * or {@code InstancePatternInfos.N.Architectures.M}, …). Lists are 1-based and must have no gaps.
 * {@code Tags} is a JSON object string; {@code SchedulerOptions} is kept verbatim. The legacy
 * single {@code InstanceType} is read as a list of one type and must not be combined with
 * {@code InstanceTypes.N}; a {@code SpotPriceLimit.N} must name a listed type. The caller
 * parameters {@code OwnerId}, {@code OwnerAccount}, {@code ResourceOwnerAccount} and
 * {@code ResourceOwnerId} are accepted and ignored. An optional parameter with an empty value
 * ({@code SystemDisk.KMSKeyId=}, as the Terraform provider sends for an unset key) is not set, as in
 * every RPC request; booleans are read in any case ({@code True}, as the Python SDK sends them).
 * Every mistake is collected in one pass and
 * thrown as one {@link ConfigFormatException} that names the parameter, the value and the rule.
 *
 * <p><b>Writing</b> produces the spelling of the version asked for, in a stable order that follows
 * the API reference. Instance types without a weight are written as {@code InstanceTypes.N};
 * instance types with a weight as {@code InstanceTypeOverride(s).N.InstanceType} and
 * {@code .WeightedCapacity} (a mix writes both, which the validator reports); spot price limits as
 * {@code SpotPriceLimit(s).N}, in the order of the types. {@code DataDisk.N.Encrypted} is the
 * string {@code "true"} or {@code "false"}; prices keep their exact decimal text. The lifecycle
 * state is not an API parameter and is not written.
 *
 * <p><b>Round trips.</b> {@code fromParameters(toParameters(config, v))} equals {@code config} for
 * every configuration the wire format can express. It cannot express: a mix of weighted and
 * unweighted types in another order than unweighted first (the order changes); two entries for the
 * same instance type with different spot price limits (limits are keyed by type name); a list
 * element without any attribute (an empty data disk) or present but empty candidate options (no
 * parameter is written for them); an empty optional string (read back as not set); the lifecycle
 * state. For a map {@code m} of either version, {@code toParameters(fromParameters(m), v)} gives
 * {@code m} back in the spelling of {@code v}, except that a legacy {@code InstanceType} comes back
 * as {@code InstanceTypes.1}, ignored caller parameters and empty optional parameters are dropped
 * and booleans are written in lower case.
 *
 * @since 0.1.0
 */
public final class EssParameters {
    private EssParameters() {}

    /**
     * Reads a configuration from ESS API parameters of either version.
     *
     * @param parameters the parameters, such as {@code "DataDisk.1.Size" -> "100"}
     * @return the configuration
     * @throws ConfigFormatException listing every unknown parameter, malformed value, index gap and
     *     inconsistent instance-type parameter
     * @throws NullPointerException if the map is null
     */
    public static ScalingConfiguration fromParameters(Map<String, String> parameters) {
        return EssCodec.read(parameters);
    }

    /**
     * Writes a configuration as the ESS API parameters of the given version.
     *
     * @param config the configuration
     * @param version the API version whose parameter names to use
     * @return the parameters, in a stable order (a new, modifiable map)
     * @throws NullPointerException if an argument is null
     */
    public static Map<String, String> toParameters(ScalingConfiguration config, ApiVersion version) {
        return EssCodec.write(config, version);
    }

    /**
     * Returns the model property a parameter of either API version holds: the inverse of
     * {@link #parameterName(ScalingConfiguration, String, ApiVersion)}. Examples:
     * {@code SystemDisk.Size} → {@code systemDisk.size}; {@code DataDisks.2.Size} →
     * {@code dataDisks[1].size}; {@code SecurityGroupIds.3} → {@code network.securityGroupIds[2]};
     * {@code DataDisk} → {@code dataDisks}. Every instance-type parameter ({@code InstanceType},
     * {@code InstanceTypes.N}, {@code InstanceTypeOverride.N.*}, {@code SpotPriceLimit.N.*}) gives
     * {@code instanceTypes}, because the element it lands in depends on the other types.
     *
     * @param parameter a parameter name such as {@code DataDisk.2.Size}, or a list prefix such as
     *     {@code DataDisk.2}
     * @return the model path, empty when the name is not a parameter of the API
     * @throws NullPointerException if the name is null
     * @since 0.2.0
     */
    public static Optional<String> modelPath(String parameter) {
        return EssPaths.modelPath(Objects.requireNonNull(parameter, "parameter"));
    }

    /**
     * Returns the API parameter that holds a model property, for a configuration whose instance
     * types are not known. Instance types are then assumed to be written in list order:
     * {@code instanceTypes[i]} as {@code InstanceTypes.(i+1)}, {@code instanceTypes[i].weightedCapacity}
     * as {@code InstanceTypeOverride.(i+1).WeightedCapacity}, {@code instanceTypes[i].spotPriceLimit} as
     * {@code SpotPriceLimit.(i+1).PriceLimit}. Prefer
     * {@link #parameterName(ScalingConfiguration, String, ApiVersion)}, which knows the real layout.
     *
     * @param modelPath a property path as Bean Validation and the validation rules write it
     * @param version the API version whose spelling to use
     * @return the parameter name, empty when the path names no parameter
     * @see #parameterName(ScalingConfiguration, String, ApiVersion)
     */
    public static Optional<String> parameterName(String modelPath, ApiVersion version) {
        return EssNames.parameterName(null, Objects.requireNonNull(modelPath, "modelPath"),
                Objects.requireNonNull(version, "version"));
    }

    /**
     * Returns the API parameter that holds a model property of this configuration, exactly as
     * {@link #toParameters(ScalingConfiguration, ApiVersion)} writes it. Examples (2014-08-28):
     * <ul>
     *   <li>{@code name} → {@code ScalingConfigurationName}; {@code image.imageId} → {@code ImageId};
     *       {@code credentials.password} → {@code Password}; {@code tags} and {@code tags[env]} →
     *       {@code Tags}</li>
     *   <li>{@code dataDisks[1].size} → {@code DataDisk.2.Size} ({@code DataDisks.2.Size} in 2022);
     *       {@code dataDisks[1]} → {@code DataDisk.2}; {@code dataDisks[0].categories[1]} →
     *       {@code DataDisk.1.Categories.2}</li>
     *   <li>{@code network.securityGroupIds[3]} → {@code SecurityGroupIds.4};
     *       {@code systemDisk.categories[0]} → {@code SystemDiskCategories.1};
     *       {@code privatePool} → {@code PrivatePoolOptions}</li>
     *   <li>{@code instanceTypes[0].weightedCapacity} → {@code InstanceTypeOverride.1.WeightedCapacity};
     *       {@code instanceTypes[2].spotPriceLimit} → {@code SpotPriceLimit.k.PriceLimit}, k being the
     *       position among the types that have a limit; {@code instanceTypes[1]} and
     *       {@code instanceTypes[1].instanceType} → {@code InstanceTypes.k} for an unweighted type,
     *       {@code InstanceTypeOverride.k} / {@code InstanceTypeOverride.k.InstanceType} for a
     *       weighted one</li>
     * </ul>
     * Container nodes of Bean Validation paths ({@code <list element>}, {@code <map value>}, …)
     * are ignored.
     *
     * @param config the configuration the path belongs to; its instance types decide the layout
     * @param modelPath a property path such as {@code dataDisks[1].size}
     * @param version the API version whose spelling to use
     * @return the parameter name, empty when the path names no parameter (such as {@code image},
     *     which spans several parameters, or {@code lifecycleState})
     */
    public static Optional<String> parameterName(ScalingConfiguration config, String modelPath, ApiVersion version) {
        return EssNames.parameterName(Objects.requireNonNull(config, "config"),
                Objects.requireNonNull(modelPath, "modelPath"), Objects.requireNonNull(version, "version"));
    }
}
