package dev.scalecfg.interop.internal.ros;

import dev.scalecfg.core.Shown;
import dev.scalecfg.core.io.ConfigEntry;
import dev.scalecfg.interop.internal.Codes;
import dev.scalecfg.interop.internal.Collector;
import dev.scalecfg.interop.internal.Names;
import dev.scalecfg.interop.internal.hcl.Value;
import dev.scalecfg.interop.internal.hcl.Values;
import dev.scalecfg.interop.internal.tree.Node;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the {@code Properties} of one {@code ALIYUN::ESS::ScalingConfiguration} into ESS
 * parameters through {@link RosSchema}, and builds the entry.
 */
public final class RosMapper {
    /** The attributes ROS copies from the instance {@code InstanceId} names, as parameters. */
    private static final List<String> COPIED_FROM_INSTANCE = List.of("InstanceTypes", "ImageId",
            "InternetChargeType", "IoOptimized", "UserData", "KeyPairName", "RamRoleName", "InternetMaxBandwidthIn",
            "InternetMaxBandwidthOut", "SecurityGroupId");

    private final RosFunctions functions;
    private final Collector out = new Collector("");

    private RosMapper(RosFunctions functions) {
        this.functions = functions;
    }

    /** Maps one resource's properties. */
    public static ConfigEntry map(String logicalId, Node properties, RosFunctions functions,
            java.util.function.Consumer<Collector> extra) {
        RosMapper mapper = new RosMapper(functions);
        if (extra != null) {
            extra.accept(mapper.out);
        }
        if (properties != null && properties.isObject()) {
            mapper.properties(properties);
        } else if (properties != null && !properties.isNull()) {
            mapper.out.problem(Codes.VALUE_WRONG_TYPE, null, "Properties", properties.line(), properties.column(),
                    null, "is not an object of properties");
        }
        return mapper.out.build(logicalId, null);
    }

    private void properties(Node properties) {
        Map<String, Value> values = new LinkedHashMap<>();
        Value encodedUserData = null;
        for (Map.Entry<String, Node> entry : properties.fields().entrySet()) {
            if (entry.getKey().equals("UserData")) {
                encodedUserData = base64UserData(entry.getValue());
                if (encodedUserData != null) {
                    values.put(entry.getKey(), encodedUserData);
                    continue;
                }
            }
            values.put(entry.getKey(), functions.eval(entry.getValue()));
        }
        boolean userDataEncoded = encodedUserData != null && encodedUserData.isKnown();
        List<String> instanceTypes = new ArrayList<>();
        for (Map.Entry<String, Node> entry : properties.fields().entrySet()) {
            String name = entry.getKey();
            Node node = entry.getValue();
            Value value = values.get(name);
            if (value == RosFunctions.NO_VALUE) {
                continue;
            }
            RosSchema.Property property = RosSchema.property(name);
            if (property != null) {
                if (name.equals("InstanceType") && values.containsKey("InstanceTypes")
                        && values.get("InstanceTypes") != RosFunctions.NO_VALUE) {
                    out.note("InstanceType is ignored: ROS uses InstanceTypes when both are set");
                    continue;
                }
                if (userDataEncoded && name.equals("UserData")) {
                    if (known(value, "UserData", name, node)) {
                        out.put("UserData", value.asString(), name, node.line(), node.column());
                    }
                    continue;
                }
                property(property, value, node, name, "");
                if (name.equals("InstanceTypes") && value.kind() == Value.Kind.LIST) {
                    value.asList().forEach(item -> instanceTypes.add(Values.asText(item)));
                } else if (name.equals("InstanceType") && value.kind() == Value.Kind.STRING) {
                    instanceTypes.add(value.asString());
                }
                continue;
            }
            switch (name) {
                case RosSchema.TAG_LIST:
                    tags(value, node);
                    break;
                case RosSchema.SPOT_PRICE_LIMITS:
                case RosSchema.SPOT_PRICE_LIMIT:
                case RosSchema.INSTANCE_ID:
                    break;
                default: {
                    String suggestion = Names.closest(name, RosSchema.names());
                    out.problem(Codes.PARAMETER_UNKNOWN, null, name, node.line(), node.column(), null,
                            "is not a property of ALIYUN::ESS::ScalingConfiguration"
                                    + (suggestion == null ? "" : "; did you mean " + suggestion + "?"));
                }
            }
        }
        spotPrices(values, properties, instanceTypes);
        instanceId(values, properties);
    }

