package dev.scalecfg.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The root registers only the subcommand the arguments name, and every one otherwise. */
final class ScalecfgCommandTest {
    private static final List<String> ALL = List.of("validate", "preview", "plan", "convert", "rules", "help");

    private static ScalecfgCommand root() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        return new ScalecfgCommand(new Cli(Path.of("."), nowhere, nowhere));
    }

    @Test
    void eachNameIsItsCommandsAnnotatedName() {
        assertThat(ScalecfgCommand.SUBCOMMANDS.keySet()).containsExactlyElementsOf(ALL);
        ScalecfgCommand.SUBCOMMANDS.forEach((name, type) ->
                assertThat(type.getAnnotation(CommandLine.Command.class).name()).as(type.getName()).isEqualTo(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "preview", "plan", "convert", "rules"})
    void aNamedCommandIsTheOnlyOneRegistered(String name) {
        assertThat(root().commandLine(name, "x.json").getSubcommands()).containsOnlyKeys(name);
        assertThat(root().commandLine("--verbose", name, "--help").getSubcommands()).containsOnlyKeys(name);
    }

    @Test
    void everyCommandIsRegisteredWhenNoneIsNamed() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "plan"},
                new String[] {"valdate", "x.json"}, new String[] {"--", "validate"}, new String[] {"--version"})) {
            assertThat(root().commandLine(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactlyElementsOf(ALL);
        }
    }

    @Test
    void theRootsOptionsTakeNoValue() {
        // the first argument that is not an option names the subcommand only while no root option
        // takes a value: an option's value could be mistaken for the subcommand
        for (OptionSpec option : root().commandLine().getCommandSpec().options()) {
            assertThat(option.arity().max()).as(option.longestName()).isZero();
        }
    }

    @Test
    void theVerboseOptionReachesTheOnlyRegisteredCommand() {
        CommandLine commandLine = root().commandLine("validate", "--verbose", "x.json");
        commandLine.parseArgs("validate", "--verbose", "x.json");
        assertThat(((ScalecfgCommand) commandLine.getCommand()).verbose()).isTrue();
    }
}
