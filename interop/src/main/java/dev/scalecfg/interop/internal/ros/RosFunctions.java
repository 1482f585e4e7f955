package dev.scalecfg.interop.internal.ros;

import dev.scalecfg.core.Shown;
import dev.scalecfg.core.io.ReadLimits;
import dev.scalecfg.interop.internal.hcl.Value;
import dev.scalecfg.interop.internal.hcl.Values;
import dev.scalecfg.interop.internal.tree.Node;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates ROS template values offline: literals, {@code Ref} to parameters (their given value or
 * {@code Default}), {@code Fn::Join}, {@code Fn::Sub}, {@code Fn::Select}, {@code Fn::Split},
 * {@code Fn::Replace}, {@code Fn::Base64Encode}/{@code Decode}, {@code Fn::FindInMap},
 * {@code Fn::If} and the condition functions, {@code Fn::Str}, {@code Fn::Length},
 * {@code Fn::ListMerge}, {@code Fn::Add}, {@code Fn::Max}, {@code Fn::Min}, {@code Fn::Avg}, and
 * the YAML short tags ({@code !Ref}, {@code !GetAtt}, {@code !Sub}, …). {@code Ref} to a resource
 * or a pseudo parameter, {@code Fn::GetAtt} and the other functions give unknown values with the
 * reason (interop-formats §2.1). {@code ALIYUN::NoValue} removes the property or element.
 */
public final class RosFunctions {
    /** {@code Ref: ALIYUN::NoValue}: the property (or list element) is removed. */
    public static final Value NO_VALUE = Value.unknown("\u0000NoValue");

    private final Map<String, Node> parameters;
    private final Map<String, String> given;
    private final Map<String, Node> conditions;
    private final Map<String, Node> mappings;
    private final Set<String> resources;
    private final ReadLimits limits;
    private final Map<String, Value> conditionValues = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();
    private int steps;

    public RosFunctions(Map<String, Node> parameters, Map<String, String> given, Map<String, Node> conditions,
            Map<String, Node> mappings, Set<String> resources, ReadLimits limits) {
        this.parameters = parameters;
        this.given = given;
        this.conditions = conditions;
        this.mappings = mappings;
        this.resources = resources;
        this.limits = limits;
    }

    /** The value of a template node. */
    public Value eval(Node node) {
        return eval(node, Map.of(), 0);
    }

    /** The value of a condition, by name. */
    public Value condition(String name) {
        Value cached = conditionValues.get(name);
        if (cached != null) {
            return cached;
        }
        Node node = conditions.get(name);
        if (node == null) {
            return Value.invalid("uses the condition " + Shown.text(name) + ", which Conditions does not define");
        }
        if (!evaluating.add(name)) {
            return Value.invalid("uses the condition " + Shown.text(name) + ", which refers to itself");
        }
        Value value = eval(node);
        evaluating.remove(name);
        conditionValues.put(name, value);
        return value;
    }

    private Value eval(Node node, Map<String, Value> locals, int depth) {
        if (++steps > Math.max(limits.getMaxParameters() * 100, 100_000) || depth > limits.getMaxNestingDepth() * 4) {
            return Value.invalid("takes too many steps to evaluate");
        }
        String tag = node.tag();
        if (tag != null) {
            String function = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
            return function(function, withoutTag(node), locals, depth);
        }
        switch (node.kind()) {
            case STRING:
                return Value.string(node.text());
            case NUMBER:
                if (node.text().length() > limits.getMaxNumberChars()) {
                    return Value.invalid("is a number of " + node.text().length() + " characters; the limit is "
                            + limits.getMaxNumberChars());
                }
                return Value.number(new BigDecimal(node.text()));
            case BOOLEAN:
                return Value.bool(Boolean.parseBoolean(node.text()));
            case NULL:
                return Value.NULL;
            case ARRAY: {
                List<Value> items = new ArrayList<>();
                for (Node item : node.items()) {
                    Value value = eval(item, locals, depth + 1);
                    if (value != NO_VALUE) {
                        items.add(value);
                    }
                }
                return Value.list(items);
            }
            default: {
                if (node.fields().size() == 1) {
                    String key = node.fields().keySet().iterator().next();
                    if (key.equals("Ref") || key.startsWith("Fn::") || key.equals("Condition")) {
                        return function(key, node.fields().get(key), locals, depth);
                    }
                }
                Map<String, Value> entries = new LinkedHashMap<>();
                for (Map.Entry<String, Node> field : node.fields().entrySet()) {
                    Value value = eval(field.getValue(), locals, depth + 1);
                    if (value != NO_VALUE) {
                        entries.put(field.getKey(), value);
                    }
                }
                return Value.map(entries);
            }
        }
    }

