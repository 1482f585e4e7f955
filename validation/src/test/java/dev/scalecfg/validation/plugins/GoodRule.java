package dev.scalecfg.validation.plugins;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.Violation;
import dev.scalecfg.validation.ViolationCode;
import java.util.List;

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
    public List<ViolationCode> codes() {
        return List.of(ViolationCode.warning("TEST_NAME_MISSING").description("the configuration has no name").build());
    }

    @Override
    public List<Violation> check(ScalingConfiguration configuration, ValidationContext context) {
        return configuration.getName().isPresent() ? List.of()
                : List.of(Violation.warning("TEST_NAME_MISSING", "name", "ScalingConfigurationName", "no name"));
    }
}
