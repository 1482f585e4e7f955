package dev.scalecfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "preview", "plan", "convert", "rules"})
    void everyCommandHasHelp(String command) {
        Run run = command.isEmpty() ? Run.of("--help") : Run.of(command, "--help");
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(run.out).startsWith("Usage: scalecfg" + (command.isEmpty() ? "" : " " + command)).contains("--help");
        assertThat(run.err).isEmpty();
    }

    @Test
    void rootHelpListsCommandsAndExitCodes() {
        Run run = Run.of("--help");
        assertThat(run.out).contains("validate", "preview", "plan", "convert", "rules", "Exit codes");
    }

    @Test
    void version() {
        Run run = Run.of("--version");
        assertThat(run.exit).isZero();
        assertThat(run.out.strip()).matches("scalecfg \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
