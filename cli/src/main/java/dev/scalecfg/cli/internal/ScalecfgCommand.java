package dev.scalecfg.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command {@code scalecfg}. Its subcommands are registered by {@link #commandLine(String...)},
 * not in the annotation, so that a run builds only the picocli model of the command it runs.
 */
@Command(name = "scalecfg",
        mixinStandardHelpOptions = true,
        versionProvider = ScalecfgCommand.Version.class,
        description = {"Validate, preview, convert and plan Alibaba Cloud Auto Scaling (ESS) scaling configurations.", ""},
        footer = {"", "Exit codes: 0 no error, 1 an ERROR was found (or a plan is short),"
                + " 2 usage error or unreadable/malformed input, 3 internal error."})
public final class ScalecfgCommand implements Runnable {
    /**
     * The subcommands by name, in the order of the help; each name is its class's
     * {@code @Command(name)}.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

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

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> subcommands = new LinkedHashMap<>();
        subcommands.put("validate", ValidateCommand.class);
        subcommands.put("preview", PreviewCommand.class);
        subcommands.put("plan", PlanCommand.class);
        subcommands.put("convert", ConvertCommand.class);
        subcommands.put("rules", RulesCommand.class);
        subcommands.put("help", CommandLine.HelpCommand.class);
        return subcommands;
    }

    /**
     * Returns the command line for these arguments. Picocli builds the model of a command by
     * reflection on its annotations, which is a good part of the CLI's start-up; so when the
     * arguments name a subcommand, only that subcommand is registered (parsing those arguments
     * never looks at the others); otherwise, for {@code --help}, {@code help}, a mistyped name or
     * none, all of them are.
     *
     * @param args the command-line arguments
     * @return a new command line for this root, before any setting
     */
    public CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(this);
        Class<?> only = SUBCOMMANDS.get(firstWord(args));
        if (only != null && only != CommandLine.HelpCommand.class) {
            commandLine.addSubcommand(only);
        } else {
            SUBCOMMANDS.values().forEach(commandLine::addSubcommand);
        }
        return commandLine;
    }

    /** The first argument that is not an option of the root (none of which takes a value), or null. */
    private static String firstWord(String... args) {
        for (String arg : args) {
            if ("--".equals(arg)) {
                return null;
            }
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
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
