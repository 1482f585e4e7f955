package dev.scalecfg.interop.internal.ros;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scalecfg.interop.internal.Issues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one configuration's ESS parameters (2014-08-28 spelling) as the {@code Properties} of an
 * {@code ALIYUN::ESS::ScalingConfiguration}, through the {@link RosSchema} table.
 */
public final class RosWriting {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern LIST_ITEM = Pattern.compile("(.+)\\.([1-9][0-9]{0,8})");
    private static final Pattern OBJECT_FIELD = Pattern.compile("(.+?)\\.([1-9][0-9]{0,8})\\.(.+)");

    /** What was written and what could not be. */
    public static final class Resource {
        public final ObjectNode properties;
        public final Map<String, String> secrets;
        public final List<Issues.Issue> issues;
        public final ObjectNode unsupported;

        Resource(ObjectNode properties, Map<String, String> secrets, List<Issues.Issue> issues, ObjectNode unsupported) {
            this.properties = properties;
            this.secrets = secrets;
            this.issues = issues;
            this.unsupported = unsupported;
        }
    }

    private final String logicalId;
    private final Map<String, JsonNode> values = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final List<Issues.Issue> issues = new ArrayList<>();
    private final ObjectNode unsupported = NODES.objectNode();
    private final ObjectNode spotPrices = NODES.objectNode();
    private final Map<String, String> spotTypes = new LinkedHashMap<>();
    private final Map<String, String> spotValues = new LinkedHashMap<>();

    private RosWriting(String logicalId) {
        this.logicalId = logicalId;
    }

