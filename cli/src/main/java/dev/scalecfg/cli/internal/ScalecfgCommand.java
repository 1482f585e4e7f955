package dev.scalecfg.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command {@code scalecfg}. */
@Command(name = "scalecfg",
        mixinStandardHelpOptions = true,
        versionProvider = ScalecfgCommand.Version.class,
        description = {"Validate, preview, convert and plan Alibaba Cloud Auto Scaling (ESS) scaling configurations.", ""},
        subcommands = {ValidateCommand.class, PreviewCommand.class, PlanCommand.class, ConvertCommand.class,
                RulesCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 no error, 1 an ERROR was found (or a plan is short),"
                + " 2 usage error or unreadable/malformed input, 3 internal error."})
public final class ScalecfgCommand implements Runnable {
    private final Cli cli;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show more detail on errors: every problem of a file that has several.")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the stack trace of an error (exception types and frames; messages that may quote"
                    + " the input are withheld).")
    boolean debug;

    /**
     * Creates the root command.
     *
     * @param cli the streams and working directory
     */
    public ScalecfgCommand(Cli cli) {
        this.cli = cli;
    }

    /**
     * Returns the streams and working directory.
     *
     * @return the CLI context
     */
    public Cli cli() {
        return cli;
    }

    /**
     * Tells whether {@code --verbose} was given.
     *
     * @return true for verbose output
     */
    public boolean verbose() {
        return verbose;
    }

    /**
     * Tells whether {@code --debug} was given.
     *
     * @return true for stack traces
     */
    public boolean debug() {
        return debug;
    }

    /**
     * Prints what {@code --verbose} and {@code --debug} add to an error that was just reported.
     *
     * @param problem the error
     */
    public void explain(Throwable problem) {
        if (verbose) {
            Diagnostics.detail(problem, cli.err());
        }
        if (debug) {
            Diagnostics.stackTrace(problem, cli.err());
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing a command: validate, preview, plan, convert or rules");
    }

    /** Reads the version from the build. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"scalecfg " + version()};
        }

        /**
         * Returns the project version.
         *
         * @return the version, such as {@code 0.1.0-SNAPSHOT}
         */
        public static String version() {
            Properties properties = new Properties();
            try (InputStream in = ScalecfgCommand.class.getResourceAsStream("/scalecfg-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException ignored) {
                // fall through to "unknown"
            }
            return properties.getProperty("version", "unknown");
        }
    }
}
