package dev.scalecfg.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.testkit.ScalingGenerators;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ROS templates written by {@link RosWriter} read back with {@link RosReader} as they were, but for what the writer reports. */
final class RosRoundTripPropertiesTest {
    private static final int EXAMPLES = 100;

    private static ConfigEntry readBack(ScalingConfiguration config, WriteResult result) {
        Map<String, String> parameters = EssParameters.toParameters(config, ApiVersion.V2014_08_28);
        RosReader.Builder reader = RosReader.builder();
        result.getSecretVariables().forEach((name, parameter) -> reader.parameter(name, parameters.get(parameter)));
        return reader.build().read("template", result.getText(), ReadLimits.defaults()).getEntries().get(0);
    }

    @Test
    void everythingNotReportedComesBackFromYaml() {
        qt().withExamples(EXAMPLES).forAll(ScalingGenerators.configurations().gen()).checkAssert(config -> {
            WriteResult result = RosWriter.yaml().write("Web", config);
            ConfigEntry back = readBack(config, result);
            assertThat(back.getProblems()).as(result.getText()).isEmpty();
            RoundTrips.assertCarriedOver(config, back.getConfiguration(), result);
        });
    }

    @Test
    void everythingNotReportedComesBackFromJson() {
        qt().withExamples(EXAMPLES).forAll(ScalingGenerators.configurations().gen()).checkAssert(config -> {
            WriteResult result = RosWriter.json().write("Web", config);
            ConfigEntry back = readBack(config, result);
            assertThat(back.getProblems()).as(result.getText()).isEmpty();
            RoundTrips.assertCarriedOver(config, back.getConfiguration(), result);
        });
    }

    @Test
    void aConfigurationWithoutIssuesComesBackEqual() {
        java.util.concurrent.atomic.AtomicInteger clean = new java.util.concurrent.atomic.AtomicInteger();
        qt().withExamples(EXAMPLES).forAll(ScalingGenerators.configurations().api20140828().minimal().gen())
                .checkAssert(config -> {
                    WriteResult result = RosWriter.yaml().write("Web", config);
                    if (result.getIssues().isEmpty()) {
                        clean.incrementAndGet();
                        assertThat(readBack(config, result).getConfiguration()).isEqualTo(config);
                    }
                });
        assertThat(clean.get()).as("configurations written without issues").isGreaterThan(EXAMPLES / 10);
    }

    @Test
    void secretsAreNeverWritten() {
        qt().withExamples(EXAMPLES).forAll(ScalingGenerators.configurations().gen()).checkAssert(config -> {
            for (WriteResult result : new WriteResult[] {RosWriter.yaml().write(config), RosWriter.json().write(config)}) {
                config.getCredentials().getPassword().ifPresent(password ->
                        assertThat(result.getText()).doesNotContain(password.reveal()));
                config.getUserData().ifPresent(userData ->
                        assertThat(result.getText()).doesNotContain(userData.base64()));
            }
        });
    }
}
