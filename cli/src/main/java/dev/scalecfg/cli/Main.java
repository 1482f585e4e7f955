package dev.scalecfg.cli;

import dev.scalecfg.cli.internal.Cli;
import dev.scalecfg.cli.internal.InputException;
import dev.scalecfg.cli.internal.ScalecfgCommand;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * The {@code scalecfg} command line: {@code validate}, {@code preview}, {@code plan} and
 * {@code convert}.
 *
 * <p>Run it in-process (tests, build tools) with {@link #run(String[], PrintStream, PrintStream)}:
 * <pre>{@code
 * int exit = Main.run(new String[] {"validate", "examples/web-tier.json"}, System.out, System.err);
 * }</pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} nothing wrong; {@value #EXIT_FINDINGS} a validation ERROR (or a
 * plan that could not place the whole request); {@value #EXIT_USAGE} a usage error or an unreadable
 * or malformed input, reported as one line naming the file (and the line and column where there is
 * one); {@value #EXIT_INTERNAL} an internal error. Stack traces are printed only with
 * {@code --debug}, and never an exception message that may quote the input.
 *
 * @since 0.1.0
 */
public final class Main {
    /** Exit code when nothing is wrong. */
    public static final int EXIT_OK = Cli.OK;
    /** Exit code when a validation ERROR was found, or a plan is short. */
    public static final int EXIT_FINDINGS = Cli.FINDINGS;
    /** Exit code for a usage error or an unreadable or malformed input. */
    public static final int EXIT_USAGE = Cli.USAGE;
    /** Exit code for an internal error (a bug). */
    public static final int EXIT_INTERNAL = Cli.INTERNAL;

    private Main() {}

    /**
     * Runs the CLI and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the CLI in-process, resolving relative file names against the current directory.
     *
     * @param args the command-line arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(Path.of("").toAbsolutePath(), args, out, err);
    }

    /**
     * Runs the CLI in-process, resolving relative file names against the given directory. Messages
     * show file names exactly as given in {@code args}.
     *
     * @param workingDirectory the directory relative file names are resolved against
     * @param args the command-line arguments
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int run(Path workingDirectory, String[] args, PrintStream out, PrintStream err) {
        // Hibernate Validator logs through jboss-logging; route it to SLF4J (slf4j-nop in the CLI) so
        // that its start-up banner does not end up on standard error
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        ScalecfgCommand root = new ScalecfgCommand(new Cli(workingDirectory, out, err));
        CommandLine commandLine = root.commandLine(args); // subcommands first: the settings below reach them
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            String command = problem.getCommandLine().getCommandSpec().qualifiedName();
            err.println(command + ": " + InputException.oneLine(problem.getMessage())
                    + " (see '" + command + " --help')");
            root.explain(problem);
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((problem, command, parsed) -> {
            if (problem instanceof InputException) {
                err.println(problem.getMessage());
            } else {
                // the type only: an exception's message may quote the input
                err.println("scalecfg: internal error: " + problem.getClass().getName()
                        + (root.debug() ? "" : " (run with --debug for the stack trace)"));
            }
            root.explain(problem);
            return problem instanceof InputException ? EXIT_USAGE : EXIT_INTERNAL;
        });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