    private boolean known(Value value, String parameter, String path, Node node) {
        Value unknown = value.firstUnknown();
        if (unknown == null) {
            if (value.sensitive() && !parameter.equals("Password") && !parameter.equals("UserData")) {
                out.unresolved(parameter, path, node.line(), node.column(), "it comes from a NoEcho parameter, and its"
                        + " value is not read so that it is never shown");
                return false;
            }
            return true;
        }
        if (unknown.isUnknown()) {
            out.unresolved(parameter, path, node.line(), node.column(), unknown.reason());
        } else {
            String reason = unknown.reason();
            out.problem(reason.startsWith("is a number of") ? Codes.VALUE_TOO_LONG : "VALUE_INVALID", parameter, path,
                    node.line(), node.column(), null, reason.startsWith("is a number of") ? reason
                            : "cannot be computed: it " + reason);
        }
        return false;
    }

    /** The node an element of a literal list or object was written at, else the node itself. */
    private static Node at(Node node, Object step) {
        if (step instanceof Integer && node.isArray() && (Integer) step < node.items().size()) {
            return node.items().get((Integer) step);
        }
        if (step instanceof String && node.isObject() && node.get((String) step) != null) {
            return node.get((String) step);
        }
        return node;
    }

    private void property(RosSchema.Property property, Value value, Node node, String path, String prefix) {
        String parameter = prefix + property.parameter;
        if (value.isNull() || !known(value, parameter, path, node)) {
            return;
        }
        switch (property.shape) {
            case SCALAR: {
                String text = scalar(property, value, path, node, parameter);
                if (text != null) {
                    out.put(parameter, text, path, node.line(), node.column());
                }
                return;
            }
            case LIST: {
                if (value.kind() != Value.Kind.LIST) {
                    out.problem(Codes.VALUE_WRONG_TYPE, parameter, path, node.line(), node.column(), null,
                            "is " + value.describe() + "; " + property.name + " takes a list");
                    return;
                }
                for (int i = 0; i < value.asList().size(); i++) {
                    Node item = at(node, i);
                    String text = Values.asText(value.asList().get(i));
                    if (text == null) {
                        out.problem(Codes.VALUE_WRONG_TYPE, parameter, path + "[" + i + "]", item.line(), item.column(),
                                null, "is " + value.asList().get(i).describe() + "; the list takes strings");
                        continue;
                    }
                    out.put(parameter + "." + (i + 1), text, path + "[" + i + "]", item.line(), item.column());
                }
                return;
            }
            case OBJECT: {
                if (value.kind() != Value.Kind.MAP) {
                    out.problem(Codes.VALUE_WRONG_TYPE, parameter, path, node.line(), node.column(), null,
                            "is " + value.describe() + "; " + property.name + " takes an object");
                    return;
                }
                fields(property, value, node, path, parameter + ".");
                return;
            }
            default: {
                if (value.kind() != Value.Kind.LIST) {
                    out.problem(Codes.VALUE_WRONG_TYPE, parameter, path, node.line(), node.column(), null,
                            "is " + value.describe() + "; " + property.name + " takes a list of objects");
                    return;
                }
                for (int i = 0; i < value.asList().size(); i++) {
                    Value element = value.asList().get(i);
                    Node elementNode = at(node, i);
                    String elementPath = path + "[" + i + "]";
                    if (element.kind() != Value.Kind.MAP) {
                        out.problem(Codes.VALUE_WRONG_TYPE, parameter, elementPath, elementNode.line(),
                                elementNode.column(), null, "is " + element.describe() + "; expected an object");
                        continue;
                    }
                    fields(property, element, elementNode, elementPath, parameter + "." + (i + 1) + ".");
                }
            }
        }
    }

