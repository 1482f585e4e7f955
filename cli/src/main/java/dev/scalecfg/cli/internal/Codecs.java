package dev.scalecfg.cli.internal;

import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.ess.AliyunCommandLine;
import dev.scalecfg.core.ess.ApiVersion;
import dev.scalecfg.core.ess.EssParameters;
import dev.scalecfg.core.json.ScalingJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CLI's single door to the core codecs (canonical JSON, ESS parameters, aliyun command lines).
 * Every codec error leaves as an {@link InputException} naming the file and position.
 */
public final class Codecs {
    private static final ScalingJson JSON = ScalingJson.defaults();

    private Codecs() {}

    /**
     * Reads the canonical JSON document.
     *
     * @param file the input
     * @return the configuration
     */
    public static ScalingConfiguration readCanonical(InputFile file) {
        return readJson(file, ScalingConfiguration.class);
    }

    /**
     * Reads any JSON document of the given type (requests, capacity snapshots, contexts) with the
     * codec's strict settings.
     *
     * @param file the input
     * @param type the target type
     * @param <T> the target type
     * @return the value
     */
    public static <T> T readJson(InputFile file, Class<T> type) {
        FormatDetector.readTree(file);
        try {
            return JSON.readValue(file.text(), type);
        } catch (ConfigFormatException invalid) {
            throw inputException(file, invalid, Map.of());
        } catch (RuntimeException unexpected) {
            throw new InputException(file.name() + ": cannot read it as " + type.getSimpleName() + ": "
                    + InputException.oneLine(unexpected.getMessage()), unexpected);
        }
    }

    /**
     * Reads a JSON object of ESS API parameters.
     *
     * @param file the input
     * @return the configuration
     */
    public static ScalingConfiguration readEss(InputFile file) {
        Map<String, FormatDetector.Located> located = FormatDetector.readParameters(file);
        Map<String, String> parameters = new LinkedHashMap<>();
        located.forEach((name, value) -> parameters.put(name, value.value()));
        try {
            return EssParameters.fromParameters(parameters);
        } catch (ConfigFormatException invalid) {
            throw inputException(file, invalid, located);
        }
    }

    /**
     * Reads an aliyun command line.
     *
     * @param file the input
     * @return the configuration
     */
    public static ScalingConfiguration readAliyun(InputFile file) {
        try {
            return AliyunCommandLine.read(file.text());
        } catch (ConfigFormatException invalid) {
            throw inputException(file, invalid, Map.of());
        }
    }

    /**
     * Writes the canonical JSON document.
     *
     * @param config the configuration
     * @return pretty-printed JSON
     */
    public static String writeCanonical(ScalingConfiguration config) {
        return JSON.write(config);
    }

    /**
     * Writes any value as pretty JSON.
     *
     * @param value the value
     * @return pretty-printed JSON
     */
    public static String writeJson(Object value) {
        return JSON.writeValue(value);
    }

    /**
     * Writes the ESS API parameters.
     *
     * @param config the configuration
     * @param apiVersion the API version whose parameter names to use
     * @return the parameters in API order
     */
    public static Map<String, String> writeEss(ScalingConfiguration config, String apiVersion) {
        return EssParameters.toParameters(config, apiVersion(apiVersion));
    }

    /**
     * Returns the core API version for an option value.
     *
     * @param apiVersion {@code 2014-08-28} or {@code 2022-02-22}
     * @return the API version
     */
    public static ApiVersion apiVersion(String apiVersion) {
        return ApiVersion.fromString(apiVersion);
    }

    /**
     * Turns a codec error into the one-line message: the first problem with its position, and how
     * many more there are.
     *
     * @param file the input
     * @param invalid the codec error
     * @param positions where each ESS parameter is, for errors that name a parameter but no line
     * @return the exception to throw
     */
    static InputException inputException(InputFile file, ConfigFormatException invalid,
            Map<String, FormatDetector.Located> positions) {
        if (invalid.getErrors().isEmpty()) {
            return new InputException(file.name() + ": " + invalid.getMessage(), invalid);
        }
        FormatError first = invalid.getErrors().get(0);
        int line = first.line().orElse(0);
        int column = first.column().orElse(0);
        FormatDetector.Located position = positions.get(first.location());
        if (line == 0 && position != null) {
            line = position.line();
            column = position.column();
        }
        StringBuilder text = new StringBuilder(file.at(line, column)).append(": ");
        if (!first.location().isEmpty()) {
            text.append(first.location()).append(": ");
        }
        first.value().ifPresent(value -> text.append('"').append(shorten(value)).append("\" "));
        text.append(first.message());
        int more = invalid.getErrors().size() - 1;
        if (more > 0) {
            text.append(" (and ").append(more).append(" more problem").append(more == 1 ? "" : "s")
                    .append("; --verbose lists them)");
        }
        return new InputException(text.toString(), invalid);
    }

    private static String shorten(String value) {
        String one = InputException.oneLine(value);
        return one.length() > 80 ? one.substring(0, 77) + "..." : one;
    }
}
