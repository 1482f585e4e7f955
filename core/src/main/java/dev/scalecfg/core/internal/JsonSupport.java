package dev.scalecfg.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.scalecfg.core.json.ScalingJacksonModule;
import java.util.List;
import java.util.Map;

/** Builds the strict Jackson mappers of scalecfg. Not part of the API. */
public final class JsonSupport {
    /** The default limit of characters in a document. */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 1 << 20;
    /** The default limit of nesting levels. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

    private static final ObjectMapper SHARED = newMapper(DEFAULT_MAX_DOCUMENT_CHARS, DEFAULT_MAX_NESTING_DEPTH);

    private JsonSupport() {}

    /**
     * Returns the shared mapper with the default limits; callers must not reconfigure it.
     *
     * @return the shared mapper
     */
    public static ObjectMapper shared() {
        return SHARED;
    }

    /**
     * Builds a strict mapper: exact decimals, no coercion of scalars, no unknown fields, no
     * duplicate fields, absent optionals and empty collections omitted.
     *
     * @param maxDocumentChars the most characters a document may have
     * @param maxNestingDepth the deepest nesting allowed
     * @return a new mapper
     */
    public static ObjectMapper newMapper(int maxDocumentChars, int maxNestingDepth) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocumentChars)
                        .maxNestingDepth(maxNestingDepth)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new ScalingJacksonModule())
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                JsonInclude.Include.ALWAYS);
        mapper.configOverride(List.class).setInclude(nonEmpty);
        // no numbers or booleans where text is expected: "name": 7 is a mistake
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.configOverride(Map.class).setInclude(nonEmpty);
        return mapper;
    }

    /**
     * Returns the pretty printer of scalecfg: two-space indent, {@code "name": value}, one array
     * element per line, {@code \n} line ends on every platform.
     *
     * @return a new pretty printer
     */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
