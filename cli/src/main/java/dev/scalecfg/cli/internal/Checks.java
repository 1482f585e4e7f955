package dev.scalecfg.cli.internal;

import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.validation.ContextSettings;
import dev.scalecfg.validation.InvalidSettingsException;
import dev.scalecfg.validation.Rule;
import dev.scalecfg.validation.RuleChain;
import dev.scalecfg.validation.RuleJarException;
import dev.scalecfg.validation.RuleJars;
import dev.scalecfg.validation.Severity;
import dev.scalecfg.validation.ValidationContext;
import dev.scalecfg.validation.ValidationSettings;
import dev.scalecfg.validation.Violation;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CLI's single door to the validation module: layers the settings (defaults, then the settings
 * file, then {@code --context FILE}, then the options), loads the rule jars, builds the chain once and
 * runs it on each configuration. The reading, layering and loading are the library's
 * ({@link ValidationSettings}, {@link ContextSettings}, {@link RuleJars}); this class only turns their
 * errors into one-line input errors. Close it when done: that closes the rule jars.
 */
public final class Checks implements AutoCloseable {
    private final ValidationSettings settings;
    private final ValidationContext context;
    private final RuleJars jars;
    private final RuleChain chain;

    private Checks(ValidationSettings settings, RuleJars jars, RuleChain chain) {
        this.settings = settings;
        this.context = settings.getContext().toContext();
        this.jars = jars;
        this.chain = chain;
    }

    /**
     * Prepares the validator for a run: reads the settings and context files once, loads the rule jars
     * and checks the ignored codes.
     *
     * @param cli the streams and working directory (a warning about ignored codes goes to standard error)
     * @param sources where the settings and rules come from
     * @param options the validation options, or null for a command that does not validate ({@code rules})
     * @return the validator
     * @throws InputException for an unusable settings file, context file or rule jar, or a misspelt code
     */
    public static Checks open(Cli cli, SettingsOptions sources, ValidationOptions options) {
        Path dir = cli.workingDirectory();
        ValidationSettings flags = ValidationSettings.builder()
                .from(options == null ? ValidationSettings.defaults() : options.tuning())
                .context(options == null ? ContextSettings.empty()
                        : contextFile(dir, options.contextFile()).overriddenBy(options.contextFlags()))
                .ruleJars(sources.rules().stream().map(given -> path(dir, given, "--rules")).toList())
                .build();
        ValidationSettings settings = settingsFile(dir, sources).overriddenBy(flags);
        RuleJars jars = null;
        try {
            RuleChain chain = RuleChain.defaultChain();
            if (!settings.getRuleJars().isEmpty()) {
                jars = RuleJars.load(dir, settings.getRuleJars().stream().map(jar -> shown(dir, jar)).toList());
                chain = jars.addTo(RuleChain.builder().addDefaults()).build();
            }
            Checks checks = new Checks(settings, jars, chain);
            checks.checkIgnoredCodes(cli.err());
            return checks;
        } catch (RuleJarException broken) {
            close(jars);
            throw new InputException(broken.getMessage(), broken);
        } catch (RuntimeException | Error failed) {
            close(jars);
            throw failed;
        }
    }

    private void checkIgnoredCodes(PrintStream err) {
        List<String> unknown = settings.unknownIgnoredCodes(chain);
        if (unknown.isEmpty()) {
            return;
        }
        // a rule that does not declare its codes may report any code: then a code nobody declares may still be real
        if (chain.rules().stream().allMatch(rule -> !rule.codes().isEmpty())) {
            throw new InputException("scalecfg: " + String.join("; ", unknown)
                    + " (see 'scalecfg rules' for the codes)");
        }
        unknown.forEach(message -> err.println("scalecfg: warning: " + message
                + " (a plugin rule that does not declare its codes may report it)"));
    }

    private static ValidationSettings settingsFile(Path dir, SettingsOptions sources) {
        if (sources.settingsFile() != null && sources.noSettings()) {
            throw new InputException("scalecfg: --settings and --no-settings exclude each other; give one");
        }
        if (sources.noSettings()) {
            return ValidationSettings.defaults();
        }
        Optional<Path> file = sources.settingsFile() != null
                ? Optional.of(path(dir, sources.settingsFile(), "--settings"))
                : ValidationSettings.find(dir);
        if (file.isEmpty()) {
            return ValidationSettings.defaults();
        }
        // a file found is in the working directory or a parent: name it relatively, such as ../.scalecfg.json
        String name = sources.settingsFile() != null ? sources.settingsFile()
                : dir.toAbsolutePath().normalize().relativize(file.get()).toString();
        try {
            return ValidationSettings.read(file.get());
        } catch (InvalidSettingsException invalid) {
            throw new InputException(Diagnostics.firstOf(name, invalid.getErrors()), invalid);
        }
    }

    private static ContextSettings contextFile(Path dir, String name) {
        if (name == null) {
            return ContextSettings.empty();
        }
        try {
            return ContextSettings.read(path(dir, name, "--context"));
        } catch (InvalidSettingsException invalid) {
            throw new InputException(Diagnostics.firstOf(name, invalid.getErrors()), invalid);
        }
    }

    private static Path path(Path dir, String given, String option) {
        try {
            return dir.resolve(given).normalize();
        } catch (InvalidPathException invalid) {
            throw new InputException("scalecfg: " + option + " '" + given + "': not a valid path", invalid);
        }
    }

    /** A path as messages show it: relative to the working directory when it is inside it. */
    private static Path shown(Path dir, Path path) {
        Path base = dir.toAbsolutePath().normalize();
        Path absolute = base.resolve(path).normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }

    /**
     * Validates one configuration.
     *
     * @param config the configuration
     * @return the findings in the validator's order, without the ignored codes
     * @throws InputException when a plugin rule fails
     */
    public List<Finding> validate(ScalingConfiguration config) {
        List<Violation> violations;
        try {
            violations = settings.apply(chain.validate(config, context)).getViolations();
        } catch (RuleJarException broken) {
            throw new InputException(broken.getMessage(), broken);
        }
        List<Finding> findings = new ArrayList<>();
        for (Violation violation : violations) {
            String parameter = violation.getParameter();
            if ((parameter == null || parameter.isEmpty()) && violation.getPath() != null) {
                parameter = EssParameters.parameterName(config, violation.getPath(),
                        context.getApiVersion()).orElse(null);
            }
            findings.add(new Finding(violation.getCode(),
                    violation.getSeverity().name(),
                    violation.getPath(), parameter, violation.getMessage()));
        }
        return findings;
    }

    /**
     * Tells whether findings fail the run: an ERROR, or any finding with {@code --warnings-as-errors}.
     *
     * @param findings the findings of one file
     * @return true when the exit code is 1
     */
    public boolean fails(List<Finding> findings) {
        return settings.getWarningsAsErrors().orElse(false) ? !findings.isEmpty()
                : findings.stream().anyMatch(Finding::error);
    }

    /**
     * Returns the rule chain: the built-in rules, then those of the rule jars.
     *
     * @return the chain
     */
    public RuleChain chain() {
        return chain;
    }

    /**
     * Returns where a rule of the chain comes from.
     *
     * @param rule a rule of the chain
     * @return {@code built-in}, or the jar as given (relative to the working directory when inside it)
     */
    public String origin(Rule rule) {
        return jars == null ? "built-in" : jars.originOf(rule).map(Path::toString).orElse("built-in");
    }

    @Override
    public void close() {
        close(jars);
    }

    private static void close(RuleJars jars) {
        if (jars != null) {
            jars.close();
        }
    }
}
