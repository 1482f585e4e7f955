package dev.scalecfg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scalecfg.cli.internal.Diagnostics;
import dev.scalecfg.cli.internal.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --verbose} adds detail, {@code --debug} stack traces; neither prints a secret or an input-quoting message. */
final class VerboseAndDebugTest {
    private static final String SECRET = "Sup3r-Secret-Pw";
    private static final String USER_DATA_SECRET = "c2VjcmV0LXVzZXItZGF0YQ==";

    @TempDir
    Path dir;

    @Test
    void verboseListsEveryProblemOfTheFileWithoutAStackTrace() throws IOException {
        Files.writeString(dir.resolve("c.json"), "{\"credentials\": {\"password\": \"" + SECRET + "\","
                + " \"passwordInherit\": \"maybe\"},\n \"userData\": {\"x\": \"" + USER_DATA_SECRET + "\"},"
                + " \"image\": {\"imageId\": 7}}");

        Run quiet = Run.in(dir, "validate", "c.json");
        Run verbose = Run.in(dir, "validate", "--verbose", "c.json");

        assertThat(quiet.errLines()).singleElement().asString().endsWith("(and 2 more problems; --verbose lists them)");
        assertThat(verbose.exit).isEqualTo(Main.EXIT_USAGE);
        assertThat(verbose.errLines()).hasSize(4);
        assertThat(verbose.errLines().subList(1, 4)).satisfiesExactly(
                line -> assertThat(line).startsWith("  credentials.passwordInherit (line 1, column "),
                line -> assertThat(line).startsWith("  userData (line 2, column "),
                line -> assertThat(line).startsWith("  image.imageId (line 2, column "));
        assertThat(verbose.err).doesNotContain("\tat ", SECRET, USER_DATA_SECRET);
    }

    @Test
    void debugPrintsTypesAndFramesButNoMessageThatMayQuoteTheInput() throws IOException {
        Files.writeString(dir.resolve("c.json"), "{\"credentials\": {\"password\": \"" + SECRET + "\","
                + " \"passwordInherit\": \"maybe\"}, \"image\": {\"imageId\": 7}}");

        Run debug = Run.in(dir, "validate", "--debug", "--verbose", "c.json");

        assertThat(debug.err).contains("dev.scalecfg.cli.internal.InputException\n\tat ",
                "Caused by: dev.scalecfg.core.ConfigFormatException: (message withheld: it may quote the input)")
                .doesNotContain(SECRET);
    }

    @Test
    void theStackTraceWithholdsMessagesOfUnknownExceptions() {
        InputException problem = new InputException("c.json: cannot read it",
                new IllegalStateException("the password is " + SECRET, new IllegalArgumentException(SECRET)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Diagnostics.stackTrace(problem, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String trace = bytes.toString(StandardCharsets.UTF_8);
        assertThat(trace).startsWith("dev.scalecfg.cli.internal.InputException\n\tat ")
                .contains("Caused by: java.lang.IllegalStateException: (message withheld: it may quote the input)\n\tat ",
                        "Caused by: java.lang.IllegalArgumentException: (message withheld: it may quote the input)")
                .doesNotContain(SECRET);
    }

    @Test
    void helpNamesBothOptions() {
        Run help = Run.of("--help");

        assertThat(help.out).contains("--verbose", "--debug", "every problem of a file", "stack trace");
    }
}
