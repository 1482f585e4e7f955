package dev.scalecfg.cli.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells the three input formats apart and reads the generic structure of JSON inputs.
 *
 * <p>Rules: text whose first non-blank character is <code>{</code> is JSON. A JSON object whose
 * keys mostly begin with an upper-case letter ({@code ImageId}, {@code InstanceTypes.1}) holds ESS
 * API parameters; otherwise it is the canonical document ({@code name}, {@code instanceTypes}). Text
 * that starts with an {@code aliyun} command (after comments and a shebang) is an aliyun command line.
 */
public final class FormatDetector {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final Pattern ALIYUN_START = Pattern.compile("(?s)^\\s*(?:#[^\\n]*\\n\\s*)*aliyun(?:\\.exe)?\\s.*");

    private FormatDetector() {}

    /**
     * Detects the format of a file.
     *
     * @param file the input
     * @return its format
     * @throws InputException when the JSON is malformed or the format cannot be told
     */
    public static InputFormat detect(InputFile file) {
        String text = file.text().stripLeading();
        if (text.startsWith("{") || text.startsWith("[")) {
            JsonNode tree = readTree(file);
            if (!tree.isObject()) {
                throw new InputException(file.name() + ": expected a JSON object, found " + describe(tree));
            }
            int upper = 0;
            int lower = 0;
            for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                    upper++;
                } else {
                    lower++;
                }
            }
            if (upper > lower) {
                return InputFormat.ESS;
            }
            if (tree.has("units") && tree.has("vswitches")) {
                throw new InputException(file.name() + ": this is a scale-out request, not a scaling configuration"
                        + " (use it with 'scalecfg plan --request')");
            }
            if (tree.has("pools") || tree.has("shortages")) {
                throw new InputException(file.name() + ": this is a capacity snapshot, not a scaling configuration"
                        + " (use it with 'scalecfg plan --capacity')");
            }
            return InputFormat.JSON;
        }
        if (ALIYUN_START.matcher(text).matches() || text.contains("CreateScalingConfiguration")) {
            return InputFormat.ALIYUN_CLI;
        }
        throw new InputException(file.at(1, 1) + ": cannot tell the format: expected a JSON object or an"
                + " 'aliyun ess CreateScalingConfiguration' command (or pass --format json|ess|aliyun-cli)");
    }

    /**
     * Parses a file as JSON.
     *
     * @param file the input
     * @return the JSON tree
     * @throws InputException naming the line and column of the first syntax error
     */
    public static JsonNode readTree(InputFile file) {
        try (JsonParser parser = STRICT.createParser(file.text())) {
            JsonNode tree = STRICT.readTree(parser);
            if (tree == null) {
                throw new InputException(file.name() + ": empty file");
            }
            if (parser.nextToken() != null) {
                JsonLocation where = parser.currentTokenLocation();
                throw new InputException(file.at(where.getLineNr(), where.getColumnNr())
                        + ": malformed JSON: unexpected content after the end of the top-level value");
            }
            return tree;
        } catch (JsonProcessingException malformed) {
            throw malformedJson(file, malformed);
        } catch (IOException unreadable) {
            throw new InputException(file.name() + ": cannot read JSON (" + unreadable.getMessage() + ")", unreadable);
        }
    }

    /**
     * Reads a JSON object of ESS API parameters into a parameter map, keeping where each key is.
     * String, number and boolean values become their text; an object value (as {@code Tags} may be
     * written) becomes its compact JSON text.
     *
     * @param file the input
     * @return the parameters in file order, each with its position
     * @throws InputException for malformed JSON, duplicate keys, nulls and arrays
     */
    public static Map<String, Located> readParameters(InputFile file) {
        Map<String, Located> parameters = new LinkedHashMap<>();
        try (JsonParser parser = STRICT.createParser(file.text())) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                JsonLocation where = parser.currentTokenLocation();
                throw new InputException(file.at(where.getLineNr(), where.getColumnNr())
                        + ": expected a JSON object of ESS API parameters");
            }
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation where = parser.currentTokenLocation();
                String prefix = file.at(where.getLineNr(), where.getColumnNr()) + ": parameter " + name;
                JsonToken value = parser.nextToken();
                String text;
                switch (value) {
                    case VALUE_STRING:
                    case VALUE_NUMBER_INT:
                    case VALUE_NUMBER_FLOAT:
                    case VALUE_TRUE:
                    case VALUE_FALSE:
                        text = parser.getText();
                        break;
                    case START_OBJECT:
                        text = STRICT.writeValueAsString(STRICT.readTree(parser));
                        break;
                    case VALUE_NULL:
                        throw new InputException(prefix + ": null is not a value (leave the parameter out instead)");
                    default:
                        throw new InputException(prefix + ": expected a string, number or boolean, found an array"
                                + " (write lists as numbered parameters: " + name + ".1, " + name + ".2, ...)");
                }
                parameters.put(name, new Located(text, where.getLineNr(), where.getColumnNr()));
            }
            if (parser.nextToken() != null) {
                JsonLocation where = parser.currentTokenLocation();
                throw new InputException(file.at(where.getLineNr(), where.getColumnNr())
                        + ": malformed JSON: unexpected content after the end of the object");
            }
            return parameters;
        } catch (JsonProcessingException malformed) {
            throw malformedJson(file, malformed);
        } catch (IOException unreadable) {
            throw new InputException(file.name() + ": cannot read JSON (" + unreadable.getMessage() + ")", unreadable);
        }
    }

    /**
     * Turns a Jackson syntax error into a one-line message with its position.
     *
     * @param file the input
     * @param malformed the Jackson exception
     * @return the exception to throw
     */
    public static InputException malformedJson(InputFile file, JsonProcessingException malformed) {
        JsonLocation where = malformed.getLocation();
        String reason = malformed.getOriginalMessage();
        if (reason != null && reason.startsWith("Duplicate field")) {
            reason = reason.replace("Duplicate field", "duplicate key");
        }
        String prefix = where == null ? file.name() : file.at(where.getLineNr(), where.getColumnNr());
        return new InputException(prefix + ": malformed JSON: " + firstSentence(reason), malformed);
    }

    private static String firstSentence(String reason) {
        if (reason == null) {
            return "syntax error";
        }
        String line = InputException.oneLine(reason);
        int cut = line.indexOf(" at [Source");
        return cut >= 0 ? line.substring(0, cut) : line;
    }

    private static String describe(JsonNode tree) {
        return switch (tree.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> tree.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * A parameter value with the position of its key.
     *
     * @param value the value as text
     * @param line the 1-based line of the key
     * @param column the 1-based column of the key
     */
    public record Located(String value, int line, int column) {}
}
