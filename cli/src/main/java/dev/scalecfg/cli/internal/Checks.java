package dev.scalecfg.cli.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.validation.NetworkType;
import dev.scalecfg.validation.OsType;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CLI's single door to the validation module: builds the validation context once and runs the
 * default rule chain on each configuration.
 */
public final class Checks {
    private final RuleChain chain = RuleChain.defaultChain();
    private final ValidationContext context;

    /**
     * Prepares the validator for a run (reads the context file once).
     *
     * @param workingDirectory the directory relative names are resolved against
     * @param options the command-line options
     */
    public Checks(Path workingDirectory, ValidationOptions options) {
        ValidationContext.Builder builder = ValidationContext.builder();
        if (options.contextFile() != null) {
            InputFile file = InputFile.read(workingDirectory, options.contextFile());
            ContextDocument document = Codecs.readJson(file, ContextDocument.class);
            if (document.networkType() != null) {
                builder.networkType(enumValue(file, "networkType", NetworkType.class, document.networkType()));
            }
            if (document.osType() != null) {
                builder.osType(enumValue(file, "osType", OsType.class, document.osType()));
            }
            if (document.vpcId() != null) {
                builder.vpcId(document.vpcId());
            }
            if (document.apiVersion() != null) {
                try {
                    builder.apiVersion(ValidationOptions.oneOf(document.apiVersion(), ValidationOptions.API_2014,
                            ValidationOptions.API_2022));
                } catch (RuntimeException bad) {
                    throw new InputException(file.name() + ": apiVersion: " + bad.getMessage(), bad);
                }
            }
            if (document.securityGroupVpcs() != null) {
                document.securityGroupVpcs().forEach(builder::putSecurityGroupVpc);
            }
        }
        if (options.networkType() != null) {
            builder.networkType(NetworkType.valueOf(options.networkType().toUpperCase(Locale.ROOT)));
        }
        if (options.osType() != null) {
            builder.osType(OsType.valueOf(options.osType().toUpperCase(Locale.ROOT)));
        }
        if (options.vpcId() != null) {
            builder.vpcId(options.vpcId());
        }
        options.securityGroupVpcs().forEach(builder::putSecurityGroupVpc);
        if (options.apiVersionGiven() || options.contextFile() == null) {
            builder.apiVersion(options.apiVersion());
        }
        this.context = builder.build();
    }

    private static <E extends Enum<E>> E enumValue(InputFile file, String field, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException bad) {
            List<String> accepted = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                accepted.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw new InputException(file.name() + ": " + field + ": '" + value + "' is not one of "
                    + String.join(", ", accepted), bad);
        }
    }

    /**
     * Validates one configuration.
     *
     * @param config the configuration
     * @return the findings in the validator's order
     */
    public List<Finding> validate(ScalingConfiguration config) {
        List<Finding> findings = new ArrayList<>();
        for (Violation violation : chain.validate(config, context).getViolations()) {
            String parameter = violation.getParameter();
            if ((parameter == null || parameter.isEmpty()) && violation.getPath() != null) {
                parameter = EssParameters.parameterName(config, violation.getPath(),
                        context.getApiVersion()).orElse(null);
            }
            findings.add(new Finding(violation.getCode(),
                    violation.getSeverity().name(),
                    violation.getPath(), parameter, violation.getMessage()));
        }
        return findings;
    }

    /**
     * The JSON document of {@code --context FILE}.
     *
     * @param networkType {@code vpc} or {@code classic}
     * @param vpcId the VPC of the group's vSwitches
     * @param osType {@code linux} or {@code windows}
     * @param apiVersion the API version of parameter names in the output
     * @param securityGroupVpcs the VPC of each security group
     */
    public record ContextDocument(
            @JsonProperty("networkType") String networkType,
            @JsonProperty("vpcId") String vpcId,
            @JsonProperty("osType") String osType,
            @JsonProperty("apiVersion") String apiVersion,
            @JsonProperty("securityGroupVpcs") Map<String, String> securityGroupVpcs) {}
}
