package dev.scalecfg.core.ess;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.io.ReadLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into a small tree whose every node knows its line and column, within the
 * {@link ReadLimits}: the Describe reader locates each problem where the value was written.
 */
final class JsonTree {
    /** The kind of a node. */
    enum Kind {
        OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL
    }

    /** One node. Scalars keep their text as written (numbers exactly, booleans as true/false). */
    static final class Node {
        final Kind kind;
        final String text;
        final Map<String, Node> fields;
        final List<Node> items;
        final int line;
        final int column;

        Node(Kind kind, String text, Map<String, Node> fields, List<Node> items, int line, int column) {
            this.kind = kind;
            this.text = text;
            this.fields = fields;
            this.items = items;
            this.line = line;
            this.column = column;
        }

        boolean isScalar() {
            return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
        }

        Node get(String name) {
            return fields == null ? null : fields.get(name);
        }
    }

    private JsonTree() {}

    /**
     * Reads a whole document.
     *
     * @throws ConfigFormatException when the text is not JSON or exceeds a limit, located
     */
    static Node read(String text, ReadLimits limits) {
        if (text.length() > limits.getMaxDocumentChars()) {
            throw new ConfigFormatException(FormatError.of("", null, "is " + text.length()
                    + " characters long; the limit is " + limits.getMaxDocumentChars())
                    .withCode("LIMIT_DOCUMENT_SIZE"));
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.getMaxNestingDepth() + 1)
                        .maxStringLength(Math.max(limits.getMaxValueChars() + 1, 1))
                        .maxNumberLength(Integer.MAX_VALUE / 2)
                        .build())
                .build();
        try (JsonParser parser = factory.createParser(text)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ConfigFormatException(FormatError.of("", null, "is empty; expected a JSON object"));
            }
            Node root = node(parser, first, limits, 0, "");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ConfigFormatException(FormatError.at("", at.getLineNr(), at.getColumnNr(), null,
                        "has more after the end of the JSON value"));
            }
            return root;
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            String message = malformed.getOriginalMessage();
            String reason = message.contains("nesting depth") ? "is nested deeper than "
                    + limits.getMaxNestingDepth() + " levels"
                    : message.contains("String value length") ? "holds a value longer than "
                    + limits.getMaxValueChars() + " characters"
                    : "is not valid JSON: " + Shown.text(firstLine(message));
            String code = reason.startsWith("is nested") ? "LIMIT_NESTING"
                    : reason.startsWith("holds a value") ? "LIMIT_VALUE_LENGTH" : "MALFORMED";
            throw new ConfigFormatException(FormatError.at("", at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(), null, reason).withCode(code));
        } catch (IOException unexpected) {
            throw new ConfigFormatException(FormatError.of("", null, "cannot be read as JSON"));
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static Node node(JsonParser parser, JsonToken token, ReadLimits limits, int depth, String path)
            throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > limits.getMaxNestingDepth()) {
            throw new ConfigFormatException(FormatError.at(path, line, column, null, "is nested deeper than "
                    + limits.getMaxNestingDepth() + " levels").withCode("LIMIT_NESTING"));
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    if (name.length() > limits.getMaxValueChars()) {
                        throw limit(path, parser, "holds a key longer than " + limits.getMaxValueChars()
                                + " characters", "LIMIT_VALUE_LENGTH");
                    }
                    if (fields.size() >= limits.getMaxParameters()) {
                        throw limit(path, parser, "has more than " + limits.getMaxParameters() + " fields",
                                "LIMIT_PARAMETERS");
                    }
                    String child = path.isEmpty() ? name : path + "." + name;
                    fields.put(name, node(parser, parser.nextToken(), limits, depth + 1, child));
                }
                return new Node(Kind.OBJECT, null, fields, null, line, column);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    if (items.size() >= limits.getMaxListElements()) {
                        throw limit(path, parser, "has more than " + limits.getMaxListElements() + " elements",
                                "LIMIT_LIST_SIZE");
                    }
                    items.add(node(parser, next, limits, depth + 1, path + "[" + items.size() + "]"));
                }
                return new Node(Kind.ARRAY, null, null, items, line, column);
            }
            case VALUE_STRING:
                return new Node(Kind.STRING, parser.getText(), null, null, line, column);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(Kind.NUMBER, parser.getText(), null, null, line, column);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(Kind.BOOLEAN, parser.getText(), null, null, line, column);
            default:
                return new Node(Kind.NULL, null, null, null, line, column);
        }
    }

    private static ConfigFormatException limit(String path, JsonParser parser, String message, String code) {
        JsonLocation at = parser.currentTokenLocation();
        return new ConfigFormatException(FormatError.at(path, at.getLineNr(), at.getColumnNr(), null, message)
                .withCode(code));
    }
}
