package dev.scalecfg.tests.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.testkit.InvalidSample;
import dev.scalecfg.testkit.ScalingGenerators;
import dev.scalecfg.validation.NetworkType;
import dev.scalecfg.validation.OsType;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ValidationResult;
import dev.scalecfg.validation.ViolationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties over the testkit's generated configurations. */
final class ValidationPropertiesTest {

    private static final RuleChain CHAIN = RuleChain.defaultChain();

    /** Checks one invalid sample: its configuration, in its context, yields exactly its code. */
    static void checkSample(InvalidSample sample) {
        ValidationResult result = CHAIN.validate(sample.configuration(), sample.context());
        assertThat(result.codes()).as("%s -> %s", sample.description(), result).isNotEmpty()
                .containsOnly(sample.expectedCode());
    }

    private static void assertNoError(ScalingConfiguration config, ValidationContext context) {
        ValidationResult result = CHAIN.validate(config, context);
        assertThat(result.errors()).as("%s", config).isEmpty();
    }

    @Test
    void generatedValidConfigurations_haveNoError() {
        qt().withExamples(10_000).forAll(ScalingGenerators.configurations())
                .checkAssert(config -> assertNoError(config, ValidationContext.empty()));
    }

    @Test
    void generatedVpcConfigurations_haveNoError_inAVpcGroup() {
        ValidationContext vpc = ValidationContext.builder().networkType(NetworkType.VPC).build();
        qt().withExamples(150).forAll(ScalingGenerators.configurations().vpc()).checkAssert(config -> assertNoError(config, vpc));
    }

    @Test
    void generatedClassicConfigurations_haveNoError_inAClassicGroup() {
        ValidationContext classic = ValidationContext.builder().networkType(NetworkType.CLASSIC).build();
        qt().withExamples(150).forAll(ScalingGenerators.configurations().classic())
                .checkAssert(config -> assertNoError(config, classic));
    }

    @Test
    void generatedWindowsConfigurations_haveNoError() {
        ValidationContext windows = ValidationContext.builder().osType(OsType.WINDOWS).build();
        qt().withExamples(150).forAll(ScalingGenerators.configurations().windows())
                .checkAssert(config -> assertNoError(config, windows));
    }

    @Test
    void eachInvalidSample_yieldsExactlyItsCode() {
        qt().withExamples(2000).forAll(ScalingGenerators.invalidConfigurations())
                .checkAssert(sample -> checkSample(sample));
    }

    @Test
    void everyDocumentedCode_isProducedByAMutation() {
        List<String> ruleCodes = CHAIN.rules().stream().flatMap(rule -> rule.codes().stream())
                .map(ViolationCode::getCode).distinct().toList();
        assertThat(ScalingGenerators.documentedCodes()).containsExactlyInAnyOrderElementsOf(ruleCodes);
        assertThat(ScalingGenerators.mutationCodes()).containsExactlyInAnyOrderElementsOf(ruleCodes);
        for (String code : ScalingGenerators.mutationCodes()) {
            qt().withExamples(20).forAll(ScalingGenerators.invalidConfigurations().codes(code)).checkAssert(sample -> {
                assertThat(sample.expectedCode()).isEqualTo(code);
                assertThat(sample.code()).isEqualTo(CHAIN.codes().get(code));
                checkSample(sample);
            });
        }
    }
}
