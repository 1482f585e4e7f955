package dev.scalecfg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.json.ScalingJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Generated valid configurations survive the JSON codec and the ESS parameter codec of both API versions. */
final class CodecRoundTripPropertiesTest {

    private static final ScalingJson JSON = ScalingJson.defaults();
    private static final ConfigurationGenerator ALL = ScalingGenerators.configurations().dataDisks(0, 16).instanceTypes(1, 10);

    @Test
    void json_roundTripsTenThousandConfigurations() {
        qt().withExamples(10_000).forAll(ALL.gen())
                .checkAssert(config -> assertThat(JSON.read(JSON.write(config))).isEqualTo(config));
    }

    @Test
    void essParameters2022_roundTripTenThousandConfigurations() {
        qt().withExamples(10_000).forAll(ALL.gen()).checkAssert(config -> roundTrip(config, ApiVersion.V2022_02_22));
    }

    @Test
    void essParameters2014_roundTripTenThousandConfigurations() {
        qt().withExamples(10_000).forAll(ALL.api20140828().gen()).checkAssert(config -> roundTrip(config, ApiVersion.V2014_08_28));
    }

    private static void roundTrip(ScalingConfiguration config, ApiVersion version) {
        Map<String, String> parameters = EssParameters.toParameters(config, version);
        assertThat(EssParameters.fromParameters(parameters)).as("%s", parameters.keySet()).isEqualTo(config);
    }
}
