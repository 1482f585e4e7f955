package dev.scalecfg.cli.internal;

import dev.scalecfg.core.scaleout.CapacitySnapshot;
import dev.scalecfg.core.scaleout.ScaleOutRequest;
import dev.scalecfg.launcher.InstanceLauncher;
import dev.scalecfg.launcher.LaunchPlan;
import dev.scalecfg.launcher.PlanInput;
import dev.scalecfg.launcher.PlanInputException;
import dev.scalecfg.launcher.PlanStatus;
import dev.scalecfg.validation.InvalidConfigurationException;
import dev.scalecfg.validation.Severity;
import dev.scalecfg.validation.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code scalecfg plan}: plans a scale-out with the launcher. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plan a scale-out: which instance types, zones and billing the launcher would use for a"
                + " request against a capacity snapshot, and why (the decision trace).", ""},
        footer = {"", "Exit codes: 0 the whole request is planned, 1 partial, nothing placed or rejected (or the"
                + " configuration has an ERROR), 2 usage error, an unreadable/malformed file or inputs the launcher"
                + " refuses (the message names the file)."})
public final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    ScalecfgCommand root;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "Scaling configuration file.")
    String config;

    @Option(names = "--request", required = true, paramLabel = "FILE", description = "Scale-out request (JSON).")
    String request;

    @Option(names = "--capacity", paramLabel = "FILE",
            description = "Capacity snapshot (JSON); without it the stock of every pool is unknown.")
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
        ConfigLoader.Loaded loaded = ConfigLoader.load(cli.workingDirectory(), config, format);
        ScaleOutRequest scaleOut = Codecs.readJson(InputFile.read(cli.workingDirectory(), request), ScaleOutRequest.class);
        CapacitySnapshot snapshot = capacity == null ? CapacitySnapshot.empty()
                : Codecs.readJson(InputFile.read(cli.workingDirectory(), capacity), CapacitySnapshot.class);
        LaunchPlan plan;
        try {
            plan = InstanceLauncher.create().plan(loaded.config(), scaleOut, snapshot);
        } catch (InvalidConfigurationException invalid) {
            long errors = invalid.getViolations().stream().filter(v -> v.getSeverity() == Severity.ERROR).count();
            List<Finding> findings = new ArrayList<>();
            for (Violation violation : invalid.getViolations()) {
                findings.add(new Finding(violation.getCode(), violation.getSeverity().name(), violation.getPath(),
                        violation.getParameter(), violation.getMessage()));
            }
            if (output == OutputFormat.JSON) {
                // the same JSON Lines object as validate --output json, so tools read one format
                Report.json(cli.out(), config, findings);
            } else {
                findings.forEach(finding -> cli.err().println(Report.textLine(config, finding)));
            }
            cli.err().println("scalecfg plan: " + config + " has " + errors + " validation error" + (errors == 1 ? "" : "s")
                    + "; the launcher plans only valid configurations");
            return Cli.FINDINGS;
        } catch (PlanInputException inputError) {
            // name the file(s) the mistake is in, never the others
            throw new InputException("scalecfg plan: " + files(inputError.getInputs()) + ": "
                    + InputException.oneLine(inputError.getMessage()), inputError);
        } catch (IllegalArgumentException inputError) {
            throw new InputException("scalecfg plan: " + files(EnumSet.allOf(PlanInput.class)) + ": "
                    + InputException.oneLine(inputError.getMessage()), inputError);
        }
        if (output == OutputFormat.JSON) {
            cli.out().println(Report.write(PlanRenderer.json(plan, instances)));
        } else {
            PlanRenderer.text(plan, scaleOut, instances).forEach(cli.out()::println);
        }
        return plan.getStatus() == PlanStatus.FULFILLED ? Cli.OK : Cli.FINDINGS;
    }

    /** The files holding the given inputs, as the user named them. */
    private String files(Set<PlanInput> inputs) {
        List<String> names = new ArrayList<>();
        for (PlanInput input : inputs) {
            names.add(switch (input) {
                case CONFIGURATION -> config;
                case REQUEST -> request;
                case SNAPSHOT -> capacity != null ? capacity : "(no --capacity file: an empty snapshot)";
            });
        }
        return String.join(", ", names);
    }
}
