package dev.scalecfg.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scalecfg validate}: lints any number of configuration files in one JVM. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Validate scaling configuration files against the ESS API rules.",
            "Prints one line per violation: FILE: SEVERITY PARAMETER CODE: message", ""},
        footer = {"", "Exit codes: 0 no ERROR in any file, 1 an ERROR in some file (or a WARNING with"
                + " --warnings-as-errors), 2 usage error, an unreadable/malformed file or an unusable settings file"
                + " or rule jar."})
public final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    ScalecfgCommand root;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Configuration files (canonical JSON, ESS parameters"
            + " or an aliyun command line).")
    List<String> files;

    @Option(names = "--format", paramLabel = "json|ess|aliyun-cli", converter = InputFormat.Converter.class,
            description = "Format of every FILE (default: detect from the content).")
    InputFormat format;

    @Option(names = "--output", paramLabel = "text|json", converter = OutputFormat.Converter.class,
            defaultValue = "text", description = "text (default): compiler-style lines; json: JSON Lines, one object per file.")
    OutputFormat output = OutputFormat.TEXT;

    @Mixin
    ValidationOptions validation;

    @Mixin
    SettingsOptions sources;

    @Override
    public Integer call() {
        Cli cli = root.cli();
        try (Checks checks = Checks.open(cli, sources, validation)) {
            return validate(cli, checks);
        }
    }

    private int validate(Cli cli, Checks checks) {
        int exit = Cli.OK;
        int errors = 0;
        int warnings = 0;
        int unreadable = 0;
        for (String name : files) {
            List<Finding> findings;
            try {
                ConfigLoader.Loaded loaded = ConfigLoader.load(cli.workingDirectory(), name, format);
                findings = checks.validate(loaded.config());
            } catch (InputException bad) {
                unreadable++;
                cli.err().println(bad.getMessage());
                root.explain(bad);
                if (output == OutputFormat.JSON) {
                    Report.jsonError(cli.out(), name, bad.getMessage());
                }
                exit = Cli.USAGE;
                continue;
            }
            if (output == OutputFormat.JSON) {
                Report.json(cli.out(), name, findings);
            } else {
                Report.text(cli.out(), name, findings);
            }
            long fileErrors = findings.stream().filter(Finding::error).count();
            errors += fileErrors;
            warnings += findings.size() - fileErrors;
            if (checks.fails(findings) && exit == Cli.OK) {
                exit = Cli.FINDINGS;
            }
        }
        if (output == OutputFormat.TEXT && unreadable < files.size()) {
            cli.err().println(summary(files.size(), errors, warnings, unreadable));
        }
        return exit;
    }

    static String summary(int files, int errors, int warnings, int unreadable) {
        return "scalecfg: " + plural(files, "file") + " checked, " + plural(errors, "error") + ", "
                + plural(warnings, "warning") + (unreadable > 0 ? ", " + unreadable + " unreadable" : "");
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
