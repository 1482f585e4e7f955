package dev.scalecfg.interop.internal.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.Shown;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.interop.internal.Codes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads JSON and YAML documents into {@link Node} trees within {@link ReadLimits}: document size,
 * value and key length, list size, nesting depth, fields per object; YAML aliases are resolved to
 * the anchored node, and the size they expand to is bounded, so that no document can make reading
 * slow or memory-hungry.
 */
public final class Trees {
    private Trees() {}

    /**
     * Reads a JSON document.
     *
     * @param location the location errors name (a file name, or empty)
     * @throws ConfigFormatException when the text is not JSON or exceeds a limit
     */
    public static Node json(String text, ReadLimits limits, String location) {
        checkSize(text, limits, location);
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints(limits)).build();
        try (JsonParser parser = factory.createParser(text)) {
            return read(parser, limits, location, "JSON");
        } catch (IOException unexpected) {
            throw new ConfigFormatException(FormatError.of(location, null, "cannot be read as JSON"));
        }
    }

    /**
     * Reads a YAML document (one document; YAML short tags such as {@code !Ref} kept on the nodes).
     *
     * @param location the location errors name (a file name, or empty)
     * @throws ConfigFormatException when the text is not YAML or exceeds a limit
     */
    public static Node yaml(String text, ReadLimits limits, String location) {
        checkSize(text, limits, location);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(text.length(), 1) * 2 + 16);
        options.setNestingDepthLimit(limits.getMaxNestingDepth() + 1);
        options.setMaxAliasesForCollections(Math.max(limits.getMaxListElements(), 50));
        options.setAllowDuplicateKeys(true); // detected below, with a position
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints(limits))
                .build();
        try (JsonParser parser = factory.createParser(text)) {
            return read(parser, limits, location, "YAML");
        } catch (IOException unexpected) {
            throw new ConfigFormatException(FormatError.of(location, null, "cannot be read as YAML"));
        } catch (RuntimeException snakeYaml) {
            // SnakeYAML signals its own limits (code points, nesting, aliases) with unchecked exceptions
            if (snakeYaml instanceof ConfigFormatException) {
                throw snakeYaml;
            }
            throw new ConfigFormatException(FormatError.of(location, null, "is not valid YAML: "
                    + Shown.text(firstLine(String.valueOf(snakeYaml.getMessage())))).withCode(Codes.MALFORMED));
        }
    }

    private static StreamReadConstraints constraints(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.getMaxNestingDepth() + 1)
                .maxStringLength(Math.max(limits.getMaxValueChars() + 1, 1))
                .maxNameLength(Math.max(limits.getMaxValueChars() + 1, 1))
                .maxNumberLength(Integer.MAX_VALUE / 2)
                .build();
    }

    private static void checkSize(String text, ReadLimits limits, String location) {
        if (text.length() > limits.getMaxDocumentChars()) {
            throw new ConfigFormatException(FormatError.of(location, null, "is " + text.length()
                    + " characters long; the limit is " + limits.getMaxDocumentChars())
                    .withCode(Codes.LIMIT_DOCUMENT_SIZE));
        }
    }

    private static Node read(JsonParser parser, ReadLimits limits, String location, String format) throws IOException {
        parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        Builder builder = new Builder(parser, limits, location);
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Node(Node.Kind.NULL, null, null, null, 1, 1, null);
            }
            Node root = builder.node(first, 0, "");
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ConfigFormatException(FormatError.at(location, at.getLineNr(), at.getColumnNr(), null,
                        "has more after the end of the " + format + " document"));
            }
            return root;
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            String message = String.valueOf(malformed.getOriginalMessage());
            String reason;
            String code = Codes.MALFORMED;
            if (message.contains("nesting depth")) {
                reason = "is nested deeper than " + limits.getMaxNestingDepth() + " levels";
                code = Codes.LIMIT_NESTING;
            } else if (message.contains("value length") && message.contains("exceeds")) {
                reason = "holds a value longer than " + limits.getMaxValueChars() + " characters";
                code = Codes.LIMIT_VALUE_LENGTH;
            } else if (message.startsWith("Duplicate field")) {
                reason = "has a key twice: " + Shown.text(firstLine(message));
            } else {
                reason = "is not valid " + format + ": " + Shown.text(firstLine(message));
            }
            throw new ConfigFormatException(FormatError.at(location, at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(), null, reason).withCode(code));
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Builds nodes from the parser's tokens, enforcing the limits. */
    private static final class Builder {
        final JsonParser parser;
        final ReadLimits limits;
        final String location;
        final Map<String, Node> anchors = new HashMap<>();
        /** The number of nodes under each node, aliases counted as what they expand to. */
        final Map<Node, Integer> sizes = new IdentityHashMap<>();
        final long maxExpanded;

        Builder(JsonParser parser, ReadLimits limits, String location) {
            this.parser = parser;
            this.limits = limits;
            this.location = location;
            this.maxExpanded = Math.max((long) limits.getMaxParameters() * 10, 10_000L);
        }

        Node node(JsonToken token, int depth, String path) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            int line = at.getLineNr();
            int column = at.getColumnNr();
            if (depth > limits.getMaxNestingDepth()) {
                throw error(line, column, "is nested deeper than " + limits.getMaxNestingDepth() + " levels", path,
                        Codes.LIMIT_NESTING);
            }
            String tag = null;
            String anchor = null;
            if (parser instanceof YAMLParser) {
                YAMLParser yaml = (YAMLParser) parser;
                if (yaml.isCurrentAlias()) {
                    Node target = anchors.get(yaml.getText());
                    if (target == null) {
                        throw error(line, column, "refers to the YAML anchor " + Shown.text(yaml.getText())
                                + ", which is not defined before", path, Codes.MALFORMED);
                    }
                    return target;
                }
                tag = yaml.getTypeId();
                if (tag != null && tag.startsWith("tag:yaml.org,2002:")) {
                    tag = null;
                }
                anchor = yaml.getCurrentAnchor();
            }
            Node node;
            long size = 1;
            switch (token) {
                case START_OBJECT: {
                    Map<String, Node> fields = new LinkedHashMap<>();
                    for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                        String name = parser.currentName();
                        if (name.length() > limits.getMaxValueChars()) {
                            throw error(line, column, "holds a key longer than " + limits.getMaxValueChars()
                                    + " characters", path, Codes.LIMIT_VALUE_LENGTH);
                        }
                        if (fields.size() >= limits.getMaxParameters()) {
                            throw error(line, column, "has more than " + limits.getMaxParameters() + " keys", path,
                                    Codes.LIMIT_PARAMETERS);
                        }
                        Node child = node(parser.nextToken(), depth + 1, path.isEmpty() ? name : path + "." + name);
                        fields.put(name, child);
                        size += sizes.getOrDefault(child, 1);
                    }
                    node = new Node(Node.Kind.OBJECT, null, fields, null, line, column, tag);
                    break;
                }
                case START_ARRAY: {
                    List<Node> items = new ArrayList<>();
                    for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                        if (items.size() >= limits.getMaxListElements()) {
                            throw error(line, column, "has more than " + limits.getMaxListElements() + " elements",
                                    path, Codes.LIMIT_LIST_SIZE);
                        }
                        Node child = node(next, depth + 1, path + "[" + items.size() + "]");
                        items.add(child);
                        size += sizes.getOrDefault(child, 1);
                    }
                    node = new Node(Node.Kind.ARRAY, null, null, items, line, column, tag);
                    break;
                }
                case VALUE_STRING:
                    node = new Node(Node.Kind.STRING, parser.getText(), null, null, line, column, tag);
                    break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    node = new Node(Node.Kind.NUMBER, parser.getText(), null, null, line, column, tag);
                    break;
                case VALUE_TRUE:
                case VALUE_FALSE:
                    node = new Node(Node.Kind.BOOLEAN, parser.getText(), null, null, line, column, tag);
                    break;
                default:
                    node = new Node(Node.Kind.NULL, null, null, null, line, column, tag);
            }
            if (size > maxExpanded) {
                throw error(line, column, "expands (through YAML aliases) to more than " + maxExpanded + " values",
                        path, Codes.LIMIT_PARAMETERS);
            }
            if (size > 1) {
                sizes.put(node, (int) size);
            }
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private ConfigFormatException error(int line, int column, String message, String path, String code) {
            String where = location.isEmpty() ? path : path.isEmpty() ? location : location + ": " + path;
            return new ConfigFormatException(FormatError.at(where, line, column, null, message).withCode(code));
        }
    }
}
