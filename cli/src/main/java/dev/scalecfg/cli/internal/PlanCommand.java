package dev.scalecfg.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scalecfg plan}: plans a scale-out with the launcher. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plan a scale-out: which instance types, zones and billing the launcher would use for a"
                + " request against a capacity snapshot, and why (the decision trace).", ""},
        footer = {"", "Exit codes: 0 fully planned, 1 partial, nothing placed or rejected,"
                + " 2 usage error or an unreadable/malformed file."})
public final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    ScalecfgCommand root;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "Scaling configuration file.")
    String config;

    @Option(names = "--request", required = true, paramLabel = "FILE", description = "Scale-out request (JSON).")
    String request;

    @Option(names = "--capacity", paramLabel = "FILE",
            description = "Capacity snapshot (JSON); without it every pool's stock is unknown.")
    String capacity;

    @Option(names = "--format", paramLabel = "json|ess|aliyun-cli", converter = InputFormat.Converter.class,
            description = "Format of the --config file (default: detect from the content).")
    InputFormat format;

    @Option(names = "--instances", description = "Also list every planned instance.")
    boolean instances;

    @Option(names = "--output", paramLabel = "text|json", converter = OutputFormat.Converter.class,
            defaultValue = "text", description = "text (default): tables and trace; json: the plan as one JSON object.")
    OutputFormat output = OutputFormat.TEXT;

    @Override
    public Integer call() {
        Cli cli = root.cli();
        ConfigLoader.load(cli.workingDirectory(), config, format);
        throw new InputException("plan: the launcher is not in this build yet");
    }
}
