package dev.scalecfg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.validation.NetworkType;
import dev.scalecfg.validation.OsType;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ViolationCode;
import dev.scalecfg.validation.rules.CredentialRules;
import dev.scalecfg.validation.rules.FieldRules;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class InvalidConfigurationsPropertiesTest {

    /** Codes whose mistakes {@link SpecChecks} does not model (context-only rules, formats it skips, warnings). */
    private static final Set<String> NOT_SPOT_CHECKED = Set.of(
            "DISK_NAME_LENGTH", "DISK_NAME_FORMAT", "KEY_PAIR_NAME_LENGTH", "KEY_PAIR_NAME_FORMAT", "ID_FORMAT",
            "PRICE_NOT_POSITIVE", "PRICE_PRECISION", "VALUE_NOT_POSITIVE", "VALUE_NEGATIVE", "PATTERN_FILTER_COUNT",
            "ARCHITECTURE_UNKNOWN", "SECURITY_GROUP_VPC_MISMATCH", "PRIVATE_POOL_TAG_COUNT", "INSTANCE_TYPE_RETIRED",
            "INSTANCE_PATTERN_REQUIRES_VPC", "INSTANCE_PATTERN_RANGE", "RAM_ROLE_REQUIRES_VPC", "USER_DATA_REQUIRES_VPC",
            "DEDICATED_HOST_SETTINGS", "SECURITY_ENHANCEMENT_CUSTOM_IMAGE", "IO_OPTIMIZED_NONE", "KEY_PAIR_NOT_IO_OPTIMIZED",
            "HTTP_TOKENS_ENDPOINT_DISABLED");

    @Test
    void everyDocumentedCodeHasAMutation() {
        // both sides are derived: the mutations' typed codes and the validator's registry
        assertThat(ScalingGenerators.mutationCodes()).containsExactlyInAnyOrderElementsOf(ScalingGenerators.documentedCodes());
        assertThat(ScalingGenerators.documentedCodes())
                .containsExactlyInAnyOrderElementsOf(RuleChain.defaultChain().rules().stream()
                        .flatMap(rule -> rule.codes().stream()).map(ViolationCode::getCode).distinct().toList());
    }

    @Test
    void everyMutationCodeIsDrawnByTheDefaultGenerator() {
        Set<String> seen = new HashSet<>();
        qt().withExamples(5000).forAll(ScalingGenerators.invalidConfigurations().gen())
                .checkAssert(sample -> seen.add(sample.expectedCode()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ScalingGenerators.mutationCodes());
    }

    @Test
    void samplesBreakTheSpotCheckedLimits() {
        qt().withExamples(5000).forAll(ScalingGenerators.invalidConfigurations().gen())
                .assuming(sample -> !NOT_SPOT_CHECKED.contains(sample.expectedCode()))
                .checkAssert(sample -> assertThat(SpecChecks.problems(sample.configuration()))
                        .as(sample.expectedCode() + ": " + sample.description()).isNotEmpty());
    }

    @Test
    void codes_narrowsToTheGivenCodes() {
        InvalidConfigurationGenerator passwords = ScalingGenerators.invalidConfigurations()
                .codes(CredentialRules.PASSWORD_LENGTH, FieldRules.TAG_COUNT);
        assertThat(passwords.producibleCodes()).containsExactly("PASSWORD_LENGTH", "TAG_COUNT");
        qt().withExamples(300).forAll(passwords.gen())
                .checkAssert(sample -> assertThat(sample.expectedCode()).isIn("PASSWORD_LENGTH", "TAG_COUNT"));
    }

    @Test
    void codes_rejectsUnknownCodes() {
        assertThatThrownBy(() -> ScalingGenerators.invalidConfigurations().codes("NO_SUCH_CODE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_SUCH_CODE");
        assertThatThrownBy(() -> ScalingGenerators.invalidConfigurations().codes()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contextOnlyRulesCarryTheirContext() {
        qt().withExamples(200).forAll(ScalingGenerators.invalidConfigurations()
                .codes("RAM_ROLE_REQUIRES_VPC", "USER_DATA_REQUIRES_VPC", "INSTANCE_PATTERN_REQUIRES_VPC").gen())
                .checkAssert(sample -> {
                    assertThat(sample.context().getNetworkType()).contains(NetworkType.CLASSIC);
                    // the base configuration is classic: nothing else is VPC-only
                    assertThat(sample.configuration().getNetwork().getNetworkInterfaces()).isEmpty();
                });
        qt().withExamples(100).forAll(ScalingGenerators.invalidConfigurations().codes("SECURITY_GROUP_VPC_MISMATCH").gen())
                .checkAssert(sample -> {
                    String group = sample.configuration().getNetwork().getSecurityGroupId().orElseThrow();
                    assertThat(sample.context().getSecurityGroupVpcs().get(group))
                            .isNotNull().isNotEqualTo(sample.context().getVpcId().orElseThrow());
                });
        qt().withExamples(100).forAll(ScalingGenerators.invalidConfigurations().codes("PASSWORD_WINDOWS_SLASH", "KEY_PAIR_ON_WINDOWS").gen())
                .checkAssert(sample -> {
                    assertThat(sample.context().getOsType()).contains(OsType.WINDOWS);
                    assertThat(SpecChecks.windows(sample.configuration())).isTrue();
                });
    }

    @Test
    void descriptionsAndToStringNeverRevealSecrets() {
        qt().withExamples(2000).forAll(ScalingGenerators.invalidConfigurations().gen()).checkAssert(sample -> {
            assertThat(sample.description()).isNotBlank();
            String text = sample.toString();
            sample.configuration().getCredentials().getPassword().ifPresent(p -> {
                assertThat(text).doesNotContain(p.reveal());
                assertThat(sample.description()).doesNotContain(p.reveal());
            });
        });
    }

    @Test
    void weightMixedSamplesReallyMixWeights() {
        qt().withExamples(200).forAll(ScalingGenerators.invalidConfigurations().codes("INSTANCE_TYPE_WEIGHT_MIXED").gen())
                .checkAssert(sample -> {
                    long weighted = sample.configuration().getInstanceTypes().stream()
                            .filter(t -> t.getWeightedCapacity().isPresent()).count();
                    assertThat(weighted).isPositive().isLessThan(sample.configuration().getInstanceTypes().size());
                });
    }
}