    private static Node withoutTag(Node node) {
        switch (node.kind()) {
            case OBJECT:
                return Node.object(node.fields(), node.line(), node.column());
            case ARRAY:
                return Node.array(node.items(), node.line(), node.column());
            default:
                return node.kind() == Node.Kind.STRING || node.isNull() ? Node.string(node.isNull() ? "" : node.text(),
                        node.line(), node.column()) : node;
        }
    }

    private Value function(String name, Node argument, Map<String, Value> locals, int depth) {
        switch (name) {
            case "Ref":
                return ref(argument);
            case "Condition":
                return argument.kind() == Node.Kind.STRING ? condition(argument.text())
                        : Value.invalid("uses Condition without a condition name");
            case "Fn::GetAtt": {
                String target = argument.kind() == Node.Kind.STRING ? argument.text()
                        : argument.isArray() ? String.join(".", texts(argument)) : "?";
                return Value.reference("Fn::GetAtt " + target);
            }
            case "Fn::Sub":
                return sub(argument, locals, depth);
            case "Fn::If":
                return ifFunction(argument, locals, depth);
            default:
        }
        Value value = eval(argument, locals, depth + 1);
        if (value == NO_VALUE) {
            return Value.invalid("passes ALIYUN::NoValue to " + name);
        }
        if (!value.isKnown()) {
            return value;
        }
        Value unknown = value.firstUnknown();
        if (unknown != null && !name.equals("Fn::Equals")) {
            return unknown;
        }
        List<Value> args = value.kind() == Value.Kind.LIST ? value.asList() : List.of(value);
        try {
            Value result = apply(name, value, args);
            if (result.kind() == Value.Kind.STRING && result.asString().length() > limits.getMaxValueChars()) {
                return Value.invalid("builds a string longer than " + limits.getMaxValueChars() + " characters");
            }
            return result.sensitiveIf(value.sensitive());
        } catch (ArithmeticException | IllegalArgumentException | IndexOutOfBoundsException bad) {
            return Value.invalid("calls " + name + " with arguments it does not take");
        }
    }

