package dev.scalecfg.cli.internal;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scalecfg preview}: the configuration as the console's Preview step shows it. */
@Command(name = "preview", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show a configuration as the ESS console's Preview step does (basic settings, system"
                + " settings; secrets masked), followed by its violations.", ""},
        footer = {"", "Exit codes: 0 no ERROR, 1 an ERROR (or a WARNING with --warnings-as-errors), 2 usage error,"
                + " an unreadable/malformed file or an unusable settings file or rule jar."})
public final class PreviewCommand implements Callable<Integer> {
    @ParentCommand
    ScalecfgCommand root;

    @Parameters(paramLabel = "FILE", description = "Configuration file.")
    String file;

    @Option(names = "--format", paramLabel = "json|ess|aliyun-cli", converter = InputFormat.Converter.class,
            description = "Format of FILE (default: detect from the content).")
    InputFormat format;

    @Mixin
    ValidationOptions validation;

    @Mixin
    SettingsOptions sources;

    @Override
    public Integer call() {
        Cli cli = root.cli();
        try (Checks checks = Checks.open(cli, sources, validation)) {
            ConfigLoader.Loaded loaded = ConfigLoader.load(cli.workingDirectory(), file, format);
            List<Finding> findings = checks.validate(loaded.config());
            PreviewRenderer.render(loaded.config()).forEach(cli.out()::println);
            PreviewRenderer.violations(findings).forEach(cli.out()::println);
            return checks.fails(findings) ? Cli.FINDINGS : Cli.OK;
        }
    }
}
