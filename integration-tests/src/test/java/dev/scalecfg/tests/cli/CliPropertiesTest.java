package dev.scalecfg.tests.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.scalecfg.cli.Main;
import dev.scalecfg.core.json.ScalingJson;
import dev.scalecfg.testkit.ScalingGenerators;
import dev.scalecfg.validation.ValidationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI over generated configurations: valid ones pass in every format, each mistake is reported. */
final class CliPropertiesTest {
    private static final ScalingJson JSON = ScalingJson.defaults();

    @TempDir
    Path dir;

    private void write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void validConfigurationsPassAsJsonAndAsEssParameters() {
        qt().withExamples(40)
                .forAll(ScalingGenerators.configurations())
                .checkAssert(config -> {
                    write("c.json", JSON.write(config));
                    CliRun json = CliRun.in(dir, "validate", "c.json");
                    assertThat(json.exit).as(json.toString()).isZero();
                    assertThat(json.out).isEmpty();
                    for (String version : new String[] {"2014-08-28", "2022-02-22"}) {
                        CliRun toEss = CliRun.in(dir, "convert", "--to", "ess", "--api-version", version, "c.json");
                        assertThat(toEss.exit).as(toEss.toString()).isZero();
                        write("ess.json", toEss.out);
                        CliRun ess = CliRun.in(dir, "validate", "ess.json");
                        assertThat(ess.exit).as(ess.toString()).isZero();
                    }
                });
    }

    @Test
    void everyMistakeIsReportedWithItsCode() {
        qt().withExamples(100)
                .forAll(ScalingGenerators.invalidConfigurations())
                .checkAssert(sample -> {
                    write("bad.json", JSON.write(sample.configuration()));
                    List<String> args = new ArrayList<>(List.of("validate", "--output", "json"));
                    ValidationContext context = sample.context();
                    context.getNetworkType().ifPresent(type ->
                            args.addAll(List.of("--network-type", type.name().toLowerCase(Locale.ROOT))));
                    context.getOsType().ifPresent(os -> args.addAll(List.of("--os-type", os.name().toLowerCase(Locale.ROOT))));
                    context.getVpcId().ifPresent(vpc -> args.addAll(List.of("--vpc-id", vpc)));
                    context.getSecurityGroupVpcs().forEach((group, vpc) ->
                            args.addAll(List.of("--security-group-vpc", group + "=" + vpc)));
                    args.add("bad.json");
                    CliRun run = CliRun.in(dir, args.toArray(String[]::new));
                    assertThat(run.exit).as(sample.description() + "\n" + run).isIn(Main.EXIT_OK, Main.EXIT_FINDINGS);
                    assertThat(run.out).as(sample.description()).contains("\"code\":\"" + sample.expectedCode() + "\"");
                    assertThat(run.exit == Main.EXIT_FINDINGS).isEqualTo(run.out.contains("\"valid\":false"));
                });
    }
}
