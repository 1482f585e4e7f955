package dev.scalecfg.core.ess;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads and writes ESS parameters, driven by the table in {@link EssSchema}. */
final class EssCodec {
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern INDEX = Pattern.compile("[1-9]\\d{0,8}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

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
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            if (entry.getKey() == null) {
                reader.error("", entry.getValue(), "has no parameter name");
            } else {
                keys.add(entry.getKey());
            }
        }
        keys.sort(PARAMETER_ORDER);
        for (String key : keys) {
            String value = parameters.get(key);
            if (value == null) {
                reader.error(key, null, "has no value");
                continue;
            }
            if (EssSchema.IGNORED.contains(key)) {
                continue;
            }
            List<String> segments = Arrays.asList(key.split("\\.", -1));
            if (!match(reader, EssSchema.ROOT, segments, 0, reader.root, "", key, value)) {
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

    private static boolean match(Reader reader, EssSchema.Scope scope, List<String> segments, int from,
            RawObject target, String modelPrefix, String key, String value) {
        for (EssSchema.Field field : scope.fields) {
            for (String wire : field.wire2014.equals(field.wire2022)
                    ? List.of(field.wire2014) : List.of(field.wire2014, field.wire2022)) {
                String[] parts = wire.split("\\.");
                if (!startsWith(segments, from, parts)) {
                    continue;
                }
                int next = from + parts.length;
                if (field.shape == EssSchema.Shape.LEAF) {
                    if (next != segments.size()) {
                        continue;
                    }
                    if (value.isEmpty() && !field.required) {
                        // an empty optional parameter is unset, as in every RPC request (the Terraform
                        // provider sends SystemDisk.KMSKeyId= when no key is set; scripts pass unset variables)
                        return true;
                    }
                    JsonNode node = convert(reader, field, key, value);
                    if (node != null) {
                        putLeaf(reader, target, field.modelPath, modelPrefix + field.modelPath, key, node);
                    }
                    return true;
                }
                String prefix = String.join(".", segments.subList(0, next));
                if (next == segments.size()) {
                    reader.error(key, null, "needs an index: write " + prefix + ".1, " + prefix + ".2, …");
                    return true;
                }
                String indexText = segments.get(next);
                if (!INDEX.matcher(indexText).matches()) {
                    reader.error(key, null, "has the index '" + indexText
                            + "'; indexes are whole numbers from 1 (1, 2, 3, …) without leading zeros");
                    return true;
                }
                int index = Integer.parseInt(indexText);
                String itemPath = modelPrefix + field.modelPath + "[" + (index - 1) + "]";
                RawList list = list(target, field, prefix);
                if (field.shape == EssSchema.Shape.VALUE_LIST) {
                    if (next + 1 != segments.size()) {
                        continue;
                    }
                    JsonNode node = convert(reader, field, key, value);
                    if (node != null && firstTime(reader, itemPath, key)) {
                        list.items.put(index, node);
                    }
                    return true;
                }
                if (next + 1 == segments.size()) {
                    reader.error(key, null, "needs a field after the index, such as " + prefix + "." + index + "."
                            + field.element.fields.get(0).wire(ApiVersion.V2022_02_22));
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
        }
        return false;
    }

    private static RawList list(RawObject target, EssSchema.Field field, String prefix) {
        List<String> path = field.modelSegments();
        RawObject parent = target;
        for (String name : path.subList(0, path.size() - 1)) {
            parent = parent.child(name);
        }
        return (RawList) parent.members.computeIfAbsent(path.get(path.size() - 1),
                unused -> new RawList(field, prefix));
    }

    private static void putLeaf(Reader reader, RawObject target, String relativePath, String fullPath, String key,
            JsonNode node) {
        if (!firstTime(reader, fullPath, key)) {
            return;
        }
        String[] path = relativePath.split("\\.");
        RawObject parent = target;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.child(path[i]);
        }
        parent.members.put(path[path.length - 1], node);
    }

    private static boolean firstTime(Reader reader, String fullPath, String key) {
        String earlier = reader.seen.putIfAbsent(fullPath, key);
        if (earlier != null) {
            reader.error(key, null, "is given twice (also as " + earlier + "); give each parameter once");
            return false;
        }
        return true;
    }

    private static boolean startsWith(List<String> segments, int from, String[] parts) {
        if (segments.size() - from < parts.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!segments.get(from + i).equals(parts[i])) {
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
            ObjectMapper mapper = JsonSupport.shared();
            node = mapper.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(value);
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
        String shape = key.replaceAll("(?<=^|\\.)\\d+(?=\\.|$)", "N");
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String template : EssSchema.templates()) {
            int distance = JsonErrors.distance(shape.toLowerCase(java.util.Locale.ROOT),
                    template.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = template;
            }
        }
        String message = "is not a parameter of CreateScalingConfiguration";
        if (best != null && bestDistance <= Math.max(3, shape.length() / 3)) {
            message += "; did you mean " + withIndexes(best, key) + "?";
        }
        return message;
    }

    /** Puts the numbers of the user's key back into the N slots of a template. */
    private static String withIndexes(String template, String key) {
        List<String> numbers = new ArrayList<>();
        for (String segment : key.split("\\.")) {
            if (segment.matches("\\d+")) {
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

    /** Orders parameter names segment by segment, numbers by value: DataDisk.2 before DataDisk.10. */
    static final Comparator<String> PARAMETER_ORDER = (left, right) -> {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order;
            if (a[i].matches("\\d{1,9}") && b[i].matches("\\d{1,9}")) {
                order = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
            } else {
                order = a[i].compareTo(b[i]);
            }
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    };

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
            String wire = prefix + field.wire(version);
            if (field.special()) {
                writeInstanceTypes(field, wire, version, out, config);
                continue;
            }
            JsonNode value = node;
            for (String name : field.modelSegments()) {
                value = value == null ? null : value.get(name);
            }
            if (value == null || value.isNull()) {
                continue;
            }
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
            case EssSchema.OVERRIDES: {
                int n = 0;
                for (InstanceTypeSpec type : types) {
                    if (type.getWeightedCapacity().isPresent()) {
                        String element = wire + "." + ++n + ".";
                        out.put(element + sub(field, "instanceType", version), type.getInstanceType());
                        out.put(element + sub(field, "weightedCapacity", version),
                                type.getWeightedCapacity().get().toString());
                    }
                }
                break;
            }
            case EssSchema.SPOT_PRICE_LIMITS: {
                int n = 0;
                for (InstanceTypeSpec type : types) {
                    if (type.getSpotPriceLimit().isPresent()) {
                        String element = wire + "." + ++n + ".";
                        out.put(element + sub(field, "instanceType", version), type.getInstanceType());
                        out.put(element + sub(field, "priceLimit", version),
                                type.getSpotPriceLimit().get().toString());
                    }
                }
                break;
            }
            default:
                // the legacy InstanceType is written as InstanceTypes.1
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
