package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scalecfg.core.InstancePatternSpec;
import dev.scalecfg.core.InstanceTypeCandidateOptions;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.SpotStrategy;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extreme but readable values never blow up a message (issue #14): every number a violation quotes
 * goes through {@code Shown.number}, every text through {@code Shown.text}. Before, a
 * {@code SpotPriceLimit} of {@code 1E+2147483647} threw NegativeArraySizeException from
 * {@code toPlainString()} and {@code 1e999999999} ran out of memory while the message was built.
 */
final class BoundedMessagesTest {

    /** Far more than any message needs, far less than a rendered billion-digit number. */
    private static final int MAX_MESSAGE = 1_000;

    private static ScalingConfiguration withSpotLimit(BigDecimal limit, SpotStrategy strategy) {
        return Fixtures.builder().instanceTypes(java.util.List.of(InstanceTypeSpec.builder()
                .instanceType("ecs.g7.large").spotPriceLimit(limit).build())).spotStrategy(strategy).build();
    }

    private static void assertBounded(ValidationResult result, String... expectedCodes) {
        assertThat(result.codes()).contains(expectedCodes);
        assertThat(result.getViolations()).allSatisfy(v -> assertThat(v.getMessage().length())
                .as(v.getCode()).isLessThan(MAX_MESSAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+2147483647", "1e999999999", "-1E+2147483647"})
    void hugeSpotPriceLimit_isReportedInBoundedForm(String text) {
        BigDecimal limit = new BigDecimal(text);

        ValidationResult ignored = RuleChain.defaultChain().validate(withSpotLimit(limit, SpotStrategy.SPOT_AS_PRICE_GO));
        assertBounded(ignored, "SPOT_PRICE_LIMIT_IGNORED");
        assertThat(ignored.getViolations()).filteredOn(v -> v.getCode().equals("SPOT_PRICE_LIMIT_IGNORED"))
                .singleElement().satisfies(v -> assertThat(v.getMessage()).contains(text.startsWith("-") ? "-1E+" : "1E+"));

        ValidationResult limited = RuleChain.defaultChain().validate(withSpotLimit(limit, SpotStrategy.SPOT_WITH_PRICE_LIMIT));
        assertBounded(limited, text.startsWith("-") ? "PRICE_NOT_POSITIVE" : "PRICE_PRECISION");
        assertThatThrownBy(limited::throwIfInvalid).isInstanceOf(InvalidConfigurationException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(3 * MAX_MESSAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E-2147483647", "1e-999999999", "0.00000000000000000000000000000000000000001"})
    void tinyOrOverPrecisePrices_areReportedInBoundedForm(String text) {
        BigDecimal price = new BigDecimal(text);
        ScalingConfiguration config = Fixtures.builder()
                .instanceTypeCandidateOptions(InstanceTypeCandidateOptions.builder().maxPrice(price).build()).build();

        ValidationResult result = RuleChain.defaultChain().validate(config);

        assertBounded(result, "PRICE_PRECISION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1E+2147483647"})
    void hugePatternRanges_areReportedInBoundedForm(String text) {
        ScalingConfiguration config = Fixtures.builder().instanceTypes(java.util.List.of())
                .addInstancePattern(InstancePatternSpec.builder().cores(2).memory(BigDecimal.ONE)
                        .minimumMemorySize(new BigDecimal(text)).maximumMemorySize(BigDecimal.TEN).build())
                .build();

        ValidationResult result = RuleChain.defaultChain().validate(config);

        assertBounded(result, "INSTANCE_PATTERN_RANGE");
        assertThat(result.getViolations()).filteredOn(v -> v.getCode().equals("INSTANCE_PATTERN_RANGE"))
                .singleElement().satisfies(v -> assertThat(v.getMessage()).contains("1E+"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 1_000_000})
    void longTexts_areCutInMessages(int length) {
        String value = "aliyun-" + "x".repeat(length);
        ScalingConfiguration config = Fixtures.builder().putTag("env", value).instanceName("1" + "x".repeat(length))
                .build();

        ValidationResult result = RuleChain.defaultChain().validate(config);

        assertBounded(result, "TAG_RESERVED_PREFIX", "TAG_VALUE_LENGTH", "INSTANCE_NAME_LENGTH", "INSTANCE_NAME_FORMAT");
        ScalingConfiguration pattern = Fixtures.builder().hostName("web-[" + "9".repeat(length) + ",3]").build();
        assertBounded(RuleChain.defaultChain().validate(pattern), "SEQUENTIAL_NAME_PATTERN_INVALID");
    }
}
