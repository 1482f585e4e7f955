package dev.scalecfg.testkit;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import java.util.Objects;

/**
 * A configuration with exactly one documented mistake, the violation code the default rule chain of
 * {@code scalecfg-validation} must report for it (and no other code), and the validation context to
 * validate it in.
 *
 * <p>Some rules need facts a configuration cannot show (the network type of the scaling group, the
 * OS of the image, the VPC of a security group); such samples carry them in {@link #context()}, a
 * ready {@link ValidationContext}. Samples that need no fact carry {@link ValidationContext#empty()}.
 *
 * <pre>{@code
 * ValidationResult result = RuleChain.defaultChain().validate(sample.configuration(), sample.context());
 * assertThat(result.codes()).containsOnly(sample.expectedCode());
 * }</pre>
 *
 * <p>{@code toString()} never shows secrets: the configuration hides its password and user data,
 * and descriptions never quote them.
 *
 * @param configuration the invalid configuration
 * @param code          the violation code it must produce, with its severity and description
 * @param description   what was changed, for humans
 * @param context       the validation context the rule needs (facts beyond the configuration)
 * @since 0.1.0
 */
public record InvalidSample(ScalingConfiguration configuration, ViolationCode code, String description,
        ValidationContext context) {

    /**
     * Checks the components.
     *
     * @param configuration the invalid configuration
     * @param code          the violation code it must produce
     * @param description   what was changed
     * @param context       the validation context the rule needs
     */
    public InvalidSample {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(context, "context");
    }

    /**
     * Returns the code the sample must produce, as the string {@code Violation.getCode()} returns.
     *
     * @return the code, such as {@code NAME_LENGTH}
     */
    public String expectedCode() {
        return code.getCode();
    }
}
