package dev.scalecfg.interop.internal.hcl;

import dev.scalecfg.core.Shown;
import dev.scalecfg.core.io.ReadLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Terraform functions this reader evaluates, on known arguments: {@code base64encode},
 * {@code base64decode}, {@code format}, {@code join}, {@code split}, {@code concat},
 * {@code flatten}, {@code distinct}, {@code compact}, {@code lookup}, {@code element},
 * {@code length}, {@code merge}, {@code keys}, {@code values}, {@code contains}, {@code coalesce},
 * {@code try}, {@code tostring}, {@code tonumber}, {@code tobool}, {@code tolist}, {@code toset},
 * {@code tomap}, {@code upper}, {@code lower}, {@code trimspace}, {@code replace} (of a plain
 * substring), {@code jsonencode}, {@code min}, {@code max}, {@code abs}, {@code ceil},
 * {@code floor}. Any other function ({@code file}, {@code templatefile}, {@code timestamp},
 * {@code uuid}, …) gives an unknown value.
 */
final class Functions {
    /** Functions whose result depends on more than their arguments, or that read files. */
    private static final Set<String> NOT_EVALUATED_REASON_FILE = Set.of("file", "templatefile", "filebase64",
            "fileexists", "fileset", "filemd5", "filesha256", "abspath", "pathexpand", "dirname");

    private Functions() {}

    static Value call(String name, List<Value> args, ReadLimits limits) {
        if ("try".equals(name)) {
            for (Value arg : args) {
                if (arg.isKnown()) {
                    return arg;
                }
                if (arg.isUnknown()) {
                    return arg;
                }
            }
            return Value.invalid("calls try() and every argument fails");
        }
        boolean sensitive = false;
        for (Value arg : args) {
            Value unknown = arg.firstUnknown();
            if (unknown != null && !("coalesce".equals(name) || "lookup".equals(name) || "merge".equals(name)
                    || "length".equals(name) || "concat".equals(name) || "element".equals(name))) {
                return unknown;
            }
            sensitive |= arg.sensitive();
        }
        Value result;
        try {
            result = evaluate(name, args, limits);
        } catch (ArithmeticException | IllegalArgumentException bad) {
            result = Value.invalid("calls " + name + "() with arguments it cannot take");
        }
        if (result.kind() == Value.Kind.STRING && result.asString().length() > limits.getMaxValueChars()) {
            return Value.invalid("builds a string longer than " + limits.getMaxValueChars() + " characters");
        }
        if (result.kind() == Value.Kind.LIST && result.asList().size() > limits.getMaxListElements()) {
            return Value.invalid("builds a list of more than " + limits.getMaxListElements() + " elements");
        }
        return result.sensitiveIf(sensitive);
    }

