package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingConfiguration;
import java.util.List;

/** An organisation's policy rule, installed through META-INF/services in the tests. */
public final class CostCenterTagRule implements Rule {

    /** Creates the rule; ServiceLoader needs a public no-argument constructor. */
    public CostCenterTagRule() {
        // stateless
    }

    @Override
    public String id() {
        return "test.cost-center-tag";
    }

    @Override
    public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
        if (configuration.getTags().containsKey("cost-center")) {
            return List.of();
        }
        return List.of(Violation.error("COST_CENTER_TAG_MISSING", "tags", "Tags",
                "Tags has no 'cost-center' key; every configuration must carry one"));
    }
}
