package dev.scalecfg.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.io.ReadLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree that knows where each value and key is in the text, for strict settings
 * documents whose every mistake must be reported with its line and column. Duplicate keys are
 * mistakes; the size, nesting, string, number and element limits of {@link ReadLimits} hold. Not API.
 */
public final class LocatedJson {

    private LocatedJson() {}

    /** A JSON value and where it starts. */
    public sealed interface Node permits ObjectNode, ArrayNode, Scalar {
        /**
         * Returns the 1-based line where the value starts.
         *
         * @return the line
         */
        int line();

        /**
         * Returns the 1-based column where the value starts.
         *
         * @return the column
         */
        int column();

        /**
         * Names the kind of value, for messages: {@code an object}, {@code a string}, ….
         *
         * @return the kind with its article
         */
        String kind();
    }

    /**
     * An object: its members in document order.
     *
     * @param members the members
     * @param line the line of the opening brace
     * @param column the column of the opening brace
     */
    public record ObjectNode(List<Member> members, int line, int column) implements Node {
        @Override
        public String kind() {
            return "an object";
        }
    }

    /**
     * One member of an object.
     *
     * @param key the key
     * @param line the line of the key
     * @param column the column of the key
     * @param value the value
     */
    public record Member(String key, int line, int column, Node value) {}

    /**
     * An array.
     *
     * @param elements the elements
     * @param line the line of the opening bracket
     * @param column the column of the opening bracket
     */
    public record ArrayNode(List<Node> elements, int line, int column) implements Node {
        @Override
        public String kind() {
            return "an array";
        }
    }

    /**
     * A string, number, boolean or null.
     *
     * @param token the token: {@code VALUE_STRING}, {@code VALUE_NUMBER_INT}, {@code VALUE_NUMBER_FLOAT},
     *     {@code VALUE_TRUE}, {@code VALUE_FALSE} or {@code VALUE_NULL}
     * @param text the text of the value
     * @param line the line
     * @param column the column
     */
    public record Scalar(JsonToken token, String text, int line, int column) implements Node {
        @Override
        public String kind() {
            return switch (token) {
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                default -> "null";
            };
        }

        /**
         * Tells whether this is a string.
         *
         * @return true for a JSON string
         */
        public boolean isString() {
            return token == JsonToken.VALUE_STRING;
        }

        /**
         * Tells whether this is {@code true} or {@code false}.
         *
         * @return true for a JSON boolean
         */
        public boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }
    }

    /**
     * Parses a document.
     *
     * @param text the document
     * @param limits the limits
     * @param problems where mistakes go; the tree is empty (null) when the text is not JSON
     * @return the root, or null when the text cannot be read as JSON (the reason is in {@code problems})
     */
    public static Node parse(String text, ReadLimits limits, List<FormatError> problems) {
        if (text.length() > limits.getMaxDocumentChars()) {
            problems.add(FormatError.of("", null, "is too large: the document has " + text.length()
                    + " characters, at most " + limits.getMaxDocumentChars() + " are allowed"));
            return null;
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.getMaxNestingDepth())
                        .maxStringLength(limits.getMaxValueChars())
                        .maxNumberLength(limits.getMaxNumberChars())
                        .build())
                .build();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(FormatError.of("", null, "is empty; expected a JSON object"));
                return null;
            }
            Node root = read(parser, limits, problems);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(FormatError.at("", at.getLineNr(), at.getColumnNr(), null,
                        "malformed JSON: more text after the end of the document"));
                return null;
            }
            return root;
        } catch (StreamConstraintsException limit) {
            JsonLocation at = limit.getLocation();
            problems.add(FormatError.at("", at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), null,
                    "is over a reading limit: " + Shown.text(String.valueOf(limit.getOriginalMessage()))));
            return null;
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            problems.add(FormatError.at("", at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), null,
                    "malformed JSON: " + Shown.text(String.valueOf(malformed.getOriginalMessage()))));
            return null;
        } catch (IOException impossible) {
            // a String source never fails to read
            problems.add(FormatError.of("", null, "cannot be read: " + impossible.getClass().getSimpleName()));
            return null;
        }
    }

    private static Node read(JsonParser parser, ReadLimits limits, List<FormatError> problems) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        int line = start.getLineNr();
        int column = start.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            List<Member> members = new ArrayList<>();
            Map<String, Member> seen = new HashMap<>();
            boolean over = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation keyAt = parser.currentTokenLocation();
                String key = parser.currentName();
                parser.nextToken();
                Member member = new Member(key, keyAt.getLineNr(), keyAt.getColumnNr(), read(parser, limits, problems));
                Member earlier = seen.get(key);
                if (earlier != null) {
                    problems.add(FormatError.at(Shown.text(key), member.line(), member.column(), null,
                            "appears twice (first on line " + earlier.line() + "); give each setting once"));
                } else if (members.size() < limits.getMaxParameters()) {
                    seen.put(key, member);
                    members.add(member);
                } else if (!over) {
                    over = true;
                    problems.add(FormatError.at(Shown.text(key), member.line(), member.column(), null,
                            "is one member too many: an object holds at most " + limits.getMaxParameters()));
                }
            }
            return new ObjectNode(members, line, column);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> elements = new ArrayList<>();
            boolean over = false;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Node element = read(parser, limits, problems);
                if (elements.size() < limits.getMaxListElements()) {
                    elements.add(element);
                } else if (!over) {
                    over = true;
                    problems.add(FormatError.at("", element.line(), element.column(), null,
                            "is one element too many: a list holds at most " + limits.getMaxListElements()));
                }
            }
            return new ArrayNode(elements, line, column);
        }
        return new Scalar(token, parser.getText(), line, column);
    }
}