    private void fields(RosSchema.Property property, Value object, Node node, String path, String prefix) {
        for (Map.Entry<String, Value> field : object.asMap().entrySet()) {
            String name = field.getKey();
            Node fieldNode = at(node, name);
            RosSchema.Property sub = property.field(name);
            if (sub == null && property.name.equals("PrivatePoolOptions") && name.equals("Identity")) {
                sub = property.field("Id");
            }
            if (sub == null) {
                String suggestion = Names.closest(name,
                        property.fields.stream().map(f -> f.name).collect(java.util.stream.Collectors.toList()));
                out.problem(Codes.PARAMETER_UNKNOWN, null, path + "." + name, fieldNode.line(), fieldNode.column(), null,
                        "is not a property of " + property.name
                                + (suggestion == null ? "" : "; did you mean " + suggestion + "?"));
                continue;
            }
            property(sub, field.getValue(), fieldNode, path + "." + name, prefix);
        }
    }

    private String scalar(RosSchema.Property property, Value value, String path, Node node, String parameter) {
        String text = Values.asText(value);
        if (text == null) {
            out.problem(Codes.VALUE_WRONG_TYPE, parameter, path, node.line(), node.column(), null,
                    "is " + value.describe() + "; " + property.name + " takes a single value");
            return null;
        }
        switch (property.type) {
            case INTEGER: {
                BigDecimal number = Values.asNumber(value);
                return number != null && number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BIG) < 0
                        ? number.toBigInteger().toString() : text;
            }
            case BOOLEAN: {
                Boolean bool = Values.asBool(Value.string(text.toLowerCase(Locale.ROOT)));
                return bool == null ? text : bool.toString();
            }
            case USER_DATA:
                // ROS takes the raw text and encodes it; a Fn::Base64Decode of base64 gives the bytes back
                return userData(text);
            default:
                if (parameter.equals("InternetChargeType")) {
                    for (String spelling : new String[] {"PayByBandwidth", "PayByTraffic"}) {
                        if (!spelling.equals(text) && spelling.equalsIgnoreCase(text)) {
                            out.note("InternetChargeType \"" + Shown.text(text) + "\" is read as " + spelling
                                    + ", which ROS accepts it for");
                            return spelling;
                        }
                    }
                }
                return text;
        }
    }

    private static final BigDecimal BIG = new BigDecimal("1e30");

    private static String userData(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code UserData: {Fn::Base64Decode: <base64>}}: ROS decodes the base64 and encodes the bytes
     * again, so the parameter is that base64 itself, whatever bytes it holds.
     */
    private Value base64UserData(Node node) {
        Node argument = null;
        if ("Base64Decode".equals(node.tag())) {
            argument = Node.string(node.text(), node.line(), node.column());
            if (node.isObject()) {
                argument = Node.object(node.fields(), node.line(), node.column());
            }
        } else if (node.isObject() && node.fields().size() == 1 && node.get("Fn::Base64Decode") != null) {
            argument = node.get("Fn::Base64Decode");
        }
        if (argument == null) {
            return null;
        }
        Value encoded = functions.eval(argument);
        String text = encoded.isKnown() ? Values.asText(encoded) : null;
        if (text == null) {
            return encoded.isKnown() ? null : encoded;
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(text);
            return Value.string(Base64.getEncoder().encodeToString(bytes)).sensitiveIf(encoded.sensitive());
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private void tags(Value value, Node node) {
        if (value.isNull() || !known(value, "Tags", RosSchema.TAG_LIST, node)) {
            return;
        }
        if (value.kind() != Value.Kind.LIST) {
            out.problem(Codes.VALUE_WRONG_TYPE, "Tags", RosSchema.TAG_LIST, node.line(), node.column(), null,
                    "is " + value.describe() + "; TagList takes a list of {Key, Value} objects");
            return;
        }
        StringBuilder json = new StringBuilder("{");
        boolean first = true;
        for (int i = 0; i < value.asList().size(); i++) {
            Value tag = value.asList().get(i);
            Node tagNode = at(node, i);
            Value key = tag.kind() == Value.Kind.MAP ? tag.asMap().get("Key") : null;
            Value tagValue = tag.kind() == Value.Kind.MAP ? tag.asMap().get("Value") : null;
            String keyText = key == null ? null : Values.asText(key);
            if (keyText == null) {
                out.problem(Codes.VALUE_WRONG_TYPE, "Tags", RosSchema.TAG_LIST + "[" + i + "]", tagNode.line(),
                        tagNode.column(), null, "is not a tag: it needs a Key (and a Value)");
                continue;
            }
            String valueText = tagValue == null || tagValue.isNull() ? "" : Values.asText(tagValue);
            json.append(first ? "" : ",").append(quote(keyText)).append(':').append(quote(valueText == null ? ""
                    : valueText));
            first = false;
        }
        if (!first) {
            out.put("Tags", json.append('}').toString(), RosSchema.TAG_LIST, node.line(), node.column());
            out.note("ROS adds the tag ros-aliyun-created to the configuration when the stack is created");
        }
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * {@code SpotPriceLimitForInstanceType} gives each type its price; {@code SpotPriceLimit} the
     * price of every other listed type (how ROS expands it is not documented: noted).
     */
    private void spotPrices(Map<String, Value> values, Node properties, List<String> instanceTypes) {
        Map<String, Value> prices = new LinkedHashMap<>();
        Value perType = values.get(RosSchema.SPOT_PRICE_LIMITS);
        Node perTypeNode = properties.get(RosSchema.SPOT_PRICE_LIMITS);
        if (perType != null && perType != RosFunctions.NO_VALUE && !perType.isNull()
                && known(perType, "SpotPriceLimit", RosSchema.SPOT_PRICE_LIMITS, perTypeNode)) {
            if (perType.kind() == Value.Kind.MAP) {
                prices.putAll(perType.asMap());
            } else {
                out.problem(Codes.VALUE_WRONG_TYPE, "SpotPriceLimit", RosSchema.SPOT_PRICE_LIMITS, perTypeNode.line(),
                        perTypeNode.column(), null, "is " + perType.describe()
                                + "; SpotPriceLimitForInstanceType takes a map of instance type to price");
            }
        }
        Value all = values.get(RosSchema.SPOT_PRICE_LIMIT);
        Node allNode = properties.get(RosSchema.SPOT_PRICE_LIMIT);
        if (all != null && all != RosFunctions.NO_VALUE && !all.isNull()
                && known(all, "SpotPriceLimit", RosSchema.SPOT_PRICE_LIMIT, allNode)) {
            boolean expanded = false;
            for (String type : instanceTypes) {
                if (type != null && !prices.containsKey(type)) {
                    prices.put(type, all);
                    expanded = true;
                }
            }
            if (expanded) {
                out.note("SpotPriceLimit is read as the price limit of every instance type that"
                        + " SpotPriceLimitForInstanceType does not price (ROS does not document how it expands it)");
            }
        }
        int n = 0;
        for (Map.Entry<String, Value> price : prices.entrySet()) {
            String text = Values.asText(price.getValue());
            Node where = perTypeNode != null && perTypeNode.get(price.getKey()) != null
                    ? perTypeNode.get(price.getKey()) : allNode != null ? allNode : properties;
            String path = where == allNode ? RosSchema.SPOT_PRICE_LIMIT
                    : RosSchema.SPOT_PRICE_LIMITS + "." + price.getKey();
            n++;
            out.put("SpotPriceLimit." + n + ".InstanceType", price.getKey(), path, where.line(), where.column());
            if (text == null) {
                out.problem(Codes.VALUE_WRONG_TYPE, "SpotPriceLimit", path, where.line(), where.column(), null,
                        "is " + price.getValue().describe() + "; a price is a number");
                continue;
            }
            out.put("SpotPriceLimit." + n + ".PriceLimit", text, path, where.line(), where.column());
        }
    }

    /** {@code InstanceId} copies settings from an instance: those not set explicitly are not known offline. */
    private void instanceId(Map<String, Value> values, Node properties) {
        Value instance = values.get(RosSchema.INSTANCE_ID);
        Node node = properties.get(RosSchema.INSTANCE_ID);
        if (instance == null || instance == RosFunctions.NO_VALUE || instance.isNull()) {
            return;
        }
        for (String parameter : COPIED_FROM_INSTANCE) {
            if (!out.has(parameter) && !out.has(parameter + ".1")
                    && !(parameter.equals("InstanceTypes") && (out.has("InstanceType")
                            || out.has("InstanceTypeOverride.1.InstanceType")))) {
                out.unresolved(parameter, RosSchema.INSTANCE_ID, node.line(), node.column(), "ROS copies "
                        + parameter + " from the instance InstanceId names when the stack is created");
            }
        }
    }
}
