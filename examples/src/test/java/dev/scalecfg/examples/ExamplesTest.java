package dev.scalecfg.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs the main method of every example program and checks what it prints. */
final class ExamplesTest {
    private static String run(Consumer<String[]> main) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.accept(new String[0]);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildConfiguration() {
        String out = run(BuildConfigurationExample::main);
        assertThat(out).containsSubsequence("Built web-tier with 3 instance types", "ecs.g7.large", "ecs.g6.large",
                "ecs.c7.xlarge", "Copy for staging: web-tier-staging, original still web-tier", "User data: UserData[");
        assertThat(out).doesNotContain("nginx");
    }
}
