package dev.scalecfg.validation.rules;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.internal.Report;
import dev.scalecfg.validation.internal.ReportingRule;
import java.util.List;

/**
 * The scaling group: {@code ScalingGroupId} is the only parameter the API requires
 * ({@code InvalidScalingGroupId.NotFound} otherwise). A template meant for several groups can leave
 * it out and remove this rule by its id ({@code "scaling-group"}).
 *
 * @since 0.2.0
 */
public final class ScalingGroupRules {

    /** ScalingGroupId is missing. */
    public static final ViolationCode SCALING_GROUP_ID_MISSING = ViolationCode.error("SCALING_GROUP_ID_MISSING")
            .addParameters("ScalingGroupId")
            .description("required")
            .source("spec §1.1 (the only required parameter)").build();

    /** Every code of {@link #SCALING_GROUP}. */
    public static final List<ViolationCode> CODES = List.of(SCALING_GROUP_ID_MISSING);

    /** The rule {@code scaling-group}. */
    public static final Rule SCALING_GROUP = ReportingRule.of("scaling-group", CODES, ScalingGroupRules::scalingGroup);

    private ScalingGroupRules() {}

    private static void scalingGroup(ScalingConfiguration c, ValidationContext ctx, Report r) {
        if (c.getScalingGroupId().isEmpty()) {
            r.add(SCALING_GROUP_ID_MISSING, "scalingGroupId", p -> p + " is not set; the API requires the ID of"
                    + " the scaling group the configuration belongs to (asg-…)");
        }
    }
}
