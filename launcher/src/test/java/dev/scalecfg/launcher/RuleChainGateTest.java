package dev.scalecfg.launcher;

import static dev.scalecfg.launcher.Fixtures.A;
import static dev.scalecfg.launcher.Fixtures.cfg;
import static dev.scalecfg.launcher.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.CustomPriority;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.validation.BuiltInRules;
import dev.scalecfg.validation.InvalidConfigurationException;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code InstanceLauncher.create(RuleChain)}: the launcher gates with the chain it is given. */
final class RuleChainGateTest {
    private static final Rule COST_CENTER = Rule.of("org.example.cost-center", (configuration, context) ->
            configuration.getTags().containsKey("cost-center") ? List.of()
                    : List.of(Violation.error("COST_CENTER_MISSING", "tags", "Tags", "every configuration needs a cost-center tag")));

    @Test
    void theGivenChainDecidesWhatIsPlanned() {
        InstanceLauncher strict = InstanceLauncher.create(RuleChain.defaultChain().toBuilder().add(COST_CENTER).build());
        ScalingConfiguration untagged = cfg(A).withScalingGroupId("asg-bp14wlu85wrpchm0xxxx");
        assertThatThrownBy(() -> strict.plan(untagged, request(1, 1).build(), CapacitySnapshot.empty()))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).containsExactly("COST_CENTER_MISSING"));
        ScalingConfiguration tagged = untagged.toBuilder().putTag("cost-center", "cc-1").build();
        assertThat(strict.plan(tagged, request(1, 1).build(), CapacitySnapshot.empty()).getStatus())
                .isEqualTo(PlanStatus.FULFILLED);
        // the default launcher has no such rule
        assertThat(InstanceLauncher.create().plan(untagged, request(1, 1).build(), CapacitySnapshot.empty())
                .getStatus()).isEqualTo(PlanStatus.FULFILLED);
    }

    @Test
    void theDefaultChainAsGivenAlsoAsksForTheScalingGroup() {
        // create() leaves out the scaling-group rule (a template without a group can be planned);
        // create(chain) uses the chain exactly as given
        ScalingConfiguration noGroup = cfg(A);
        assertThat(InstanceLauncher.create().plan(noGroup, request(1, 1).build(), CapacitySnapshot.empty())
                .getStatus()).isEqualTo(PlanStatus.FULFILLED);
        assertThatThrownBy(() -> InstanceLauncher.create(RuleChain.defaultChain())
                .plan(noGroup, request(1, 1).build(), CapacitySnapshot.empty()))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).containsExactly("SCALING_GROUP_ID_MISSING"));
    }

    @Test
    void aChainWithoutTheRulesPlanningReliesOnIsRefused() {
        for (Rule required : List.of(BuiltInRules.FIELD_CONSTRAINTS, BuiltInRules.INSTANCE_TYPES)) {
            RuleChain without = RuleChain.defaultChain().toBuilder().remove(required.id()).build();
            assertThatThrownBy(() -> InstanceLauncher.create(without))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(required.id());
        }
        assertThatThrownBy(() -> InstanceLauncher.create(RuleChain.builder().build()))
                .hasMessageContainingAll(BuiltInRules.FIELD_CONSTRAINTS.id(), BuiltInRules.INSTANCE_TYPES.id());
        assertThatThrownBy(() -> InstanceLauncher.create(null)).isInstanceOf(NullPointerException.class);
        // the two rules alone are enough
        InstanceLauncher minimal = InstanceLauncher.create(RuleChain.builder()
                .add(BuiltInRules.FIELD_CONSTRAINTS).add(BuiltInRules.INSTANCE_TYPES).build());
        assertThat(minimal.plan(cfg(A), request(2, 1).build(), CapacitySnapshot.empty()).getPlannedUnits()).isEqualTo(2);
    }

    @Test
    void whatTheChainChecksIsNotCheckedAgainByTheLauncher() {
        // duplicate types, weights and unlisted custom-priority types are the chain's findings, with
        // their codes, not launcher input errors
        assertThatThrownBy(() -> Fixtures.LAUNCHER.plan(cfg(A, A), request(1, 1).build(), CapacitySnapshot.empty()))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).contains("INSTANCE_TYPE_DUPLICATE"));
        assertThatThrownBy(() -> Fixtures.LAUNCHER.plan(Fixtures.base().addInstanceType(Fixtures.weighted(A, 501)).build(),
                request(1, 1).build(), CapacitySnapshot.empty()))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).contains("WEIGHTED_CAPACITY_OUT_OF_RANGE"));
        ScalingConfiguration unlisted = cfg(A).toBuilder().addCustomPriority(CustomPriority.of("ecs.z.large", "vsw-1")).build();
        assertThatThrownBy(() -> Fixtures.LAUNCHER.plan(unlisted, request(1, 1).build(), CapacitySnapshot.empty()))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode).contains("CUSTOM_PRIORITY_TYPE_NOT_LISTED"));
    }
}
