package dev.scalecfg.cli.internal;

import dev.scalecfg.core.ScalingConfiguration;
import java.nio.file.Path;

/** Reads a scaling configuration file in any of the three formats. */
public final class ConfigLoader {
    private ConfigLoader() {}

    /**
     * Reads and decodes one configuration file.
     *
     * @param workingDirectory the directory relative names are resolved against
     * @param name the path as given on the command line
     * @param format the format, or null to detect it from the content
     * @return the configuration with its file and format
     * @throws InputException when the file cannot be read or decoded
     */
    public static Loaded load(Path workingDirectory, String name, InputFormat format) {
        InputFile file = InputFile.read(workingDirectory, name);
        InputFormat actual = format != null ? format : FormatDetector.detect(file);
        ScalingConfiguration config;
        try {
            config = switch (actual) {
                case JSON -> Codecs.readCanonical(file);
                case ESS -> Codecs.readEss(file);
                case ALIYUN_CLI -> Codecs.readAliyun(file);
            };
        } catch (InputException clear) {
            throw clear;
        } catch (RuntimeException unexpected) {
            throw new InputException(file.name() + ": cannot read the " + actual.optionValue() + " input: "
                    + InputException.oneLine(unexpected.getMessage()), unexpected);
        }
        return new Loaded(file, actual, config);
    }

    /**
     * A decoded configuration file.
     *
     * @param file the file
     * @param format the format it was read in
     * @param config the configuration
     */
    public record Loaded(InputFile file, InputFormat format, ScalingConfiguration config) {}
}