    private static Value evaluate(String name, List<Value> args, ReadLimits limits) {
        switch (name) {
            case "base64encode":
                return text(args, 1, name) == null ? wrong(name)
                        : Value.string(Base64.getEncoder().encodeToString(
                                text(args, 1, name).getBytes(StandardCharsets.UTF_8)));
            case "base64decode": {
                String text = text(args, 1, name);
                if (text == null) {
                    return wrong(name);
                }
                byte[] bytes = Base64.getDecoder().decode(text);
                return Value.string(new String(bytes, StandardCharsets.UTF_8));
            }
            case "upper":
            case "lower":
            case "trimspace": {
                String text = text(args, 1, name);
                if (text == null) {
                    return wrong(name);
                }
                return Value.string("upper".equals(name) ? text.toUpperCase(Locale.ROOT)
                        : "lower".equals(name) ? text.toLowerCase(Locale.ROOT) : text.strip());
            }
            case "tostring": {
                if (args.size() != 1) {
                    return wrong(name);
                }
                String text = Values.asText(args.get(0));
                return args.get(0).isNull() ? Value.NULL : text == null ? wrong(name) : Value.string(text);
            }
            case "tonumber": {
                if (args.size() != 1) {
                    return wrong(name);
                }
                BigDecimal number = Values.asNumber(args.get(0));
                return args.get(0).isNull() ? Value.NULL : number == null ? wrong(name) : Value.number(number);
            }
            case "tobool": {
                if (args.size() != 1) {
                    return wrong(name);
                }
                Boolean bool = Values.asBool(args.get(0));
                return args.get(0).isNull() ? Value.NULL : bool == null ? wrong(name) : Value.bool(bool);
            }
            case "tolist":
            case "toset":
            case "tomap":
                if (args.size() != 1) {
                    return wrong(name);
                }
                if ("tomap".equals(name)) {
                    return args.get(0).kind() == Value.Kind.MAP ? args.get(0) : wrong(name);
                }
                if (args.get(0).kind() != Value.Kind.LIST) {
                    return wrong(name);
                }
                return "toset".equals(name) ? distinct(args.get(0).asList()) : args.get(0);
            case "length": {
                if (args.size() != 1) {
                    return wrong(name);
                }
                Value arg = args.get(0);
                switch (arg.kind()) {
                    case STRING:
                        return Value.number(BigDecimal.valueOf(arg.asString().codePointCount(0, arg.asString().length())));
                    case LIST:
                        return Value.number(BigDecimal.valueOf(arg.asList().size()));
                    case MAP:
                        return Value.number(BigDecimal.valueOf(arg.asMap().size()));
                    case UNKNOWN:
                    case INVALID:
                        return arg;
                    default:
                        return wrong(name);
                }
            }
            case "join": {
                String separator = args.isEmpty() ? null : Values.asText(args.get(0));
                if (separator == null || args.size() < 2) {
                    return wrong(name);
                }
                List<String> pieces = new ArrayList<>();
                for (Value list : args.subList(1, args.size())) {
                    if (list.kind() != Value.Kind.LIST) {
                        return wrong(name);
                    }
                    for (Value item : list.asList()) {
                        String piece = Values.asText(item);
                        if (piece == null) {
                            return wrong(name);
                        }
                        pieces.add(piece);
                    }
                }
                return Value.string(String.join(separator, pieces));
            }
            case "split": {
                if (args.size() != 2 || Values.asText(args.get(0)) == null || Values.asText(args.get(1)) == null) {
                    return wrong(name);
                }
                String separator = Values.asText(args.get(0));
                String text = Values.asText(args.get(1));
                List<Value> out = new ArrayList<>();
                if (separator.isEmpty()) {
                    text.codePoints().forEach(cp -> out.add(Value.string(new String(Character.toChars(cp)))));
                } else {
                    int from = 0;
                    while (true) {
                        int at = text.indexOf(separator, from);
                        if (at < 0) {
                            out.add(Value.string(text.substring(from)));
                            break;
                        }
                        out.add(Value.string(text.substring(from, at)));
                        from = at + separator.length();
                        if (out.size() > limits.getMaxListElements()) {
                            break;
                        }
                    }
                }
                return Value.list(out);
            }
            case "replace": {
                if (args.size() != 3 || args.stream().anyMatch(arg -> Values.asText(arg) == null)) {
                    return wrong(name);
                }
                String search = Values.asText(args.get(1));
                if (search.length() > 1 && search.startsWith("/") && search.endsWith("/")) {
                    return Value.unknown("it calls replace() with a regular expression, which this reader does not"
                            + " evaluate");
                }
                if (search.isEmpty()) {
                    return wrong(name);
                }
                return Value.string(Values.asText(args.get(0)).replace(search, Values.asText(args.get(2))));
            }
            case "concat": {
                List<Value> out = new ArrayList<>();
                for (Value list : args) {
                    if (!list.isKnown()) {
                        return list;
                    }
                    if (list.kind() != Value.Kind.LIST) {
                        return wrong(name);
                    }
                    out.addAll(list.asList());
                }
                return Value.list(out);
            }
            case "flatten": {
                if (args.size() != 1 || args.get(0).kind() != Value.Kind.LIST) {
                    return wrong(name);
                }
                List<Value> out = new ArrayList<>();
                flatten(args.get(0), out, 0);
                return Value.list(out);
            }
            case "distinct":
                return args.size() == 1 && args.get(0).kind() == Value.Kind.LIST ? distinct(args.get(0).asList())
                        : wrong(name);
            case "compact": {
                if (args.size() != 1 || args.get(0).kind() != Value.Kind.LIST) {
                    return wrong(name);
                }
                List<Value> out = new ArrayList<>();
                for (Value item : args.get(0).asList()) {
                    if (!item.isNull() && !(item.kind() == Value.Kind.STRING && item.asString().isEmpty())) {
                        out.add(item);
                    }
                }
                return Value.list(out);
            }
            case "contains": {
                if (args.size() != 2 || args.get(0).kind() != Value.Kind.LIST) {
                    return wrong(name);
                }
                return Value.bool(args.get(0).asList().stream().anyMatch(item -> item.sameAs(args.get(1))));
            }
            case "lookup": {
                if (args.size() < 2 || args.size() > 3) {
                    return wrong(name);
                }
                Value map = args.get(0);
                if (!map.isKnown()) {
                    return map;
                }
                String key = Values.asText(args.get(1));
                if (map.kind() != Value.Kind.MAP || key == null) {
                    return args.get(1).isKnown() ? wrong(name) : args.get(1);
                }
                Value found = map.asMap().get(key);
                if (found != null) {
                    return found;
                }
                return args.size() == 3 ? args.get(2)
                        : Value.invalid("looks up the key " + Shown.text(key) + ", which the map does not have");
            }
            case "element": {
                if (args.size() != 2) {
                    return wrong(name);
                }
                Value list = args.get(0);
                if (!list.isKnown()) {
                    return list;
                }
                BigDecimal index = Values.asNumber(args.get(1));
                if (list.kind() != Value.Kind.LIST || list.asList().isEmpty() || index == null) {
                    return args.get(1).isKnown() ? wrong(name) : args.get(1);
                }
                int size = list.asList().size();
                return list.asList().get(index.setScale(0, RoundingMode.FLOOR).remainder(BigDecimal.valueOf(size))
                        .add(BigDecimal.valueOf(size)).remainder(BigDecimal.valueOf(size)).intValueExact());
            }
            case "merge": {
                Map<String, Value> out = new LinkedHashMap<>();
                for (Value map : args) {
                    if (!map.isKnown()) {
                        return map;
                    }
                    if (map.isNull()) {
                        continue;
                    }
                    if (map.kind() != Value.Kind.MAP) {
                        return wrong(name);
                    }
                    out.putAll(map.asMap());
                }
                return Value.map(out);
            }
            case "keys":
            case "values": {
                if (args.size() != 1 || args.get(0).kind() != Value.Kind.MAP) {
                    return wrong(name);
                }
                TreeMap<String, Value> sorted = new TreeMap<>(args.get(0).asMap());
                List<Value> out = new ArrayList<>();
                sorted.forEach((key, value) -> out.add("keys".equals(name) ? Value.string(key) : value));
                return Value.list(out);
            }
            case "coalesce":
                for (Value arg : args) {
                    if (!arg.isKnown()) {
                        return arg;
                    }
                    if (!arg.isNull() && !(arg.kind() == Value.Kind.STRING && arg.asString().isEmpty())) {
                        return arg;
                    }
                }
                return Value.invalid("calls coalesce() and every argument is null or empty");
            case "format":
                return format(args);
            case "jsonencode":
                if (args.size() != 1) {
                    return wrong(name);
                }
                return Value.string(json(args.get(0)));
            case "min":
            case "max": {
                if (args.isEmpty()) {
                    return wrong(name);
                }
                BigDecimal best = null;
                for (Value arg : args) {
                    BigDecimal number = Values.asNumber(arg);
                    if (number == null) {
                        return wrong(name);
                    }
                    best = best == null ? number : "min".equals(name) ? best.min(number) : best.max(number);
                }
                return Value.number(best);
            }
            case "abs":
            case "ceil":
            case "floor": {
                BigDecimal number = args.size() == 1 ? Values.asNumber(args.get(0)) : null;
                if (number == null) {
                    return wrong(name);
                }
                return Value.number("abs".equals(name) ? number.abs()
                        : number.setScale(0, "ceil".equals(name) ? RoundingMode.CEILING : RoundingMode.FLOOR));
            }
            default:
                if (NOT_EVALUATED_REASON_FILE.contains(name)) {
                    return Value.unknown("it calls " + name + "(), which reads files this reader does not read");
                }
                return Value.unknown("it calls " + Shown.text(name) + "(), which this reader does not evaluate");
        }
    }

