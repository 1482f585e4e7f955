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

    /** The codes of the table in docs/validation.md. */
    private static java.util.Set<String> documented() throws IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "validation.md"));
        java.util.Set<String> codes = new java.util.TreeSet<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("^\\| ([A-Z][A-Z0-9_]+) \\| (ERROR|WARNING) \\|",
                java.util.regex.Pattern.MULTILINE).matcher(page);
        while (row.find()) {
            codes.add(row.group(1));
        }
        return codes;
    }

    @Test
    void everyDocumentedCode_isProducedByAMutation() throws IOException {
        assertThat(ScalingGenerators.documentedCodes()).containsExactlyInAnyOrderElementsOf(documented());
        assertThat(ScalingGenerators.mutationCodes()).containsExactlyInAnyOrderElementsOf(documented());
        for (String code : ScalingGenerators.mutationCodes()) {
            qt().withExamples(20).forAll(ScalingGenerators.invalidConfigurations().codes(code)).checkAssert(sample -> {
                assertThat(sample.expectedCode()).isEqualTo(code);
                checkSample(sample);
            });
        }
    }
}
