package dev.scalecfg.cli.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.scalecfg.core.ScalingConfiguration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CLI's single door to the core codecs (canonical JSON, ESS parameters, aliyun command lines).
 * Every codec error leaves as an {@link InputException} naming the file and position.
 */
public final class Codecs {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

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
     * Reads any JSON document of the given type (requests, capacity snapshots, contexts).
     *
     * @param file the input
     * @param type the target type
     * @param <T> the target type
     * @return the value
     */
    public static <T> T readJson(InputFile file, Class<T> type) {
        FormatDetector.readTree(file);
        try {
            return MAPPER.readValue(file.text(), type);
        } catch (JsonMappingException mapping) {
            JsonLocation where = mapping.getLocation();
            String path = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            String prefix = where == null ? file.name() : file.at(where.getLineNr(), where.getColumnNr());
            String reason = InputException.oneLine(mapping.getOriginalMessage()).replaceAll(" \\(class [^)]*\\)", "");
            throw new InputException(prefix + ": " + (path.isEmpty() ? "" : "field " + path + ": ") + reason, mapping);
        } catch (JsonProcessingException malformed) {
            throw FormatDetector.malformedJson(file, malformed);
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
        throw new InputException(file.name() + ": reading ESS parameters (" + located.size()
                + " found) needs the ESS codec, which is not in this build yet");
    }

    /**
     * Reads an aliyun command line.
     *
     * @param file the input
     * @return the configuration
     */
    public static ScalingConfiguration readAliyun(InputFile file) {
        throw new InputException(file.name() + ": reading aliyun command lines needs the codec, which is not in this build yet");
    }

    /**
     * Writes the canonical JSON document.
     *
     * @param config the configuration
     * @return pretty-printed JSON
     */
    public static String writeCanonical(ScalingConfiguration config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write the configuration as JSON", impossible);
        }
    }

    /**
     * Writes the ESS API parameters.
     *
     * @param config the configuration
     * @param apiVersion the API version whose parameter names to use
     * @return the parameters in API order
     */
    public static Map<String, String> writeEss(ScalingConfiguration config, String apiVersion) {
        throw new InputException("writing ESS parameters needs the ESS codec, which is not in this build yet");
    }
}
