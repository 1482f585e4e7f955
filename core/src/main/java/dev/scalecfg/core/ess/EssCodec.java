package dev.scalecfg.core.ess;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.scalecfg.core.ConfigFormatException;
import dev.scalecfg.core.FormatError;
import dev.scalecfg.core.InstanceTypeSpec;
import dev.scalecfg.core.ScalingConfiguration;
import dev.scalecfg.core.internal.JsonErrors;
import dev.scalecfg.core.internal.JsonSupport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads and writes ESS parameters, driven by the table in {@link EssSchema}. */
final class EssCodec {
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern NUMBER_SEGMENT = Pattern.compile("(?<=^|\\.)\\d+(?=\\.|$)");
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** Reads the JSON object of the Tags parameter; an ObjectReader is immutable and thread-safe. */
    private static final ObjectReader TAGS_READER =
            JsonSupport.shared().reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private EssCodec() {}

    // ---- raw structure collected from the parameters ---------------------------------------

    /** An object under construction: values are JsonNode, RawObject or RawList. */
    private static final class RawObject {
        final Map<String, Object> members = new LinkedHashMap<>();

        RawObject child(String name) {
            return (RawObject) members.computeIfAbsent(name, unused -> new RawObject());
        }
    }

    /** A list under construction, keyed by its 1-based wire index. */
    private static final class RawList {
        final EssSchema.Field field;
        final String prefix; // as the user spelled it, such as DataDisk or DataDisks.2.Categories
        final TreeMap<Integer, Object> items = new TreeMap<>();

        RawList(EssSchema.Field field, String prefix) {
            this.field = field;
            this.prefix = prefix;
        }
    }

    private static final class Reader {
        final List<FormatError> errors = new ArrayList<>();
        final Map<String, String> seen = new HashMap<>();
        final RawObject root = new RawObject();

        void error(String location, String value, String message) {
            errors.add(FormatError.of(location, value, message));
        }
    }

    // ---- reading --------------------------------------------------------------------------

