package dev.scalecfg.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON document with a strict mapper and collects as many mistakes as it can: after the
 * first mapping error it removes the offending field and tries again, up to a limit. Each error
 * gets the line and column of the offending value. A valid document is read in one streaming pass;
 * only a document that fails is read again through a tree to find every mistake. Immutable and
 * thread-safe. Not API.
 */
public final class JsonReading {
    private static final int MAX_ERRORS = 50;

    private final ObjectMapper mapper;
    private final int maxDocumentChars;
    private final int maxNestingDepth;
    private final ObjectReader treeReader;

    /**
     * Creates a reader.
     *
     * @param mapper the strict mapper
     * @param maxDocumentChars the size limit, for messages
     * @param maxNestingDepth the depth limit, for messages
     */
    public JsonReading(ObjectMapper mapper, int maxDocumentChars, int maxNestingDepth) {
        this.mapper = mapper;
        this.maxDocumentChars = maxDocumentChars;
        this.maxNestingDepth = maxNestingDepth;
        this.treeReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Where a value starts in the text. */
    private static final class Position {
        final int line;
        final int column;

        Position(JsonLocation location) {
            this.line = location.getLineNr();
            this.column = location.getColumnNr();
        }
    }

    /**
     * Reads a value of the given type from the text.
     *
     * @param text the document
     * @param type the type
     * @param <T> the type
     * @return the value
     * @throws ConfigFormatException with every mistake found
     */
    public <T> T read(String text, Class<T> type) {
        if (text.length() > maxDocumentChars) {
            throw new ConfigFormatException(FormatError.of("", null, "is too large: at most " + maxDocumentChars
                    + " characters are allowed, the document has " + text.length()));
        }
        try {
            // the usual case, a valid document: one streaming pass, no tree
            return mapper.readValue(text, type);
        } catch (JsonProcessingException | RuntimeException invalid) {
            // read again through a tree, which finds every mistake and where it is
        }
        JsonNode tree = tree(text);
        Map<String, Position> positions = null; // computed on the first error only
        List<FormatError> errors = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        while (true) {
            JsonParser parser = mapper.treeAsTokens(tree);
            try {
                T value = mapper.readValue(parser, type);
                if (errors.isEmpty()) {
                    return value;
                }
                break;
            } catch (JsonMappingException failure) {
                String path = JsonErrors.path(failure.getPath());
                if (positions == null) {
                    positions = positions(text);
                }
                boolean fresh = false;
                for (FormatError error : JsonErrors.describe(failure, parser, maxDocumentChars, maxNestingDepth)) {
                    if (reported.add(error.location())) {
                        Position at = position(positions, error.location());
                        errors.add(at == null ? error : FormatError.at(error.location(), at.line, at.column,
                                error.value().orElse(null), error.message()));
                        fresh = true;
                    }
                }
                if (!fresh || errors.size() >= MAX_ERRORS || !remove(tree, path, failure)) {
                    break;
                }
            } catch (IOException unexpected) {
                throw new UncheckedIOException(unexpected);
            }
        }
        throw new ConfigFormatException(errors);
    }

    private JsonNode tree(String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                JsonNode tree = treeReader.readTree(parser);
                if (tree == null || tree.isMissingNode()) {
                    throw new ConfigFormatException(FormatError.of("", null, "is empty; expected a JSON document"));
                }
                if (parser.nextToken() != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new ConfigFormatException(FormatError.at("", at.getLineNr(), at.getColumnNr(), null,
                            "has more content after the end of the document"));
                }
                return tree;
            } catch (JsonProcessingException failure) {
                throw new ConfigFormatException(JsonErrors.describe(failure, parser, maxDocumentChars, maxNestingDepth));
            }
        } catch (IOException unexpected) {
            throw new UncheckedIOException(unexpected);
        }
    }

    /** The start of every value in the text, by path ({@code dataDisks[1].size}). */
    private Map<String, Position> positions(String text) {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = mapper.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                positions.putIfAbsent(path(parser, token), new Position(parser.currentTokenLocation()));
            }
        } catch (IOException unexpected) {
            // the document was parsed once already; positions are a nicety
        }
        return positions;
    }

    private static String path(JsonParser parser, JsonToken token) {
        JsonStreamContext context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent(); // the value's own context was just opened
        }
        return JsonErrors.contextPath(context);
    }

    private static Position position(Map<String, Position> positions, String location) {
        for (String path = location; ; path = parent(path)) {
            Position at = positions.get(path);
            if (at != null || path.isEmpty()) {
                return at;
            }
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /**
     * Removes the value at the path of a failure so that reading can go on. Removing an array
     * element would shift the paths of the next ones, so reading stops there.
     */
    private static boolean remove(JsonNode tree, String path, JsonMappingException failure) {
        List<JsonMappingException.Reference> references = failure.getPath();
        if (references.isEmpty()) {
            return false;
        }
        JsonNode parent = tree;
        for (JsonMappingException.Reference reference : references.subList(0, references.size() - 1)) {
            parent = reference.getFieldName() != null ? parent.get(reference.getFieldName())
                    : parent.get(reference.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = references.get(references.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode && parent.has(last.getFieldName())) {
            ((ObjectNode) parent).remove(last.getFieldName());
            return true;
        }
        if (last.getIndex() >= 0 && parent instanceof ArrayNode && last.getIndex() == parent.size() - 1) {
            ((ArrayNode) parent).remove(last.getIndex()); // the last element: no path shifts
            return true;
        }
        return false;
    }
}
