package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.testkit.InvalidSample;
import dev.scalecfg.testkit.ScalingGenerators;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties over the testkit's generated configurations. */
final class ValidationPropertiesTest {

    private static final RuleChain CHAIN = RuleChain.defaultChain();

    /** Turns an invalid sample's context map into a {@link ValidationContext}. */
    static ValidationContext contextOf(InvalidSample sample) {
        ValidationContext.Builder context = ValidationContext.builder();
        for (Map.Entry<String, String> fact : sample.context().entrySet()) {
            String key = fact.getKey();
            if (key.equals(InvalidSample.NETWORK_TYPE)) {
                context.networkType(NetworkType.valueOf(fact.getValue()));
            } else if (key.equals(InvalidSample.OS_TYPE)) {
                context.osType(OsType.valueOf(fact.getValue()));
            } else if (key.equals(InvalidSample.VPC_ID)) {
                context.vpcId(fact.getValue());
            } else if (key.startsWith(InvalidSample.SECURITY_GROUP_VPC_PREFIX)) {
                context.putSecurityGroupVpc(key.substring(InvalidSample.SECURITY_GROUP_VPC_PREFIX.length()), fact.getValue());
            } else {
                throw new IllegalArgumentException("unknown context key " + key);
            }
        }
        return context.build();
    }

    /** Checks one invalid sample: its configuration, in its context, yields exactly its code. */
    static void checkSample(InvalidSample sample) {
        ValidationResult result = CHAIN.validate(sample.configuration(), contextOf(sample));
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
    void everyDocumentedCode_isProducedByAMutation() throws IOException {
        assertThat(ScalingGenerators.documentedCodes()).containsExactlyInAnyOrderElementsOf(DocumentedCodesTest.documented().keySet());
        assertThat(ScalingGenerators.mutationCodes()).containsExactlyInAnyOrderElementsOf(DocumentedCodesTest.documented().keySet());
        for (String code : ScalingGenerators.mutationCodes()) {
            qt().withExamples(20).forAll(ScalingGenerators.invalidConfigurations().codes(code)).checkAssert(sample -> {
                assertThat(sample.expectedCode()).isEqualTo(code);
                checkSample(sample);
            });
        }
    }
}