    private Value apply(String name, Value value, List<Value> args) {
        switch (name) {
            case "Fn::Join": {
                String separator = args.size() == 2 ? Values.asText(args.get(0)) : null;
                if (separator == null || args.get(1).kind() != Value.Kind.LIST) {
                    return wrong(name);
                }
                List<String> pieces = new ArrayList<>();
                for (Value item : args.get(1).asList()) {
                    String piece = Values.asText(item);
                    if (piece == null) {
                        return wrong(name);
                    }
                    pieces.add(piece);
                }
                return Value.string(String.join(separator, pieces));
            }
            case "Fn::Select": {
                if (args.size() != 2) {
                    return wrong(name);
                }
                Value list = args.get(1);
                if (list.kind() == Value.Kind.LIST) {
                    BigDecimal index = Values.asNumber(args.get(0));
                    if (index == null || index.signum() < 0 || index.compareTo(BigDecimal.valueOf(list.asList().size())) >= 0) {
                        return Value.invalid("selects an element out of the list");
                    }
                    return list.asList().get(index.intValueExact());
                }
                if (list.kind() == Value.Kind.MAP && Values.asText(args.get(0)) != null) {
                    Value found = list.asMap().get(Values.asText(args.get(0)));
                    return found == null ? Value.invalid("selects a key the map does not have") : found;
                }
                return wrong(name);
            }
            case "Fn::Split": {
                String separator = args.size() == 2 ? Values.asText(args.get(0)) : null;
                String text = args.size() == 2 ? Values.asText(args.get(1)) : null;
                if (separator == null || text == null || separator.isEmpty()) {
                    return wrong(name);
                }
                List<Value> out = new ArrayList<>();
                for (String piece : text.split(java.util.regex.Pattern.quote(separator), -1)) {
                    out.add(Value.string(piece));
                }
                return Value.list(out);
            }
            case "Fn::Replace": {
                if (args.size() != 2 || args.get(0).kind() != Value.Kind.MAP || Values.asText(args.get(1)) == null) {
                    return wrong(name);
                }
                String text = Values.asText(args.get(1));
                for (Map.Entry<String, Value> replace : args.get(0).asMap().entrySet()) {
                    String with = Values.asText(replace.getValue());
                    if (with == null || replace.getKey().isEmpty()) {
                        return wrong(name);
                    }
                    text = text.replace(replace.getKey(), with);
                }
                return Value.string(text);
            }
            case "Fn::Base64Encode": {
                String text = Values.asText(value);
                return text == null ? wrong(name)
                        : Value.string(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            }
            case "Fn::Base64Decode": {
                String text = Values.asText(value);
                return text == null ? wrong(name)
                        : Value.string(new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8));
            }
            case "Fn::Str": {
                String text = Values.asText(value);
                return text == null ? wrong(name) : Value.string(text);
            }
            case "Fn::FindInMap": {
                if (args.size() != 3 || args.stream().anyMatch(arg -> Values.asText(arg) == null)) {
                    return wrong(name);
                }
                Node map = mappings.get(Values.asText(args.get(0)));
                Node top = map == null ? null : map.get(Values.asText(args.get(1)));
                Node found = top == null ? null : top.get(Values.asText(args.get(2)));
                return found == null ? Value.invalid("finds no " + Shown.text(String.join(".",
                        Values.asText(args.get(0)), Values.asText(args.get(1)), Values.asText(args.get(2))))
                        + " in Mappings") : eval(found);
            }
            case "Fn::Equals":
                if (args.size() != 2) {
                    return wrong(name);
                }
                if (!args.get(0).isKnown() || !args.get(1).isKnown()) {
                    return !args.get(0).isKnown() ? args.get(0) : args.get(1);
                }
                return Value.bool(equal(args.get(0), args.get(1)));
            case "Fn::And":
            case "Fn::Or": {
                boolean and = name.equals("Fn::And");
                for (Value arg : args) {
                    Boolean bool = Values.asBool(arg);
                    if (bool == null) {
                        return wrong(name);
                    }
                    if (bool != and) {
                        return Value.bool(!and);
                    }
                }
                return Value.bool(and);
            }
            case "Fn::Not": {
                Boolean bool = args.size() == 1 ? Values.asBool(args.get(0)) : null;
                return bool == null ? wrong(name) : Value.bool(!bool);
            }
            case "Fn::Length":
                if (value.kind() == Value.Kind.LIST && args.size() == 1 && args.get(0).kind() == Value.Kind.LIST) {
                    return Value.number(BigDecimal.valueOf(args.get(0).asList().size()));
                }
                if (value.kind() == Value.Kind.LIST) {
                    return Value.number(BigDecimal.valueOf(value.asList().size()));
                }
                if (value.kind() == Value.Kind.STRING) {
                    return Value.number(BigDecimal.valueOf(value.asString().length()));
                }
                return value.kind() == Value.Kind.MAP ? Value.number(BigDecimal.valueOf(value.asMap().size()))
                        : wrong(name);
            case "Fn::ListMerge": {
                List<Value> out = new ArrayList<>();
                for (Value arg : args) {
                    if (arg.kind() != Value.Kind.LIST) {
                        return wrong(name);
                    }
                    out.addAll(arg.asList());
                }
                return Value.list(out);
            }
            case "Fn::Add":
            case "Fn::Max":
            case "Fn::Min":
            case "Fn::Avg": {
                if (name.equals("Fn::Add") && !args.isEmpty() && args.get(0).kind() != Value.Kind.NUMBER) {
                    return Value.unknown("it uses Fn::Add on " + args.get(0).describe() + ", which this reader"
                            + " does not evaluate");
                }
                List<Value> numbers = name.equals("Fn::Avg") && args.size() == 2 && args.get(1).kind() == Value.Kind.LIST
                        ? args.get(1).asList() : args;
                BigDecimal result = null;
                for (Value arg : numbers) {
                    BigDecimal number = Values.asNumber(arg);
                    if (number == null) {
                        return wrong(name);
                    }
                    result = result == null ? number : name.equals("Fn::Max") ? result.max(number)
                            : name.equals("Fn::Min") ? result.min(number) : result.add(number);
                }
                if (result == null) {
                    return wrong(name);
                }
                if (name.equals("Fn::Avg")) {
                    result = result.divide(BigDecimal.valueOf(numbers.size()), MathContext.DECIMAL64);
                }
                return Value.number(result);
            }
            default:
                return Value.unknown("it uses " + Shown.text(name) + ", which this reader does not evaluate");
        }
    }

    private static boolean equal(Value a, Value b) {
        if (a.sameAs(b)) {
            return true;
        }
        String left = Values.asText(a);
        String right = Values.asText(b);
        return left != null && left.equals(right);
    }

    private static Value wrong(String name) {
        return Value.invalid("calls " + name + " with arguments it does not take");
    }

    private static List<String> texts(Node array) {
        List<String> out = new ArrayList<>();
        for (Node item : array.items()) {
            out.add(item.isScalar() ? item.text() : "?");
        }
        return out;
    }