    private static String text(List<Value> args, int count, String name) {
        return args.size() == count ? Values.asText(args.get(0)) : null;
    }

    private static Value wrong(String name) {
        return Value.invalid("calls " + name + "() with arguments it does not take");
    }

    private static Value distinct(List<Value> items) {
        List<Value> out = new ArrayList<>();
        for (Value item : items) {
            if (out.stream().noneMatch(seen -> seen.sameAs(item))) {
                out.add(item);
            }
        }
        return Value.list(out);
    }

    private static void flatten(Value list, List<Value> out, int depth) {
        for (Value item : list.asList()) {
            if (item.kind() == Value.Kind.LIST && depth < 32) {
                flatten(item, out, depth + 1);
            } else {
                out.add(item);
            }
        }
    }

    private static Value format(List<Value> args) {
        String spec = args.isEmpty() ? null : Values.asText(args.get(0));
        if (spec == null) {
            return wrong("format");
        }
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            i++;
            if (i < spec.length() && spec.charAt(i) == '%') {
                out.append('%');
                continue;
            }
            StringBuilder flags = new StringBuilder();
            while (i < spec.length() && "0123456789.-+ #".indexOf(spec.charAt(i)) >= 0) {
                flags.append(spec.charAt(i++));
            }
            if (i >= spec.length() || next >= args.size()) {
                return wrong("format");
            }
            char verb = spec.charAt(i);
            Value arg = args.get(next++);
            switch (verb) {
                case 's':
                case 'v': {
                    String text = Values.asText(arg);
                    if (text == null) {
                        return wrong("format");
                    }
                    out.append(pad(text, flags.toString()));
                    break;
                }
                case 'q': {
                    String text = Values.asText(arg);
                    if (text == null) {
                        return wrong("format");
                    }
                    out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                    break;
                }
                case 'd': {
                    BigDecimal number = Values.asNumber(arg);
                    if (number == null || number.stripTrailingZeros().scale() > 0) {
                        return wrong("format");
                    }
                    String digits = number.toBigInteger().toString();
                    String flag = flags.toString();
                    if (flag.startsWith("0") && flag.length() > 1 && flag.substring(1).matches("\\d{1,3}")) {
                        int width = Integer.parseInt(flag.substring(1));
                        while (digits.length() < width) {
                            digits = "0" + digits;
                        }
                    } else {
                        digits = pad(digits, flag);
                    }
                    out.append(digits);
                    break;
                }
                case 'f': {
                    BigDecimal number = Values.asNumber(arg);
                    if (number == null) {
                        return wrong("format");
                    }
                    int scale = 6;
                    String flag = flags.toString();
                    if (flag.matches("\\.\\d{1,2}")) {
                        scale = Integer.parseInt(flag.substring(1));
                    } else if (!flag.isEmpty()) {
                        return Value.unknown("it calls format() with %" + Shown.text(flag) + "f, which this reader"
                                + " does not evaluate");
                    }
                    out.append(number.setScale(scale, RoundingMode.HALF_EVEN).toPlainString());
                    break;
                }
                default:
                    return Value.unknown("it calls format() with the verb " + Shown.text(spec.substring(start, i + 1))
                            + ", which this reader does not evaluate");
            }
        }
        return Value.string(out.toString());
    }

    private static String pad(String text, String flags) {
        if (flags.matches("-?\\d{1,3}")) {
            int width = Integer.parseInt(flags.replace("-", ""));
            StringBuilder padded = new StringBuilder(text);
            while (padded.length() < width) {
                if (flags.startsWith("-")) {
                    padded.append(' ');
                } else {
                    padded.insert(0, ' ');
                }
            }
            return padded.toString();
        }
        return text;
    }

    private static String json(Value value) {
        switch (value.kind()) {
            case STRING:
                return quote(value.asString());
            case NUMBER:
                return Values.plain(value.asNumber());
            case BOOL:
                return value.asBool() ? "true" : "false";
            case LIST: {
                StringBuilder out = new StringBuilder("[");
                for (int i = 0; i < value.asList().size(); i++) {
                    out.append(i == 0 ? "" : ",").append(json(value.asList().get(i)));
                }
                return out.append(']').toString();
            }
            case MAP: {
                StringBuilder out = new StringBuilder("{");
                boolean first = true;
                for (Map.Entry<String, Value> entry : new TreeMap<>(value.asMap()).entrySet()) {
                    out.append(first ? "" : ",").append(quote(entry.getKey())).append(':').append(json(entry.getValue()));
                    first = false;
                }
                return out.append('}').toString();
            }
            default:
                return "null";
        }
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }
}
