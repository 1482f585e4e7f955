package dev.scalecfg.examples;

import dev.scalecfg.core.ImageSpec;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.NetworkSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ValidationResult;
import dev.scalecfg.validation.Violation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Adds an organisation's own rule to the default rule chain: every configuration must carry a
 * {@code cost-center} tag of the form {@code cc-NNNN}, so that every instance it creates is billed
 * to a cost center.
 */
public final class CustomRuleExample {
    private static final Pattern COST_CENTER = Pattern.compile("cc-\\d{4}");

    private CustomRuleExample() {}

    /**
     * The organisation's rule.
     *
     * @return a rule reporting {@code COST_CENTER_TAG} errors on the {@code Tags} parameter
     */
    public static Rule costCenterTag() {
        return Rule.of("acme.costCenterTag", (config, context) -> {
            String value = config.getTags().get("cost-center");
            if (value == null) {
                return List.of(Violation.error("COST_CENTER_TAG", "tags", "Tags",
                        "every configuration must carry a cost-center tag (acme policy FIN-12)"));
            }
            if (!COST_CENTER.matcher(value).matches()) {
                return List.of(Violation.error("COST_CENTER_TAG", "tags[cost-center]", "Tags",
                        "cost-center must look like cc-1234, found '" + value + "'"));
            }
            return List.of();
        });
    }

    /**
     * The default chain plus the organisation's rule.
     *
     * @return the chain
     */
    public static RuleChain acmeChain() {
        return RuleChain.builder().addDefaults().add(costCenterTag()).build();
    }

    /**
     * Validates two configurations with the extended chain.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ScalingConfiguration untagged = ScalingConfiguration.builder()
                .scalingGroupId("asg-bp14wlu85wrpchm0a1b2")
                .name("reporting")
                .image(ImageSpec.builder().imageId("aliyun_3_x64_20G_alibase_20240819.vhd").build())
                .addInstanceType(InstanceTypeSpec.of("ecs.r7.large"))
                .network(NetworkSpec.builder().securityGroupId("sg-bp18kz60mefs3c4d").build())
                .putTag("team", "finance")
                .build();
        ScalingConfiguration tagged = untagged.withTags(java.util.Map.of("team", "finance", "cost-center", "cc-2031"));

        RuleChain chain = acmeChain();
        for (ScalingConfiguration config : List.of(untagged, tagged)) {
            ValidationResult result = chain.validate(config, ValidationContext.empty());
            System.out.println(config.getTags() + " -> " + (result.isValid() ? "valid" : "invalid"));
            result.getViolations().forEach(violation -> System.out.println("  " + violation.getSeverity() + " "
                    + violation.getParameter() + " " + violation.getCode() + ": " + violation.getMessage()));
        }
    }
}
