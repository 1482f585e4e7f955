package dev.scalecfg.validation;

import dev.scalecfg.core.ScalingStyle;
import dev.scalecfg.validation.internal.KnownCodes;
import dev.scalecfg.validation.internal.SettingsReader;
import dev.scalecfg.validation.internal.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A project's validation settings: the validation context, the codes to ignore, whether warnings
 * fail a run, and the jars of organisation rules. The command line reads them from
 * {@value #FILE_NAME} (found with {@link #find(Path)}) or {@code --settings FILE}; an application
 * embedding the validator gets the same behaviour with {@link #read(Path)}.
 *
 * <p>The file is a JSON object; every key is optional, and an unknown key or a wrong value is an
 * {@link InvalidSettingsException} naming it, with its line and column:
 * <pre>{@code
 * {
 *   "context": {"networkType": "vpc", "vpcId": "vpc-bp1xxxx", "osType": "linux",
 *               "apiVersion": "2014-08-28", "securityGroupVpcs": {"sg-bp1xxxx": "vpc-bp1xxxx"}},
 *   "ignore": ["SEQUENTIAL_NAME_BITS_LOW"],
 *   "warningsAsErrors": true,
 *   "rules": ["tools/org-rules.jar", "tools/more-rules/"]
 * }
 * }</pre>
 * {@code context} is a {@link ContextSettings} document; {@code rules} are jars or directories of
 * jars, relative to the directory of the settings file ({@link RuleJars}).
 *
 * <pre>{@code
 * ValidationSettings settings = ValidationSettings.find(Path.of("")).map(ValidationSettings::read)
 *     .orElse(ValidationSettings.defaults());
 * ValidationResult result = settings.apply(chain.validate(config, settings.getContext().toContext()));
 * boolean ok = settings.passes(result);
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
@ScalingStyle
public interface ValidationSettings {
    /** The name of the settings file: {@code .scalecfg.json}. */
    String FILE_NAME = ".scalecfg.json";

    /**
     * Returns the validation context.
     *
     * @return the context settings; empty by default
     */
    @Value.Default
    default ContextSettings getContext() {
        return ContextSettings.empty();
    }

    /**
     * Returns the codes whose violations are dropped, in the order given.
     *
     * @return the ignored codes; never null
     */
    Set<String> getIgnoredCodes();

    /**
     * Returns whether a warning fails a run as an error does, when given.
     *
     * @return the setting, empty when not given (then false)
     */
    Optional<Boolean> getWarningsAsErrors();

    /**
     * Returns the rule jars and directories of rule jars, resolved against the directory of the
     * settings file.
     *
     * @return the paths, in the order given; never null
     */
    List<Path> getRuleJars();

    /**
     * Layers settings: the context is layered with {@link ContextSettings#overriddenBy}, the
     * ignored codes and the rule jars of both are kept (later ones after the earlier), and
     * {@code warningsAsErrors} is the later one's when it gives one.
     *
     * @param later the layer that takes precedence, such as the command-line options
     * @return the layered settings
     */
    default ValidationSettings overriddenBy(ValidationSettings later) {
        Set<Path> jars = new LinkedHashSet<>(getRuleJars());
        jars.addAll(later.getRuleJars());
        return builder()
                .context(getContext().overriddenBy(later.getContext()))
                .addAllIgnoredCodes(getIgnoredCodes())
                .addAllIgnoredCodes(later.getIgnoredCodes())
                .warningsAsErrors(later.getWarningsAsErrors().or(this::getWarningsAsErrors))
                .ruleJars(jars)
                .build();
    }

    /**
     * Drops the violations whose code is ignored.
     *
     * @param result a validation result
     * @return the result without the ignored codes
     */
    default ValidationResult apply(ValidationResult result) {
        if (getIgnoredCodes().isEmpty()) {
            return result;
        }
        List<Violation> kept = new ArrayList<>();
        for (Violation violation : result.getViolations()) {
            if (!getIgnoredCodes().contains(violation.getCode())) {
                kept.add(violation);
            }
        }
        return ValidationResult.of(kept);
    }

    /**
     * Tells whether a result passes under these settings: no ERROR once the ignored codes are
     * dropped, and no WARNING either when warnings count as errors.
     *
     * @param result a validation result
     * @return true when it passes
     */
    default boolean passes(ValidationResult result) {
        ValidationResult kept = apply(result);
        return getWarningsAsErrors().orElse(false) ? kept.getViolations().isEmpty() : kept.isValid();
    }

    /**
     * Finds the ignored codes that nothing reports: no rule of the chain declares them
     * ({@link Rule#codes()}) and no reader reports them ({@link dev.scalecfg.core.io.ReadCodes}),
     * so they are most likely misspelt. When a rule of the chain declares no codes it may still
     * report such a code.
     *
     * @param chain the chain the settings are used with
     * @return one message per unknown code, naming it and the closest known code; empty when all are known
     */
    default List<String> unknownIgnoredCodes(RuleChain chain) {
        if (getIgnoredCodes().isEmpty()) {
            return List.of();
        }
        Set<String> known = KnownCodes.of(chain);
        List<String> unknown = new ArrayList<>();
        for (String code : getIgnoredCodes()) {
            if (!known.contains(code)) {
                unknown.add("ignored code " + code + " is reported by no rule and no reader" + Suggestions.hint(code, known));
            }
        }
        return unknown;
    }

    /**
     * Returns the settings that set nothing.
     *
     * @return the default settings
     */
    static ValidationSettings defaults() {
        return builder().build();
    }

    /**
     * Finds the settings file for a directory: {@value #FILE_NAME} in the directory or the nearest
     * of its parents, stopping at the root of the repository (the first directory holding
     * {@code .git}) or of the file system.
     *
     * @param directory where to start, such as the current directory
     * @return the settings file, empty when there is none
     */
    static Optional<Path> find(Path directory) {
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a settings file (strict UTF-8, at most 4 MiB); relative rule paths are resolved against
     * its directory.
     *
     * @param file the file
     * @return the settings
     * @throws InvalidSettingsException when the file is missing or unreadable, and for every mistake
     *     {@link #parse(String, String, Path)} reports
     */
    static ValidationSettings read(Path file) {
        Path absolute = file.toAbsolutePath();
        return parse(file.toString(), SettingsReader.readFile(file, file.toString()), absolute.getParent());
    }

    /**
     * Reads a settings document.
     *
     * @param source the document's name, used in messages
     * @param text the JSON document
     * @param baseDirectory the directory relative rule paths are resolved against
     * @return the settings
     * @throws InvalidSettingsException with every mistake found: not JSON, an unknown key (with the
     *     closest known one), a value of the wrong type or not one of the allowed ones
     */
    static ValidationSettings parse(String source, String text, Path baseDirectory) {
        return SettingsReader.settings(source, text, baseDirectory);
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A fluent builder. */
    final class Builder extends ImmutableValidationSettings.Builder {
        /** Creates an empty builder; prefer {@link ValidationSettings#builder()}. */
        public Builder() {}
    }
}