    static ScalingConfiguration read(Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        Reader reader = new Reader();
        List<Key> keys = new ArrayList<>(parameters.size());
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            if (entry.getKey() == null) {
                reader.error("", entry.getValue(), "has no parameter name");
            } else {
                keys.add(new Key(entry.getKey(), entry.getValue()));
            }
        }
        keys.sort(PARAMETER_ORDER);
        for (Key parameter : keys) {
            String key = parameter.name;
            String value = parameter.value;
            if (value == null) {
                reader.error(key, null, "has no value");
                continue;
            }
            if (EssSchema.IGNORED.contains(key)) {
                continue;
            }
            if (!match(reader, EssSchema.ROOT, parameter.segments, 0, reader.root, "", key, value)) {
                reader.error(key, null, unknownMessage(key));
            }
        }
        ObjectNode tree = NODES.objectNode();
        instanceTypes(reader, tree);
        convertObject(reader, reader.root, tree);
        if (!reader.errors.isEmpty()) {
            throw new ConfigFormatException(reader.errors);
        }
        try {
            ObjectMapper mapper = JsonSupport.shared();
            return mapper.treeToValue(tree, ScalingConfiguration.class);
        } catch (JsonProcessingException | IllegalArgumentException unexpected) {
            // every value was checked above; this is a defect, reported without the raw message
            throw new ConfigFormatException(FormatError.of("", null,
                    "cannot be turned into a scaling configuration (" + unexpected.getClass().getSimpleName() + ")"));
        }
    }

    /**
     * Tries the fields of a scope on the key's segments from {@code from} on. Only the spellings
     * whose first segment is the key's segment can match, so only those are tried, in table order.
     */
    private static boolean match(Reader reader, EssSchema.Scope scope, String[] segments, int from,
            RawObject target, String modelPrefix, String key, String value) {
        if (from >= segments.length) {
            return false;
        }
        for (EssSchema.Spelling spelling : scope.startingWith(segments[from])) {
            EssSchema.Field field = spelling.field;
            String[] parts = spelling.parts;
            if (!startsWith(segments, from, parts)) {
                continue;
            }
            int next = from + parts.length;
            if (field.shape == EssSchema.Shape.LEAF) {
                if (next != segments.length) {
                    continue;
                }
                if (value.isEmpty() && !field.required) {
                    // an empty optional parameter is unset, as in every RPC request (the Terraform
                    // provider sends SystemDisk.KMSKeyId= when no key is set; scripts pass unset variables)
                    return true;
                }
                JsonNode node = convert(reader, field, key, value);
                if (node != null) {
                    putLeaf(reader, target, field, modelPrefix + field.modelPath, key, node);
                }
                return true;
            }
            if (next == segments.length) {
                String prefix = prefix(key, segments, next);
                reader.error(key, null, "needs an index: write " + prefix + ".1, " + prefix + ".2, …");
                return true;
            }
            String indexText = segments[next];
            if (!isIndex(indexText)) {
                reader.error(key, null, "has the index '" + indexText
                        + "'; indexes are whole numbers from 1 (1, 2, 3, …) without leading zeros");
                return true;
            }
            int index = Integer.parseInt(indexText);
            String itemPath = modelPrefix + field.modelPath + "[" + (index - 1) + "]";
            RawList list = list(target, field, key, segments, next);
            if (field.shape == EssSchema.Shape.VALUE_LIST) {
                if (next + 1 != segments.length) {
                    continue;
                }
                JsonNode node = convert(reader, field, key, value);
                if (node != null && firstTime(reader, itemPath, key)) {
                    list.items.put(index, node);
                }
                return true;
            }
            if (next + 1 == segments.length) {
                reader.error(key, null, "needs a field after the index, such as " + prefix(key, segments, next)
                        + "." + index + "." + field.element.fields.get(0).wire(ApiVersion.V2022_02_22));
                return true;
            }
            boolean created = !list.items.containsKey(index);
            RawObject element = (RawObject) list.items.computeIfAbsent(index, unused -> new RawObject());
            if (match(reader, field.element, segments, next + 1, element, itemPath + ".", key, value)) {
                return true;
            }
            if (created) {
                list.items.remove(index);
            }
        }
        return false;
    }

    /** The list of a field, created on first use with the prefix of the key that first named it. */
    private static RawList list(RawObject target, EssSchema.Field field, String key, String[] segments, int end) {
        List<String> path = field.modelSegments();
        RawObject parent = target;
        for (String name : path.subList(0, path.size() - 1)) {
            parent = parent.child(name);
        }
        return (RawList) parent.members.computeIfAbsent(path.get(path.size() - 1),
                unused -> new RawList(field, prefix(key, segments, end)));
    }

    /**
     * The key up to the end of segment {@code end - 1}, as the user spelled it: {@code DataDisk} or
     * {@code DataDisks.2.Categories}. The segments are {@code key.split("\\.", -1)}, so they join
     * back into the key.
     */
    private static String prefix(String key, String[] segments, int end) {
        int length = end - 1;
        for (int i = 0; i < end; i++) {
            length += segments[i].length();
        }
        return key.substring(0, length);
    }

    private static void putLeaf(Reader reader, RawObject target, EssSchema.Field field, String fullPath, String key,
            JsonNode node) {
        if (!firstTime(reader, fullPath, key)) {
            return;
        }
        List<String> path = field.modelSegments();
        RawObject parent = target;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = parent.child(path.get(i));
        }
        parent.members.put(path.get(path.size() - 1), node);
    }

    private static boolean firstTime(Reader reader, String fullPath, String key) {
        String earlier = reader.seen.putIfAbsent(fullPath, key);
        if (earlier != null) {
            reader.error(key, null, "is given twice (also as " + earlier + "); give each parameter once");
            return false;
        }
        return true;
    }

    private static boolean startsWith(String[] segments, int from, String[] parts) {
        if (segments.length - from < parts.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!segments[from + i].equals(parts[i])) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode convert(Reader reader, EssSchema.Field field, String key, String value) {
        switch (field.kind) {
            case INT:
            case LONG:
                if (!INTEGER.matcher(value).matches()) {
                    reader.error(key, value, "is not an integer");
                    return null;
                }
                try {
                    return field.kind == EssSchema.Kind.INT ? IntNode.valueOf(Integer.parseInt(value))
                            : LongNode.valueOf(Long.parseLong(value));
                } catch (NumberFormatException tooLarge) {
                    reader.error(key, value, "is too large for " + (field.kind == EssSchema.Kind.INT
                            ? "an integer (at most 2147483647)" : "a long integer"));
                    return null;
                }
            case BOOL:
            case BOOL_STRING:
                if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                    return BooleanNode.valueOf(Boolean.parseBoolean(value));
                }
                reader.error(key, value, "is not a boolean; expected true or false");
                return null;
            case DECIMAL:
                if (!DECIMAL.matcher(value).matches()) {
                    reader.error(key, value, "is not a decimal number (such as 0.05)");
                    return null;
                }
                return DecimalNode.valueOf(new BigDecimal(value));
            case ENUM:
                if (field.enumConstant(value) == null) {
                    reader.error(key, value, "is not one of " + field.allowed());
                    return null;
                }
                return TextNode.valueOf(value);
            case CATEGORY:
                if (value.isBlank()) {
                    reader.error(key, value, "is not a disk category (it is blank)");
                    return null;
                }
                return TextNode.valueOf(value);
            case TAGS:
                return tags(reader, key, value);
            default:
                return TextNode.valueOf(value);
        }
    }

    private static JsonNode tags(Reader reader, String key, String value) {
        String rule = "is not a JSON object of string keys and string values, such as {\"env\":\"prod\"}";
        JsonNode node;
        try {
            node = TAGS_READER.readTree(value);
        } catch (JsonProcessingException notJson) {
            reader.error(key, value, rule);
            return null;
        }
        if (node == null || !node.isObject()) {
            reader.error(key, value, rule);
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> tag = it.next();
            if (!tag.getValue().isTextual()) {
                reader.error(key, value, rule + " (the value of \"" + tag.getKey() + "\" is not a string)");
                return null;
            }
        }
        return node;
    }

    /** Moves the converted members of a raw object into a JSON object. */
    private static void convertObject(Reader reader, RawObject raw, ObjectNode out) {
        for (Map.Entry<String, Object> member : raw.members.entrySet()) {
            JsonNode node = convertValue(reader, member.getValue());
            if (node != null) {
                out.set(member.getKey(), node);
            }
        }
    }

    private static JsonNode convertValue(Reader reader, Object raw) {
        if (raw instanceof JsonNode) {
            return (JsonNode) raw;
        }
        if (raw instanceof RawObject) {
            ObjectNode node = NODES.objectNode();
            convertObject(reader, (RawObject) raw, node);
            return node;
        }
        RawList list = (RawList) raw;
        ArrayNode array = NODES.arrayNode();
        int expected = 1;
        for (Map.Entry<Integer, Object> item : list.items.entrySet()) {
            if (item.getKey() != expected) {
                reader.error(list.prefix + "." + expected, null, "is missing: the indexes of " + list.prefix
                        + ".N must run 1, 2, 3, … without gaps (found " + list.items.keySet() + ")");
                expected = item.getKey();
            }
            expected++;
            if (item.getValue() instanceof RawObject) {
                RawObject element = (RawObject) item.getValue();
                for (EssSchema.Field field : list.field.element.fields) {
                    if (field.required && !element.members.containsKey(field.modelPath)) {
                        reader.error(list.prefix + "." + item.getKey() + "." + field.wire2022, null,
                                "is missing: every " + list.prefix + ".N needs "
                                        + list.field.element.requiredNames(ApiVersion.V2022_02_22));
                    }
                }
            }
            array.add(convertValue(reader, item.getValue()));
        }
        return array;
    }

    /** Turns InstanceType, InstanceTypes.N, InstanceTypeOverride.N and SpotPriceLimit.N into instanceTypes. */
    private static void instanceTypes(Reader reader, ObjectNode tree) {
        Map<String, Object> members = reader.root.members;
        JsonNode legacy = (JsonNode) members.remove(EssSchema.LEGACY_INSTANCE_TYPE);
        RawList plain = (RawList) members.remove(EssSchema.INSTANCE_TYPES);
        RawList overrides = (RawList) members.remove(EssSchema.OVERRIDES);
        RawList spots = (RawList) members.remove(EssSchema.SPOT_PRICE_LIMITS);
        ArrayNode types = NODES.arrayNode();
        if (legacy != null && plain != null) {
            reader.error(wire(EssSchema.LEGACY_INSTANCE_TYPE),
                    legacy.textValue(), "cannot be combined with " + plain.prefix + ".N; list every type in "
                            + plain.prefix + ".N (the first is tried first)");
        }
        if (legacy != null && plain == null) {
            types.add(NODES.objectNode().set("instanceType", legacy));
        }
        if (plain != null) {
            for (JsonNode type : convertValue(reader, plain)) {
                types.add(NODES.objectNode().set("instanceType", type));
            }
        }
        if (overrides != null) {
            for (JsonNode override : convertValue(reader, overrides)) {
                if (override.has("instanceType") && override.has("weightedCapacity")) {
                    types.add(override);
                }
            }
        }
        if (spots != null) {
            JsonNode limits = convertValue(reader, spots);
            for (int i = 0; i < limits.size(); i++) {
                JsonNode limit = limits.get(i);
                if (!limit.has("instanceType") || !limit.has("priceLimit")) {
                    continue;
                }
                String type = limit.get("instanceType").textValue();
                ObjectNode target = null;
                boolean listed = false;
                for (JsonNode candidate : types) {
                    if (candidate.get("instanceType").textValue().equals(type)) {
                        listed = true;
                        if (!candidate.has("spotPriceLimit")) {
                            target = (ObjectNode) candidate;
                            break;
                        }
                    }
                }
                String location = spots.prefix + "." + (i + 1) + ".InstanceType";
                if (target != null) {
                    target.set("spotPriceLimit", limit.get("priceLimit"));
                } else if (listed) {
                    reader.error(location, type, "already has a price limit; give one " + spots.prefix
                            + ".N per instance type");
                } else {
                    reader.error(location, type, "is not one of the configuration's instance types ("
                            + wire(EssSchema.LEGACY_INSTANCE_TYPE) + ", " + wire(EssSchema.INSTANCE_TYPES) + ".N, "
                            + wire(EssSchema.OVERRIDES) + ".N.InstanceType); a spot price limit must name a listed type");
                }
            }
        }
        if (!types.isEmpty()) {
            tree.set("instanceTypes", types);
        }
    }

    private static String wire(String specialPath) {
        return EssSchema.byModelPath(EssSchema.ROOT, specialPath).wire2014;
    }

    private static String unknownMessage(String key) {
        String shape = NUMBER_SEGMENT.matcher(key).replaceAll("N");
        String best = JsonErrors.closest(shape, EssSchema.templates());
        String message = "is not a parameter of CreateScalingConfiguration";
        if (best != null) {
            message += "; did you mean " + withIndexes(best, key) + "?";
        }
        return message;
    }

    /** Puts the numbers of the user's key back into the N slots of a template. */
    private static String withIndexes(String template, String key) {
        List<String> numbers = new ArrayList<>();
        for (String segment : key.split("\\.")) {
            if (isDigits(segment, Integer.MAX_VALUE)) {
                numbers.add(segment);
            }
        }
        String[] parts = template.split("\\.");
        long slots = Arrays.stream(parts).filter("N"::equals).count();
        if (slots != numbers.size()) {
            return template;
        }
        int next = 0;
        for (int i = 0; i < parts.length; i++) {
            if ("N".equals(parts[i])) {
                parts[i] = numbers.get(next++);
            }
        }
        return String.join(".", parts);
    }

    /** A parameter with its name split once: at every dot for matching, as {@code split} does for ordering. */
    private static final class Key {
        final String name;
        final String value;
        /** {@code name.split("\\.", -1)}: every segment, empty ones included. */
        final String[] segments;
        /** {@code name.split("\\.")}: trailing empty segments dropped, for {@link #PARAMETER_ORDER}. */
        final String[] order;
        /** The value of each {@link #order} segment of 1 to 9 digits, -1 for other segments. */
        final int[] numbers;

        Key(String name, String value) {
            this.name = name;
            this.value = value;
            this.segments = name.split("\\.", -1);
            int length = segments.length;
            if (length > 1) {
                while (length > 0 && segments[length - 1].isEmpty()) {
                    length--;
                }
            }
            this.order = length == segments.length ? segments : Arrays.copyOf(segments, length);
            this.numbers = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                numbers[i] = isDigits(order[i], 9) ? Integer.parseInt(order[i]) : -1;
            }
        }
    }

    /**
     * Orders parameter names segment by segment, numbers (of 1 to 9 digits) by value: DataDisk.2
     * before DataDisk.10.
     */
    private static final Comparator<Key> PARAMETER_ORDER = (left, right) -> {
        String[] a = left.order;
        String[] b = right.order;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order;
            if (left.numbers[i] >= 0 && right.numbers[i] >= 0) {
                order = Integer.compare(left.numbers[i], right.numbers[i]);
            } else {
                order = a[i].compareTo(b[i]);
            }
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    };

    /** Whether the text is 1 to {@code maxDigits} ASCII digits (the regex {@code \\d{1,max}}). */
    private static boolean isDigits(String text, int maxDigits) {
        int length = text.length();
        if (length == 0 || length > maxDigits) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is a list index: 1 to 9 digits without a leading zero (the regex {@code [1-9]\\d{0,8}}). */
    private static boolean isIndex(String text) {
        return isDigits(text, 9) && text.charAt(0) != '0';
    }

    // ---- writing --------------------------------------------------------------------------

    static Map<String, String> write(ScalingConfiguration config, ApiVersion version) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(version, "version");
        ObjectMapper mapper = JsonSupport.shared();
        ObjectNode tree = mapper.valueToTree(config);
        Map<String, String> out = new LinkedHashMap<>();
        writeScope(mapper, EssSchema.ROOT, tree, "", version, out, config);
        return out;
    }

    private static void writeScope(ObjectMapper mapper, EssSchema.Scope scope, JsonNode node, String prefix,
            ApiVersion version, Map<String, String> out, ScalingConfiguration config) {
        for (EssSchema.Field field : scope.fields) {
            if (field.special()) {
                writeInstanceTypes(field, prefix + field.wire(version), version, out, config);
                continue;
            }
            JsonNode value = node;
            for (String name : field.modelSegments()) {
                value = value == null ? null : value.get(name);
            }
            if (value == null || value.isNull()) {
                continue;
            }
            String wire = prefix + field.wire(version);
            switch (field.shape) {
                case LEAF:
                    out.put(wire, format(mapper, field.kind, value));
                    break;
                case VALUE_LIST:
                    for (int i = 0; i < value.size(); i++) {
                        out.put(wire + "." + (i + 1), format(mapper, field.kind, value.get(i)));
                    }
                    break;
                default:
                    for (int i = 0; i < value.size(); i++) {
                        writeScope(mapper, field.element, value.get(i), wire + "." + (i + 1) + ".", version, out,
                                config);
                    }
            }
        }
    }

    private static void writeInstanceTypes(EssSchema.Field field, String wire, ApiVersion version,
            Map<String, String> out, ScalingConfiguration config) {
        List<InstanceTypeSpec> types = config.getInstanceTypes();
        switch (field.modelPath) {
            case EssSchema.INSTANCE_TYPES: {
                int n = 0;
                for (InstanceTypeSpec type : types) {
                    if (type.getWeightedCapacity().isEmpty()) {
                        out.put(wire + "." + ++n, type.getInstanceType());
                    }
                }
                break;
            }
            case EssSchema.OVERRIDES:
                writeTypePairs(field, wire, version, out, types, "weightedCapacity",
                        InstanceTypeSpec::getWeightedCapacity);
                break;
            case EssSchema.SPOT_PRICE_LIMITS:
                writeTypePairs(field, wire, version, out, types, "priceLimit", InstanceTypeSpec::getSpotPriceLimit);
                break;
            default:
                // the legacy InstanceType is written as InstanceTypes.1
        }
    }

    /**
     * Writes {@code wire.N.InstanceType} and {@code wire.N.<attribute>} for every type that has the
     * attribute, N counting those types from 1.
     */
    private static void writeTypePairs(EssSchema.Field field, String wire, ApiVersion version,
            Map<String, String> out, List<InstanceTypeSpec> types, String attribute,
            Function<InstanceTypeSpec, Optional<?>> getter) {
        String typeName = sub(field, "instanceType", version);
        String attributeName = sub(field, attribute, version);
        int n = 0;
        for (InstanceTypeSpec type : types) {
            Optional<?> value = getter.apply(type);
            if (value.isPresent()) {
                String element = wire + "." + ++n + ".";
                out.put(element + typeName, type.getInstanceType());
                out.put(element + attributeName, value.get().toString());
            }
        }
    }

    private static String sub(EssSchema.Field field, String modelPath, ApiVersion version) {
        return EssSchema.byModelPath(field.element, modelPath).wire(version);
    }

    private static String format(ObjectMapper mapper, EssSchema.Kind kind, JsonNode value) {
        switch (kind) {
            case DECIMAL:
                return value.decimalValue().toString();
            case TAGS:
                try {
                    return mapper.writeValueAsString(value);
                } catch (JsonProcessingException impossible) {
                    throw new IllegalStateException("cannot write tags", impossible);
                }
            default:
                return value.asText();
        }
    }
}
