package dev.scalecfg.validation.plugins;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.Violation;
import java.util.List;
import java.util.Set;

/** A well-behaved plugin rule: every configuration needs a name. */
public final class GoodRule implements Rule {
    /** Creates the rule. */
    public GoodRule() {
        // stateless
    }

    @Override
    public String id() {
        return "test.named";
    }

    @Override
    public Set<String> codes() {
        return Set.of("TEST_NAME_MISSING");
    }

    @Override
    public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
        return configuration.getName().isPresent() ? List.of()
                : List.of(Violation.warning("TEST_NAME_MISSING", "name", "ScalingConfigurationName", "no name"));
    }
}
