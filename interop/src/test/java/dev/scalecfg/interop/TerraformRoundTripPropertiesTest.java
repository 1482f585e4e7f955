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

/** Terraform written by {@link TerraformWriter} reads back with {@link TerraformReader} as it was, but for what the writer reports. */
final class TerraformRoundTripPropertiesTest {
    private static final int EXAMPLES = 150;

    private static ConfigEntry readBack(ScalingConfiguration config, WriteResult result) {
        Map<String, String> parameters = EssParameters.toParameters(config, ApiVersion.V2014_08_28);
        TerraformReader.Builder reader = TerraformReader.builder();
        result.getSecretVariables().forEach((variable, parameter) -> reader.variable(variable, parameters.get(parameter)));
        return reader.build().read("web.tf", result.getText(), ReadLimits.defaults()).getEntries().get(0);
    }

    @Test
    void everythingNotReportedComesBack() {
        qt().withExamples(EXAMPLES).forAll(ScalingGenerators.configurations().gen()).checkAssert(config -> {
            WriteResult result = TerraformWriter.defaults().write("web", config);
            ConfigEntry back = readBack(config, result);
            assertThat(back.getProblems()).as(result.getText()).isEmpty();
            assertThat(back.getUnresolved()).isEmpty();
            RoundTrips.assertCarriedOver(config, back.getConfiguration(), result);
        });
    }

    @Test
    void aConfigurationWithoutIssuesComesBackWhole() {
        java.util.concurrent.atomic.AtomicInteger clean = new java.util.concurrent.atomic.AtomicInteger();
        qt().withExamples(EXAMPLES).forAll(ScalingGenerators.configurations().api20140828().minimal().gen())
                .checkAssert(config -> {
            ScalingConfiguration named0 = config.withInstanceName(config.getInstanceName().orElse("web-node"));
            ScalingConfiguration named = named0.getNetwork().getIoOptimized().orElse(null) != dev.scalecfg.core.IoOptimized.OPTIMIZED ? named0
                    : named0.withNetwork(named0.getNetwork().withIoOptimized(java.util.Optional.empty()));
            WriteResult result = TerraformWriter.defaults().write("web", named);
            if (result.getIssues().stream().allMatch(issue -> issue.getKind() == WriteIssue.Kind.DEFAULTED
                    && issue.getParameter().equals("SystemDisk.Category"))) {
                clean.incrementAndGet();
                ScalingConfiguration back = readBack(named, result).getConfiguration();
                ScalingConfiguration expected = named.getSystemDisk().getCategory().isPresent() ? named
                        : named.withSystemDisk(named.getSystemDisk().withCategory(dev.scalecfg.core.DiskCategory.CLOUD_EFFICIENCY));
                assertThat(EssParameters.toParameters(back, ApiVersion.V2014_08_28).keySet())
                        .containsExactlyElementsOf(EssParameters.toParameters(expected, ApiVersion.V2014_08_28).keySet());
                RoundTrips.assertCarriedOver(expected, back, result);
            }
        });
        assertThat(clean.get()).as("configurations written without issues").isGreaterThan(EXAMPLES / 10);
    }

    @Test
    void secretsAreNeverWritten() {
        qt().withExamples(EXAMPLES).forAll(ScalingGenerators.configurations().gen()).checkAssert(config -> {
            String text = TerraformWriter.defaults().write("web", config).getText();
            config.getCredentials().getPassword().ifPresent(password ->
                    assertThat(text).doesNotContain(password.reveal()));
            config.getUserData().ifPresent(userData -> assertThat(text).doesNotContain(userData.base64()));
        });
    }
}
