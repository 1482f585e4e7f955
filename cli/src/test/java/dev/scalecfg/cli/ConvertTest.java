package dev.scalecfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConvertTest {
    @TempDir
    Path dir;

    @Test
    void canonicalToEssAndBackIsLossless() throws IOException {
        for (String example : new String[] {"minimal.json", "web-tier.json", "full.json", "preemptible-multi-type.json"}) {
            Path source = Run.ROOT.resolve("examples").resolve(example);
            Run toEss = Run.in(dir, "convert", "--to", "ess", source.toString());
            assertThat(toEss.exit).as(toEss.toString()).isZero();
            Files.writeString(dir.resolve("ess.json"), toEss.out);
            Run back = Run.in(dir, "convert", "--to", "json", "ess.json");
            assertThat(back.exit).as(back.toString()).isZero();
            Run original = Run.in(dir, "convert", "--to", "json", source.toString());
            assertThat(back.out).as(example).isEqualTo(original.out);
        }
    }

    @Test
    void apiVersionChangesTheSpelling() {
        Run v2014 = Run.of("convert", "--to", "ess", "examples/web-tier.json");
        Run v2022 = Run.of("convert", "--to", "ess", "--api-version", "2022-02-22", "examples/web-tier.json");
        assertThat(v2014.out).contains("\"DataDisk.1.Size\" : \"100\"".replace(" : ", ": "));
        assertThat(v2022.out).contains("\"DataDisks.1.Size\": \"100\"");
    }

    @Test
    void essParametersToCanonical() {
        Run run = Run.of("convert", "--to", "json", "examples/ess-parameters.json");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).contains("\"name\": \"api-tier\"", "\"instanceType\": \"ecs.g7.xlarge\"");
    }
}
