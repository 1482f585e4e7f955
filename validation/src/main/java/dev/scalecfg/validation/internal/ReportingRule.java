package dev.scalecfg.validation.internal;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ViolationCode;
import java.util.List;

/** Builds a built-in rule from a check that writes into a {@link Report}. */
public final class ReportingRule {

    /** A check writing into a report. */
    @FunctionalInterface
    public interface Check {
        /**
         * Runs the check.
         *
         * @param configuration the configuration
         * @param context the context
         * @param report where violations go
         */
        void run(ScalingConfiguration configuration, ValidationContext context, Report report);
    }

    private ReportingRule() {}

    /**
     * Creates a rule.
     *
     * @param id the rule id
     * @param codes the codes the check reports
     * @param check the check
     * @return the rule
     */
    public static Rule of(String id, List<ViolationCode> codes, Check check) {
        return Rule.of(id, codes, (configuration, context) -> {
            Report report = new Report(configuration, context);
            check.run(configuration, context, report);
            return report.violations();
        });
    }
}
