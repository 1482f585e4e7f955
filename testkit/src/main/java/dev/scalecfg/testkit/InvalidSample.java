package dev.scalecfg.testkit;

import dev.scalecfg.core.ScalingConfiguration;
import java.util.Map;
import java.util.Objects;

/**
 * A configuration with exactly one documented mistake, and the violation code the default rule
 * chain of {@code scalecfg-validation} must report for it (and no other code).
 *
 * <p>Some rules need facts a configuration cannot show (the network type of the scaling group, the
 * OS of the image, the VPC of a security group); those samples carry them in {@link #context()}:
 * <ul>
 *   <li>{@value #NETWORK_TYPE}: {@code VPC} or {@code CLASSIC};</li>
 *   <li>{@value #OS_TYPE}: {@code LINUX} or {@code WINDOWS};</li>
 *   <li>{@value #VPC_ID}: the VPC of the scaling group's vSwitches;</li>
 *   <li>{@value #SECURITY_GROUP_VPC_PREFIX}{@code <sg-id>}: the VPC that security group lives in.</li>
 * </ul>
 * An empty context means the sample needs none.
 *
 * <p>{@code toString()} never shows secrets: the configuration hides its password and user data,
 * and descriptions never quote them.
 *
 * @param configuration the invalid configuration
 * @param expectedCode  the violation code it must produce, such as {@code NAME_LENGTH}
 * @param description   what was changed, for humans
 * @param context       facts the rule needs beyond the configuration; keys as listed above
 * @since 0.1.0
 */
public record InvalidSample(ScalingConfiguration configuration, String expectedCode, String description,
        Map<String, String> context) {

    /** Context key of the scaling group's network type ({@code VPC} or {@code CLASSIC}). */
    public static final String NETWORK_TYPE = "networkType";

    /** Context key of the image's OS ({@code LINUX} or {@code WINDOWS}). */
    public static final String OS_TYPE = "osType";

    /** Context key of the VPC of the scaling group's vSwitches. */
    public static final String VPC_ID = "vpcId";

    /** Prefix of the context keys naming the VPC of one security group. */
    public static final String SECURITY_GROUP_VPC_PREFIX = "securityGroupVpc:";

    /**
     * Checks and copies the components.
     *
     * @param configuration the invalid configuration
     * @param expectedCode  the violation code it must produce
     * @param description   what was changed
     * @param context       facts the rule needs beyond the configuration
     */
    public InvalidSample {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(expectedCode, "expectedCode");
        Objects.requireNonNull(description, "description");
        context = Map.copyOf(context);
    }
}
