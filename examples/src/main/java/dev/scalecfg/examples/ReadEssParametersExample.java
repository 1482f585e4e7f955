package dev.scalecfg.examples;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ValidationResult;
import dev.scalecfg.validation.Violation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a configuration from the query parameters of a {@code CreateScalingConfiguration} call
 * (as an SDK or a log would show them), validates it and prints each violation with the API
 * parameter it concerns.
 */
public final class ReadEssParametersExample {
    private ReadEssParametersExample() {}

    /**
     * Returns the parameters of a call that has two mistakes: a system disk below the 20 GiB minimum
     * and a weak password.
     *
     * @return the parameters, as the API receives them
     */
    public static Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ScalingGroupId", "asg-bp14wlu85wrpchm0a1b2");
        parameters.put("ScalingConfigurationName", "batch-workers");
        parameters.put("ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd");
        parameters.put("InstanceTypes.1", "ecs.c7.xlarge");
        parameters.put("InstanceTypes.2", "ecs.c6.xlarge");
        parameters.put("SecurityGroupId", "sg-bp18kz60mefs3c4d");
        parameters.put("SystemDisk.Category", "cloud_essd");
        parameters.put("SystemDisk.Size", "10");
        parameters.put("Password", "password");
        parameters.put("Tags", "{\"env\":\"prod\",\"team\":\"batch\"}");
        return parameters;
    }

    /**
     * Reads, validates and prints.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ScalingConfiguration config;
        try {
            config = EssParameters.fromParameters(parameters());
        } catch (ConfigFormatException unreadable) {
            // a value the codec cannot read at all (such as "abc" for SystemDisk.Size) ends up here
            System.out.println("Cannot read the parameters: " + unreadable.getMessage());
            return;
        }
        System.out.println("Read " + config.getName().orElseThrow() + ": " + config.getInstanceTypes().size()
                + " instance types, system disk " + config.getSystemDisk().getSize().orElseThrow() + " GiB");

        ValidationContext context = ValidationContext.builder().apiVersion(ApiVersion.V2014_08_28).build();
        ValidationResult result = RuleChain.defaultChain().validate(config, context);
        System.out.println(result.isValid() ? "Valid." : result.errors().size() + " error(s):");
        for (Violation violation : result.getViolations()) {
            System.out.println("  " + violation.getSeverity() + " " + violation.getParameter() + " "
                    + violation.getCode() + ": " + violation.getMessage());
        }

        // the same configuration written back in the 2022-02-22 spelling
        System.out.println("As 2022-02-22 parameters: "
                + EssParameters.toParameters(config, ApiVersion.V2022_02_22).keySet());
    }
}