    private Value ref(Node argument) {
        if (argument.kind() != Node.Kind.STRING) {
            return Value.invalid("uses Ref without a name");
        }
        String name = argument.text();
        if (name.equals("ALIYUN::NoValue")) {
            return NO_VALUE;
        }
        if (name.startsWith("ALIYUN::")) {
            return Value.unknown("it refers to the pseudo parameter " + Shown.text(name)
                    + ", known only when the stack is created");
        }
        Node parameter = parameters.get(name);
        if (parameter != null) {
            return parameter(name, parameter);
        }
        if (resources.contains(name)) {
            return Value.reference("the resource " + name);
        }
        return Value.invalid("refers to " + Shown.text(name) + ", which is neither a parameter nor a resource");
    }

    private Value parameter(String name, Node declaration) {
        Node type = declaration.get("Type");
        String typeName = type != null && type.isScalar() ? type.text() : "String";
        Node noEcho = declaration.get("NoEcho");
        boolean sensitive = noEcho != null && "true".equalsIgnoreCase(noEcho.text());
        Value value;
        if (given.containsKey(name)) {
            value = typed(Value.string(given.get(name)), typeName);
        } else if (declaration.get("Default") != null) {
            Node fallback = declaration.get("Default");
            value = fallback.isNull() ? Value.string("") : typed(eval(fallback), typeName);
        } else {
            value = Value.unknown("the parameter " + Shown.text(name) + " has no Default, and no value was given for it");
        }
        return sensitive ? value.asSensitive() : value;
    }

    private static Value typed(Value value, String type) {
        if (!value.isKnown()) {
            return value;
        }
        switch (type) {
            case "Number": {
                BigDecimal number = Values.asNumber(value);
                return number == null ? value : Value.number(number);
            }
            case "Boolean": {
                Boolean bool = value.kind() == Value.Kind.STRING
                        ? Values.asBool(Value.string(value.asString().toLowerCase(java.util.Locale.ROOT)))
                        : Values.asBool(value);
                return bool == null ? value : Value.bool(bool);
            }
            case "CommaDelimitedList": {
                if (value.kind() != Value.Kind.STRING) {
                    return value;
                }
                List<Value> items = new ArrayList<>();
                if (!value.asString().isEmpty()) {
                    for (String piece : value.asString().split(",", -1)) {
                        items.add(Value.string(piece.strip()));
                    }
                }
                return Value.list(items);
            }
            default:
                return value;
        }
    }

    private Value sub(Node argument, Map<String, Value> locals, int depth) {
        String template;
        Map<String, Value> variables = new LinkedHashMap<>(locals);
        if (argument.kind() == Node.Kind.STRING) {
            template = argument.text();
        } else if (argument.isArray() && argument.items().size() == 2
                && argument.items().get(0).kind() == Node.Kind.STRING) {
            template = argument.items().get(0).text();
            Value vars = eval(argument.items().get(1), locals, depth + 1);
            if (!vars.isKnown()) {
                return vars;
            }
            if (vars.kind() == Value.Kind.MAP) {
                variables.putAll(vars.asMap());
            }
        } else {
            return wrong("Fn::Sub");
        }
        StringBuilder out = new StringBuilder();
        boolean sensitive = false;
        int i = 0;
        while (i < template.length()) {
            int start = template.indexOf("${", i);
            if (start < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, start);
            int end = template.indexOf('}', start);
            if (end < 0) {
                out.append(template.substring(start));
                break;
            }
            String name = template.substring(start + 2, end).strip();
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}');
            } else {
                Value value = variables.containsKey(name) ? variables.get(name)
                        : name.contains(".") && !name.startsWith("ALIYUN::")
                                ? Value.reference("Fn::GetAtt " + name)
                                : ref(Node.string(name, argument.line(), argument.column()));
                if (!value.isKnown() || value == NO_VALUE) {
                    return value == NO_VALUE ? wrong("Fn::Sub") : value;
                }
                String text = Values.asText(value);
                if (text == null) {
                    return Value.invalid("substitutes " + value.describe() + " into a string");
                }
                sensitive |= value.sensitive();
                out.append(text);
            }
            i = end + 1;
        }
        return Value.string(out.toString()).sensitiveIf(sensitive);
    }

    private Value ifFunction(Node argument, Map<String, Value> locals, int depth) {
        if (!argument.isArray() || argument.items().size() != 3) {
            return wrong("Fn::If");
        }
        Node conditionNode = argument.items().get(0);
        Value test = conditionNode.kind() == Node.Kind.STRING ? condition(conditionNode.text())
                : eval(conditionNode, locals, depth + 1);
        if (!test.isKnown()) {
            return test;
        }
        Boolean bool = Values.asBool(test);
        if (bool == null) {
            return Value.invalid("uses " + test.describe() + " as the condition of Fn::If");
        }
        return eval(argument.items().get(bool ? 1 : 2), locals, depth + 1).sensitiveIf(test.sensitive());
    }
}
