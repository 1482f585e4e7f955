package dev.scalecfg.interop.internal.tf;

import dev.scalecfg.interop.internal.hcl.Ast;
import dev.scalecfg.interop.internal.hcl.Evaluator;
import dev.scalecfg.interop.internal.hcl.Value;
import dev.scalecfg.interop.internal.hcl.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a variable's value to its declared type, as Terraform does: primitive conversions
 * ({@code "50"} to a number, {@code 50} to a string) and the defaults of {@code optional(type,
 * default)} attributes of object types. A value that does not convert is left as it is (the
 * provider's own checks report it).
 */
final class Types {
    private Types() {}

    static Value convert(Value value, Ast.Expr type, Evaluator.Context empty) {
        if (!value.isKnown() || value.isNull()) {
            return value;
        }
        boolean sensitive = value.sensitive();
        Value converted = convertInner(value, type, empty, 0);
        return converted.sensitiveIf(sensitive);
    }

    private static Value convertInner(Value value, Ast.Expr type, Evaluator.Context empty, int depth) {
        if (!value.isKnown() || value.isNull() || depth > 32) {
            return value;
        }
        if (type instanceof Ast.Variable) {
            switch (((Ast.Variable) type).name) {
                case "string": {
                    String text = Values.asText(value);
                    return text == null ? value : Value.string(text);
                }
                case "number": {
                    BigDecimal number = Values.asNumber(value);
                    return number == null ? value : Value.number(number);
                }
                case "bool": {
                    Boolean bool = Values.asBool(value);
                    return bool == null ? value : Value.bool(bool);
                }
                default:
                    return value;
            }
        }
        if (!(type instanceof Ast.Call)) {
            return value;
        }
        Ast.Call call = (Ast.Call) type;
        switch (call.name) {
            case "list":
            case "set":
                if (value.kind() == Value.Kind.LIST && call.args.size() == 1) {
                    List<Value> items = new ArrayList<>();
                    for (Value item : value.asList()) {
                        items.add(convertInner(item, call.args.get(0), empty, depth + 1));
                    }
                    return Value.list(items);
                }
                return value;
            case "map":
                if (value.kind() == Value.Kind.MAP && call.args.size() == 1) {
                    Map<String, Value> entries = new LinkedHashMap<>();
                    value.asMap().forEach((key, item) -> entries.put(key,
                            convertInner(item, call.args.get(0), empty, depth + 1)));
                    return Value.map(entries);
                }
                return value;
            case "object":
                if (value.kind() == Value.Kind.MAP && call.args.size() == 1 && call.args.get(0) instanceof Ast.ObjectCons) {
                    return object(value, (Ast.ObjectCons) call.args.get(0), empty, depth);
                }
                return value;
            default:
                return value;
        }
    }

    private static Value object(Value value, Ast.ObjectCons attributes, Evaluator.Context empty, int depth) {
        Map<String, Value> entries = new LinkedHashMap<>(value.asMap());
        for (int i = 0; i < attributes.keys.size(); i++) {
            Value key = Evaluator.eval(attributes.keys.get(i), empty);
            String name = Values.asText(key);
            if (name == null) {
                continue;
            }
            Ast.Expr attributeType = attributes.values.get(i);
            Value current = entries.get(name);
            if (attributeType instanceof Ast.Call && "optional".equals(((Ast.Call) attributeType).name)) {
                Ast.Call optional = (Ast.Call) attributeType;
                if ((current == null || current.isNull()) && optional.args.size() == 2) {
                    current = Evaluator.eval(optional.args.get(1), empty);
                }
                if (current == null) {
                    current = Value.NULL;
                }
                attributeType = optional.args.isEmpty() ? attributeType : optional.args.get(0);
            }
            if (current != null) {
                entries.put(name, convertInner(current, attributeType, empty, depth + 1));
            }
        }
        return Value.map(entries);
    }
}