    /** Writes one resource's properties; secrets become parameters named after the logical id. */
    public static Resource write(String logicalId, Map<String, String> parameters) {
        RosWriting writing = new RosWriting(logicalId);
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            writing.parameter(parameter.getKey(), parameter.getValue());
        }
        writing.spotPrices();
        return new Resource(writing.properties(), writing.secrets, writing.issues, writing.unsupported);
    }

    private void parameter(String key, String value) {
        switch (key) {
            case "Password":
                values.put("Password", ref(secret("Password")));
                return;
            case "UserData": {
                String parameter = secret("UserData");
                if (Issues.isBase64(value)) {
                    ObjectNode decode = NODES.objectNode();
                    decode.set("Fn::Base64Decode", ref(parameter));
                    values.put("UserData", decode);
                } else {
                    values.put("UserData", ref(parameter));
                    issues.add(new Issues.Issue(key, "CHANGED", "is not base64; ROS takes raw text and base64-encodes"
                            + " it"));
                }
                return;
            }
            case "Tags": {
                ArrayNode tags = NODES.arrayNode();
                Issues.tags(value).forEach((tag, text) -> tags.addObject().put("Key", tag).put("Value", text));
                values.put(RosSchema.TAG_LIST, tags);
                return;
            }
            default:
        }
        Matcher spot = OBJECT_FIELD.matcher(key);
        if (spot.matches() && spot.group(1).equals("SpotPriceLimit")) {
            (spot.group(3).equals("InstanceType") ? spotTypes : spotValues).put(spot.group(2), value);
            return;
        }
        if (!place(key, value)) {
            issues.add(new Issues.Issue(key, "UNSUPPORTED", "ALIYUN::ESS::ScalingConfiguration has no property for it"));
            unsupported.put(key, value);
        }
    }

    private void spotPrices() {
        for (Map.Entry<String, String> type : spotTypes.entrySet()) {
            String price = spotValues.get(type.getKey());
            if (price == null) {
                continue;
            }
            if (spotPrices.has(type.getValue())) {
                String prefix = "SpotPriceLimit." + type.getKey() + ".";
                issues.add(new Issues.Issue(prefix + "PriceLimit", "UNSUPPORTED", "SpotPriceLimitForInstanceType holds"
                        + " one price per instance type, and " + type.getValue() + " has another"));
                unsupported.put(prefix + "InstanceType", type.getValue());
                unsupported.put(prefix + "PriceLimit", price);
                continue;
            }
            spotPrices.set(type.getValue(), number(price));
        }
    }

    private String secret(String property) {
        String parameter = logicalId + property;
        secrets.put(parameter, property);
        return parameter;
    }

    private static ObjectNode ref(String name) {
        ObjectNode ref = NODES.objectNode();
        ref.put("Ref", name);
        return ref;
    }

    /** Puts a parameter at its property; false when the table has none. */
    private boolean place(String key, String value) {
        for (RosSchema.Property property : RosSchema.PROPERTIES) {
            if (property.shape == RosSchema.Shape.SCALAR && property.parameter.equals(key)
                    && !property.name.equals("InstanceType")) {
                values.put(property.name, scalar(property, value));
                return true;
            }
        }
        Matcher item = LIST_ITEM.matcher(key);
        if (item.matches()) {
            for (RosSchema.Property property : RosSchema.PROPERTIES) {
                if (property.shape == RosSchema.Shape.LIST && property.parameter.equals(item.group(1))) {
                    ((ArrayNode) values.computeIfAbsent(property.name, unused -> NODES.arrayNode())).add(value);
                    return true;
                }
            }
        }
        for (RosSchema.Property property : RosSchema.PROPERTIES) {
            if (property.shape == RosSchema.Shape.OBJECT && key.startsWith(property.parameter + ".")) {
                RosSchema.Property sub = property.field(key.substring(property.parameter.length() + 1));
                if (sub != null) {
                    ((ObjectNode) values.computeIfAbsent(property.name, unused -> NODES.objectNode()))
                            .set(sub.name, scalar(sub, value));
                    return true;
                }
            }
        }
        Matcher field = OBJECT_FIELD.matcher(key);
        if (!field.matches()) {
            return false;
        }
        for (RosSchema.Property property : RosSchema.PROPERTIES) {
            if (property.shape != RosSchema.Shape.OBJECTS || !property.parameter.equals(field.group(1))) {
                continue;
            }
            int index = Integer.parseInt(field.group(2)) - 1;
            String rest = field.group(3);
            for (RosSchema.Property sub : property.fields) {
                if (sub.shape == RosSchema.Shape.SCALAR && sub.parameter.equals(rest)) {
                    element(property.name, index).set(sub.name, scalar(sub, value));
                    return true;
                }
                if (sub.shape == RosSchema.Shape.LIST) {
                    Matcher inner = LIST_ITEM.matcher(rest);
                    if (inner.matches() && (sub.parameter.equals(inner.group(1))
                            || inner.group(1).equals(sub.alternative))) {
                        ObjectNode element = element(property.name, index);
                        if (!element.has(sub.name)) {
                            element.set(sub.name, NODES.arrayNode());
                        }
                        ((ArrayNode) element.get(sub.name)).add(value);
                        return true;
                    }
                }
            }
            return false;
        }
        return false;
    }

    private ObjectNode element(String property, int index) {
        ArrayNode elements = (ArrayNode) values.computeIfAbsent(property, unused -> NODES.arrayNode());
        while (elements.size() <= index) {
            elements.addObject();
        }
        return (ObjectNode) elements.get(index);
    }

    private static JsonNode scalar(RosSchema.Property property, String value) {
        switch (property.type) {
            case INTEGER:
                try {
                    return NODES.numberNode(new BigInteger(value));
                } catch (NumberFormatException notInteger) {
                    return NODES.textNode(value);
                }
            case NUMBER:
                return number(value);
            case BOOLEAN:
                return "true".equals(value) || "false".equals(value) ? NODES.booleanNode(Boolean.parseBoolean(value))
                        : NODES.textNode(value);
            default:
                return NODES.textNode(value);
        }
    }

    private static JsonNode number(String value) {
        try {
            return NODES.numberNode(new BigDecimal(Issues.decimal(value)));
        } catch (NumberFormatException notNumber) {
            return NODES.textNode(value);
        }
    }

    private ObjectNode properties() {
        ObjectNode properties = NODES.objectNode();
        for (RosSchema.Property property : RosSchema.PROPERTIES) {
            JsonNode value = values.get(property.name);
            if (value != null) {
                if (value.isArray()) {
                    ArrayNode kept = NODES.arrayNode();
                    value.forEach(item -> {
                        if (!(item.isObject() && item.isEmpty())) {
                            kept.add(item);
                        }
                    });
                    value = kept;
                }
                properties.set(property.name, value);
            }
            if (property.name.equals("SpotStrategy") || (property.name.equals("SpotInterruptionBehavior")
                    && !properties.has(RosSchema.SPOT_PRICE_LIMITS))) {
                if (!spotPrices.isEmpty() && !properties.has(RosSchema.SPOT_PRICE_LIMITS)) {
                    properties.set(RosSchema.SPOT_PRICE_LIMITS, spotPrices);
                }
            }
            if (property.name.equals("UserData") && values.containsKey(RosSchema.TAG_LIST)) {
                properties.set(RosSchema.TAG_LIST, values.get(RosSchema.TAG_LIST));
            }
        }
        if (!spotPrices.isEmpty() && !properties.has(RosSchema.SPOT_PRICE_LIMITS)) {
            properties.set(RosSchema.SPOT_PRICE_LIMITS, spotPrices);
        }
        if (values.containsKey(RosSchema.TAG_LIST) && !properties.has(RosSchema.TAG_LIST)) {
            properties.set(RosSchema.TAG_LIST, values.get(RosSchema.TAG_LIST));
        }
        return properties;
    }
}
