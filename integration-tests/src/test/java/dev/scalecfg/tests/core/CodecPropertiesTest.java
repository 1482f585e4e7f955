package dev.scalecfg.tests.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.LifecycleState;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.AliyunCommandLine;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.json.ScalingJson;
import dev.scalecfg.testkit.ScalingGenerators;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

/**
 * The codecs round-trip every configuration the wire formats can express: the testkit's arbitrary
 * configurations (awkward strings, decimals of any scale) through canonical JSON, the ESS parameters
 * of both API versions and a quoted aliyun command line. Moved here from core's tests, whose own copy of
 * the generator (ConfigGen) went to the testkit as {@code ScalingGenerators.anyConfigurations()}.
 */
final class CodecPropertiesTest {
    private static final int EXAMPLES = 200;

    /** The lifecycle state is JSON only (not an API parameter): drawn for the JSON round trip alone. */
    private static Gen<ScalingConfiguration> withLifecycleState() {
        Gen<Optional<LifecycleState>> states = Generate.pick(List.of(LifecycleState.values())).toOptionals(50);
        return ScalingGenerators.anyConfigurations().zip(states, ScalingConfiguration::withLifecycleState);
    }

    @Test
    void jsonRoundTripsEveryConfiguration() {
        ScalingJson json = ScalingJson.defaults();
        qt().withExamples(EXAMPLES).forAll(withLifecycleState())
                .checkAssert(config -> assertThat(json.read(json.write(config))).isEqualTo(config));
    }

    @Test
    void essParametersRoundTripInBothVersions() {
        qt().withExamples(EXAMPLES).forAll(ScalingGenerators.anyConfigurations()).checkAssert(config -> {
            for (ApiVersion version : ApiVersion.values()) {
                Map<String, String> parameters = EssParameters.toParameters(config, version);
                assertThat(EssParameters.fromParameters(parameters)).isEqualTo(config);
                assertThat(EssParameters.toParameters(EssParameters.fromParameters(parameters), version))
                        .containsExactlyEntriesOf(parameters);
            }
        });
    }

    @Test
    void parameterNamesPointAtTheWrittenValues() {
        qt().withExamples(EXAMPLES).forAll(ScalingGenerators.anyConfigurations()).checkAssert(config -> {
            for (ApiVersion version : ApiVersion.values()) {
                Map<String, String> parameters = EssParameters.toParameters(config, version);
                for (int i = 0; i < config.getInstanceTypes().size(); i++) {
                    InstanceTypeSpec type = config.getInstanceTypes().get(i);
                    assertThat(parameters.get(name(config, "instanceTypes[" + i + "].instanceType", version)))
                            .isEqualTo(type.getInstanceType());
                    if (type.getSpotPriceLimit().isPresent()) {
                        assertThat(parameters.get(name(config, "instanceTypes[" + i + "].spotPriceLimit", version)))
                                .isEqualTo(type.getSpotPriceLimit().get().toString());
                    }
                }
                for (int i = 0; i < config.getDataDisks().size(); i++) {
                    assertThat(parameters.get(name(config, "dataDisks[" + i + "].size", version)))
                            .isEqualTo(config.getDataDisks().get(i).getSize().orElseThrow().toString());
                }
                for (int i = 0; i < config.getNetwork().getSecurityGroupIds().size(); i++) {
                    assertThat(parameters.get(name(config, "network.securityGroupIds[" + i + "]", version)))
                            .isEqualTo(config.getNetwork().getSecurityGroupIds().get(i));
                }
            }
        });
    }

    @Test
    void quotedCommandLinesReadBackTheSameConfiguration() {
        qt().withExamples(100).forAll(ScalingGenerators.anyConfigurations()).checkAssert(config -> {
            StringBuilder command = new StringBuilder("aliyun ess CreateScalingConfiguration");
            for (Map.Entry<String, String> parameter
                    : EssParameters.toParameters(config, ApiVersion.V2022_02_22).entrySet()) {
                command.append(" \\\n  --").append(parameter.getKey()).append("='")
                        .append(parameter.getValue().replace("'", "'\\''")).append('\'');
            }
            assertThat(AliyunCommandLine.read(command.toString())).isEqualTo(config);
        });
    }

    private static String name(ScalingConfiguration config, String path, ApiVersion version) {
        return EssParameters.parameterName(config, path, version).orElseThrow();
    }
}
