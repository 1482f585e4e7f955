package dev.scalecfg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.json.ScalingJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world inputs (ESS parameter maps of both API versions, aliyun command lines, canonical JSON;
 * see {@code src/test/resources/realworld/README.md}): each one parses, round-trips and validates
 * with exactly the codes its file declares.
 */
final class RealWorldConfigurationsTest {

    private static final ScalingJson JSON = ScalingJson.defaults();

    static List<RealWorldFixture> fixtures() {
        return RealWorldFixture.all();
    }

    @Test
    void theCollectionIsLargeAndHasBothValidAndInvalidInputs() {
        List<RealWorldFixture> all = fixtures();
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        assertThat(all.stream().filter(f -> !f.codes("errors").isEmpty())).hasSizeGreaterThanOrEqualTo(6);
        assertThat(all.stream().filter(RealWorldFixture::isCommandLine)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.stream().filter(RealWorldFixture::isJson)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(all.stream().filter(f -> f.version() == ApiVersion.V2022_02_22)).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesAndValidatesWithExactlyTheDeclaredCodes(RealWorldFixture fixture) {
        ScalingConfiguration config = fixture.configuration();

        ValidationResult result = RuleChain.defaultChain().validate(config, fixture.context());

        assertThat(codes(result.errors())).as("%s errors: %s", fixture, result).isEqualTo(fixture.codes("errors"));
        assertThat(codes(result.warnings())).as("%s warnings: %s", fixture, result)
                .isEqualTo(fixture.codes("warnings"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parameterRoundTripKeepsEveryParameterAndValue(RealWorldFixture fixture) {
        ScalingConfiguration config = fixture.configuration();
        if (!fixture.isJson()) {
            Map<String, String> written = EssParameters.toParameters(config, fixture.version());
            if (fixture.exactRoundTrip()) {
                assertThat(written).as(fixture.name).isEqualTo(normalized(fixture.parameters()));
            }
        }
        for (ApiVersion version : ApiVersion.values()) {
            assertThat(EssParameters.fromParameters(EssParameters.toParameters(config, version)))
                    .as("%s via %s", fixture, version).isEqualTo(config);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void jsonRoundTripKeepsTheConfiguration(RealWorldFixture fixture) {
        ScalingConfiguration config = fixture.configuration();

        assertThat(JSON.read(JSON.write(config))).as(fixture.name).isEqualTo(config);
    }

    /**
     * The parameters as the codec writes them back: empty values (unset in RPC requests) are
     * dropped and booleans take their canonical lower-case spelling.
     */
    private static Map<String, String> normalized(Map<String, String> parameters) {
        Map<String, String> out = new LinkedHashMap<>();
        parameters.forEach((key, value) -> {
            if (value.isEmpty()) {
                return;
            }
            boolean bool = value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            out.put(key, bool ? value.toLowerCase(java.util.Locale.ROOT) : value);
        });
        return out;
    }

    private static Set<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::getCode).collect(Collectors.toCollection(TreeSet::new));
    }
}
