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

    /** Codes whose rule needs the OS; with the OS unknown the rule is skipped (documented behaviour). */
    private static final java.util.Set<String> OS_CODES =
            java.util.Set.of("KEY_PAIR_AND_PASSWORD", "KEY_PAIR_ON_WINDOWS", "PASSWORD_WINDOWS_SLASH");

    /**
     * Checks one invalid sample: exactly its code, or nothing at all when the sample lacks a fact the
     * rule needs (the OS of a custom image); returns whether the code was produced.
     */
    static boolean checkSample(InvalidSample sample) {
        ValidationContext context = contextOf(sample);
        ValidationResult result = CHAIN.validate(sample.configuration(), context);
        if (OS_CODES.contains(sample.expectedCode()) && context.resolveOsType(sample.configuration()).isEmpty()) {
            assertThat(result.getViolations()).as("%s: OS unknown, rule skipped", sample.description()).isEmpty();
            return false;
        }
        assertThat(result.codes()).as("%s -> %s", sample.description(), result).isNotEmpty()
                .containsOnly(sample.expectedCode());
        return true;
    }

    private static void assertNoError(ScalingConfiguration config, ValidationContext context) {
        ValidationResult result = CHAIN.validate(config, context);
        assertThat(result.errors()).as("%s", config).isEmpty();
    }

    @Test
    void generatedValidConfigurations_haveNoError() {
        qt().withExamples(400).forAll(ScalingGenerators.configurations())
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
        qt().withExamples(1000).forAll(ScalingGenerators.invalidConfigurations())
                .checkAssert(sample -> checkSample(sample));
    }

    @Test
    void everyDocumentedCode_isProducedByAMutation() throws IOException {
        assertThat(ScalingGenerators.documentedCodes()).containsExactlyInAnyOrderElementsOf(DocumentedCodesTest.documented().keySet());
        assertThat(ScalingGenerators.mutationCodes()).containsExactlyInAnyOrderElementsOf(DocumentedCodesTest.documented().keySet());
        for (String code : ScalingGenerators.mutationCodes()) {
            java.util.concurrent.atomic.AtomicInteger produced = new java.util.concurrent.atomic.AtomicInteger();
            qt().withExamples(20).forAll(ScalingGenerators.invalidConfigurations().codes(code)).checkAssert(sample -> {
                assertThat(sample.expectedCode()).isEqualTo(code);
                if (checkSample(sample)) {
                    produced.incrementAndGet();
                }
            });
            assertThat(produced.get()).as("samples producing %s", code).isPositive();
        }
    }
}
