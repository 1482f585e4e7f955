package dev.scalecfg.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.internal.JsonReading;
import dev.scalecfg.core.internal.JsonSupport;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes scaling configurations as the canonical JSON document: camelCase field names
 * equal to the model's attribute names, exact API spellings for enum values, exact decimals.
 *
 * <pre>{@code
 * ScalingJson json = ScalingJson.defaults();
 * ScalingConfiguration config = json.read(Path.of("web-tier.json"));
 * String text = json.write(config);   // pretty, absent values left out
 * }</pre>
 *
 * <p>A document such as:
 * <pre>{@code
 * {
 *   "scalingGroupId": "asg-bp14wlu85wrpchm0xxxx",
 *   "image": { "imageId": "aliyun_3_x64_20G_alibase_20240819.vhd" },
 *   "instanceTypes": [ { "instanceType": "ecs.g7.large", "spotPriceLimit": 0.050 } ],
 *   "dataDisks": [ { "category": "cloud_essd", "size": 100, "encrypted": true } ],
 *   "tags": { "env": "prod" }
 * }
 * }</pre>
 *
 * <p>Reading is strict: an unknown field, a value of the wrong type (no coercion of {@code "40"}
 * to 40 or of 1.5 to 1), a bad enum spelling, a duplicate field, malformed JSON, a document larger
 * than {@link Builder#maxDocumentChars(int)} or nested deeper than
 * {@link Builder#maxNestingDepth(int)}, and a missing required attribute all become a
 * {@link ConfigFormatException} naming the field path (such as {@code dataDisks[1].size}), the
 * line and column where the value starts, the value and the rule. Reading goes on after a mistake
 * in a field, so that one exception reports as many mistakes as possible. No Jackson exception
 * escapes. Passwords and user data never appear in messages.
 *
 * <p>Writing leaves out absent values, empty lists and maps and empty nested settings, so that
 * {@code read(write(config)).equals(config)} holds for every configuration. Decimals keep their
 * scale ({@code 0.050} stays {@code 0.050}).
 *
 * <p>Instances are immutable and thread-safe; reuse them. No polymorphic typing is enabled.
 *
 * @since 0.1.0
 */
public final class ScalingJson {
    /** The default limit on the size of a document: 1 MiB of characters. */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = JsonSupport.DEFAULT_MAX_DOCUMENT_CHARS;
    /** The default limit on nesting: 32 levels. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = JsonSupport.DEFAULT_MAX_NESTING_DEPTH;

    /** Nested settings that default to an empty value and are left out when empty. */
    private static final Set<String> DEFAULTED_SPECS =
            Set.of("image", "systemDisk", "network", "credentials", "placement", "privatePool", "resourcePool");

    private static final ScalingJson DEFAULTS = new ScalingJson(DEFAULT_MAX_DOCUMENT_CHARS, DEFAULT_MAX_NESTING_DEPTH);

    private final int maxDocumentChars;
    private final int maxNestingDepth;
    private final ObjectMapper mapper;
    private final ObjectWriter prettyWriter;
    private final JsonReading reading;

    private ScalingJson(int maxDocumentChars, int maxNestingDepth) {
        this.maxDocumentChars = maxDocumentChars;
        this.maxNestingDepth = maxNestingDepth;
        this.mapper = maxDocumentChars == DEFAULT_MAX_DOCUMENT_CHARS && maxNestingDepth == DEFAULT_MAX_NESTING_DEPTH
                ? JsonSupport.shared() : JsonSupport.newMapper(maxDocumentChars, maxNestingDepth);
        this.prettyWriter = mapper.writer(JsonSupport.prettyPrinter());
        this.reading = new JsonReading(mapper, maxDocumentChars, maxNestingDepth);
    }

    /**
     * Returns the codec with the default limits.
     *
     * @return the shared default codec
     */
    public static ScalingJson defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder for a codec with other limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the most characters a document may have.
     *
     * @return the limit
     */
    public int maxDocumentChars() {
        return maxDocumentChars;
    }

    /**
     * Returns the deepest nesting a document may have.
     *
     * @return the limit
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Reads a configuration from JSON text.
     *
     * @param json the document
     * @return the configuration
     * @throws ConfigFormatException if the document is not a valid configuration
     * @throws NullPointerException if the text is null
     */
    public ScalingConfiguration read(String json) {
        return readValue(json, ScalingConfiguration.class);
    }

    /**
     * Reads a configuration from a character stream, which is not closed.
     *
     * @param reader the document
     * @return the configuration
     * @throws ConfigFormatException if the document is not a valid configuration
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ScalingConfiguration read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
                if (text.length() > maxDocumentChars) {
                    throw new ConfigFormatException(FormatError.of("", null, "is too large: at most "
                            + maxDocumentChars + " characters are allowed"));
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return read(text.toString());
    }

    /**
     * Reads a configuration from a UTF-8 file.
     *
     * @param path the file
     * @return the configuration
     * @throws ConfigFormatException if the document is not a valid configuration; the file name is
     *     not part of the error locations
     * @throws UncheckedIOException if the file cannot be read
     */
    public ScalingConfiguration read(Path path) {
        Objects.requireNonNull(path, "path");
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /**
     * Writes a configuration as pretty JSON: two-space indent, {@code \n} line ends, absent values,
     * empty lists and maps and empty nested settings left out.
     *
     * @param config the configuration
     * @return the document
     */
    public String write(ScalingConfiguration config) {
        Objects.requireNonNull(config, "config");
        ObjectNode tree = mapper.valueToTree(config);
        for (Iterator<Map.Entry<String, JsonNode>> fields = tree.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (DEFAULTED_SPECS.contains(field.getKey()) && field.getValue().isObject()
                    && field.getValue().isEmpty()) {
                fields.remove();
            }
        }
        return writeValue(tree);
    }

    /**
     * Reads any value with this codec's strict settings and error reporting, for example a request
     * or capacity document of the launcher.
     *
     * @param json the document
     * @param type the type to read
     * @param <T> the type to read
     * @return the value
     * @throws ConfigFormatException if the document is not a valid value of the type
     */
    public <T> T readValue(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        return reading.read(json, type);
    }

    /**
     * Writes any value as pretty JSON with this codec's settings.
     *
     * @param value the value
     * @return the document
     * @throws IllegalArgumentException if the value cannot be written as JSON
     */
    public String writeValue(Object value) {
        try {
            return prettyWriter.writeValueAsString(value);
        } catch (JsonProcessingException failure) {
            throw new IllegalArgumentException("cannot write " + (value == null ? "null" : value.getClass()
                    .getSimpleName()) + " as JSON: " + failure.getOriginalMessage(), failure);
        }
    }

    /**
     * Returns a copy of the configured mapper, for uses this class does not cover. Changing the
     * copy does not affect this codec.
     *
     * @return a new mapper with this codec's settings
     */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    /** Builds a {@link ScalingJson} with other limits. */
    public static final class Builder {
        private int maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

        private Builder() {}

        /**
         * Sets the most characters a document may have.
         *
         * @param maxDocumentChars the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxDocumentChars(int maxDocumentChars) {
            this.maxDocumentChars = atLeastOne("maxDocumentChars", maxDocumentChars);
            return this;
        }

        /**
         * Sets the deepest nesting a document may have. A configuration needs 4 levels.
         *
         * @param maxNestingDepth the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = atLeastOne("maxNestingDepth", maxNestingDepth);
            return this;
        }

        private static int atLeastOne(String name, int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, not " + limit);
            }
            return limit;
        }

        /**
         * Builds the codec.
         *
         * @return the codec
         */
        public ScalingJson build() {
            return new ScalingJson(maxDocumentChars, maxNestingDepth);
        }
    }
}
